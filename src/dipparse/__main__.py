"""``python -m dipparse``: the same as the ``dipparse`` command."""

from __future__ import annotations

import sys

from dipparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
