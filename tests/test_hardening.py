"""Hardening: inputs as they come (JSON Lines, odd characters), outputs that cannot hurt."""

import json
import time

import pytest

from geomove.cli import main
from geomove.errors import InputError
from geomove.reports import jsonl_lines, read_jsonl


# ---------------------------------------------------------------- JSON Lines

SEPARATORS = [
    {"id": "nel", "text": "A column left Tartus\u0085and drove north."},
    {"id": "ls", "text": "Two brigades crossed at dawn.\u2028They reached Hama by noon."},
    {"id": "ps", "text": "Trucks waited at the border.\u2029Then they turned back."},
]


def _jsonl_bytes(records, *, newline="\r\n", bom=True, final=False) -> bytes:
    body = newline.join(json.dumps(r, ensure_ascii=False) for r in records)
    if final:
        body += newline
    return (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")


@pytest.mark.parametrize("newline, bom, final", [("\r\n", True, False), ("\n", False, True),
                                                 ("\r\n", False, True), ("\n", True, False)])
def test_jsonl_splits_on_newline_only(tmp_path, newline, bom, final):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl_bytes(SEPARATORS, newline=newline, bom=bom, final=final))
    reports = list(read_jsonl(path))
    assert [r.id for r in reports] == ["nel", "ls", "ps"]
    assert [r.text for r in reports] == [r["text"] for r in SEPARATORS]


def test_places_jsonl_prints_one_line_per_record(cli, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl_bytes(SEPARATORS))
    code, out, err = cli("places", "--jsonl", path)
    assert code == 0, err
    lines = out.split("\n")
    assert lines[-1] == "" and [json.loads(l)["id"] for l in lines[:-1]] == ["nel", "ls", "ps"]


def test_jsonl_error_names_the_right_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"text": "First\u2028line of text."}, ensure_ascii=False)
    path.write_text(good + "\r\n\r\n" + good + "\r\n{broken\r\n", encoding="utf-8", newline="")
    with pytest.raises(InputError, match=r"line 4: invalid JSON"):
        list(read_jsonl(path))
    assert [n for n, _ in jsonl_lines("a\u2028b\r\nc\u0085d\ne")] == [1, 2, 3]


@pytest.mark.parametrize("record, needle", [
    ('{"text": "lone \\ud800 surrogate"}', "lone surrogate"),
    ('{"text": "a NUL \\u0000 inside"}', "NUL"),
    ("[" * 100_000 + "]" * 100_000, "line 1"),
    ('{"text": "ok", "published": "9999-12-31x"}', "published"),
])
def test_jsonl_unreadable_records_are_one_line_errors(cli, tmp_path, record, needle):
    path = tmp_path / "batch.jsonl"
    path.write_text(record + "\n", encoding="utf-8")
    code, out, err = cli("extract", "--jsonl", path)
    assert code == 1 and needle in err and err.count("\n") == 1 and "Traceback" not in err


# ---------------------------------------------------------------- the front door

FRONT_DOOR_CALLS = r'''
import sys, tempfile, os
import geomove
text = "A convoy of 30 trucks moved from Kilis to Azaz on Friday."
tmp = tempfile.mkdtemp()
calls = {
    "extract": lambda: geomove.extract(text, published="2024-03-08"),
    "places": lambda: geomove.places(text),
    "render": lambda: geomove.render(geomove.extract(text, published="2024-03-08")),
    "save_map": lambda: geomove.save_map(geomove.render([]), os.path.join(tmp, "m.html")),
    "export": lambda: geomove.export(geomove.extract(text, published="2024-03-08"), "csv"),
    "MovementLog": lambda: geomove.MovementLog(os.path.join(tmp, "log.sqlite")).close(),
    "Gazetteer": lambda: geomove.Gazetteer.default(),
}
order = sys.argv[1].split(",")
for name in order + order:
    calls[name]()
print("ok", len(order) * 2)
'''


@pytest.mark.parametrize("order", ["extract,places,render,save_map,export,MovementLog,Gazetteer",
                                   "Gazetteer,MovementLog,export,save_map,render,places,extract"])
def test_every_public_function_twice_in_both_orders(gazetteer, tmp_path, order):
    import subprocess
    import sys
    import geomove

    names = set(geomove.__all__) - {"GeomoveError"}
    assert names == set(order.split(","))  # a new public function must join this test
    done = subprocess.run([sys.executable, "-c", FRONT_DOOR_CALLS, order], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok 14"


def test_front_door_functions_survive_submodule_imports():
    import importlib
    import geomove

    for name in ("render", "export"):
        importlib.import_module(f"geomove.{name}")
        assert callable(getattr(geomove, name)) and not isinstance(getattr(geomove, name), type(geomove))


# ---------------------------------------------------------------- outputs that cannot hurt

from geomove.export import export, guard_cell, unguard_cell  # noqa: E402
from geomove.importer import read_movements  # noqa: E402
from geomove.model import make_movement, make_place  # noqa: E402

TRIGGERS = ["=HYPERLINK(\"http://x.example\",\"y\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tcmd",
            "\rcr", "'=already quoted", "''+two quotes", "'plain quote", "plain"]


def _planted():
    here = make_place(name="@Cell", lat=36.2, lon=37.1, country="SY", precision="exact")
    features = []
    for n, text in enumerate(TRIGGERS):
        there = make_place(name=text, surface=text, lat=35.0 + n / 10, lon=38.0, precision="near")
        features.append(make_movement(actor=text, what=text, quote=text, source=text, mode=text,
                                      date_text=text, origin=here, destination=there,
                                      start="2024-05-0%d" % (n % 9 + 1), published="2024-05-10"))
    return features


def test_guard_cell_is_reversible_and_only_guards_formulas():
    for text in TRIGGERS + ["", "'", "''", "'-", "x=1"]:
        assert unguard_cell(guard_cell(text)) == text
        assert not guard_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert guard_cell("plain") == "plain" and guard_cell("=1") == "'=1"


def test_csv_export_cells_open_as_text_and_import_gives_the_originals(tmp_path):
    import csv
    path = tmp_path / "planted.csv"
    export(_planted(), "csv", path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(TRIGGERS)
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or \
                column in ("latitude", "longitude", "origin_lat", "origin_lon",
                           "destination_lat", "destination_lon"), (column, cell)
    assert {r["actor1"] for r in rows} == {guard_cell(t) for t in TRIGGERS}
    back = read_movements(path)
    for field in ("actor", "what", "quote", "source", "mode", "date_text"):
        assert sorted(f["properties"][field] for f in back) == sorted(TRIGGERS)
    assert sorted(f["properties"]["destination"]["name"] for f in back) == sorted(TRIGGERS)
    assert {f["properties"]["origin"]["name"] for f in back} == {"@Cell"}


def test_kml_escapes_markup_and_reads_back(tmp_path):
    import xml.etree.ElementTree as ET
    evil = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>'
    feature = make_movement(actor=evil, what=evil, quote=evil,
                            origin=make_place(name=evil, lat=36.0, lon=37.0),
                            destination=make_place(name="B", lat=36.5, lon=37.5), start="2024-05-01")
    path = tmp_path / "evil.kml"
    export([feature], "kml", path)
    raw = path.read_text(encoding="utf-8")
    assert "<img" not in raw and "<script" not in raw
    ns = "{http://www.opengis.net/kml/2.2}"
    description = ET.parse(path).getroot().find(f".//{ns}description").text
    assert "<" not in description  # Google Earth renders the description as HTML: text only
    back = read_movements(path)
    assert back[0]["properties"]["actor"] == evil and back[0]["properties"]["quote"] == evil
    assert back[0]["properties"]["origin"]["name"] == evil


def test_kml_import_refuses_entities(tmp_path):
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
            '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>&b;</name></Document></kml>')
    path = tmp_path / "bomb.kml"
    path.write_text(bomb, encoding="utf-8")
    with pytest.raises(InputError, match="entity"):
        read_movements(path)


def test_gpkg_export_imports_back(tmp_path):
    path = tmp_path / "out.gpkg"
    features = _planted()
    export(features, "gpkg", path)
    back = read_movements(path)
    assert sorted(f["properties"]["actor"] for f in back) == sorted(TRIGGERS)
    assert sorted(f["properties"]["start"] for f in back) == sorted(f["properties"]["start"] for f in features)


def test_geojson_and_map_keep_planted_markup_inert(tmp_path):
    import geomove
    evil = '</script><img src=x onerror="alert(1)">'
    feature = make_movement(actor=evil, what=evil, quote=evil,
                            origin=make_place(name=evil, lat=36.0, lon=37.0),
                            destination=make_place(name="B", lat=36.5, lon=37.5), start="2024-05-01")
    data = json.loads(export([feature], "geojson"))
    assert data["features"][0]["properties"]["actor"] == evil
    page = tmp_path / "m.html"
    geomove.save_map(geomove.render([feature]), page)
    html = page.read_text(encoding="utf-8")
    assert evil not in html and "<img src=x" not in html


# ---------------------------------------------------------------- one boundary for output files

def test_a_failed_write_leaves_the_old_map_and_no_temp_file(tmp_path, monkeypatch):
    import errno
    from pathlib import Path
    import geomove
    from geomove.errors import GeomoveError, OutputError

    page = tmp_path / "maps" / "m.html"
    geomove.save_map(geomove.render([]), page)
    good = page.read_bytes()
    real = Path.write_text

    def disk_full(self, text, *args, **kwargs):
        real(self, text[: len(text) // 2], *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OutputError, match="no space left") as info:
        geomove.save_map(geomove.render([]), page)
    assert isinstance(info.value, GeomoveError) and isinstance(info.value, OSError)
    monkeypatch.undo()
    assert page.read_bytes() == good
    assert [p.name for p in page.parent.iterdir()] == ["m.html"]


@pytest.mark.parametrize("fmt", ["csv", "geojson", "kml", "gpkg"])
def test_export_under_a_regular_file_is_an_output_error(tmp_path, fmt):
    from geomove.errors import OutputError
    (tmp_path / "plain").write_text("x")
    with pytest.raises(OutputError, match="plain is a file"):
        export(_planted(), fmt, tmp_path / "plain" / f"out.{fmt}")


def test_gpkg_written_in_chunks_reads_back_whole(tmp_path, monkeypatch):
    import importlib
    # `import geomove.export as m` gives the front door's function; the module is here
    export_module = importlib.import_module("geomove.export")
    monkeypatch.setattr(export_module, "GPKG_CHUNK", 3)
    features = _planted()
    path = tmp_path / "chunks.gpkg"
    export(iter(features), "gpkg", path)  # an iterator: read once, never held whole
    back = read_movements(path)
    assert sorted(f["properties"]["actor"] for f in back) == sorted(TRIGGERS)


# ---------------------------------------------------------------- readers beside writers

WRITER = r'''
import sys, time
from pathlib import Path
from geomove.log import MovementLog
from geomove.model import make_movement, make_place
path, tag, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
n = 0
with MovementLog(path) as log:
    while not stop.exists() and n < 1000:
        batch = [make_movement(actor=f"Writer {tag} {n} {k}", what=f"move {n} {k}", start="2024-05-%02d" % (1 + k % 28),
                               origin=make_place(name=f"A{tag}{n}-{k}", lat=36.0 + k / 1000, lon=37.0),
                               destination=make_place(name=f"B{tag}{n}-{k}", lat=36.5, lon=37.5 + k / 1000))
                 for k in range(20)]
        log.add(batch)
        n += 1
        time.sleep(0.02)
print(n)
'''


def _seed_log(path, count=3000):
    from geomove.log import MovementLog
    with MovementLog(path) as log, log.transaction():
        log.add([make_movement(actor=f"Seed {i}", what=f"seed {i}", start="2024-05-%02d" % (1 + i % 28),
                               origin=make_place(name=f"S{i}", lat=35.0 + i / 10000, lon=36.0),
                               destination=make_place(name=f"T{i}", lat=35.5, lon=36.5 + i / 10000))
                 for i in range(count)])


def test_list_and_export_never_fail_beside_two_writers(tmp_path, capsys):
    import subprocess
    import sys
    log = tmp_path / "busy.sqlite"
    _seed_log(log)
    stop = tmp_path / "stop"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(log), tag, str(stop)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for tag in "AB"]
    failures, runs, sizes = [], 0, []
    try:
        time.sleep(1.0)  # both writers under way
        for round_ in range(8):
            for args in (["list", "--since", "2024-05-01", "--log", log],
                         ["export", "--format", "csv", "--bbox", "30,30,40,40", "--log", log],
                         ["list", "--json", "--log", log]):
                code = main(["--quiet", *map(str, args)])
                out, err = capsys.readouterr()
                runs += 1
                if code != 0:
                    failures.append(err)
                elif args[0] == "list" and "--json" in args:
                    sizes.append(len(json.loads(out)["features"]))
    finally:
        stop.write_text("stop")
        written = [int(w.communicate(timeout=120)[0] or 0) for w in writers]
    assert runs == 24 and failures == [], failures[:3]
    assert all(s >= 3000 for s in sizes) and min(written) > 0, (sizes, written)
    # what a reader saw was one state of the log: a whole number of 20-movement batches
    assert all((s - 3000) % 20 == 0 for s in sizes)


# ---------------------------------------------------------------- all or nothing, damage

def test_batch_add_records_nothing_when_the_log_refuses_the_last_report(tmp_path, capsys, monkeypatch,
                                                                        gazetteer):
    import geomove.movements as movements
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("A column of trucks left Kilis for Azaz on Friday.\n")
    second.write_text("Another column left Azaz for Kilis on Saturday.\n")
    real = movements.extract

    def extract(text, **options):
        found = real(text, **options)
        if text.startswith("Another"):  # the log refuses this one: a count beyond 1e12
            found = [{**f, "properties": {**f["properties"], "count": 5e12}} for f in found] or [
                make_movement(actor="X", count=5e12, origin=make_place(name="A", lat=1, lon=1),
                              destination=make_place(name="B", lat=2, lon=2))]
        return found

    monkeypatch.setattr(movements, "extract", extract)
    log = tmp_path / "log.sqlite"
    code = main(["add", str(first), str(second), "--published", "2024-03-09", "--log", str(log)])
    out, err = capsys.readouterr()
    assert code == 1 and "count" in err and out == ""
    code = main(["list", "--json", "--log", str(log)])
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["features"] == []  # a.txt was not recorded either


def test_a_damaged_log_is_refused_at_open_in_one_line(tmp_path, capsys):
    from geomove.errors import LogError
    from geomove.log import MovementLog
    log = tmp_path / "log.sqlite"
    _seed_log(log, 400)
    data = bytearray(log.read_bytes())
    data[8192:12288] = b"\x00\xff" * 2048  # pages of the movements table overwritten
    log.write_bytes(bytes(data))
    with pytest.raises(LogError, match="damaged"):
        MovementLog(log)
    code = main(["add", str(tmp_path / "x.txt"), "--log", str(log)])
    assert code == 1


# ---------------------------------------------------------------- reports as they come

def test_encodings_are_detected_or_forced(tmp_path, gazetteer):
    from geomove.reports import read_report
    text = "Les forces ont quitté Kilis pour Azaz vendredi; un convoi de véhicules est arrivé à Alep."
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("cp1252"))
    report = read_report(latin)
    assert report.text == text and report.notes and "cp1252" in report.notes[0].lower().replace("_", "")
    arabic = "غادرت قافلة من نحو أربعين مركبة مدرعة الحامية قرب حمص صباح الأربعاء واتجهت شمالا نحو حماة"
    cp1256 = tmp_path / "ar.txt"
    cp1256.write_bytes(arabic.encode("cp1256"))
    assert read_report(cp1256).text == arabic
    utf16 = tmp_path / "u16.txt"
    utf16.write_text("A convoy left Kilis for Azaz.", encoding="utf-16")
    assert read_report(utf16).text == "A convoy left Kilis for Azaz."
    assert read_report(latin, encoding="latin-1").text == text.replace("é", "é")


PAGE = """<!doctype html><html><head><title>Column</title>
<meta property="article:published_time" content="2024-03-07T09:12:00Z"></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<aside><h3>Most read</h3><ul><li><a href="/x">Tanks roll from Kharkiv to Sumy overnight</a></li></ul></aside>
<article><h1>Column heads north</h1>
<p>A column of about forty armoured vehicles left the garrison outside Homs early on Wednesday and
drove north along the highway toward Hama, two residents said in interviews on Thursday.</p>
<p>The vehicles stopped for several hours at a checkpoint south of the city before moving on,
according to the same residents, who asked that their names be withheld.</p></article>
<footer>Copyright The Example Gazette</footer></body></html>"""


def test_html_gives_its_main_text_and_its_date(tmp_path, gazetteer, capsys):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    from geomove.reports import read_report
    report = read_report(page)
    assert "Kharkiv" not in report.text and "Home" not in report.text and "Copyright" not in report.text
    assert "armoured vehicles left the garrison" in report.text
    assert report.published == "2024-03-07"
    assert read_report(page, published="2024-04-01").published == "2024-04-01"
    code = main(["extract", str(page)])
    out, err = capsys.readouterr()
    features = json.loads(out)["features"]
    assert code == 0 and features and all("Sumy" not in json.dumps(f) for f in features)


def test_a_report_in_another_language_gets_one_warning(tmp_path, capsys, gazetteer):
    report = tmp_path / "fr.txt"
    report.write_text("Une colonne d'environ quarante véhicules blindés a quitté la garnison près de "
                      "Homs mercredi matin et s'est dirigée vers le nord en direction de Hama.", encoding="utf-8")
    code = main(["extract", str(report)])
    out, err = capsys.readouterr()
    assert code == 0 and "French" in err and len(err.splitlines()) == 1
    code = main(["--quiet", "extract", str(report)])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    english = tmp_path / "en.txt"
    english.write_text("A column of about forty armoured vehicles left the garrison near Homs on "
                       "Wednesday morning and drove north toward Hama.", encoding="utf-8")
    code = main(["extract", str(english)])
    assert code == 0 and capsys.readouterr().err == ""


@pytest.mark.parametrize("fmt", ["csv", "geojson", "kml", "gpkg"])
def test_render_draws_a_movement_file_directly(tmp_path, capsys, gazetteer, fmt):
    source = tmp_path / f"moves.{fmt}"
    export(_planted()[:3], fmt, source)
    target = tmp_path / "map.html"
    code = main(["render", str(source), "-o", str(target)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "3 movement(s)" in out and target.exists()


# ---------------------------------------------------------------- progress

def test_progress_is_plain_lines_off_a_terminal_and_silenced_by_quiet(capsys):
    import io
    from geomove.io import progress as progress_module

    stream = io.StringIO()  # not a terminal
    options = progress_module.bar_options(stream)
    assert isinstance(options["file"], progress_module.LineStream)
    from tqdm import tqdm
    with tqdm(range(3), desc="geomove", mininterval=0, **{k: v for k, v in options.items() if k != "mininterval"}) as bar:
        for _ in bar:
            pass
    lines = stream.getvalue().splitlines()
    assert lines and all("\r" not in line for line in lines) and "3/3" in lines[-1]
    progress_module.set_quiet(True)
    try:
        assert list(progress_module.progress([1, 2, 3])) == [1, 2, 3]
        assert capsys.readouterr().err == ""
    finally:
        progress_module.set_quiet(False)
    assert list(progress_module.progress([1, 2, 3], unit="reports", delay=0)) == [1, 2, 3]
    assert "3/3" in capsys.readouterr().err
    assert list(progress_module.progress([1, 2, 3], unit="reports")) == [1, 2, 3]
    assert capsys.readouterr().err == ""  # quicker than the delay: nothing printed
