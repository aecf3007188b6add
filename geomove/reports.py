"""Reading reports: a text or HTML file, standard input, or a JSON Lines batch.

Every problem is reported as an :class:`InputError` that names the input, so the CLI can
print one line and exit 1 without touching anything already stored.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .dates import parse_published
from .errors import InputError, UsageError

from .regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("reports")

_HTML_HINT = _PATTERNS.compile(r"<\s*(?:html|body|p|div|article|h[1-6]|span|br)\b", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
               "section", "header", "footer", "title", "blockquote"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


@dataclass
class Report:
    """One report: its text and what is known about where it came from."""

    text: str
    name: str = "-"                       # the input as the user named it (for messages)
    published: str | None = None          # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    id: str | None = None
    extra: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)    # things the user should know (stderr)


@lru_cache(maxsize=1)
def _text_extractor():
    """The HTML parser class, made on first need: html.parser and html.entities (~18M
    instructions to import) are loaded only by a run that reads HTML."""
    from html.parser import HTMLParser

    class _TextExtractor(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self._skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in _SKIP_TAGS:
                self._skip += 1
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n\n")

        def handle_endtag(self, tag):
            if tag in _SKIP_TAGS:
                self._skip = max(0, self._skip - 1)
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n\n")

        def handle_data(self, data):
            if not self._skip:
                self.parts.append(data)

    return _TextExtractor


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, paragraphs kept apart; scripts and styles dropped."""
    import html
    parser = _text_extractor()()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n\s*", "\n\n", text)
    return html.unescape(text).strip()


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:5000]))


# A report is a news text: a few kB to a few hundred. Beyond these, the input is something
# else (a dump, a book, a log file) and would take minutes; say so instead.
MAX_REPORT_BYTES = 20_000_000      # a file as read (HTML pages carry a lot of markup)
MAX_REPORT_CHARS = 1_000_000       # the text extraction reads

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass
class Decoded:
    text: str
    encoding: str
    detected: bool = False  # not UTF-8 nor marked by a BOM: guessed by charset-normalizer


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Bytes to text: the encoding given, else a BOM, else UTF-8, else detected (charset-normalizer).

    Binary files (NUL bytes without a UTF-16/32 BOM) and bytes no encoding explains are refused.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except LookupError as err:
            raise UsageError(f"--encoding {encoding!r} is not an encoding Python knows") from err
        except UnicodeDecodeError as err:
            raise InputError(f"is not {encoding} text (byte {err.start}: {data[err.start:err.start + 1]!r})",
                             source=name) from err
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as err:
                raise InputError(f"starts with a {codec} byte-order mark but is not {codec} text",
                                 source=name) from err
    if b"\x00" in data[:8192]:
        raise InputError("is a binary file, not a text report", source=name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        bad = err
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError(
            f"is not UTF-8 text (byte {bad.start}: {data[bad.start:bad.start + 1]!r}) and no other "
            "encoding explains it; give --encoding", source=name) from bad
    try:
        return Decoded(data.decode(best.encoding), best.encoding, detected=True)
    except UnicodeDecodeError as err:
        raise InputError(f"cannot be read as {best.encoding} either; give --encoding", source=name) from err


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes to text, refusing binary files and undecodable encodings with a clear message."""
    return decode_bytes(data, name, encoding).text


def _read_bytes(path: str | Path) -> tuple[bytes, str]:
    name = str(path)
    if name == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", source=name)
    if p.is_dir():
        raise InputError("is a directory, not a report file", source=name)
    try:
        return p.read_bytes(), name
    except OSError as err:
        raise InputError(f"cannot be read ({err.strerror})", source=name) from err


def read_text_plain(path: str | Path, encoding: str | None = None) -> tuple[str, str]:
    """(text, name) of a file or '-' for standard input, decoded and checked for content."""
    data, name = _read_bytes(path)
    text = decode_text(data, name, encoding)
    if not text.strip():
        raise InputError("is empty: there is nothing to read", source=name)
    return text, name


def refuse_movement_file(data: bytes, name: str) -> None:
    """A GeoJSON/CSV/KML/GeoPackage of movements is not a report: say what to do with it."""
    if not _may_be_movement_file(data[:4096]):
        return  # (a plain report: geomove.importer, with the export and output modules and
        # tempfile it imports, ~20 M instructions, is not loaded to say so)
    from .importer import movement_file_kind

    kind = movement_file_kind(data[:4096])
    if kind:
        label = {"gpkg": "GeoPackage", "kml": "KML", "geojson": "GeoJSON", "csv": "CSV"}[kind]
        raise InputError(f"this looks like a movement file ({label}), not a report: use "
                         "`geomove import` or render it directly", source=name)


# a column every CSV of movements names in its first line (export.ACLED_COLUMNS' first)
_MOVEMENT_CSV_COLUMN = "event_date"


def _may_be_movement_file(head: bytes) -> bool:
    """False only where importer.movement_file_kind is None for certain: no SQLite header, and
    the text (as it decodes and strips it) opens with neither "<" (KML) nor "{" (GeoJSON), and
    its first line does not name the first column of a CSV of movements."""
    if head.startswith(b"SQLite format 3\x00"):
        return True
    text = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    return text.startswith(("<", "{")) or _MOVEMENT_CSV_COLUMN in text.split("\n", 1)[0]


def main_text(markup: str) -> str:
    """The article of an HTML page (trafilatura: no menus, sidebars, footers), or, for a page
    too small or odd for it, every visible paragraph."""
    import trafilatura

    text = trafilatura.extract(markup, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    return text.strip() if text and text.strip() else html_to_text(markup)


def published_in_page(markup: str) -> str | None:
    """The publication date a page states in its metadata (meta tags, <time>), or None.

    htmldate's cheap search only: no guessing from stray dates in the text.
    """
    from htmldate import find_date

    try:
        return find_date(markup, extensive_search=False, original_date=True)
    except ValueError:  # a page htmldate cannot parse at all: no date rather than a crash
        return None


def read_text(path: str | Path, encoding: str | None = None) -> tuple[str, str]:
    """Like :func:`read_text_plain`, with an HTML page reduced to its main text."""
    report = read_report(path, encoding=encoding)
    return report.text, report.name


def read_report(path: str | Path, *, published=None, source=None, url=None,
                encoding: str | None = None) -> Report:
    """One report from a file or '-': decoded (BOM, UTF-8, else detected, or ``encoding``),
    refused when it is a movement file, a binary file or too big; HTML reduced to its main
    text, with its publication date from the page's metadata when none is given."""
    data, name = _read_bytes(path)
    if len(data) > MAX_REPORT_BYTES:
        raise InputError(f"is {len(data) / 1e6:.1f} MB; a report can be at most "
                         f"{MAX_REPORT_BYTES // 1_000_000} MB (split it)", source=name)
    refuse_movement_file(data, name)
    decoded = decode_bytes(data, name, encoding)
    text = decoded.text
    if not text.strip():
        raise InputError("is empty: there is nothing to read", source=name)
    check_text(text, name)
    page_date = None
    if looks_like_html(text):
        if published is None:
            page_date = published_in_page(text)
        text = main_text(text)
        if not text.strip():
            raise InputError("is an HTML page with no visible text", source=name)
    if len(text) > MAX_REPORT_CHARS:
        raise InputError(f"holds {len(text):,} characters of text; a report can be at most "
                         f"{MAX_REPORT_CHARS:,} (split it)", source=name)
    pub = parse_published(published) if published is not None else (
        parse_published(page_date, source=f"{name}: published (page metadata)") if page_date else None)
    notes = [f"read as {decoded.encoding} (detected; give --encoding to choose another)"] \
        if decoded.detected else []
    return Report(text=text, name=name, published=pub.isoformat() if pub else None,
                  source=source or (Path(name).name if name != "<stdin>" else None), url=url,
                  notes=notes)


def jsonl_lines(raw: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of a JSON Lines text, split on "\\n" only.

    JSON allows U+0085, U+2028 and U+2029 inside strings, and ``str.splitlines`` breaks on
    them, so a valid record would be cut in two. A CR before the newline (CRLF files) is
    dropped; a last line without a newline is a line; a BOM is gone already (utf-8-sig).
    """
    for number, line in enumerate(raw.split("\n"), start=1):
        if line.endswith("\r"):
            line = line[:-1]
        yield number, line


def check_text(text: str, where: str) -> str:
    """Refuse what no report holds and later stages cannot encode: lone surrogates, NUL."""
    if not isinstance(text, str):
        raise InputError(f"a report is text, not {type(text).__name__}", source=where)
    if text.isascii() and "\x00" not in text:
        # (an ASCII text holds no surrogate: two C scans, where the class search tests every
        # character of every report twice a run, ~40 instructions each: speed91)
        return text
    bad = _UNREADABLE.search(text)
    if bad:
        what = "a NUL character" if bad.group() == "\x00" else f"a lone surrogate (U+{ord(bad.group()):04X})"
        raise InputError(f"holds {what} at character {bad.start()}: not text", source=where)
    return text


_UNREADABLE = _PATTERNS.compile("[\x00\ud800-\udfff]")


def read_jsonl(path: str | Path, encoding: str | None = None) -> Iterator[Report]:
    """Reports from a JSON Lines file: {"id", "text", "published"?, "source"?, "url"?} a line.

    The whole file is checked before the first report is returned, so a bad line 900 does
    not leave a half-processed batch behind.
    """
    raw, name = read_text_plain(path, encoding)
    reports = []
    for number, line in jsonl_lines(raw):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"line {number}: invalid JSON ({err.msg})", source=name) from err
        except RecursionError as err:
            raise InputError(f"line {number}: JSON nested too deeply", source=name) from err
        except ValueError as err:  # an integer of more than 4,300 digits
            raise InputError(f"line {number}: invalid JSON ({err})", source=name) from err
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f"line {number}: needs an object with a \"text\" string", source=name)
        if not item["text"].strip():
            raise InputError(f"line {number}: \"text\" is empty", source=name)
        check_text(item["text"], f"{where}: text")
        for key in ("id", "source", "url"):
            value = item.get(key)
            if value is not None and not isinstance(value, (str, int)):
                raise InputError(f"line {number}: \"{key}\" must be a string", source=name)
            if isinstance(value, str):
                check_text(value, f"{where}: {key}")
        if len(item["text"]) > MAX_REPORT_CHARS:
            raise InputError(f"line {number}: \"text\" holds {len(item['text']):,} characters; a "
                             f"report can be at most {MAX_REPORT_CHARS:,}", source=name)
        text = main_text(item["text"]) if looks_like_html(item["text"]) else item["text"]
        pub = parse_published(item.get("published"), source=f"{where}: published")
        reports.append(Report(
            text=text, name=where, id=item.get("id"), published=pub.isoformat() if pub else None,
            source=item.get("source"), url=item.get("url"),
            extra={k: v for k, v in item.items() if k not in ("id", "text", "published", "source", "url")},
        ))
    if not reports:
        raise InputError("holds no reports", source=name)
    return iter(reports)
_PATTERNS.save()
