# systemd: sources, programs and tests of this folder.
