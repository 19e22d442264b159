/* Keeps libfwdaemon.a non-empty until the module's sources land. */
extern int fw_daemon_placeholder;
int fw_daemon_placeholder;
