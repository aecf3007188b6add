"""Names of products, not places: the names a text lists as a product's labels or brands, and a
name written before a lower-case noun of a product's kind.

- "the biscuits were sold under the labels Windsor, Ashford and Rio Grande", "grocers stocked
  brands such as Lombardy, Kenmare and Green Valley", "trade names of the syrup including
  Clifton and Golden Meadow": every name of the list is a brand, whatever town bears it;
- "packing the Windsor Creek variety", "the Lucerne brand": the name before the noun is the
  product's (a fruit's variety, a firm's brand), not where anything is or happens.

Read as places, such lists put a row of namesake towns on the map (a list of brands is long,
and every brand named after a pleasant place has a town of its name somewhere). The names are
dropped before ranking, so that they back none of the text's real places either.

Cheap: a text is looked at only when it holds one of BRAND_GATE_SUBSTRINGS (a few substring
tests on the text as written), then by one pass over its tokens."""

from __future__ import annotations

import itertools
import operator

# substrings of the nouns below as written in lower or title case ("Labels", "brands"): a text
# without any of them has no list of brands, and its tokens are not walked
BRAND_GATE_SUBSTRINGS = ("abel", "rand", "rade name", "ariet", "ultivar")
# nouns that name a product's labels; after "under the" (or its, their) the list follows right
# away ("sold under the labels A, B and C"), else after a word that opens examples
BRAND_LIST_NOUNS = frozenset("label labels brand brands trademark trademarks varieties cultivars".split())
# two-word nouns of the same: "brand names", "trade names" (the first word, then the second)
BRAND_LIST_PAIRS = frozenset({("brand", "names"), ("trade", "names"), ("brand", "name"), ("trade", "name")})
# the words before the noun after which the list follows the noun directly
UNDER_WORDS = frozenset(("under",))
UNDER_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "our", "a", "various", "several", "other"))
# the words that open examples after the noun: "brands such as", "labels including", "brands like"
EXAMPLE_OPENERS = (("such", "as"), ("including",), ("like",), ("called",), ("named",), (":",))
# lower-case words that may stand between the noun and the opener: "brand names of spinach including"
BRAND_NOUN_QUALIFIER_WORDS = 3
# what may join the names of one list: commas, "and", "or", an ampersand, a possessive ("Ralph's")
LIST_GLUE = frozenset((",", "and", "or", "&", "'", "’", "s"))
# lower-case nouns of a product's kind written right after one name: "the Windsor Creek variety"
PRODUCT_KIND_NOUNS = frozenset("variety cultivar brand label".split())
# the words that may stand before such a name ("the", "a", "its" ...)
PRODUCT_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "this", "that", "our", "new"))

# the tokens brand_list_spans looks at: a noun of BRAND_LIST_NOUNS, or the second word of a pair
_NOUN_TOKEN = (BRAND_LIST_NOUNS | {second for _first, second in BRAND_LIST_PAIRS}).__contains__
_LOWER = operator.attrgetter("lower")


def may_name_brands(text: str) -> bool:
    """The gate: does the text hold a noun that could open a list of brands or name a product's
    kind? (A few substring tests on the text as written.)"""
    return any(s in text for s in BRAND_GATE_SUBSTRINGS)


def _list_after(toks: list, j: int) -> tuple[int, int] | None:
    """The (first, end) token indexes of the names listed from token ``j`` on, in its sentence:
    capitalised words joined by LIST_GLUE and the lower-case connectors inside a name; None when
    no capitalised word stands at ``j``."""
    if j >= len(toks) or not toks[j].text[:1].isupper():
        return None
    sentence = toks[j].sentence
    end = j
    while end < len(toks) and toks[end].sentence == sentence:
        t = toks[end]
        if t.text[:1].isupper() or t.lower in LIST_GLUE or (
                t.lower in ("of", "de", "la", "the") and end + 1 < len(toks) and toks[end + 1].text[:1].isupper()):
            end += 1
            continue
        break
    while end > j and not toks[end - 1].text[:1].isupper() and toks[end - 1].lower != "s":
        end -= 1  # (a list ends with a name: "..., Sun Valley and" leaves its "and")
    return j, end


def _opener_at(toks: list, j: int) -> int | None:
    """The index after an example opener ("such as", "including") at or up to
    BRAND_NOUN_QUALIFIER_WORDS lower-case words after ``j``; None if there is none."""
    for skip in range(BRAND_NOUN_QUALIFIER_WORDS + 1):
        k = j + skip
        for opener in EXAMPLE_OPENERS:
            if tuple(t.lower for t in toks[k:k + len(opener)]) == opener:
                return k + len(opener)
        if k >= len(toks) or not toks[k].text[:1].islower():
            return None
    return None


def brand_list_spans(toks: list) -> list[tuple[int, int]]:
    """(start, end) character spans of the lists of brands in the text: the names after a noun
    of BRAND_LIST_NOUNS (or BRAND_LIST_PAIRS) written "under the" noun, or followed by an
    example opener."""
    spans = []
    # (only the tokens that may be a noun of a list are visited, picked by C-level passes: a
    # section holding one brand word, or "grand", was walked token by token; speed142)
    for i in itertools.compress(itertools.count(), map(_NOUN_TOKEN, map(_LOWER, toks))):
        low = toks[i].lower
        if low in BRAND_LIST_NOUNS:
            first = i
        elif low in ("names", "name") and i and (toks[i - 1].lower, low) in BRAND_LIST_PAIRS:
            first = i - 1
        else:
            continue
        before = toks[first - 2:first] if first >= 2 else []
        under = len(before) == 2 and before[0].lower in UNDER_WORDS and before[1].lower in UNDER_DETERMINERS
        start = i + 1 if under else _opener_at(toks, i + 1)
        if start is None:
            continue
        listed = _list_after(toks, start)
        if listed is not None and listed[1] > listed[0]:
            spans.append((toks[listed[0]].start, toks[listed[1] - 1].end))
    return spans


def before_a_product_kind(toks: list, m: dict) -> bool:
    """Is mention ``m`` a name written between a determiner and a lower-case noun of a product's
    kind ("packing the Windsor Creek variety", "the Lucerne brand")?"""
    i = m.get("tok")
    if i is None or not i:
        return False
    after = i + m["n_tokens"]
    return after < len(toks) and toks[after].text in PRODUCT_KIND_NOUNS \
        and toks[i - 1].lower in PRODUCT_DETERMINERS and toks[after].sentence == toks[i].sentence


def names_of_products(text: str, toks: list, mentions: list[dict]) -> list[dict]:
    """The place mentions that name a product: listed as its labels or brands
    (:func:`brand_list_spans`) or written before a noun of its kind (:func:`before_a_product_kind`).
    Each gets ``product_name`` (why it is no place); the caller drops them."""
    if not mentions or not may_name_brands(text):
        return []
    spans = brand_list_spans(toks)
    out = []
    for m in mentions:
        if m["role"] not in ("place", "organisation"):
            continue
        if any(s <= m["start"] and m["end"] <= e for s, e in spans):
            m["product_name"] = "listed as a product's labels or brands"
        elif before_a_product_kind(toks, m):
            m["product_name"] = f"a product's {toks[m['tok'] + m['n_tokens']].text}, not a place"
        else:
            continue
        out.append(m)
    return out
