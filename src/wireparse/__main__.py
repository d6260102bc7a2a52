"""Run the ``wireparse`` command as ``python -m wireparse``."""

import sys

from wireparse.cli import main

sys.exit(main())
