"""Normalising titles and places for duplicate matching, Swedish-aware (stdlib only).

"Storumans kommun" and "Storuman", "Åsele" and "Asele", "Byskolan i Tärnaby" and "Tärnaby
byskola" should meet: case and å/ä/ö are folded, "kommun(s)" and small words are dropped, the
genitive s of a known place name is removed, and word order is ignored (tokens are sorted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "æ": "a", "ø": "o"})

# Words that carry no identity in a title: prepositions, articles, and the municipality word.
STOPWORDS = frozenset(
    {
        "i", "och", "för", "av", "om", "på", "med", "en", "ett", "den", "det", "de", "till",
        "från", "vid", "under", "mellan", "inom", "kring", "samt",
        "kommun", "kommuns", "kommunen", "kommunens",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Casefold and fold å/ä/ö (and other accents) to their base letter, for matching only."""
    return text.casefold().translate(_FOLD)


def place_names(names: Iterable[str]) -> frozenset[str]:
    """Folded single-word forms of place names, for stripping a genitive s ("Storumans")."""
    return frozenset(fold(w) for name in names for w in _WORD.findall(name))


def title_tokens(text: str, places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The identity-bearing words of a title, folded, genitive-stripped, sorted, unique."""
    out: set[str] = set()
    for word in _WORD.findall(fold(text)):
        if word in STOPWORDS:
            continue
        if word.endswith("s") and word[:-1] in places:
            word = word[:-1]
        out.add(word)
    return tuple(sorted(out))


def title_key(text: str, places: frozenset[str] = frozenset()) -> str:
    """One string per title: equal for titles that differ only in case, order, å/ä/ö, stopwords."""
    return " ".join(title_tokens(text, places))
