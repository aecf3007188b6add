"""The geomove command line: parse, call the library, print, map errors to exit codes.

Every verb is a thin layer over a library function. Errors a user can cause end as one line
on stderr naming the input and the problem, exit 1 for data and 2 for usage, no traceback.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import sys
from pathlib import Path

import click

from .errors import GeomoveError, InputError, UsageError, check_latlon


# --- parameter types ---------------------------------------------------------------------

class CoordinateType(click.ParamType):
    """LAT,LON validated like geopy.Point: out of range is an error, swapped pairs get a hint."""

    name = "LAT,LON"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        parts = str(value).replace(";", ",").split(",")
        if len(parts) != 2:
            self.fail(f"{value!r} is not LAT,LON", param, ctx)
        try:
            return check_latlon(parts[0].strip(), parts[1].strip())
        except GeomoveError as err:
            self.fail(str(err), param, ctx)


class BBoxType(click.ParamType):
    name = "W,S,E,N"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        try:
            w, s, e, n = (float(v) for v in str(value).split(","))
        except ValueError:
            self.fail(f"{value!r} is not four numbers W,S,E,N", param, ctx)
        try:
            check_latlon(s, w)
            check_latlon(n, e)
        except GeomoveError as err:
            self.fail(str(err), param, ctx)
        if s > n:
            self.fail(f"south {s} is north of north {n}", param, ctx)
        return (w, s, e, n)


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        from .dates import parse_published
        # a malformed date is bad data (exit 1), raised as DateError naming the option
        day = parse_published(value, source=f"--{param.name}" if param else "date")
        return day.isoformat() if day else None


COORDINATE, BBOX, DATE = CoordinateType(), BBoxType(), DateType()


def _check_kind(value):
    """--kind must be a kind the gazetteer knows (or a word for one): 'dam' is a usage error."""
    if value is None:
        return None
    from .gazetteer import KIND_FAMILY, KIND_WORDS

    known = set(KIND_WORDS) | set(KIND_WORDS.values()) | set(KIND_FAMILY) | {"country", "continent"}
    for family in KIND_FAMILY.values():
        known |= set(family)
    if value.strip().lower() not in known:
        raise click.BadParameter(f"{value!r} is not a place kind (choose from {', '.join(sorted(known))})")
    return value


def _progress_stream(items, total: int, unit: str = "movements"):
    """Progress for a long stream of known length (exports of big logs)."""
    if _quiet() or total < 50_000:
        return items
    from .io.progress import progress
    return progress(items, unit=unit, total=total)


def _progress(items, unit: str, total: int | None = None):
    """Items with a progress display on stderr for long batches, terminal or not; --quiet hides it.
    ``total``: the count of a lazy stream of results (it is then not read ahead)."""
    if total is None:
        items = list(items)
        total = len(items)
    if _quiet() or total < 2:
        return items
    from .io.progress import progress
    return progress(items, unit=unit, total=total)


def log_option(f):
    return click.option("--log", "log_path", type=click.Path(dir_okay=False),
                        envvar="GEOMOVE_LOG", help="Movement log (default: user data dir; env GEOMOVE_LOG).")(f)


def workers_option(f):
    return click.option("--workers", type=click.IntRange(1), help="Processes (default: the machine's cores).")(f)


def encoding_option(f):
    return click.option("--encoding", help="Text encoding of the report files (default: UTF-8, a BOM, "
                        "or detected).")(f)


def report_options(f):
    f = encoding_option(f)
    f = click.option("--url", help="URL of the report.")(f)
    f = click.option("--source", help="Outlet or source name.")(f)
    f = click.option("--published", type=DATE, help="Publication date, for relative dates.")(f)
    return f


def _open_log(path, *, must_exist: bool = False):
    """The movement log; ``must_exist`` for verbs that only read it (a typo in --log must
    not create an empty log and print nothing)."""
    from .errors import InputError, LogError
    from .log import MovementLog, default_log_path

    path = Path(path) if path else default_log_path()
    if must_exist and not path.exists():
        raise InputError("no movement log here (record reports with `geomove add` first, "
                         "or check --log / GEOMOVE_LOG)", source=str(path))
    if path.is_dir():
        raise InputError("is a directory, not a movement log", source=str(path))
    if not path.exists():
        _check_output(path)  # a new log: its folder must be one we can write in
    try:
        return MovementLog(path)
    except OSError as err:
        raise LogError(f"cannot open the movement log ({(err.strerror or str(err)).lower()})",
                       source=str(path)) from err


def _check_output(path):
    """An output path checked (and its folder made) before any work is done."""
    from .io.output import check_output_path
    return check_output_path(path) if path is not None else None


def _dump(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _gazetteer():
    """The CLI hands extraction the shared gazetteer (extraction never opens one itself)."""
    from .gazetteer import Gazetteer
    return Gazetteer.default()


def _quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("quiet"))


def _note(message: str) -> None:
    """A line on stderr the user should see (not an error), unless --quiet."""
    if not _quiet():
        click.echo(f"geomove: {message}", err=True)


def _tell_about(report) -> None:
    """Notes on how a report was read, and a warning when it is not in English."""
    from .io.language import language_warning

    for note in report.notes:
        _note(f"{report.name}: {note}")
    if len(report.text) > 100_000:  # seconds to minutes: say so rather than look hung
        _note(f"{report.name}: a long report ({len(report.text):,} characters); reading it may take a while")
    if not _quiet():
        warning = language_warning(report.text, report.name)
        if warning:
            _note(warning)


def _tell_about_batch(reports) -> None:
    from .io.language import report_language

    if _quiet():
        return
    foreign = [(r.name, lang) for r in reports if (lang := report_language(r.text))]
    if foreign:
        name, lang = foreign[0]
        _note(f"{len(foreign)} of {len(reports)} reports are not in English (first: {name}, {lang}); "
              "geomove reads English, so places and movements in them may be missed")


# --- the verbs ---------------------------------------------------------------------------

# The review loop's verbs (geomove.cli_review) are registered when one of them is asked for or
# the verbs are listed (--help): a run of places, extract or geocode does not build them.
REVIEW_VERBS = frozenset({"edit", "accept", "reject", "delete", "undo", "history", "reextract", "serve"})


class _Verbs(click.Group):
    def _with_review_verbs(self) -> None:
        if not REVIEW_VERBS <= self.commands.keys():
            from .cli_review import register
            register(self)

    def get_command(self, ctx, cmd_name):
        if cmd_name in REVIEW_VERBS:
            self._with_review_verbs()
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx):
        self._with_review_verbs()
        return super().list_commands(ctx)


@click.group(cls=_Verbs, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomove")
@click.option("-q", "--quiet", is_flag=True, help="No progress, notes or warnings on stderr (errors still).")
@click.pass_context
def cli(ctx, quiet):
    """Reports of military movements → places, movements, maps and GIS files, offline."""
    ctx.obj = {"quiet": quiet}
    from .io.progress import set_quiet
    set_quiet(quiet)  # the index build (on first use too) reads it


@cli.command()
@click.argument("file", required=False)
@click.option("--jsonl", type=click.Path(dir_okay=False), help="Many reports, one JSON object a line.")
@click.option("--all", "include_all", is_flag=True, help="Also denied, planned, static movements.")
@click.option("--why", "explain", is_flag=True,
              help="Also the reading decisions (why a movement was read, merged or dropped): one a line on "
                   "stderr after the movements; with --jsonl a \"why\" list in each output line.")
@report_options
@workers_option
def extract(file, jsonl, include_all, explain, published, source, url, encoding, workers):
    """Movements in one report (FILE or - for stdin) as a GeoJSON FeatureCollection."""
    from .movements import extract as run
    from .model import feature_collection
    from .reports import read_jsonl, read_report

    if bool(file) == bool(jsonl):
        raise UsageError("give one report FILE (or -) or --jsonl IN.jsonl")
    if jsonl:
        from .parallel import end_of_batch, map_json_lines
        reports = list(read_jsonl(jsonl, encoding))
        # (each line serialised by the worker that read it, as _dump would)
        lines = map_json_lines(reports, "extract_why" if explain else "extract", workers=workers,
                               include_all=include_all, last=True,
                               meanwhile=lambda: _tell_about_batch(reports))  # while the workers start
        for line in _progress(lines, "reports", total=len(reports)):
            click.echo(line)
        end_of_batch()
        return
    report = read_report(file, published=published, source=source, url=url, encoding=encoding)
    _tell_about(report)
    why = [] if explain else None
    features = run(report.text, published=report.published, source=report.source, url=report.url,
                   include_all=include_all, gazetteer=_gazetteer(), why=why)
    _dump(feature_collection(features))
    if why is not None:  # asked for: printed even with --quiet, after the movements
        from .parallel import why_lines
        for line in why_lines(why):
            click.echo(line, err=True)


@cli.command()
@click.argument("file", required=False)
@click.option("--jsonl", type=click.Path(dir_okay=False), help="Many reports, one JSON object a line.")
@click.option("--places-only", is_flag=True,
              help="Only places where something is or happens (roles place, demonym_place).")
@click.option("--all", "include_all", is_flag=True, hidden=True, help="Every mention (the default).")
@workers_option
@encoding_option
def places(file, jsonl, places_only, include_all, encoding, workers):
    """Every mention of a place in a report, with offsets, the resolved place and its role:
    place, demonym_place, actor ("Turkey said"), demonym, organisation ("University of
    Alberta"), dateline or source_location."""
    from .mentions import find_mentions, places as place_mentions
    from .reports import read_jsonl, read_report

    if places_only and include_all:
        raise UsageError("--places-only and --all contradict each other")
    finder = place_mentions if places_only else find_mentions
    if bool(file) == bool(jsonl):
        raise UsageError("give one report FILE (or -) or --jsonl IN.jsonl")
    if jsonl:
        from .parallel import end_of_batch, map_json_lines
        reports = list(read_jsonl(jsonl, encoding))
        # (each line serialised by the worker that read it, as _dump would)
        lines = map_json_lines(reports, "places_only" if places_only else "places", workers=workers, last=True,
                               meanwhile=lambda: _tell_about_batch(reports))  # while the workers start
        for line in _progress(lines, "reports", total=len(reports)):
            click.echo(line)
        end_of_batch()
        return
    report = read_report(file, encoding=encoding)
    _tell_about(report)
    _dump({"places": finder(report.text, gazetteer=_gazetteer())})


@cli.command()
@click.argument("name")
@click.option("--country", help="ISO 3166-1 alpha-2 country hint.")
@click.option("--near", type=COORDINATE, help="Prefer places near LAT,LON.")
@click.option("--kind", callback=lambda ctx, param, value: _check_kind(value),
              help="crossing, base, airfield, city, admin1, country...")
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Candidates as JSON with score and why.")
def geocode(name, country, near, kind, limit, as_json):
    """Look a place name up in the offline gazetteer."""
    from .gazetteer import Gazetteer

    from .gazetteer.ranking import NO_PLACE

    from .gazetteer.answers import answers

    # areas answer too (areas.csv); hints bind; see geomove.gazetteer.answers for the decisions
    found = answers(Gazetteer.default(), name, countries=[country.upper()] if country else (),
                    near=near, kind=kind, limit=limit)
    below = [c for c in found if c["score"] < NO_PLACE]
    found = [c for c in found if c["score"] >= NO_PLACE]  # below the calibrated bar: no place
    if as_json:
        _dump([{k: v for k, v in c.items() if k != "raw"} for c in found])
        return
    if not found:
        best = f" (best candidate {below[0]['name']} [{below[0].get('country')}] scores {below[0]['score']:.2f} " \
               f"< {NO_PLACE:.2f})" if below else ""
        click.echo(f"{name}: no place{best}", err=True)
        return
    for c in found:
        click.echo(f"{c['score']:.2f}  {c['name']} [{c.get('kind')}, {c.get('country')}] "
                   f"{c['lat']:.5f}, {c['lon']:.5f}  {c.get('gazetteer_id')}  ({c.get('why')})")


@cli.command()
@click.argument("files", nargs=-1, required=True)
@log_option
@report_options
@workers_option
def add(files, log_path, published, source, url, encoding, workers):
    """Extract movements from reports and record them in the log (all reports or none)."""
    from .parallel import map_reports
    from .reports import read_report

    # read and extract everything first: a bad file must not leave half a batch recorded
    reports = []
    for file in files:
        report = read_report(file, published=published, source=source, url=url, encoding=encoding)
        _tell_about(report)
        reports.append(report)
    extracted = map_reports(reports, "extract", workers=workers, include_all=True)
    batches = list(zip(reports, _progress(extracted, "reports", total=len(reports))))
    with _open_log(log_path) as log:
        # one transaction: when the log refuses the movements of the last report, the first
        # ones are not left recorded either
        with log.transaction():
            results = [(report, log.add(features, report_text=report.text, source=report.source))
                       for report, features in batches]
    for report, result in results:
        click.echo(f"{report.name}: {result.added} added, {result.merged} merged, "
                   f"{result.unchanged} unchanged")


@cli.command(name="import")
@click.argument("file")
@log_option
def import_(file, log_path):
    """Record hand-coded movements from GeoJSON or CSV (all rows or none)."""
    with _open_log(log_path) as log:
        result = log.import_file(file)
    click.echo(f"{file}: {result.added} added, {result.merged} merged, {result.unchanged} unchanged")


def _query_options(f):
    f = click.option("--review", type=click.Choice(["proposed", "accepted", "rejected"]),
                     help="Only movements the analyst left in this review state.")(f)
    f = click.option("--all", "include_all", is_flag=True, help="Include denied/planned/static.")(f)
    f = click.option("--bbox", type=BBOX, help="W,S,E,N")(f)
    f = click.option("--actor")(f)
    f = click.option("--until", type=DATE)(f)
    f = click.option("--since", type=DATE)(f)
    return f


@cli.command(name="list")
@log_option
@_query_options
@click.option("--json", "as_json", is_flag=True, help="A GeoJSON FeatureCollection.")
def list_(log_path, since, until, actor, bbox, include_all, review, as_json):
    """Movements in the log, oldest first."""
    from .export import write_geojson

    # one read transaction (writers elsewhere change nothing we see) and one movement at a
    # time (a log of millions lists in constant memory)
    with _open_log(log_path, must_exist=True) as log, log.snapshot():
        found = log.query(since=since, until=until, actor=actor, bbox=bbox, review=review,
                          status=None if include_all else "reported")
        out = sys.stdout
        if as_json:
            write_geojson(found.stream(), out)
            return
        name = lambda x: (x or {}).get("name") or "?"
        for f in found.stream():
            p = f["properties"]
            via = "".join(f" → {name(v)}" for v in p.get("via") or [])
            out.write(f"{p.get('start') or p.get('published') or '----------'}  "
                      f"{p.get('status')}/{p.get('review') or 'proposed'}  {p.get('actor') or '?'}: "
                      f"{name(p.get('origin'))}{via} → {name(p.get('destination'))}"
                      f"{'  ×' + str(p['count']) if p.get('count') else ''}  [{p['id']}]\n")


MAX_MAP_MOVEMENTS = 200_000  # beyond this a browser cannot draw the page; the CLI says so


def _features_from(files, log_path, include_all, query=None, **meta):
    from .errors import InputError
    from .importer import read_movements
    from .movements import extract as run
    from .reports import read_report

    if not files:
        with _open_log(log_path, must_exist=True) as log, log.snapshot():
            found = log.query(status=None if include_all else "reported", **query)
            if len(found) > MAX_MAP_MOVEMENTS:
                raise InputError(f"{len(found):,} movements are more than a map can show "
                                 f"({MAX_MAP_MOVEMENTS:,} at most): narrow them with --since, "
                                 "--until, --actor or --bbox", source=str(log.path))
            return list(found.stream())
    from .importer import movement_file_kind
    from .reports import _read_bytes

    features = []
    for file in files:
        # a movement file (GeoJSON, CSV, KML, GeoPackage) is drawn as it is; anything else is
        # a report, told by content, not by name
        head = _read_bytes(file)[0][:4096] if file != "-" else b""
        if movement_file_kind(head):
            features.extend(read_movements(file))
        else:
            report = read_report(file, **meta)
            _tell_about(report)
            features.extend(run(report.text, published=report.published, source=report.source,
                                url=report.url, include_all=include_all, gazetteer=_gazetteer()))
    return features


@cli.command()
@click.argument("files", nargs=-1)
@log_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="HTML file (default maps/NAME.html).")
@click.option("--period", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--offline/--online", default=True, show_default=True,
              help="Offline (default) or also offer web tiles as an extra layer; assets are inline either way.")
@click.option("--embed", is_flag=True, help="Write a fragment to drop into a web page.")
@click.option("--title")
@click.option("--tiles", type=click.Path(), help="Your own MBTiles file or z/x/y tile folder (inlined around the data).")
@_query_options
@click.option("--status", "statuses", help="Statuses to draw, comma-separated (e.g. reported,planned).")
@report_options
def render(files, log_path, output, period, offline, embed, title, tiles, since, until, actor, bbox, include_all,
           review, statuses, published, source, url, encoding):
    """Draw movements (from reports, movement files (GeoJSON, CSV, KML, GeoPackage) or the log)
    on an offline map."""
    from .maps.select import parse_statuses, select
    from .render import render as draw, save_map

    if output is not None:
        _check_output(output)
    wanted = parse_statuses(statuses)
    # from the log, the log's indexes choose by time, place and review; the same filters then
    # apply to movements read from files
    features = _features_from(files, log_path, True, published=published, source=source, url=url,
                              encoding=encoding, query={"since": since, "until": until, "bbox": bbox,
                                                        "review": review})
    features = select(features, since=since, until=until, actor=actor, bbox=bbox)
    if output is None:
        stem = Path(files[0]).stem if len(files) == 1 else "geomove"
        output = Path("maps") / f"{stem}.html"
    gazetteer = None
    try:
        from .gazetteer import Gazetteer
        gazetteer = Gazetteer.default()  # towns and provinces around the data
    except GeomoveError:
        pass
    m = draw(features, period=period, offline=offline, title=title, include_all=include_all, statuses=wanted,
             gazetteer=gazetteer, tiles=tiles)
    if not m.geomove_count:
        what = ", ".join(files) if files else "the log"
        hint = (f"; {m.geomove_left_out} denied, planned or static one(s) left out: --all draws them"
                if m.geomove_left_out else "")
        raise InputError(f"no movements to map{hint}", source=what)
    path = save_map(m, output, embed=embed, offline=offline)
    click.echo(f"{path}: {m.geomove_count} movement(s)")


@cli.command()
@log_option
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg", "kml", "csv"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (stdout for text formats).")
@_query_options
def export(log_path, fmt, output, since, until, actor, bbox, include_all, review):
    """Write the log as GeoJSON, GeoPackage, KML or CSV."""
    from .export import export as write

    _check_output(output)
    # one read transaction, one movement at a time: see list
    with _open_log(log_path, must_exist=True) as log, log.snapshot():
        found = log.query(since=since, until=until, actor=actor, bbox=bbox, review=review,
                          status=None if include_all else "reported")
        total = len(found)
        if output is None:
            write(found.stream(), fmt, None, include_all=include_all, out=sys.stdout)
        else:
            write(_progress_stream(found.stream(), total), fmt, output, include_all=include_all)
    if output is not None:
        _note(f"{output}: {total} movement(s)")


@cli.group()
def gazetteer():
    """The offline gazetteer: info, build, download, add."""


@gazetteer.command()
def info():
    """Where the index is, what it holds, and its sources and licences."""
    from .gazetteer import info as gaz_info
    _dump(gaz_info())


@gazetteer.command()
@click.option("--geonames", "dumps", multiple=True, type=click.Path(dir_okay=False),
              help="GeoNames dump (allCountries.zip, SY.zip, cities500.zip, alternateNamesV2.zip); repeatable.")
@click.option("--output", type=click.Path(dir_okay=False), help="Index path (default: the user cache).")
def build(dumps, output):
    """Build the index from installed packages (and GeoNames dumps, if given)."""
    from .gazetteer import build_index
    _check_output(output)
    path = build_index(output, geonames=dumps, progress=True)
    click.echo(f"{path}: built")
    from .mentions.kept_answers import status
    kept = status(path)
    if kept.get("fresh"):
        click.echo(f"{kept['path']}: {kept.get('answers', 0):,} look-up answers kept")


@gazetteer.command(name="download")
@click.argument("countries", nargs=-1, required=True)
@click.option("--from", "base_url", default=None, metavar="URL",
              help="GeoNames dump folder or a mirror of it (default https://download.geonames.org/export/dump/).")
@click.option("--dir", "dest", type=click.Path(file_okay=False), help="Where to keep the dumps.")
@click.option("--output", type=click.Path(dir_okay=False), help="Index path (default: the user cache).")
@click.option("--no-build", is_flag=True, help="Fetch and verify only.")
def gazetteer_download(countries, base_url, dest, output, no_build):
    """Fetch GeoNames dumps of COUNTRIES (ISO codes: SY IQ UA ...) and build them into the index."""
    from .gazetteer.download import GEONAMES_DUMPS, download
    got = download(countries, base_url=base_url or GEONAMES_DUMPS, dest=dest, index=output,
                   build=not no_build, show=sys.stderr.isatty())
    for f in got["files"]:
        click.echo(f"{f}: {got['rows'][f]} rows, verified")
    if got["index"]:
        click.echo(f"{got['index']}: built")


@gazetteer.command(name="add")
@click.argument("file")
def gazetteer_add(file):
    """Add your own places from a CSV (name, lat, lon, ...); they win over built-in rows."""
    from .gazetteer import add_places
    count = add_places(file)
    click.echo(f"{file}: {count} place(s) added")


def main(argv=None) -> int:
    """Entry point: run the CLI, turning every error into one line and an exit code."""
    if argv is None:  # the program: the collector's thresholds for a batch from the start
        from .parallel import start_of_program
        start_of_program()
        # and geomove's own modules (the reading wing's ~580) found from one listing of each
        # folder, not through every finder of the import system (own_modules, speed152)
        from .own_modules import install
        install()
    code = _run(argv)
    if argv is None:  # the program itself (console script, python -m): the process ends now
        # At exit Python's cyclic collector walks every object still alive (the index's and the
        # finder's caches, lexicons, modules): ~0.01 CPU s of a 0.11 s `geocode` and 8 ms of a
        # one-report `places`, for memory the process gives back anyway. Frozen objects are left
        # out of that walk; they are still freed and their files flushed and closed, as at any
        # exit. (Not when a caller hands argv in: tests and scripts run on in the same process.)
        gc.freeze()
    return code


def _run(argv) -> int:
    try:
        cli.main(args=argv, prog_name="geomove", standalone_mode=False)
    except GeomoveError as err:
        click.echo(f"geomove: {err}", err=True)
        return err.exit_code
    except click.exceptions.Abort:
        click.echo("geomove: aborted", err=True)
        return 1
    except click.UsageError as err:
        where = f"{err.ctx.command_path}: " if err.ctx else ""
        click.echo(f"{where}{err.format_message()}".replace("\n", " "), err=True)
        return 2
    except click.ClickException as err:
        click.echo(f"geomove: {err.format_message()}", err=True)
        return err.exit_code
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError as err:  # a page found damaged after the check at open
        click.echo(f"geomove: the movement log cannot be read ({err}); it may be damaged", err=True)
        return 1
    except OSError as err:  # the last boundary for files: one line, never a traceback
        where = f"{err.filename}: " if getattr(err, "filename", None) else ""
        click.echo(f"geomove: {where}{(err.strerror or str(err)).lower()}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("geomove: interrupted", err=True)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
