# fuzz: libFuzzer targets (clang), one fuzz/fuzz_NAME.c per pure module,
# seeds in fuzz/corpus/NAME/.  `make fuzz` builds them all into fuzz-build/
# of the build tree; `make fuzz-run` runs each for FUZZ_SECONDS.  The
# scripts find targets, their sources and seeds in the source tree, so a
# new target needs no line here (the dist hook ships it too).
FUZZ_SECONDS = 60
FUZZ_DIR = $(abs_top_builddir)/fuzz-build

.PHONY: fuzz fuzz-run fuzz-dist-hook
fuzz:
	$(SHELL) $(top_srcdir)/fuzz/build.sh $(FUZZ_DIR) $(abs_top_builddir)

fuzz-run: fuzz
	$(SHELL) $(top_srcdir)/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_DIR)

EXTRA_DIST += fuzz/build.sh fuzz/run.sh fuzz/corpus
dist-hook: fuzz-dist-hook
fuzz-dist-hook:
	for f in $(srcdir)/fuzz/fuzz_*.c $(srcdir)/fuzz/*.dict; do \
	  test -f "$$f" || continue; \
	  test -f "$(distdir)/fuzz/$${f##*/}" || cp -fp "$$f" "$(distdir)/fuzz/" || exit 1; \
	done

# Fuzz smoke test in `make check`: every fuzzer for FUZZ_SECONDS (10 s
# unless set) and every input under fuzz/regress/ replayed.
TESTS += tests/e2e/t3100-fuzz-smoke.sh
EXTRA_DIST += tests/e2e/t3100-fuzz-smoke.sh fuzz/regress fuzz/README.md

# The fuzzers and their build logs live outside automake's bookkeeping.
clean-local: fuzz-clean-local
.PHONY: fuzz-clean-local
fuzz-clean-local:
	rm -rf $(FUZZ_DIR)
