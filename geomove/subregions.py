"""Parts of continents as areas: moved to :mod:`geomove.gazetteer.area_sources.groupings`, where
every computed row of gazetteer/areas.csv is computed by one rule. This module keeps the old
import path; ``python -m geomove.subregions`` prints the grouping rows as areas.csv rows."""

from __future__ import annotations

import sys

from .gazetteer.area_sources.groupings import (ARCHIPELAGOS, DEFINED_BY, GROUPINGS, HOME_DEG,
                                               OVERSEAS_PARTS, SUBREGIONS, csv_rows, grouping_areas,
                                               subregion_areas)

__all__ = ["ARCHIPELAGOS", "DEFINED_BY", "GROUPINGS", "HOME_DEG", "OVERSEAS_PARTS", "SUBREGIONS", "csv_rows",
           "grouping_areas", "main", "subregion_areas"]


def main() -> int:
    import csv
    w = csv.writer(sys.stdout, lineterminator="\n")
    for row in csv_rows(subregion_areas()):
        w.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
