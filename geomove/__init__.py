"""geomove: reports of military movements → places, movements, maps and GIS files, offline."""

__version__ = "0.1.0"
