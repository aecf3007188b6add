"""'territory' as a kind word (admin2): the territories of the DR Congo ('Masisi territory',
GeoNames' 'Rutshuru Territory') are district-level units named after their chief towns. The word
is a kind only after a name that is a name on its own, and, in running text, only where the
index knows a unit of that name; names whose own last word is 'Territory' keep their readings.
The sentences are written for these tests (places18)."""

import pytest

from geomove.gazetteer.kinds import split_kind

from placing import places_by_surface as _found


@pytest.mark.parametrize("name, core", [
    ("Walikale territory", "Walikale"),
    ("Masisi Territory", "Masisi"),
    ("Yukon Territory", "Yukon"),
])
def test_territory_after_a_name_is_its_kind(name, core):
    assert split_kind(name) == (core, "admin2")


@pytest.mark.parametrize("name", [
    "Northern Territory", "Capital Territory", "Australian Capital Territory",
    "Federal Capital Territory", "Indian Territory",   # no name is left without the word
    "Territory of Papua",                               # not a kind word before the name
    "Palestinian territories",                          # the plural is no kind word
])
def test_a_proper_name_ending_in_territory_is_read_whole(name):
    assert split_kind(name) == (name, None)


@pytest.mark.parametrize("name, country, kind", [
    ("Northern Territory", "AU", "admin1"),
    ("Australian Capital Territory", "AU", "admin1"),
    ("Yukon Territory", "CA", "admin1"),
    ("Rutshuru territory", "CD", "admin2"),
    ("Lubero territory", "CD", "admin2"),
])
def test_geocode_reads_territories(gazetteer, name, country, kind):
    best = gazetteer.candidates(name, limit=1)[0]
    assert (best["country"], best["kind"]) == (country, kind), best


@pytest.mark.parametrize("text, surface", [
    ("Fighting spread across Lubero territory.", "Lubero"),
    ("M23 rebels advanced in Rutshuru territory.", "Rutshuru"),
    ("The army sent reinforcements to Uvira territory.", "Uvira"),
])
def test_a_town_named_territory_in_text_is_the_territory(gazetteer, text, surface):
    hit = _found(text, gazetteer)[surface]
    assert (hit["country"], hit["kind"]) == ("CD", "admin2"), hit


@pytest.mark.parametrize("text, surface, country, kind", [
    ("Soldiers flew to Darwin in the Northern Territory.", "Northern Territory", "AU", "admin1"),
    ("Canadian Rangers patrolled the Yukon Territory.", "Yukon Territory", "CA", "admin1"),
    ("Police were sent to the Australian Capital Territory.", "Australian Capital Territory", "AU", "admin1"),
    # no territory called Gaza: 'territory' is the land of Gaza, the name read as without it
    ("Hamas fighters in Gaza territory fired rockets.", "Gaza", "PS", "city"),
])
def test_names_ending_in_territory_keep_their_readings_in_text(gazetteer, text, surface, country, kind):
    hit = _found(text, gazetteer)[surface]
    assert (hit["country"], hit["kind"]) == (country, kind), hit


def test_a_proper_name_ending_in_territory_gives_no_stray_mention(gazetteer):
    # 'Federal Capital' is no territory's name (Washington's old alias): no mention of it
    found = _found("Nigerian troops were deployed in the Federal Capital Territory.", gazetteer)
    assert "Federal Capital" not in found, found
