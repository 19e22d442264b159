# daemon: feedwatchd, the loop, scheduler, state store.
noinst_LIBRARIES += libfwdaemon.a
libfwdaemon_a_SOURCES = daemon/placeholder.c

sbin_PROGRAMS += feedwatchd
feedwatchd_SOURCES = daemon/feedwatchd.c
feedwatchd_LDADD = $(FW_LIBS)
