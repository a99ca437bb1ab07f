"""``python -m sayso``: the same command line as ``sayso``."""

import sys

from sayso.cli import main

sys.exit(main())
