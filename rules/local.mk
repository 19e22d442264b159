# rules
noinst_LIBRARIES += libfwrules.a
libfwrules_a_SOURCES = rules/placeholder.c
