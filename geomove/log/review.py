"""The analyst's side of the log: review decisions, corrections with their history, undo,
deletion that keeps its record, reports read again, and the pages the workbench shows.

A correction never overwrites silently: each change stores the whole Feature before and
after it in the ``history`` table (who, when, what) and a short entry in the Feature's own
``history`` property, so an export carries the correction and where it came from. The
machine's reading stays in the first entry's ``before``. A movement with history or a
decision is left alone when its report is added or read again (``MovementLog._add``
leaves decided movements' fields as they are; ``reextract`` only adds new proposals).
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from ..errors import InputError, UsageError
from .store import MovementLog, _decided, _dumps, _now
from ..actors import ActorQuery
from .keys import report_hash
from .schema import REVIEWS, text_condition, text_match
from ..model import PLACE_FIELDS, make_place

# Fields an analyst may correct (everything but the id and what the outlets said).
EDITABLE = ("actor", "what", "count", "mode", "origin", "via", "destination", "start", "end",
            "time_precision", "status", "confidence")
PLACE_ROLES = ("origin", "destination")
# A search matching more rows than this pages by walking the table's order (see
# schema.text_condition's ``broad``).
BROAD_SEARCH = 2_000

# How the workbench table may be sorted: a column name → the terms that order it, each
# order matching an index of schema's migration 5 (so a page never sorts the log).
SORTS = {
    "start": ("m.t0 IS NULL", "m.t0"),
    "actor": ("m.actor_key IS NULL", "m.actor_key"),
    "status": ("m.status",),
    "review": ("m.review", "m.t0 IS NULL", "m.t0"),
    "confidence": ("json_extract(m.feature, '$.properties.confidence')",),
    "added": (),
}


def who(name: str | None = None) -> str:
    """The name an action is recorded under: the one given, else the OS user."""
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a container: still record something
        return "unknown"


def _place_summary(place: Any) -> Any:
    if not isinstance(place, dict):
        return place
    return {k: place.get(k) for k in ("name", "lat", "lon", "gazetteer_id") if place.get(k) is not None}


def _summary(field: str, value: Any) -> Any:
    if field in PLACE_ROLES:
        return _place_summary(value)
    if field == "via":
        return [_place_summary(p) for p in value or []]
    return value


def _entry(action: str, by: str, at: str, before: dict | None, after: dict | None) -> dict:
    """The short history entry kept in the Feature: what changed, from what, to what."""
    changes = {}
    if before is not None and after is not None:
        for field in (*EDITABLE, "review"):
            old, new = before["properties"].get(field), after["properties"].get(field)
            if old != new:
                changes[field] = {"from": _summary(field, old), "to": _summary(field, new)}
    return {"action": action, "by": by, "at": at, "changes": changes}


def _record(log: MovementLog, movement_id: str, action: str, by: str, at: str,
            before: dict | None, after: dict | None) -> None:
    log.db.execute("INSERT INTO history (movement, action, by, at, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                   (movement_id, action, by, at, before and _dumps(before), after and _dumps(after)))


def _canonical(log: MovementLog, movement_id: str) -> str:
    feature = log.get(movement_id)
    if feature is None:
        raise InputError(f"{movement_id}: no such movement in the log")
    return feature["properties"]["id"]


def _change(log: MovementLog, movement_id: str, action: str, by: str, changes: dict) -> dict:
    """Apply ``changes`` to one movement inside the caller's transaction, with its history."""
    movement_id = _canonical(log, movement_id)
    before = log.get(movement_id)
    at = _now()
    preview = {"type": "Feature", "properties": {**before["properties"], **changes}}
    entry = _entry(action, by, at, before, preview)
    if not entry["changes"]:
        return before
    history = list(before["properties"].get("history") or []) + [entry]
    after = log.update(movement_id, **changes, history=history)
    _record(log, movement_id, action, by, at, before, after)
    return after


def edit(log: MovementLog, movement_id: str, changes: dict, *, by: str | None = None) -> dict:
    """Correct fields of one movement; the old values stay in its history. Returns the Feature.

    A place may be a PLACE dict, "LAT,LON" or a name, looked up in the gazetteer with the rest
    of the route as context; None is "no place". A chosen place keeps the report's words
    (``surface``) for it.
    """
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise UsageError(f"cannot edit {', '.join(unknown)} (editable: {', '.join(EDITABLE)})")
    changes = dict(changes)
    with log.transaction():
        current = log.get(movement_id)
        if current is None:
            raise InputError(f"{movement_id}: no such movement in the log")
        props = current["properties"]
        route = [p for p in (props.get("origin"), *(props.get("via") or []), props.get("destination"))
                 if p and p.get("lat") is not None]
        for role in PLACE_ROLES:
            if changes.get(role) is not None:
                context = [(p["lat"], p["lon"]) for p in route if p is not props.get(role)]
                new = place_of(changes[role], role, context=context)
                old = props.get(role)
                if old and not new.get("surface") and old.get("surface"):
                    new = {**new, "surface": old["surface"]}
                changes[role] = new
        if "via" in changes:
            context = [(p["lat"], p["lon"]) for p in route]
            changes["via"] = [place_of(p, "via", context=context) for p in changes["via"] or []]
        return _change(log, movement_id, "edit", who(by), changes)


def decide(log: MovementLog, movement_ids: Iterable[str], review: str, *, by: str | None = None) -> list[dict]:
    """Accept or reject (or set back to proposed) movements; all of them or none."""
    if review not in REVIEWS:
        raise UsageError(f"review must be one of {', '.join(REVIEWS)}, not {review!r}")
    ids = list(movement_ids)
    with log.transaction():
        action = {"accepted": "accept", "rejected": "reject", "proposed": "reopen"}[review]
        return [_change(log, mid, action, who(by), {"review": review}) for mid in ids]


def delete(log: MovementLog, movement_ids: Iterable[str], *, by: str | None = None) -> int:
    """Remove movements from maps and queries, keeping their record (history, ids); all or none."""
    ids = list(movement_ids)
    name = who(by)
    with log.transaction():
        for movement_id in ids:
            movement_id = _canonical(log, movement_id)
            before = log.get(movement_id)
            rowid = log._rowid(movement_id)
            aliases = [r[0] for r in log.db.execute("SELECT id FROM movement_ids WHERE movement = ?", (rowid,))]
            log.db.executemany("INSERT OR REPLACE INTO deleted_ids VALUES (?, ?)",
                               [(alias, movement_id) for alias in aliases])
            _record(log, movement_id, "delete", name, _now(), before, None)
            log.delete(movement_id)
    return len(ids)


def is_deleted(log: MovementLog, movement_id: str) -> bool:
    """Whether ``movement_id`` names a deleted movement (one whose record is kept)."""
    return log.db.execute("SELECT 1 FROM deleted_ids WHERE id = ?", (movement_id,)).fetchone() is not None


def history(log: MovementLog, movement_id: str) -> list[dict]:
    """Every recorded change of a movement (also a deleted one), oldest first."""
    row = log.db.execute("SELECT movement FROM deleted_ids WHERE id = ?", (movement_id,)).fetchone()
    if row:
        movement_id = row[0]
    elif log.get(movement_id) is not None:
        movement_id = _canonical(log, movement_id)
    else:
        raise InputError(f"{movement_id}: no such movement in the log")
    found = []
    for seq, action, by, at, before, after, undone in log.db.execute(
            "SELECT seq, action, by, at, before, after, undone FROM history WHERE movement = ? ORDER BY seq",
            (movement_id,)):
        before_f = json.loads(before) if before else None
        after_f = json.loads(after) if after else None
        entry = _entry(action, by, at, before_f, after_f)
        found.append({"seq": seq, **entry, "undone": bool(undone)})
    return found


def undo(log: MovementLog, movement_id: str, *, by: str | None = None) -> dict:
    """Take back the last change not yet undone (an edit, a decision or a deletion)."""
    name = who(by)
    with log.transaction():
        row = log.db.execute("SELECT movement FROM deleted_ids WHERE id = ?", (movement_id,)).fetchone()
        canonical = row[0] if row else _canonical(log, movement_id)
        last = log.db.execute("SELECT seq, action, before FROM history WHERE movement = ? AND undone = 0 "
                              "AND action != 'undo' ORDER BY seq DESC LIMIT 1", (canonical,)).fetchone()
        if last is None:
            raise InputError(f"{movement_id}: nothing to undo")
        seq, action, before = last
        before = json.loads(before)
        at = _now()
        if action == "delete":
            aliases = [r[0] for r in log.db.execute("SELECT id FROM deleted_ids WHERE movement = ?", (canonical,))]
            log.db.execute("DELETE FROM deleted_ids WHERE movement = ?", (canonical,))
            props = before["properties"]
            deleted_by, deleted_at = log.db.execute("SELECT by, at FROM history WHERE seq = ?", (seq,)).fetchone()
            props["history"] = list(props.get("history") or []) + [
                {"action": "delete", "by": deleted_by, "at": deleted_at, "changes": {}},
                {"action": "undo", "by": name, "at": at, "changes": {}, "undoes": "delete"}]
            log.add([before], merge=False)
            rowid = log._rowid(canonical)
            log.db.executemany("INSERT OR IGNORE INTO movement_ids VALUES (?, ?)",
                               [(alias, rowid) for alias in aliases])
            after = log.get(canonical)
        else:
            current = log.get(canonical)
            entry = {**_entry("undo", name, at, current, before), "undoes": action}
            history_list = list(current["properties"].get("history") or []) + [entry]
            restored = {k: v for k, v in before["properties"].items() if k not in ("id", "history", "sources")}
            after = log.update(canonical, **restored, history=history_list)
            before = current
        log.db.execute("UPDATE history SET undone = 1 WHERE seq = ?", (seq,))
        _record(log, canonical, "undo", name, at, before if action != "delete" else None, after)
        return after


# ---------------------------------------------------------------- places given by the analyst

def place_of(value: Any, role: str, gazetteer=None, context: list | None = None) -> dict:
    """A PLACE from what an analyst gives: a PLACE dict, "LAT,LON", or a name to look up."""
    if isinstance(value, dict):
        if value.get("lat") is None or value.get("lon") is None:
            raise InputError(f"{role}: a place needs lat and lon")
        fields = {k: value.get(k) for k in PLACE_FIELDS if k in value}
        return make_place(**fields)
    text = str(value).strip()
    parts = text.replace(";", ",").split(",")
    if len(parts) == 2:
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            from ..errors import check_latlon

            lat, lon = check_latlon(lat, lon, source=role)
            return make_place(name=f"{lat:.5f}, {lon:.5f}", lat=lat, lon=lon, precision="exact",
                              uncertainty_km=0.0, source="analyst")
    found = candidates(text, gazetteer=gazetteer, limit=1, context=context or None)
    if not found:
        raise InputError(f"{role}: no place called {text!r} in the gazetteer (give LAT,LON)")
    return found[0]


def candidates(name: str, *, gazetteer=None, limit: int = 8, **hints: Any) -> list[dict]:
    """Ranked gazetteer candidates for a name, each with its score and ``why``, no raw row."""
    if not name or not name.strip():
        return []
    if gazetteer is None:
        from .. import default_gazetteer  # the package front door opens the shared gazetteer

        gazetteer = default_gazetteer()
    found = gazetteer.candidates(name.strip(), limit=limit, **hints)
    return [{k: v for k, v in c.items() if k not in ("raw",)} for c in found]


# ---------------------------------------------------------------- reports

@dataclass
class ReportAdded:
    hash: str
    added: int
    merged: int
    unchanged: int
    ids: list[str]


def add_report(log: MovementLog, text: str, *, published: str | None = None, source: str | None = None,
               url: str | None = None, extractor: Callable | None = None) -> ReportAdded:
    """Extract a report's movements and record them as proposals (the report's text kept)."""
    if not text or not text.strip():
        raise InputError("the report is empty")
    extractor = extractor or _extract
    features = extractor(text, published=published, source=source, url=url, include_all=True)
    result = log.add(features, report_text=text, source=source)
    digest = report_hash(text)
    ids = [r[0] for r in log.db.execute("SELECT movement FROM report_movements WHERE report = ?", (digest,))]
    return ReportAdded(digest, result.added, result.merged, result.unchanged, ids)


def _extract(text, **kwargs):
    from .. import extract  # the front door hands extraction the default gazetteer

    return extract(text, **kwargs)


def report(log: MovementLog, digest: str) -> dict | None:
    row = log.db.execute("SELECT hash, source, text, published, url, added_at FROM reports WHERE hash = ?",
                         (digest,)).fetchone()
    if row is None:
        return None
    keys = ("hash", "source", "text", "published", "url", "added_at")
    found = dict(zip(keys, row))
    found["movements"] = [f for f in (log.get(r[0]) for r in log.db.execute(
        "SELECT movement FROM report_movements WHERE report = ?", (digest,))) if f is not None]
    unique = {}
    for f in found["movements"]:
        unique.setdefault(f["properties"]["id"], f)
    found["movements"] = list(unique.values())
    return found


def reports(log: MovementLog, *, limit: int = 100, offset: int = 0) -> tuple[int, list[dict]]:
    """(how many, newest first a page of) the reports recorded with their text."""
    total = log.db.execute("SELECT count(*) FROM reports WHERE text IS NOT NULL").fetchone()[0]
    rows = log.db.execute(
        "SELECT hash, source, published, added_at, movements, substr(text, 1, 200) FROM reports "
        "WHERE text IS NOT NULL ORDER BY added_at DESC, hash LIMIT ? OFFSET ?", (int(limit), int(offset)))
    keys = ("hash", "source", "published", "added_at", "movements", "start")
    return total, [dict(zip(keys, row)) for row in rows]


def next_proposed(log: MovementLog, after: str | None = None) -> str | None:
    """The id of the next movement waiting for a decision (oldest first), other than ``after``."""
    row = log.db.execute("SELECT id FROM movements m WHERE m.review = 'proposed' AND m.id IS NOT ? "
                         "ORDER BY m.t0 IS NULL, m.t0, m.rowid LIMIT 1", (after,)).fetchone()
    return row[0] if row else None


def report_of(log: MovementLog, movement_id: str) -> str | None:
    """The hash of the (first) stored report a movement was read from."""
    ids = [movement_id]
    rowid = log._rowid(movement_id)
    if rowid is not None:
        ids += [r[0] for r in log.db.execute("SELECT id FROM movement_ids WHERE movement = ?", (rowid,))]
    for mid in ids:
        row = log.db.execute("SELECT r.hash FROM report_movements rm JOIN reports r ON r.hash = rm.report "
                             "WHERE rm.movement = ? AND r.text IS NOT NULL LIMIT 1", (mid,)).fetchone()
        if row:
            return row[0]
    return None


@dataclass
class Reextracted:
    reports: int = 0
    added: int = 0        # new proposals: the machine now reads differently
    updated: int = 0      # undecided movements whose details the machine now reads differently
    kept: int = 0         # corrected, decided or deleted movements left as the analyst left them
    unchanged: int = 0
    without_text: int = 0  # reports recorded before their text was kept (schema < 5): not read again
    stale: list = None     # undecided earlier readings the machine no longer makes: the analyst decides

    def __post_init__(self):
        self.stale = [] if self.stale is None else self.stale


def reextract(log: MovementLog, *, since: str | None = None, extractor: Callable | None = None,
              by: str = "geomove reextract") -> Reextracted:
    """Read every stored report (added on or after ``since``) again, one transaction per report.

    New readings become proposals; an undecided movement read again under its id takes the
    new details (recorded in its history); corrections, decisions and deletions stay.
    """
    extractor = extractor or _extract
    sql = "SELECT hash, source, text, published, url FROM reports WHERE text IS NOT NULL"
    args: list = []
    if since:
        sql += " AND added_at >= ?"
        args.append(since)
    rows = log.db.execute(sql + " ORDER BY added_at, hash", args).fetchall()
    summary = Reextracted()
    summary.without_text = log.db.execute(
        "SELECT count(*) FROM reports WHERE text IS NULL" + (" AND added_at >= ?" if since else ""),
        args).fetchone()[0]
    for digest, source, text, published, url in rows:
        features = extractor(text, published=published, source=source, url=url, include_all=True)
        with log.transaction():
            summary.reports += 1
            fresh = []
            for feature in features:
                mid = feature["properties"]["id"]
                if log.db.execute("SELECT 1 FROM deleted_ids WHERE id = ?", (mid,)).fetchone():
                    summary.kept += 1
                    continue
                stored = log.get(mid)
                if stored is None:
                    fresh.append(feature)
                    continue
                if _decided(stored["properties"]):
                    summary.kept += 1
                    continue
                changes = {k: feature["properties"].get(k) for k in EDITABLE
                           if k not in ("origin", "via", "destination")
                           and feature["properties"].get(k) != stored["properties"].get(k)}
                if changes:
                    _change(log, stored["properties"]["id"], "reextract", by, changes)
                    summary.updated += 1
                else:
                    summary.unchanged += 1
            if fresh:
                result = log.add(fresh)
                summary.added += result.added
                summary.unchanged += result.unchanged
            now_read = {f["properties"]["id"] for f in features}
            for (mid,) in log.db.execute("SELECT movement FROM report_movements WHERE report = ?", (digest,)).fetchall():
                stored = log.get(mid)
                if mid not in now_read and stored is not None and not _decided(stored["properties"]):
                    summary.stale.append(stored["properties"]["id"])
            log.db.executemany("INSERT OR IGNORE INTO report_movements VALUES (?, ?)",
                               [(digest, f["properties"]["id"]) for f in features])
    return summary


# ---------------------------------------------------------------- the workbench's table

def page(log: MovementLog, *, offset: int = 0, limit: int = 50, sort: str = "start", descending: bool = False,
         text: str | None = None, review: str | None = None, status: str | None = None,
         actor: str | None = None) -> tuple[int, list[dict]]:
    """(matches, one page of Features) for the table, read with LIMIT/OFFSET: never the whole log."""
    if sort not in SORTS:
        raise UsageError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    where, args = [], []
    if review:
        if review not in REVIEWS:
            raise UsageError(f"review must be one of {', '.join(REVIEWS)}, not {review!r}")
        where.append("m.review = ?")
        args.append(review)
    if status:
        where.append("m.status = ?")
        args.append(status)
    if actor:
        condition, actor_args = ActorQuery.parse(actor, log._actor_keys).sql("m.actor_key")
        where.append(condition)
        args += actor_args
    match = text_match(log.db, text) if text else None
    if text:
        condition, text_args = text_condition(log.db, text)
        where.append(condition)
        args += text_args
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    if match is not None and len(where) == 1:  # the index alone counts its matches
        total = log.db.execute(f"SELECT count(*) FROM ({match[0]})", match[1]).fetchone()[0]
    else:
        total = log.db.execute(f"SELECT count(*) FROM movements m{clause}", args).fetchone()[0]
    if match is not None and total > BROAD_SEARCH:  # walk the table's order rather than sort every match
        where[-1] = text_condition(log.db, text, broad=True)[0]
        clause = " WHERE " + " AND ".join(where)
    direction = " DESC" if descending else ""
    order = ", ".join(part + direction for part in (*SORTS[sort], "m.rowid"))
    # The page's rowids first (from an index, no Feature read), then their Features.
    rowids = [r[0] for r in log.db.execute(f"SELECT m.rowid FROM movements m{clause} ORDER BY {order} "
                                           "LIMIT ? OFFSET ?", [*args, int(limit), int(offset)])]
    if not rowids:
        return total, []
    marks = ",".join("?" * len(rowids))
    features = dict(log.db.execute(f"SELECT rowid, feature FROM movements WHERE rowid IN ({marks})", rowids))
    return total, [json.loads(features[r]) for r in rowids]
