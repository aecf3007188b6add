"""``python -m geomove``: the ``geomove`` program where the console script is not on PATH (a venv
not activated, a notebook's ``!python -m geomove places report.txt``)."""

import sys

from .cli import main

sys.exit(main())
