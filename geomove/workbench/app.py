"""The workbench's Flask app: pages (table and map, report, review) and the writes behind them.

Why Flask: synchronous request handling fits the SQLite log (one connection behind a lock,
no event loop to keep it off), Jinja2 escapes every value by default (report text is
untrusted), and ``MAX_CONTENT_LENGTH`` gives the upload limit. waitress serves it.

Safety: only Host headers naming this machine are answered (DNS rebinding); every write
needs the CSRF token of this run; pages carry a Content-Security-Policy that runs only
scripts bearing this response's nonce, so a ``<script>`` in a report is text, never code;
the map is served sandboxed (its own opaque origin); with ``token`` every request must
show it (a cookie set from ``?token=`` on first visit).
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from flask import Flask, Response, abort, g, redirect, render_template, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..log import review as log_review
from ..errors import GeomoveError, InputError
from ..log import MovementLog
from ..log.schema import REVIEWS
from ..model import STATUSES, TIME_PRECISIONS

MAX_UPLOAD = 2 * 1024 * 1024  # bytes: a long report is ~100 kB; anything bigger is a mistake
PAGE_SIZES = (25, 50, 100, 200)
MAP_LIMIT = 2_000  # movements drawn when the map shows every match rather than the table's page
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
STATIC = Path(__file__).with_name("static")
TOKEN_COOKIE = "geomove_token"
COLUMNS = (("status", "status"), ("review", "review"), ("actor", "actor"), (None, "count"),
           (None, "route"), ("start", "dates"), (None, "source"), ("confidence", "confidence"))


@lru_cache(maxsize=None)
def _static(name: str) -> str:
    return (STATIC / name).read_text("utf-8")


class Workbench:
    """What one running workbench holds: the open log (one connection, one lock) and secrets."""

    def __init__(self, log_path: str | Path, *, token: str | None, by: str | None, host: str,
                 online: bool, gazetteer=None):
        self.log = MovementLog(log_path)
        self.lock = threading.RLock()
        self.csrf = secrets.token_urlsafe(32)
        self.token = token
        self.by = log_review.who(by)
        self.online = online
        self._gazetteer = gazetteer
        self.hosts = set(LOCAL_HOSTS)
        if host not in ("0.0.0.0", "::", ""):
            self.hosts.add(host.lower())
        if token:  # a token-protected server on another interface answers its machine's names
            import socket

            self.hosts |= {socket.gethostname().lower(), socket.getfqdn().lower()}
            if host in ("0.0.0.0", "::", ""):
                self.hosts.add("*")


    @property
    def gazetteer(self):
        """The gazetteer handed in, else the package's shared one (opened on first use)."""
        if self._gazetteer is None:
            from .. import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer


def create_app(log_path: str | Path, *, token: str | None = None, by: str | None = None,
               host: str = "127.0.0.1", online: bool = False, gazetteer=None) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD
    app.config["GEOMOVE_LOG"] = str(log_path)
    bench = Workbench(log_path, token=token, by=by, host=host, online=online, gazetteer=gazetteer)
    app.extensions["geomove"] = bench

    # ------------------------------------------------------------ guards

    @app.before_request
    def guard():
        g.nonce = secrets.token_urlsafe(16)
        hostname = _hostname(request.host)
        if "*" not in bench.hosts and hostname not in bench.hosts:
            abort(Response(f"Host {request.host!r} is not this workbench (DNS rebinding guard)\n",
                           status=421, mimetype="text/plain"))
        if bench.token:
            given = request.args.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
            if not hmac.compare_digest(given.encode(), bench.token.encode()):
                abort(Response("this workbench needs its token (?token=...)\n", status=401,
                               mimetype="text/plain"))
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf") or ""
            if not hmac.compare_digest(sent.encode(), bench.csrf.encode()):
                abort(Response("missing or wrong CSRF token: reload the page and try again\n",
                               status=403, mimetype="text/plain"))

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        if "Content-Security-Policy" not in response.headers:
            nonce = getattr(g, "nonce", "none")
            response.headers["Content-Security-Policy"] = (
                f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; frame-src 'self'; form-action 'self'; base-uri 'none'; "
                "frame-ancestors 'self'; connect-src 'self'")
        if bench.token and request.args.get("token"):
            response.set_cookie(TOKEN_COOKIE, bench.token, httponly=True, samesite="Strict")
        return response

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(err):
        return _error_page(f"the upload is larger than the limit of {MAX_UPLOAD // (1024 * 1024)} MB: "
                           "send the report's text, or split it", 413)

    @app.errorhandler(GeomoveError)
    def data_error(err):
        return _error_page(str(err), 400)

    @app.errorhandler(HTTPException)
    def http_error(err):
        if err.response is not None:
            return err.response
        return _error_page(f"{err.code} {err.name}: {err.description}", err.code or 500)

    def _error_page(message: str, status: int):
        return render_template("error.html", **_common(), message=message), status

    # ------------------------------------------------------------ helpers

    def _common() -> dict:
        return {"csrf": bench.csrf, "nonce": getattr(g, "nonce", ""), "css": _static("workbench.css"),
                "js": _static("workbench.js"), "by": bench.by, "log_path": str(log_path),
                "reviews": REVIEWS, "statuses": STATUSES, "time_precisions": TIME_PRECISIONS}

    def _table_args() -> dict:
        args = request.args
        sort = args.get("sort", "start")
        if sort not in log_review.SORTS:
            sort = "start"
        limit = _int(args.get("limit"), 50)
        if limit not in PAGE_SIZES:
            limit = 50
        return {"offset": max(0, _int(args.get("offset"), 0)), "limit": limit, "sort": sort,
                "descending": args.get("desc") == "1", "text": (args.get("q") or "").strip() or None,
                "review": args.get("review") if args.get("review") in REVIEWS else None,
                "status": args.get("status") if args.get("status") in STATUSES else None}

    def _feature(movement_id: str) -> dict:
        feature = bench.log.get(movement_id)
        if feature is None:
            abort(404, f"no movement {movement_id} in the log")
        return feature

    def _back(movement_id: str | None = None):
        target = request.form.get("next") or (f"/movement/{quote(movement_id)}" if movement_id else "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        return redirect(target, code=303)

    # ------------------------------------------------------------ pages

    @app.get("/")
    def index():
        query = _table_args()
        deleted = request.args.get("deleted")
        with bench.lock:
            total, rows = log_review.page(bench.log, **query)
            # the undo banner only for an id the log knows as deleted: the parameter is the
            # visitor's, and it becomes a form's action
            if deleted and not log_review.is_deleted(bench.log, deleted):
                deleted = None
        scope = "all" if request.args.get("scope") == "all" else None
        state = {k: v for k, v in (("sort", query["sort"]), ("desc", "1" if query["descending"] else None),
                                   ("q", query["text"]), ("review", query["review"]),
                                   ("status", query["status"]), ("limit", query["limit"]),
                                   ("scope", scope)) if v}

        def link(**change):
            merged = {**state, "offset": query["offset"], **change}
            return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "", 0)})

        return render_template("index.html", **_common(), rows=[_row(f) for f in rows], total=total,
                               query=query, link=link, columns=COLUMNS, page_sizes=PAGE_SIZES,
                               map_src="/map" + link(), scope=scope, map_limit=MAP_LIMIT,
                               deleted=deleted)

    @app.get("/map")
    def movement_map():
        from ..render import page_html, render

        query = _table_args()
        if request.args.get("scope") == "all":  # every match, in table order, up to MAP_LIMIT
            query = {**query, "offset": 0, "limit": MAP_LIMIT}
        with bench.lock:
            _, rows = log_review.page(bench.log, **query)
        page = page_html(render(rows, include_all=True, title="geomove workbench"))
        response = Response(page, mimetype="text/html")
        # The map's own inline scripts run, in a sandbox of their own origin: even a string
        # that slipped past the renderer's escaping could not reach the workbench or its token.
        response.headers["Content-Security-Policy"] = (
            "sandbox allow-scripts allow-popups; default-src 'none'; script-src 'unsafe-inline'; "
            "style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'self'")
        return response

    @app.get("/movement/<path:movement_id>")
    def movement(movement_id):
        role = request.args.get("role") if request.args.get("role") in ("origin", "destination") else None
        search = (request.args.get("q") or "").strip()
        with bench.lock:  # one lock for the log and the gazetteer (their connections are shared)
            feature = _feature(movement_id)
            props = feature["properties"]
            mid = props["id"]
            entries = log_review.history(bench.log, mid)
            digest = log_review.report_of(bench.log, mid)
            stored = log_review.report(bench.log, digest) if digest else None
            route = _route_points(props)
            places = {}
            for r in ("origin", "destination"):
                place = props.get(r) or {}
                name = search if (role == r and search) else (place.get("surface") or place.get("name"))
                # The rest of the route is context: candidates near it rank first (the why says so).
                context = [(p["lat"], p["lon"]) for p in route if p["role"] != r]
                places[r] = {"place": props.get(r), "query": name or "",
                             "candidates": _candidates(name, context) if name else [],
                             "searched": role == r and bool(search)}
            segments = _segments(stored["text"], stored["movements"], bench.gazetteer, focus=mid) if stored else None
            borders = _borders(route)
            following = log_review.next_proposed(bench.log, mid)
        data = {"route": route, "borders": borders,
                "candidates": {r: [_pt(c) for c in places[r]["candidates"]] for r in places}}
        can_undo = any(not h["undone"] and h["action"] != "undo" for h in entries)
        return render_template("movement.html", **_common(), f=feature, p=props, places=places,
                               history=entries, segments=segments, report=stored, role=role,
                               data=data, leaflet_js=_leaflet_js(), leaflet_css=_leaflet_css(),
                               row=_row(feature), can_undo=can_undo, following=following)

    @app.get("/reports")
    def report_list():
        offset = max(0, _int(request.args.get("offset"), 0))
        with bench.lock:
            total, found = log_review.reports(bench.log, limit=100, offset=offset)
        return render_template("reports.html", **_common(), reports=found, total=total, offset=offset)

    @app.get("/report/<digest>")
    def report_view(digest):
        with bench.lock:  # one lock for the log and the gazetteer (their connections are shared)
            stored = log_review.report(bench.log, digest)
            if stored is None:
                abort(404, "no such report in the log")
            segments = _segments(stored["text"], stored["movements"], bench.gazetteer)
        return render_template("report.html", **_common(), report=stored, segments=segments,
                               rows=[_row(f) for f in stored["movements"]])

    @app.get("/export.geojson")
    def export_geojson():
        from ..export import select, to_geojson

        review = request.args.get("review") if request.args.get("review") in REVIEWS else None
        include_all = request.args.get("all") == "1"
        with bench.lock:
            found = list(bench.log.query(status=None if include_all else "reported", review=review))
        body = to_geojson(select(found, include_all=include_all))
        name = f"geomove-{review or 'all'}.geojson"
        return Response(body, mimetype="application/geo+json",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # ------------------------------------------------------------ writes

    @app.post("/reports")
    def add_report():
        from ..reports import decode_text, html_to_text, looks_like_html

        text = request.form.get("text") or ""
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            text = decode_text(upload.read(), upload.filename)
        url = (request.form.get("url") or "").strip() or None
        if not text.strip() and url:
            if not bench.online:
                raise InputError("reading a report from a URL needs the network: start serve with --online, "
                                 "or paste the text", source=url)
            text = _fetch(url)
        if looks_like_html(text):
            text = html_to_text(text)
        published = (request.form.get("published") or "").strip() or None
        if published:
            from ..dates import parse_published

            published = parse_published(published, source="published").isoformat()
        source = (request.form.get("source") or "").strip() or None
        with bench.lock:
            added = log_review.add_report(bench.log, text, published=published, source=source, url=url)
        return redirect(f"/report/{added.hash}", code=303)

    @app.post("/movement/<path:movement_id>/review")
    def set_review(movement_id):
        value = request.form.get("review")
        with bench.lock:
            _feature(movement_id)
            log_review.decide(bench.log, [movement_id], value, by=bench.by)
        return _back(movement_id)

    @app.post("/report/<digest>/review")
    def review_report(digest):
        """One decision for every undecided movement read from a report."""
        value = request.form.get("review")
        with bench.lock:
            stored = log_review.report(bench.log, digest)
            if stored is None:
                abort(404, "no such report in the log")
            ids = [f["properties"]["id"] for f in stored["movements"]
                   if (f["properties"].get("review") or "proposed") == "proposed"]
            if ids:
                log_review.decide(bench.log, ids, value, by=bench.by)
        return redirect(f"/report/{digest}", code=303)

    @app.post("/movement/<path:movement_id>/edit")
    def edit(movement_id):
        changes: dict[str, Any] = {}
        for field in ("actor", "what", "start", "end", "status", "mode", "time_precision"):
            if field in request.form:
                changes[field] = request.form[field].strip() or None
        for field, kind, what in (("confidence", float, "a number from 0 to 1"), ("count", int, "a whole number")):
            if field in request.form:
                raw = request.form[field].strip()
                try:
                    changes[field] = kind(raw) if raw else None
                except ValueError as err:
                    raise InputError(f"{field} {raw!r} is not {what}") from err
        with bench.lock:
            feature = _feature(movement_id)
            changes = {k: v for k, v in changes.items() if feature["properties"].get(k) != v}
            if "via" in request.form:  # one place a line: a gazetteer name or LAT,LON
                lines = [line.strip() for line in request.form["via"].splitlines() if line.strip()]
                if lines != [_name(v) for v in feature["properties"].get("via") or []]:
                    changes["via"] = lines
            if changes:
                log_review.edit(bench.log, movement_id, changes, by=bench.by)
        return _back(movement_id)

    @app.post("/movement/<path:movement_id>/place")
    def set_place(movement_id):
        role = request.form.get("role")
        if role not in ("origin", "destination"):
            raise InputError(f"role {role!r} is not origin or destination")
        if request.form.get("none"):
            value = None
        elif request.form.get("candidate"):
            try:
                value = json.loads(request.form["candidate"])
            except ValueError as err:
                raise InputError("the chosen candidate is not JSON") from err
        elif request.form.get("lat") and request.form.get("lon"):
            value = f"{request.form['lat']},{request.form['lon']}"
        else:
            raise InputError("choose a candidate, a point on the map (lat, lon) or 'no place'")
        with bench.lock:
            _feature(movement_id)
            log_review.edit(bench.log, movement_id, {role: value}, by=bench.by)
        return _back(movement_id)

    @app.post("/movement/<path:movement_id>/delete")
    def delete(movement_id):
        with bench.lock:
            canonical = _feature(movement_id)["properties"]["id"]
            log_review.delete(bench.log, [movement_id], by=bench.by)
        return redirect("/?" + urlencode({"deleted": canonical}), code=303)

    @app.post("/movement/<path:movement_id>/undo")
    def undo(movement_id):
        with bench.lock:
            log_review.undo(bench.log, movement_id, by=bench.by)
        return _back(movement_id)

    # ------------------------------------------------------------ view helpers

    def _candidates(name: str, context: list | None = None) -> list[dict]:
        try:
            return log_review.candidates(name, gazetteer=bench.gazetteer, limit=8, context=context or None)
        except GeomoveError:
            return []

    return app


def _hostname(host: str) -> str:
    host = (host or "").lower()
    if host.startswith("["):
        return host[: host.index("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _name(place: dict | None) -> str:
    if not place:
        return "—"
    return place.get("name") or f"{place.get('lat')}, {place.get('lon')}"


def _row(feature: dict) -> dict:
    p = feature["properties"]
    route = [_name(p.get("origin")), *(_name(v) for v in p.get("via") or []), _name(p.get("destination"))]
    dates = p.get("start") or ""
    if p.get("end") and p.get("end") != p.get("start"):
        dates += f" – {p['end']}"
    return {"id": p["id"], "status": p.get("status"), "review": p.get("review") or "proposed",
            "actor": p.get("actor") or "", "count": p.get("count"), "route": " → ".join(route),
            "dates": dates, "source": p.get("source") or ", ".join(
                s.get("source") or "" for s in p.get("sources") or []),
            "confidence": "" if p.get("confidence") is None else f"{p['confidence']:.2f}",
            "corrected": bool(p.get("history"))}


def _pt(place: dict | None) -> dict | None:
    if not place or place.get("lat") is None:
        return None
    return {"lat": place["lat"], "lon": place["lon"], "name": _name(place)}


def _route_points(props: dict) -> list[dict]:
    points = [("origin", props.get("origin")), *(("via", v) for v in props.get("via") or []),
              ("destination", props.get("destination"))]
    return [{**pt, "role": role} for role, place in points if (pt := _pt(place))]


def mention_title(mention: dict) -> str:
    """The hover title of a mention in the report: what it was read as, and its role. A place the
    index lacks that the text puts inside a holder ('the village of Ngangi in Masisi territory')
    has its own name as written and the holder's point: 'Ngangi → in Masisi (at its point, region)',
    not 'Ngangi → Ngangi', which read as if the index knew it (gaz62, s38)."""
    surface = mention.get("surface")
    holder = mention.get("holder")
    if holder and mention.get("gazetteer_id") is None:
        title = f"{surface} → in {holder.get('name') or holder.get('surface')} (at its point, {mention.get('precision')})"
    else:
        title = f"{surface} → {mention.get('name') or 'unresolved'}"
    if mention.get("role"):
        title += f" ({mention['role']})"
    return title


def _segments(text: str, movements: list[dict], gazetteer, focus: str | None = None) -> list[dict]:
    """The report cut where a mention or a quote starts or ends; each piece says what covers it."""
    from ..mentions import find_mentions

    try:
        mentions = find_mentions(text, gazetteer=gazetteer)
    except GeomoveError:
        mentions = []
    marks: list[tuple[int, int, str, Any]] = []
    for m in mentions:
        marks.append((m["start"], m["end"], "mention", m))
    for f in movements:
        quote = f["properties"].get("quote") or ""
        at = text.find(quote) if quote else -1
        if at >= 0:
            marks.append((at, at + len(quote), "quote", f["properties"]["id"]))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        mention = next((m for s, e, kind, m in marks if kind == "mention" and s <= a and b <= e), None)
        quotes = [q for s, e, kind, q in marks if kind == "quote" and s <= a and b <= e]
        title = mention_title(mention) if mention else ""
        pieces.append({"text": text[a:b], "mention": bool(mention), "title": title,
                       "quote": bool(quotes), "focus": focus in quotes if focus else False})
    return pieces


def _borders(points: list[dict]) -> list:
    """Natural Earth country outlines (the render's offline basemap), fine near the route."""
    from .. import borders

    if points:
        lats, lons = [p["lat"] for p in points], [p["lon"] for p in points]
        bbox = (min(lons), min(lats), max(lons), max(lats))
    else:
        bbox = None
    try:
        return borders.basemap(bbox)
    except GeomoveError:  # no outlines installed: the map still works on its graticule
        return []


@lru_cache(maxsize=1)
def _leaflet_js() -> str:
    from ..assets import leaflet_js

    return leaflet_js()


@lru_cache(maxsize=1)
def _leaflet_css() -> str:
    from ..assets import leaflet_css

    return leaflet_css()


def _fetch(url: str) -> str:
    """A report from the web (only with --online): its text, at most MAX_UPLOAD bytes."""
    import urllib.request

    from ..reports import decode_text

    if not url.startswith(("http://", "https://")):
        raise InputError("only http(s) URLs can be read", source=url)
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (scheme checked)
            data = response.read(MAX_UPLOAD + 1)
    except OSError as err:
        raise InputError(f"cannot read it: {err}", source=url) from err
    if len(data) > MAX_UPLOAD:
        raise InputError(f"is larger than the limit of {MAX_UPLOAD // (1024 * 1024)} MB", source=url)
    return decode_text(data, url)
