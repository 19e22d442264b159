/* Keeps libfwrules.a non-empty until the module's sources land. */
extern int fw_rules_placeholder;
int fw_rules_placeholder;
