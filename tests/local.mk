# tests: shared helpers for shell tests.
