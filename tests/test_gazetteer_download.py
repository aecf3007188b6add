"""`geomove gazetteer download`: fetched from a local server on 127.0.0.1 serving fixtures in
GeoNames' format (tests/fixtures/geonames, our own rows), resumed, verified, built atomically."""

import http.server
import threading
import zipfile
from pathlib import Path

import pytest

from geomove.errors import GazetteerError, UsageError
from geomove.gazetteer.download import download

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves files from ``root``, honours 'Range: bytes=N-', can cut one response short."""

    root: Path
    cut_next_after: int | None = None
    seen_ranges: list
    requests: list

    def do_GET(self):  # noqa: N802 (http.server's name)
        path = self.root / self.path.lstrip("/")
        self.requests.append(self.path)
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        start = 0
        rng = self.headers.get("Range")
        if rng:
            self.seen_ranges.append(rng)
            start = int(rng.split("=")[1].split("-")[0])
            if start >= len(data):
                self.send_error(416)
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        cut = type(self).cut_next_after
        if cut is not None:
            type(self).cut_next_after = None
            self.wfile.write(body[:cut])  # the connection drops mid-file
            self.close_connection = True
            return
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _zip(path: Path, member: str, text: str, extra: dict | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, other in (extra or {}).items():  # GeoNames zips carry side files first
            zf.writestr(name, other)
        zf.writestr(member, text)


@pytest.fixture()
def server(tmp_path):
    root = tmp_path / "dump"
    _zip(root / "SY.zip", "SY.txt", (FIXTURES / "SY.txt").read_text(encoding="utf-8"))
    _zip(root / "alternatenames" / "SY.zip", "SY.txt",
         (FIXTURES / "alternateNamesV2.txt").read_text(encoding="utf-8"),
         extra={"iso-languagecodes.txt": "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\nara\tara\tar\tArabic\n",
                "readme.txt": "fixture\n"})
    handler = type("Handler", (_Handler,), {"root": root, "seen_ranges": [], "requests": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/", handler, root
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_download_verifies_and_builds_an_index(server, tmp_path):
    from geomove.gazetteer import Gazetteer
    url, handler, _ = server
    got = download(["sy"], base_url=url, dest=tmp_path / "dl", index=tmp_path / "index.sqlite", packages=False)
    assert sorted(Path(f).name for f in got["files"]) == ["SY.zip", "alternateNames-SY.zip"]
    assert got["rows"][str(tmp_path / "dl" / "SY.zip")] == 5
    assert handler.requests == ["/SY.zip", "/alternatenames/SY.zip"]
    gaz = Gazetteer(got["index"], user_places=tmp_path / "none.sqlite")
    # Rumaylān and Kharab al Jir are places gazetteer/features.csv holds (curated:rmelan, 0 km;
    # the airfield, 0.2 km): those rows stay and gain the dump's names, no second row
    rumaylan = [p["gazetteer_id"] for p in gaz.lookup("Rumaylān")]
    assert "curated:rmelan" in rumaylan and "geonames:99000001" not in rumaylan
    kinds = {p["gazetteer_id"]: p["kind"] for p in gaz.lookup("Kharab al Jir")}
    assert kinds == {"curated:kharab-al-jir-airfield": "airfield"}
    assert gaz.resolve("Tall Baydar")["gazetteer_id"] == "geonames:99000004"
    assert gaz.resolve("Tel Beydar")["gazetteer_id"] == "geonames:99000004"  # from the alternate names
    assert gaz.resolve("Al Walid Border Post", country="IQ")["country"] == "IQ"
    assert not list((tmp_path / "dl").glob("*.part")) and not list((tmp_path / "dl").glob("*.new"))


def test_an_interrupted_download_resumes_with_a_range_request(server, tmp_path):
    url, handler, root = server
    handler.cut_next_after = 100
    with pytest.raises(GazetteerError, match="run the command again"):
        download(["SY"], base_url=url, dest=tmp_path / "dl", build=False)
    part = tmp_path / "dl" / "SY.zip.new.part"
    assert part.stat().st_size == 100 and not (tmp_path / "dl" / "SY.zip").exists()
    download(["SY"], base_url=url, dest=tmp_path / "dl", build=False)
    assert handler.seen_ranges == ["bytes=100-"]
    assert (tmp_path / "dl" / "SY.zip").read_bytes() == (root / "SY.zip").read_bytes()


def test_a_corrupt_dump_is_refused_and_the_verified_one_kept(server, tmp_path):
    url, _, root = server
    download(["SY"], base_url=url, dest=tmp_path / "dl", build=False)
    good = (tmp_path / "dl" / "SY.zip").read_bytes()
    _zip(root / "SY.zip", "SY.txt", "1\tonly three\tcolumns\n")
    with pytest.raises(GazetteerError, match="columns"):
        download(["SY"], base_url=url, dest=tmp_path / "dl", build=False)
    assert (tmp_path / "dl" / "SY.zip").read_bytes() == good


def test_unknown_country_and_bad_sources(server, tmp_path):
    url, _, _ = server
    with pytest.raises(GazetteerError, match="404"):
        download(["ZZ"], base_url=url, dest=tmp_path / "dl", build=False)
    assert not (tmp_path / "dl" / "ZZ.zip").exists()
    with pytest.raises(UsageError, match="https"):
        download(["SY"], base_url="http://example.org/dump/", dest=tmp_path / "dl", build=False)
    with pytest.raises(UsageError, match="country code"):
        download(["Syria"], base_url=url, dest=tmp_path / "dl", build=False)


def test_cli_download(server, tmp_path, capsys):
    from geomove.cli import main
    url, _, _ = server
    assert main(["gazetteer", "download", "SY", "--from", url, "--dir", str(tmp_path / "dl"), "--no-build"]) == 0
    out = capsys.readouterr().out
    assert "SY.zip: 5 rows, verified" in out
    assert main(["gazetteer", "download", "SY", "--from", "http://example.org/", "--no-build"]) == 2
    err = capsys.readouterr().err
    assert "https" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
