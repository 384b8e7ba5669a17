from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from helavb_desktop.domain.collation import swedish_collate, swedish_sort_key


def test_swedish_letters_sort_after_z_in_order() -> None:
    words = ["Örträsk", "åsele", "Ammarnäs", "Zinkgruvan", "Ängesbyn", "ödemark", "Åmsele", "Ärla"]
    ordered = sorted(words, key=swedish_sort_key)
    assert ordered == [
        "Ammarnäs",
        "Zinkgruvan",
        "Åmsele",
        "åsele",
        "Ängesbyn",
        "Ärla",
        "ödemark",
        "Örträsk",
    ]


def test_case_is_ignored_but_order_is_total() -> None:
    assert sorted(["b", "A", "a", "B"], key=swedish_sort_key) == ["A", "a", "B", "b"]
    assert sorted(["café", "cafe", "cafz"], key=swedish_sort_key) == ["cafe", "café", "cafz"]


@given(st.text(), st.text())
def test_collate_agrees_with_key(a: str, b: str) -> None:
    expected = (swedish_sort_key(a) > swedish_sort_key(b)) - (
        swedish_sort_key(a) < swedish_sort_key(b)
    )
    assert swedish_collate(a, b) == expected
    assert swedish_collate(a, b) == -swedish_collate(b, a)
