# man: sources, programs and tests of this folder.
