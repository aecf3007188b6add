"""Plural demonyms: "the Burundians pulled back", "Rwandans crossed", "the Somalis".

The demonyms table lists the singular of each country's people ("Burundian") and the plural of
a few ("Israelis", "Americans"). A plural is read as its singular is: the same country."""

from __future__ import annotations

from ..names import plain


def plural_demonym(gaz, word: str, spellings: frozenset | None) -> str | None:
    """ISO2 of the country whose demonym ``word`` is the plural of ("Burundians" -> 'BI'),
    when the singular (the word without its final s) is a demonym spelled as the table spells
    it; None otherwise ("Swiss", "Pass", a word whose singular names no people).

    why: "the Burundians pulled back from Uvira" read no mention of Burundi, while "the
    Burundian troops" did (the table keys demonyms by their exact plain spelling)."""
    if len(word) < 5 or word[-1] != "s" or word[-2] in "sS'’":
        return None
    singular = word[:-1]
    if spellings is not None and plain(singular) not in spellings:
        return None
    return gaz.demonym(singular)
