"""Swedish collation without a sv_SE locale (not every machine has one).

The key sorts case-insensitively with å, ä, ö after z, folds other accented Latin letters to
their base letter (é → e, ü → y as in Swedish dictionaries), and breaks ties by the original
text so the order is total and stable.
"""

from __future__ import annotations

import unicodedata

# Characters just after "z" in code point order keep å < ä < ö after z in a plain binary sort.
_SWEDISH = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}
_FOLD = {"ü": "y", "ß": "ss"}


def swedish_sort_key(text: str) -> str:
    """A string whose binary order is Swedish alphabetical order of ``text``."""
    out: list[str] = []
    for ch in text.casefold():
        if ch in _SWEDISH:
            out.append(_SWEDISH[ch])
        elif ch in _FOLD:
            out.append(_FOLD[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(_SWEDISH.get(base, base))
    primary = "".join(out)
    # \x00 separates primary from tie-break so "ab" < "abc" still holds.
    return primary + "\x00" + text


def swedish_collate(a: str, b: str) -> int:
    """A SQLite collation callable (``COLLATE sv``)."""
    ka, kb = swedish_sort_key(a), swedish_sort_key(b)
    return (ka > kb) - (ka < kb)
