"""Command-line verbs of the review loop: edit, accept, reject, delete, undo, history,
reextract and serve. Each is a thin layer over ``geomove.log.review``; ``cli.py`` registers
them with ``register(cli)``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .errors import UsageError
from .model import STATUSES, TIME_PRECISIONS

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def open_existing_log(path):
    """The log at ``path`` (or the default); an error, not a new empty log, when it is missing."""
    from .cli import _open_log  # one way to open a log for every verb (its checks and errors)
    from .log import MovementLog

    if str(path) == ":memory:":
        return MovementLog(path)
    return _open_log(path, must_exist=True)


def _log_option(f):
    return click.option("--log", "log_path", type=click.Path(dir_okay=False), envvar="GEOMOVE_LOG",
                        help="Movement log (default: user data dir; env GEOMOVE_LOG).")(f)


def _by_option(f):
    return click.option("--by", help="Name recorded with the change (default: the OS user).")(f)


def _echo_line(feature: dict) -> None:
    p = feature["properties"]
    name = lambda x: (x or {}).get("name") or "?"  # noqa: E731
    click.echo(f"{p['id']}  [{p.get('status')}/{p.get('review', 'proposed')}]  {p.get('actor') or '?'}: "
               f"{name(p.get('origin'))} → {name(p.get('destination'))}")


@click.command()
@click.argument("movement_id")
@_log_option
@_by_option
@click.option("--origin", help="NAME (looked up in the gazetteer) or LAT,LON.")
@click.option("--destination", help="NAME (looked up in the gazetteer) or LAT,LON.")
@click.option("--via", multiple=True, help="NAME or LAT,LON; repeat for several (replaces the list).")
@click.option("--clear", "cleared", multiple=True, type=click.Choice(["origin", "destination", "via", "count"]),
              help="No place (or no count) here: a choice, not a gap.")
@click.option("--actor")
@click.option("--what")
@click.option("--count", type=click.IntRange(min=0))
@click.option("--start", help="YYYY-MM-DD")
@click.option("--end", help="YYYY-MM-DD")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--mode", help="road, air, rail, sea, ...")
@click.option("--time-precision", type=click.Choice(TIME_PRECISIONS))
@click.option("--confidence", type=click.FloatRange(0, 1))
def edit(movement_id, log_path, by, origin, destination, via, cleared, actor, what, count, start, end, status,
         mode, time_precision, confidence):
    """Correct a movement; the old values stay in its history."""
    from .log import review as log_review

    changes = {k: v for k, v in (("origin", origin), ("destination", destination), ("actor", actor),
                                  ("what", what), ("count", count), ("start", start), ("end", end),
                                  ("status", status), ("mode", mode), ("time_precision", time_precision),
                                  ("confidence", confidence)) if v is not None}
    if via:
        changes["via"] = list(via)
    for field in cleared:
        if field in changes:
            raise UsageError(f"--{field} and --clear {field} contradict each other")
        changes[field] = [] if field == "via" else None
    if not changes:
        raise UsageError("nothing to change: give --origin, --destination, --actor, --count, ...")
    with open_existing_log(log_path) as log:
        feature = log_review.edit(log, movement_id, changes, by=by)
    _echo_line(feature)


def _decision(review: str, verb: str):
    @click.command(name=verb, help=f"Mark movements {review} (all or none).")
    @click.argument("movement_ids", nargs=-1, required=True)
    @_log_option
    @_by_option
    def command(movement_ids, log_path, by):
        from .log import review as log_review

        with open_existing_log(log_path) as log:
            for feature in log_review.decide(log, movement_ids, review, by=by):
                _echo_line(feature)
    return command


accept = _decision("accepted", "accept")
reject = _decision("rejected", "reject")


@click.command()
@click.argument("movement_ids", nargs=-1, required=True)
@_log_option
@_by_option
def delete(movement_ids, log_path, by):
    """Take movements off maps and lists, keeping their record (history; undo brings them back)."""
    from .log import review as log_review

    with open_existing_log(log_path) as log:
        count = log_review.delete(log, movement_ids, by=by)
    click.echo(f"{count} movement(s) deleted (their record kept: geomove history ID, geomove undo ID)")


@click.command()
@click.argument("movement_id")
@_log_option
@_by_option
def undo(movement_id, log_path, by):
    """Take back a movement's last change (an edit, a decision or a deletion)."""
    from .log import review as log_review

    with open_existing_log(log_path) as log:
        _echo_line(log_review.undo(log, movement_id, by=by))


@click.command()
@click.argument("movement_id")
@_log_option
@click.option("--json", "as_json", is_flag=True)
def history(movement_id, log_path, as_json):
    """Every change of a movement: who, when, from what to what."""
    from .log import review as log_review

    with open_existing_log(log_path) as log:
        entries = log_review.history(log, movement_id)
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False))
        return
    if not entries:
        click.echo(f"{movement_id}: as the machine read it (no changes)")
    for e in entries:
        changes = "; ".join(f"{field}: {_short(c['from'])} → {_short(c['to'])}" for field, c in e["changes"].items())
        click.echo(f"{e['at']}  {e['by']}  {e['action']}{' (undone)' if e['undone'] else ''}"
                   f"{'  ' + changes if changes else ''}")


def _short(value) -> str:
    if isinstance(value, dict):
        return value.get("name") or f"{value.get('lat')}, {value.get('lon')}"
    if isinstance(value, list):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return "none" if value is None else str(value)


@click.command()
@_log_option
@click.option("--since", help="Only reports added on or after this day (YYYY-MM-DD).")
def reextract(log_path, since):
    """Read the stored reports again (after a gazetteer change): new proposals, corrections kept."""
    from .log import review as log_review
    from .dates import parse_published

    if since:
        since = parse_published(since, source="--since").isoformat()
    with open_existing_log(log_path) as log:
        s = log_review.reextract(log, since=since)
    click.echo(f"{s.reports} report(s) read again: {s.added} new proposal(s), {s.updated} updated, "
               f"{s.kept} kept as corrected or decided, {s.unchanged} unchanged")
    if s.stale:
        click.echo(f"{len(s.stale)} earlier reading(s) the machine no longer makes, left as proposed "
                   f"(geomove reject ID... to drop them): {' '.join(sorted(set(s.stale)))}")
    if s.without_text:
        click.echo(f"{s.without_text} report(s) added before geomove kept report texts cannot be read again: "
                   "add them again to record their text", err=True)


@click.command()
@_log_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
@click.option("--token", is_flag=False, flag_value="", default=None,
              help="Require this token (a new random one when given without a value); "
                   "needed to bind another interface than localhost.")
@click.option("--by", help="Name recorded with every change (default: the OS user).")
@click.option("--online", is_flag=True, help="Allow reading a report from a URL.")
def serve(log_path, host, port, no_browser, token, by, online):
    """Review, correct and curate movements in the browser (local web app)."""
    import secrets

    if token == "":
        token = secrets.token_urlsafe(16)
    if host not in LOOPBACK and not token:
        raise UsageError(f"--host {host} lets other machines reach the log: add --token (a password "
                         "every browser must give) or bind 127.0.0.1")
    from .log import default_log_path
    from .workbench.app import create_app
    from .workbench.server import run

    path = Path(log_path) if log_path else default_log_path()
    app = create_app(path, token=token, by=by, host=host, online=online)
    run(app, host=host, port=port, open_browser=not no_browser, token=token)


COMMANDS = (edit, accept, reject, delete, undo, history, reextract, serve)


def register(group: click.Group) -> None:
    for command in COMMANDS:
        group.add_command(command)
