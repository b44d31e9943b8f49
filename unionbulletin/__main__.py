"""`python -m unionbulletin` is the same as the `unionbulletin` command."""

import sys

from .cli import main

sys.exit(main())
