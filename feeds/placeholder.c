/* Keeps libfwfeeds.a non-empty until the module's sources land. */
extern int fw_feeds_placeholder;
int fw_feeds_placeholder;
