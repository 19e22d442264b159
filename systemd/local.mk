# systemd: the service unit, its sysusers.d user, and the installed
# configuration directory.

# The unit names feedwatchd by its installed path.
nodist_systemdsystemunit_DATA = systemd/feedwatch.service
CLEANFILES += systemd/feedwatch.service
EXTRA_DIST += systemd/feedwatch.service.in
systemd/feedwatch.service: $(srcdir)/systemd/feedwatch.service.in Makefile
	$(AM_V_GEN)$(MKDIR_P) systemd && \
	sed -e 's|@sbindir[@]|$(sbindir)|g' \
	    $(srcdir)/systemd/feedwatch.service.in > $@.tmp && mv $@.tmp $@

# systemd-sysusers reads $(prefix)/lib/sysusers.d for /usr and /usr/local.
sysusersdir = $(prefix)/lib/sysusers.d
EXTRA_DIST += systemd/feedwatch.sysusers

fwconfdir = $(sysconfdir)/feedwatch
fwrulesdir = $(fwconfdir)/rules.d
dist_fwrules_DATA = systemd/rules.d/README
FW_CONF_EXAMPLE = $(top_srcdir)/config/feedwatch.conf.example

# The config is the administrator's: installed only where none exists,
# removed only while it is still the one shipped.
install-data-hook:
	$(MKDIR_P) '$(DESTDIR)$(sysusersdir)' '$(DESTDIR)$(fwrulesdir)'
	$(INSTALL_DATA) $(srcdir)/systemd/feedwatch.sysusers \
	    '$(DESTDIR)$(sysusersdir)/feedwatch.conf'
	@if test -e '$(DESTDIR)$(fwconfdir)/feedwatch.conf'; then \
	    echo "keeping existing $(DESTDIR)$(fwconfdir)/feedwatch.conf"; \
	else \
	    echo " $(INSTALL_DATA) $(FW_CONF_EXAMPLE) '$(DESTDIR)$(fwconfdir)/feedwatch.conf'"; \
	    $(INSTALL_DATA) $(FW_CONF_EXAMPLE) \
	        '$(DESTDIR)$(fwconfdir)/feedwatch.conf' || exit 1; \
	fi

uninstall-hook:
	rm -f '$(DESTDIR)$(sysusersdir)/feedwatch.conf'
	@if cmp -s $(FW_CONF_EXAMPLE) '$(DESTDIR)$(fwconfdir)/feedwatch.conf'; then \
	    echo " rm -f '$(DESTDIR)$(fwconfdir)/feedwatch.conf'"; \
	    rm -f '$(DESTDIR)$(fwconfdir)/feedwatch.conf'; \
	elif test -e '$(DESTDIR)$(fwconfdir)/feedwatch.conf'; then \
	    echo "keeping modified $(DESTDIR)$(fwconfdir)/feedwatch.conf"; \
	fi
	-rmdir '$(DESTDIR)$(fwrulesdir)' '$(DESTDIR)$(fwconfdir)' 2>/dev/null || :

TESTS += tests/e2e/t0700-service-notify.sh tests/e2e/t0701-unit-lint.sh
EXTRA_DIST += tests/e2e/t0700-service-notify.sh tests/e2e/t0701-unit-lint.sh
