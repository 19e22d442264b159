/* Keeps libfwalert.a non-empty until the module's sources land. */
extern int fw_alert_placeholder;
int fw_alert_placeholder;
