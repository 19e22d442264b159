# feeds: fetch and parse.
noinst_LIBRARIES += libfwfeeds.a
libfwfeeds_a_SOURCES = feeds/placeholder.c feeds/feed.h feeds/parse.h feeds/date.h feeds/url.h
