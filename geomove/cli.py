"""The geomove command line: parse, call the library, print, map errors to exit codes.

Every verb is a thin layer over a library function. Errors a user can cause end as one line
on stderr naming the input and the problem, exit 1 for data and 2 for usage, no traceback.
"""

from __future__ import annotations

import json
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


def log_option(f):
    return click.option("--log", "log_path", type=click.Path(dir_okay=False),
                        envvar="GEOMOVE_LOG", help="Movement log (default: user data dir; env GEOMOVE_LOG).")(f)


def workers_option(f):
    return click.option("--workers", type=click.IntRange(1), help="Processes (default: the machine's cores).")(f)


def report_options(f):
    f = click.option("--url", help="URL of the report.")(f)
    f = click.option("--source", help="Outlet or source name.")(f)
    f = click.option("--published", type=DATE, help="Publication date, for relative dates.")(f)
    return f


def _open_log(path):
    from .log import MovementLog, default_log_path
    return MovementLog(path or default_log_path())


def _dump(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _gazetteer():
    """The CLI hands extraction the shared gazetteer (extraction never opens one itself)."""
    from .gazetteer import Gazetteer
    return Gazetteer.default()


# --- the verbs ---------------------------------------------------------------------------

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomove")
def cli():
    """Reports of military movements → places, movements, maps and GIS files, offline."""


@cli.command()
@click.argument("file", required=False)
@click.option("--jsonl", type=click.Path(dir_okay=False), help="Many reports, one JSON object a line.")
@click.option("--all", "include_all", is_flag=True, help="Also denied, planned, static movements.")
@report_options
@workers_option
def extract(file, jsonl, include_all, published, source, url, workers):
    """Movements in one report (FILE or - for stdin) as a GeoJSON FeatureCollection."""
    from .movements import extract as run
    from .model import feature_collection
    from .reports import read_jsonl, read_report

    if bool(file) == bool(jsonl):
        raise UsageError("give one report FILE (or -) or --jsonl IN.jsonl")
    if jsonl:
        from .parallel import map_lines
        for line in map_lines(read_jsonl(jsonl), "extract", workers=workers, include_all=include_all):
            _dump(line)
        return
    report = read_report(file, published=published, source=source, url=url)
    features = run(report.text, published=report.published, source=report.source, url=report.url,
                   include_all=include_all, gazetteer=_gazetteer())
    _dump(feature_collection(features))


@cli.command()
@click.argument("file", required=False)
@click.option("--jsonl", type=click.Path(dir_okay=False), help="Many reports, one JSON object a line.")
@click.option("--places-only", is_flag=True,
              help="Only places where something is or happens (roles place, demonym_place).")
@click.option("--all", "include_all", is_flag=True, hidden=True, help="Every mention (the default).")
@workers_option
def places(file, jsonl, places_only, include_all, workers):
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
        from .parallel import map_lines
        for line in map_lines(read_jsonl(jsonl), "places_only" if places_only else "places", workers=workers):
            _dump(line)
        return
    _dump({"places": finder(read_report(file).text, gazetteer=_gazetteer())})


@cli.command()
@click.argument("name")
@click.option("--country", help="ISO 3166-1 alpha-2 country hint.")
@click.option("--near", type=COORDINATE, help="Prefer places near LAT,LON.")
@click.option("--kind", help="crossing, base, airfield, city, admin1, country...")
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Candidates as JSON with score and why.")
def geocode(name, country, near, kind, limit, as_json):
    """Look a place name up in the offline gazetteer."""
    from .gazetteer import Gazetteer

    from .gazetteer.ranking import NO_PLACE

    found = Gazetteer.default().candidates(name, country=country.upper() if country else None,
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
def add(files, log_path, published, source, url, workers):
    """Extract movements from reports and record them in the log."""
    from .reports import read_report

    # read and extract everything first: a bad file must not leave half a batch recorded
    from .parallel import map_reports
    reports = [read_report(file, published=published, source=source, url=url) for file in files]
    batches = list(zip(reports, map_reports(reports, "extract", workers=workers, include_all=True)))
    with _open_log(log_path) as log:
        for report, features in batches:
            result = log.add(features, report_text=report.text, source=report.source)
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
    from .cli_review import open_existing_log
    from .model import feature_collection

    with open_existing_log(log_path) as log:
        found = log.query(since=since, until=until, actor=actor, bbox=bbox, review=review,
                          status=None if include_all else "reported")
    if as_json:
        _dump(feature_collection(found))
        return
    for f in found:
        p = f["properties"]
        name = lambda x: (x or {}).get("name") or "?"
        via = "".join(f" → {name(v)}" for v in p.get("via") or [])
        click.echo(f"{p.get('start') or p.get('published') or '----------'}  "
                   f"{p.get('status')}/{p.get('review') or 'proposed'}  {p.get('actor') or '?'}: "
                   f"{name(p.get('origin'))}{via} → {name(p.get('destination'))}"
                   f"{'  ×' + str(p['count']) if p.get('count') else ''}  [{p['id']}]")


def _features_from(files, log_path, include_all, review=None, **meta):
    from .cli_review import open_existing_log
    from .importer import read_movements
    from .movements import extract as run
    from .reports import read_report

    if not files:
        with open_existing_log(log_path) as log:
            return log.query(status=None if include_all else "reported", review=review)
    features = []
    for file in files:
        if str(file).lower().endswith((".geojson", ".json")):
            features.extend(read_movements(file))
        else:
            report = read_report(file, **meta)
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
           review, statuses, published, source, url):
    """Draw movements (from reports, a GeoJSON file or the log) on an offline map."""
    from .maps.select import parse_statuses, select
    from .render import render as draw, save_map

    wanted = parse_statuses(statuses)
    features = _features_from(files, log_path, True, review=review, published=published, source=source,
                              url=url)
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
    from .cli_review import open_existing_log
    from .export import export as write

    with open_existing_log(log_path) as log:
        found = log.query(since=since, until=until, actor=actor, bbox=bbox, review=review,
                          status=None if include_all else "reported")
    text = write(found, fmt, output, include_all=include_all)
    if text is not None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        click.echo(f"{output}: {len(found)} movement(s)", err=True)


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
    path = build_index(output, geonames=dumps, progress=True)
    click.echo(f"{path}: built")


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


from .cli_review import register as _register_review  # noqa: E402  (edit, accept, ..., serve)

_register_review(cli)


def main(argv=None) -> int:
    """Entry point: run the CLI, turning every error into one line and an exit code."""
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
    except KeyboardInterrupt:
        click.echo("geomove: interrupted", err=True)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
