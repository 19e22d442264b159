# config: the config file.
noinst_LIBRARIES += libfwconfig.a
libfwconfig_a_SOURCES = config/placeholder.c config/config.h
