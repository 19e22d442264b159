/* Keeps libfwextract.a non-empty until the module's sources land. */
extern int fw_extract_placeholder;
int fw_extract_placeholder;
