/* Keeps libfwconfig.a non-empty until the module's sources land. */
extern int fw_config_placeholder;
int fw_config_placeholder;
