# extract
noinst_LIBRARIES += libfwextract.a
libfwextract_a_SOURCES = extract/placeholder.c
