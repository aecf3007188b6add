"""Curated gazetteer data shipped with geomove (installed as ``geomove.gazetteer_data``)."""
