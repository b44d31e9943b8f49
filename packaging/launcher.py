"""Entry script of the frozen program (PyInstaller): the same as the `unionbulletin` command."""

import sys

from unionbulletin.cli import main

if __name__ == "__main__":
    sys.exit(main())
