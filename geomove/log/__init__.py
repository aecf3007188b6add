"""The movement log wing: an embedded SQLite store that never loses an analyst's work.

- ``store``: :class:`MovementLog` (add, query, merge, snapshot reads, durability);
- ``schema``: the schema versions and the migrations between them;
- ``keys``: columns derived from a movement (actor and merge keys, time span, route box);
- ``results``: lazy query results (:class:`Movements`), paged and streamed;
- ``review``: the analyst's decisions, corrections with history, undo, deleted movements.
"""

from .store import (APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, SPAN_CLASS, SPAN_LIMITS, STATUS_CODES,
                    TIME_SCALE, UNDATED, AddResult, MovementLog, Movements, actor_key, default_log_path,
                    merge_key, place_key, report_hash, route_bbox, search_text, time_span)

__all__ = [
    "APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "SPAN_CLASS", "SPAN_LIMITS", "STATUS_CODES",
    "TIME_SCALE", "UNDATED", "AddResult", "MovementLog", "Movements", "actor_key", "default_log_path",
    "merge_key", "place_key", "report_hash", "route_bbox", "search_text", "time_span",
]
