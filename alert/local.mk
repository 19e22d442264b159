# alert
noinst_LIBRARIES += libfwalert.a
libfwalert_a_SOURCES = alert/placeholder.c
