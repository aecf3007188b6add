"""Fuzz extraction with generated reports: crashes, hangs and the slowest input.

    python benchmarks/fuzz.py [-n 100000] [--seed 1] [--hang 1.0] [--places-every 10]

Each input is a generated text (news-like sentences built from our own word lists, mixed
with unicode of every category, RTL and Latin, zero-width and control characters, very long
tokens, odd numbers and dates, 20 kB runs of whitespace, punctuation, capitals, one long
sentence or a repeated place name, and news with one wide gap of white space between two
words) and a publication date (none, 0001-01-01, 9999-12-31 or an ordinary one).
``geomove.extract`` runs on it; every exception that is not a ``GeomoveError`` is a crash,
reported by its code site; an input that takes more than ``--hang`` seconds of CPU time is a
hang (CPU, not wall time: on a shared machine the wall clock measures the neighbours; both are
printed for the slowest input). Every ``--places-every``-th input also runs ``geomove.places``
and checks that each mention's offsets give back its surface exactly.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
import traceback

PLACES = ["Aleppo", "Homs", "Kilis", "Azaz", "Mosul", "Kherson", "Rafah", "Tartus", "Idlib",
          "Deir ez-Zor", "al-Bab", "Kharkiv", "Donetsk", "Gaza", "Damascus", "Raqqa", "Hama",
          "Qamishli", "Manbij", "Erbil", "Sumy", "Benghazi", "Sirte", "Goma", "Timbuktu"]
ACTORS = ["The army", "Rebel fighters", "A militia", "Turkish forces", "Russian troops",
          "The 3rd Brigade", "Government soldiers", "An armed group", "Ukrainian units", "Police"]
VERBS = ["moved from", "withdrew from", "advanced toward", "redeployed to", "left", "arrived in",
         "were sent to", "pulled out of", "crossed into", "drove through"]
THINGS = ["trucks", "tanks", "vehicles", "soldiers", "fighters", "armoured vehicles", "buses"]
NUMBERS = ["3", "40", "1,200", "2.5", "1000000", "9" * 50, "9" * 5000, "²", "³⁴", "٣", "٤٥",
           "３", "½", "00", "-7", "1e309", "0x1F", "Ⅻ", "𝟗", "௭", "፫"]
DATES = ["{n} weeks ago", "{n} days ago", "{n} months ago", "last week", "this month",
         "on December {n}", "{n} November", "in {n}", "since 2019", "on 31 February",
         "2024-13-45", "0001-01-01", "9999-12-31", "in the past {n} days", "on Tuesday",
         "yesterday", "last year", "in March", "on the {n}th", "May {n}, 2024"]
PUBLISHED = [None, "0001-01-01", "9999-12-31", "2024-03-08", "1970-01-01", "2000-02-29"]
NOISE_RANGES = [
    (0x00, 0x1F), (0x7F, 0x9F), (0xA0, 0xFF), (0x300, 0x36F), (0x590, 0x5FF), (0x600, 0x6FF),
    (0x200B, 0x200F), (0x2028, 0x202E), (0x2060, 0x206F), (0xFEFF, 0xFEFF), (0x4E00, 0x4E80),
    (0x1F600, 0x1F64F), (0xE000, 0xE010), (0xFFF0, 0xFFFF), (0x2070, 0x209F), (0x0660, 0x0669),
    (0xFF10, 0xFF19), (0x1D7CE, 0x1D7FF), (0x10000, 0x10050), (0x0E00, 0x0E7F), (0x0400, 0x04FF),
    (0xD800, 0xDFFF),  # lone surrogates: refused with a GeomoveError, never a crash
]
RUNS = [" ", ".", ",", "-", "!", "?", "\n", "\t", "'", '"', "(", ")", "A", "ABC", "A ", "A. ",
        "Aleppo ", "Aleppo, ", "Aleppo.", "to ", "the ", "1 ", "\u200b", "٣", "x-", "Al-",
        "from Homs to Hama ", "THE ARMY ", "Mr. ", "U.S. "]


def _noise(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        lo, hi = rng.choice(NOISE_RANGES)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def _number(rng):
    return rng.choice(NUMBERS)


def _sentence(rng: random.Random) -> str:
    n = _number(rng)
    date = rng.choice(DATES).format(n=n)
    via = f" via {rng.choice(PLACES)}" if rng.random() < 0.3 else ""
    return (f"{rng.choice(ACTORS)} with {n} {rng.choice(THINGS)} {rng.choice(VERBS)} "
            f"{rng.choice(PLACES)} to {rng.choice(PLACES)}{via} {date}.")


def _news(rng):
    return " ".join(_sentence(rng) for _ in range(rng.randint(1, 6)))


def _mixed(rng):
    parts = []
    for _ in range(rng.randint(1, 8)):
        parts.append(_sentence(rng) if rng.random() < 0.5 else _noise(rng, rng.randint(1, 40)))
    return rng.choice(["", " ", "\n", "\u200b", "\u202e"]).join(parts)


def _noise_only(rng):
    return _noise(rng, rng.randint(1, 400))


def _rtl_latin(rng):
    arabic = "".join(chr(rng.randint(0x621, 0x64A)) for _ in range(rng.randint(2, 12)))
    hebrew = "".join(chr(rng.randint(0x5D0, 0x5EA)) for _ in range(rng.randint(2, 8)))
    return f"{arabic} {_sentence(rng)} \u202b{hebrew}\u202c {rng.choice(PLACES)} {arabic}."


def _long_token(rng):
    token = rng.choice(["A", "a", "Aleppo", "x-", "1", "Al-", "ABC"]) * rng.randint(200, 4000)
    return f"{_sentence(rng)} {token} {_sentence(rng)}"


def _numbers_dates(rng):
    bits = [rng.choice(DATES).format(n=_number(rng)) for _ in range(rng.randint(1, 6))]
    return f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(PLACES)} " + ", ".join(bits) + "."


def _run_20k(rng):
    unit = rng.choice(RUNS)
    return unit * (20_000 // len(unit))


def _wide_gap(rng):
    """News sentences with one long run of layout white space between two words (text copied
    from a PDF table or a teleprinter log): spaces, tabs, blank lines or no-break spaces."""
    unit = rng.choice([" ", "\t", "\n", " \n", "\u00a0", "\r\n", "  \t"])
    words = _news(rng).split(" ")
    words.insert(rng.randint(1, len(words)), unit * (rng.choice([200, 1000, 3000]) // len(unit)))
    return " ".join(words)


def _long_sentence(rng):
    parts = [f"{rng.choice(VERBS)} {rng.choice(PLACES)}" for _ in range(700)]
    return rng.choice(ACTORS) + " " + " and ".join(parts)[:20_000] + "."


def _repeated_places(rng):
    sep = rng.choice([", ", " ", " and ", "; ", "-", "/"])
    return sep.join(rng.choice(PLACES) for _ in range(2000))[:20_000]


# (kind, generator, share of inputs): the heavy 20 kB kinds are rarer, so 100,000 inputs
# finish in minutes, yet a few hundred of each are tried.
KINDS = [("news", _news, 30), ("mixed", _mixed, 25), ("noise", _noise_only, 15),
         ("rtl-latin", _rtl_latin, 10), ("numbers-dates", _numbers_dates, 15),
         ("long-token", _long_token, 3), ("run-20k", _run_20k, 1), ("long-sentence", _long_sentence, 0.5),
         ("repeated-places", _repeated_places, 0.5), ("wide-gap", _wide_gap, 2)]


def generate(rng: random.Random):
    kind, make, _ = rng.choices(KINDS, weights=[w for *_, w in KINDS])[0]
    return kind, make(rng), rng.choice(PUBLISHED)


def _replay(seed: int, index: int):
    """(kind, text, published) of input number ``index`` of a run with ``seed``."""
    rng = random.Random(seed)
    for _ in range(index):
        generate(rng)
    return generate(rng)


def _cpu_time(geomove, kind: str, text: str, published) -> float:
    began = time.process_time()
    try:
        geomove.extract(text, published=published)
    except geomove.GeomoveError:
        pass
    return time.process_time() - began


def _site(err: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "geomove" in f.filename]
    where = frames[-1] if frames else traceback.extract_tb(err.__traceback__)[-1]
    short = where.filename.split("geomove/")[-1]
    return f"{short}:{where.lineno} {where.name}: {type(err).__name__}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of inputs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang", type=float, default=1.0, help="seconds that count as a hang")
    parser.add_argument("--places-every", type=int, default=10)
    parser.add_argument("--show", type=int, default=3, help="examples printed per crash site")
    parser.add_argument("--replay", type=int, metavar="I", help="time input number I of the run alone")
    args = parser.parse_args(argv)
    if args.replay is not None:
        import geomove
        geomove.extract("Troops moved from Aleppo to Homs.", published="2024-03-08")
        kind, text, published = _replay(args.seed, args.replay)
        took = _cpu_time(geomove, kind, text, published)
        print(f"input #{args.replay} ({kind}, {len(text):,} chars, published={published}): {took:.3f} s CPU: {text[:80]!r}")
        return 0

    import geomove
    from geomove.errors import GeomoveError

    geomove.extract("Troops moved from Aleppo to Homs.", published="2024-03-08")  # load the index
    rng = random.Random(args.seed)
    crashes: dict[str, list] = collections.defaultdict(list)
    hangs: list = []
    kinds = collections.Counter()
    refused = 0
    mentions = offset_errors = 0
    slowest = (0.0, "", "", None, 0.0)
    began = time.perf_counter()
    for i in range(args.n):
        kind, text, published = generate(rng)
        kinds[kind] += 1
        t0, w0 = time.process_time(), time.perf_counter()
        try:
            geomove.extract(text, published=published)
            if args.places_every and i % args.places_every == 0:
                for m in geomove.places(text):
                    mentions += 1
                    if text[m["start"]:m["end"]] != m["surface"]:
                        offset_errors += 1
        except GeomoveError:
            refused += 1
        except Exception as err:  # the point of a fuzzer: every other exception is a finding
            crashes[_site(err)].append((kind, text, published, f"{type(err).__name__}: {err}"))
        took, wall = time.process_time() - t0, time.perf_counter() - w0
        if took > args.hang:
            hangs.append((took, kind, len(text), text[:60], i))
        if took > slowest[0]:
            slowest = (took, kind, text, published, wall)
        if (i + 1) % 10_000 == 0:
            print(f"  {i + 1:,} inputs, {sum(len(v) for v in crashes.values())} crashes, {len(hangs)} hangs, "
                  f"{time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)

    total = sum(len(v) for v in crashes.values())
    print(f"inputs: {args.n:,} (seed {args.seed}) in {time.perf_counter() - began:.0f} s; "
          + ", ".join(f"{k} {n:,}" for k, n in kinds.most_common()))
    print(f"refused with a GeomoveError (expected for bad input): {refused:,}")
    print(f"crashes (an exception that is not a GeomoveError): {total:,} at {len(crashes)} code sites")
    for site, cases in sorted(crashes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(cases):6,}  {site}")
        for kind, text, published, message in cases[:args.show]:
            print(f"          [{kind}, published={published}] {message[:100]!r}  input {text[:80]!r}")
    print(f"hangs (> {args.hang:g} s CPU): {len(hangs)}")
    for took, kind, length, head, index in sorted(hangs, reverse=True)[:10]:
        again = _cpu_time(geomove, *_replay(args.seed, index))
        print(f"  {took:6.2f} s  (alone, again: {again:.2f} s)  input #{index}, {kind}, {length:,} chars: {head!r}")
    took, kind, text, published, wall = slowest
    print(f"slowest input: {took:.3f} s CPU ({wall:.3f} s wall), {kind}, {len(text):,} chars, published={published}: {text[:80]!r}")
    print(f"places offsets: {offset_errors} wrong of {mentions:,} mentions")
    return 1 if total or hangs or offset_errors else 0


if __name__ == "__main__":
    sys.exit(main())
