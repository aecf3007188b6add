"""One exception tree for geomove.

Every error a user can cause is a :class:`GeomoveError`. Subclasses also inherit the
matching builtin, so ``except ValueError`` in a caller's code keeps working. The CLI maps
``exit_code`` to the process exit status and prints ``str(err)`` as one line on stderr.
"""

from __future__ import annotations

import sqlite3


class GeomoveError(Exception):
    """Base of every error geomove raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(GeomoveError, ValueError):
    """The input (a file, a row, a value) is not what it must be. Exit 1."""


class CoordinateError(InputError):
    """A latitude/longitude pair is out of range or malformed."""


class DateError(InputError):
    """A date or date window cannot be read."""


class UsageError(GeomoveError, ValueError):
    """The command was called the wrong way. Exit 2."""

    exit_code = 2


class GazetteerError(GeomoveError, LookupError):
    """The gazetteer index is missing, stale or cannot be built."""


class OutputError(GeomoveError, OSError):
    """An output file (map, export, index) cannot be written where asked. Exit 1."""

    def __init__(self, message: str, *, source: str | None = None):
        GeomoveError.__init__(self, message, source=source)
        self.filename = source

    def __str__(self) -> str:
        return self.args[0] if self.args else ""


class LogError(GeomoveError, RuntimeError):
    """The movement log cannot be opened, migrated or written."""


def check_latlon(lat: float, lon: float, *, source: str | None = None) -> tuple[float, float]:
    """Validate one coordinate pair loudly, like geopy.point: say when lat/lon look swapped."""
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError) as err:
        raise CoordinateError(f"coordinates {lat!r}, {lon!r} are not numbers", source=source) from err
    if lat_f != lat_f or lon_f != lon_f:  # NaN
        raise CoordinateError("coordinates are NaN", source=source)
    if not -90.0 <= lat_f <= 90.0:
        hint = " (lat and lon may be swapped)" if -90.0 <= lon_f <= 90.0 and abs(lat_f) <= 180 else ""
        raise CoordinateError(f"latitude {lat_f} is outside -90..90{hint}", source=source)
    if not -180.0 <= lon_f <= 180.0:
        raise CoordinateError(f"longitude {lon_f} is outside -180..180", source=source)
    return lat_f, lon_f


# What "the gazetteer (or the border polygons) cannot be had" looks like, for the few places
# that go on without an inference when it is missing. Named, so a bug is never swallowed.
NO_GAZETTEER = (GazetteerError, OSError, sqlite3.Error)
NO_BORDERS = (ImportError, OSError, RuntimeError)  # pyogrio's DataSourceError is a RuntimeError
