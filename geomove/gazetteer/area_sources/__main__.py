"""python -m geomove.gazetteer.area_sources [--write] [--brief]"""

from . import main

raise SystemExit(main())
