"""The workbench's HTTP side through Flask's test client: every write, its CSRF refusal, the
Host check, the token, the upload limit, and report text that is never markup."""

from __future__ import annotations

import io
import json
import re
from urllib.parse import urlencode

import pytest

from geomove.workbench.app import MAX_UPLOAD, create_app

REPORT = ("On 3 March 2024 the 5th Brigade moved 30 tanks from Aleppo to Homs, local officials said.\n"
          "Residents said nothing else moved that week.")
HOSTILE = ("Convoy <script>document.title='owned'</script> seen.\n"
           "On 9 April 2024 the 7th Regiment moved 12 trucks from Aleppo to Homs <img src=x onerror=\"alert(1)\">.")


@pytest.fixture
def bench(tmp_path, gazetteer):
    app = create_app(tmp_path / "log.sqlite", by="tester", gazetteer=gazetteer)
    app.testing = True
    client = app.test_client()
    csrf = app.extensions["geomove"].csrf
    return app, client, csrf, tmp_path / "log.sqlite"


def post(client, path, csrf, **form):
    return client.post(path, data={"csrf": csrf, **form}, headers={"Host": "127.0.0.1:8765"})


def get(client, url, **kw):
    return client.get(url, headers={"Host": "127.0.0.1:8765"}, **kw)


def paste(client, csrf, text=REPORT, **form):
    response = post(client, "/reports", csrf, text=text, published="2024-03-05", source="Own desk", **form)
    assert response.status_code == 303, response.data
    return response.headers["Location"]


def add_units(app, n):
    """n movements of 'Unit k' from Ayy to Bee, one a day from 1 February 2024."""
    from geomove.model import make_movement, make_place

    a, b = make_place(name="Ayy", lat=35.0, lon=38.0), make_place(name="Bee", lat=36.0, lon=39.0)
    app.extensions["geomove"].log.add(
        [make_movement(actor=f"Unit {k}", origin=a, destination=b, start=f"2024-02-{1 + k:02d}",
                       url=f"https://x.example/{k}") for k in range(n)], merge=False)


def only_movement(app):
    log = app.extensions["geomove"].log
    (feature,) = list(log.query(status=None))
    return feature


def test_paste_shows_proposals_and_highlights(bench):
    app, client, csrf, _ = bench
    location = paste(client, csrf)
    assert location.startswith("/report/")
    page = get(client, location).get_data(as_text=True)
    assert page.count('class="mention') >= 2  # Aleppo and Homs highlighted
    assert "quote" in page and "1 movement(s) read from it" in page
    mid = only_movement(app)["properties"]["id"]
    assert f'/movement/{mid}' in page
    table = get(client, "/").get_data(as_text=True)
    assert "Aleppo → Homs" in table and "proposed" in table
    listed = get(client, "/reports").get_data(as_text=True)
    assert "1 report(s) kept with their text" in listed and location in listed


def test_every_write_refuses_a_missing_or_wrong_csrf_token(bench):
    app, client, csrf, path = bench
    paste(client, csrf)
    mid = only_movement(app)["properties"]["id"]
    before = list(app.extensions["geomove"].log.db.iterdump())
    writes = [("/reports", {"text": "Troops moved from Aleppo to Homs on 2 May 2024."}),
              (f"/movement/{mid}/review", {"review": "accepted"}),
              (f"/movement/{mid}/edit", {"count": "31"}),
              (f"/movement/{mid}/place", {"role": "destination", "none": "1"}),
              (f"/movement/{mid}/undo", {}),
              (f"/report/{log_review_hash(app, mid)}/review", {"review": "accepted"}),
              (f"/movement/{mid}/delete", {})]
    for url, form in writes:
        for bad in (None, "forged"):
            data = dict(form)
            if bad:
                data["csrf"] = bad
            response = client.post(url, data=data, headers={"Host": "127.0.0.1:8765"})
            assert response.status_code == 403, url
            assert b"CSRF" in response.data
    assert list(app.extensions["geomove"].log.db.iterdump()) == before


def log_review_hash(app, mid):
    from geomove.log import review as log_review

    return log_review.report_of(app.extensions["geomove"].log, mid)


def test_a_report_is_accepted_at_once_and_review_moves_to_the_next(bench):
    app, client, csrf, _ = bench
    paste(client, csrf)
    second = paste(client, csrf, text="On 6 March 2024 the 9th Regiment moved 8 trucks from Hama to Idlib.")
    log = app.extensions["geomove"].log
    first_id, second_id = [f["properties"]["id"] for f in log.query(status=None)]
    page = get(client, f"/movement/{first_id}").get_data(as_text=True)
    assert f'href="/movement/{second_id}" id="next-proposed"' in page
    assert post(client, second + "/review", csrf, review="accepted").status_code == 303
    assert log.get(second_id)["properties"]["review"] == "accepted"
    assert log.get(first_id)["properties"]["review"] == "proposed"
    assert post(client, "/report/" + "0" * 64 + "/review", csrf, review="accepted").status_code == 404


def test_review_edit_place_undo_and_delete_through_the_api(bench):
    app, client, csrf, _ = bench
    paste(client, csrf)
    log = app.extensions["geomove"].log
    mid = only_movement(app)["properties"]["id"]
    page = get(client, f"/movement/{mid}").get_data(as_text=True)
    candidates = re.findall(r"name=\"candidate\" value='([^']*)'", page)
    assert len(candidates) >= 2 and "why:" in page
    choice = next(json.loads(c.replace("&#34;", '"')) for c in candidates
                  if json.loads(c.replace("&#34;", '"'))["gazetteer_id"] != log.get(mid)["properties"]["destination"]["gazetteer_id"])
    assert post(client, f"/movement/{mid}/place", csrf, role="destination",
                candidate=json.dumps(choice)).status_code == 303
    props = log.get(mid)["properties"]
    assert props["destination"]["gazetteer_id"] == choice["gazetteer_id"]
    assert props["history"][-1]["by"] == "tester"
    assert post(client, f"/movement/{mid}/place", csrf, role="origin", lat="36.5", lon="37.5").status_code == 303
    assert log.get(mid)["properties"]["origin"]["lat"] == 36.5
    assert post(client, f"/movement/{mid}/edit", csrf, count="31", actor="5th Brigade", mode="rail",
                time_precision="week", confidence="0.5").status_code == 303
    props = log.get(mid)["properties"]
    assert (props["count"], props["actor"], props["mode"], props["time_precision"], props["confidence"]) == (
        31, "5th Brigade", "rail", "week", 0.5)
    assert post(client, f"/movement/{mid}/review", csrf, review="accepted").status_code == 303
    assert log.get(mid)["properties"]["review"] == "accepted"
    assert post(client, f"/movement/{mid}/undo", csrf).status_code == 303
    assert log.get(mid)["properties"]["review"] == "proposed"
    assert post(client, f"/movement/{mid}/place", csrf, role="destination", none="1").status_code == 303
    assert log.get(mid)["properties"]["destination"] is None
    history_page = get(client, f"/movement/{mid}").get_data(as_text=True)
    assert history_page.count("<td>tester</td>") == 6
    assert "time_precision" in history_page and "confidence" in history_page
    deleted = post(client, f"/movement/{mid}/delete", csrf)
    assert deleted.status_code == 303 and log.get(mid) is None
    banner = get(client, deleted.headers["Location"]).get_data(as_text=True)
    assert f'action="/movement/{mid}/undo"' in banner  # the deletion can be taken back from the table
    # the banner is for a deleted movement only: a link with any other id offers no form
    for other in ("no-such-id", f"{mid}/../../reports"):
        assert 'id="deleted-banner"' not in get(client, "/?" + urlencode({"deleted": other})).get_data(as_text=True)
    assert post(client, f"/movement/{mid}/undo", csrf).status_code == 303
    assert log.get(mid) is not None and log.check() == []


def test_bad_writes_answer_a_clear_error_and_change_nothing(bench):
    app, client, csrf, _ = bench
    paste(client, csrf)
    mid = only_movement(app)["properties"]["id"]
    before = list(app.extensions["geomove"].log.db.iterdump())
    cases = [(f"/movement/{mid}/edit", {"count": "many"}, "not a whole number"),
             (f"/movement/{mid}/edit", {"confidence": "high"}, "not a number"),
             (f"/movement/{mid}/edit", {"confidence": "2"}, "confidence"),
             (f"/movement/{mid}/edit", {"start": "2024-13-45"}, "start"),
             (f"/movement/{mid}/place", {"role": "destination", "lat": "95", "lon": "10"}, "latitude"),
             (f"/movement/{mid}/place", {"role": "via"}, "role"),
             (f"/movement/{mid}/review", {"review": "perhaps"}, "review must be one of"),
             ("/reports", {"text": "   "}, "empty"),
             ("/reports", {"url": "https://example.org/x"}, "--online")]
    for url, form, needle in cases:
        response = post(client, url, csrf, **form)
        assert response.status_code == 400, (url, form)
        assert needle in response.get_data(as_text=True), (url, needle)
    assert post(client, "/movement/mv-nope/review", csrf, review="accepted").status_code == 404
    assert list(app.extensions["geomove"].log.db.iterdump()) == before


def test_an_upload_over_the_limit_is_refused_clearly(bench):
    app, client, csrf, _ = bench
    big = io.BytesIO(b"Troops moved. " * (MAX_UPLOAD // 14 + 10))
    response = client.post("/reports", data={"csrf": csrf, "file": (big, "big.txt")},
                           headers={"Host": "127.0.0.1:8765"}, content_type="multipart/form-data")
    assert response.status_code == 413
    assert "larger than the limit of 2 MB" in response.get_data(as_text=True)
    small = io.BytesIO(REPORT.encode())
    response = client.post("/reports", data={"csrf": csrf, "file": (small, "r.txt"), "published": "2024-03-05"},
                           headers={"Host": "127.0.0.1:8765"}, content_type="multipart/form-data")
    assert response.status_code == 303
    binary = io.BytesIO(b"\x00\x01\x02 binary")
    response = client.post("/reports", data={"csrf": csrf, "file": (binary, "x.bin")},
                           headers={"Host": "127.0.0.1:8765"}, content_type="multipart/form-data")
    assert response.status_code == 400 and "binary file" in response.get_data(as_text=True)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.nip.io:8765", "10.0.0.5"])
def test_a_wrong_host_header_is_refused(bench, host):
    app, client, csrf, _ = bench
    assert client.get("/", headers={"Host": host}).status_code == 421
    assert client.post("/reports", data={"csrf": csrf, "text": REPORT}, headers={"Host": host}).status_code == 421
    assert len(app.extensions["geomove"].log) == 0


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"])
def test_local_host_headers_are_answered(bench, host):
    _, client, _, _ = bench
    assert client.get("/", headers={"Host": host}).status_code == 200


def test_a_token_is_required_when_one_is_set(tmp_path, gazetteer):
    app = create_app(tmp_path / "log.sqlite", token="s3cret", gazetteer=gazetteer, host="0.0.0.0")
    client = app.test_client()
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 401
    assert client.get("/?token=wrong", headers={"Host": "127.0.0.1:8765"}).status_code == 401
    first = client.get("/?token=s3cret", headers={"Host": "127.0.0.1:8765"})
    assert first.status_code == 200 and "geomove_token=s3cret" in first.headers["Set-Cookie"]
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200  # the cookie now


def test_report_text_is_escaped_in_every_view(bench):
    app, client, csrf, _ = bench
    location = paste(client, csrf, text=HOSTILE)
    log = app.extensions["geomove"].log
    ids = [f["properties"]["id"] for f in log.query(status=None)]
    assert ids
    views = [location, "/", "/reports", *(f"/movement/{i}" for i in ids), "/?q=script"]
    for url in views:
        response = get(client, url)
        page = response.get_data(as_text=True)
        assert response.status_code == 200, url
        assert "<script>document.title" not in page and "<img src=x" not in page, url
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'nonce-" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        nonces = set(re.findall(r'<script nonce="([^"]+)"', page))
        assert len(nonces) == 1 and f"'nonce-{nonces.pop()}'" in csp  # only our scripts carry it
        assert len(re.findall(r"<script(?![^>]*(nonce=|application/json))", page)) == 0, url
    # The map runs in a sandbox (own origin) and gets its strings through the renderer's escaping.
    response = get(client, "/map")
    assert response.headers["Content-Security-Policy"].startswith("sandbox allow-scripts")
    assert "<script>document.title" not in response.get_data(as_text=True)


def test_export_is_limited_to_accepted_and_carries_history(bench):
    app, client, csrf, _ = bench
    paste(client, csrf)
    mid = only_movement(app)["properties"]["id"]
    assert json.loads(get(client, "/export.geojson?review=accepted").data)["features"] == []
    post(client, f"/movement/{mid}/edit", csrf, count="33")
    post(client, f"/movement/{mid}/review", csrf, review="accepted")
    fc = json.loads(get(client, "/export.geojson?review=accepted").data)
    (props,) = [f["properties"] for f in fc["features"]]
    assert props["count"] == 33 and props["review"] == "accepted"
    assert [h["action"] for h in props["history"]] == ["edit", "accept"]
    assert props["history"][0]["changes"]["count"] == {"from": 30, "to": 33}


def test_the_table_pages_sorts_and_searches(bench):
    app, client, csrf, _ = bench
    add_units(app, 27)
    page = get(client, "/?limit=25").get_data(as_text=True)
    assert page.count("<tr data-id=") == 25 and "27 movement(s); 1–25 shown" in page
    page = get(client, "/?limit=25&offset=25").get_data(as_text=True)
    assert page.count("<tr data-id=") == 2
    page = get(client, "/?sort=start&desc=1&limit=25").get_data(as_text=True)
    assert page.index("Unit 26") < page.index("Unit 25")
    page = get(client, "/?q=unit+13").get_data(as_text=True)
    assert page.count("<tr data-id=") == 1


def test_via_is_edited_one_place_a_line(bench):
    app, client, csrf, _ = bench
    paste(client, csrf)
    log = app.extensions["geomove"].log
    mid = only_movement(app)["properties"]["id"]
    assert post(client, f"/movement/{mid}/edit", csrf, via="35.1, 36.9\n").status_code == 303
    props = log.get(mid)["properties"]
    assert [(v["lat"], v["lon"]) for v in props["via"]] == [(35.1, 36.9)]
    assert len(log.get(mid)["geometry"]["coordinates"]) == 3  # the arrow passes the via point
    # The same form sent again (via unchanged, as the page shows it) records no change.
    page = get(client, f"/movement/{mid}").get_data(as_text=True)
    shown = re.search(r'<textarea name="via"[^>]*>([^<]*)</textarea>', page).group(1)
    assert post(client, f"/movement/{mid}/edit", csrf, via=shown).status_code == 303
    assert len(log.get(mid)["properties"]["history"]) == 1


def test_a_report_from_a_url_only_when_online(tmp_path, gazetteer):
    """--online reads a URL (here a local server on 127.0.0.1: tests touch no network)."""
    import http.server
    import threading

    page = ("<html><head><title>Desk</title><script>var x = 1;</script></head><body><p>" + REPORT
            + "</p></body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        app = create_app(tmp_path / "log.sqlite", online=True, gazetteer=gazetteer)
        client = app.test_client()
        csrf = app.extensions["geomove"].csrf
        url = f"http://127.0.0.1:{httpd.server_port}/report.html"
        response = post(client, "/reports", csrf, url=url, published="2024-03-05")
        assert response.status_code == 303, response.data
        text = get(client, response.headers["Location"]).get_data(as_text=True)
        assert "Aleppo" in text and "var x = 1" not in text
        (feature,) = list(app.extensions["geomove"].log.query(status=None))
        assert feature["properties"]["url"] == url
    finally:
        httpd.shutdown()


def test_the_map_shows_the_page_or_every_match(bench):
    app, client, csrf, _ = bench
    add_units(app, 27)
    page = get(client, "/?limit=25").get_data(as_text=True)
    assert 'src="/map?sort=start&amp;limit=25"' in page and "scope=all" in page
    first_page = get(client, "/map?limit=25").get_data(as_text=True)
    every = get(client, "/map?limit=25&scope=all").get_data(as_text=True)
    assert "Unit 26" not in first_page and "Unit 26" in every and "Unit 0" in first_page


def test_a_movement_whose_id_has_slashes_spaces_and_signs_is_reviewed_like_any_other(bench):
    # Imported GeoJSON keeps its own ids, and those can be paths or carry '?', '#', '%'.
    from geomove.model import make_movement, make_place

    app, client, csrf, _ = bench
    log = app.extensions["geomove"].log
    odd = "ukr/2024 #7?x=1%"
    log.add([make_movement(id=odd, actor="Unit 9", origin=make_place(name="Ayy", lat=35.0, lon=38.0),
                           destination=make_place(name="Bee", lat=36.0, lon=39.0), start="2024-02-01")])
    table = get(client, "/").get_data(as_text=True)
    (link,) = re.findall(r'href="(/movement/[^"]+)" class="route"', table)
    assert link == "/movement/ukr/2024%20%237%3Fx%3D1%25"
    page = get(client, link)
    assert page.status_code == 200 and "Unit 9" in page.get_data(as_text=True)
    (action,) = set(re.findall(r'action="(/movement/[^"]+/review)"', page.get_data(as_text=True)))
    done = post(client, action, csrf, review="accepted")
    assert done.status_code == 303 and done.headers["Location"].endswith(link)
    assert log.get(odd)["properties"]["review"] == "accepted"
