"""The token table of an article body (invented text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wireparse.quotations.tokens import TokenTable


def test_offsets_norms_shapes_and_classes() -> None:
    flat = "Harbor Minister Maria Varga's aide, 30, told NATO \x01\x01 police."
    table = TokenTable(flat)
    assert [table.text(i) for i in range(len(table))] == [
        "Harbor", "Minister", "Maria", "Varga's", "aide,", "30,", "told", "NATO", "\x01\x01",
        "police.",
    ]  # fmt: skip
    assert [table.norm(i) for i in range(len(table))] == [
        "harbor", "minister", "maria", "varga", "aide", "30", "told", "nato", "", "police",
    ]  # fmt: skip
    assert [table.shape(i) for i in (0, 4, 5, 7, 8)] == [
        "title",
        "lower",
        "digit",
        "upper",
        "other",
    ]
    assert table.classes(1) == {"titles", "role_nouns"}
    assert table.classes(2) == {"given_names_female"}
    assert table.classes(6) == {"cue_verbs"}
    assert table.classes(9) == {"group_nouns"}
    assert table.index_at(0) == 0
    assert table.index_at(flat.index("told") + 2) == 6
    assert table.word_before(flat.index("told") - 1) == "30,"
    assert table.word_before(0) == ""


def test_a_window_of_the_text() -> None:
    flat = "xx Varga said yy"
    table = TokenTable(flat, 3, 13)
    assert [table.text(i) for i in range(len(table))] == ["Varga", "said"]
    assert table.index_at(0) == -1


@given(st.text(alphabet='ab ,.\x01"', max_size=80))
def test_tokens_cover_every_non_space_character_once(flat: str) -> None:
    table = TokenTable(flat)
    covered = "".join(table.text(i) for i in range(len(table)))
    assert covered == flat.replace(" ", "")
    assert table.starts == sorted(table.starts)
    assert all(s < e for s, e in zip(table.starts, table.ends, strict=True))
