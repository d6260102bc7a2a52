"""The shortcuts of the speed work outside the quotation stage answer as the long ways.

Each shortcut (a count taken on bytes, a scan that jumps to the characters
that matter, a gate before a pattern) must give the same answer as the code
it stands for, on any text: example tests and property tests of output
only, never timed.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.reading import source

#: Characters that make the control counts' cases likely: C0 and C1
#: controls, DEL, the framing characters that do not count, ``\xc2``'s
#: neighbours in UTF-8 (``\xa0``, ``\xa9``), a lone surrogate, a wide character.
_CONTROL_PIECES = st.sampled_from(
    [
        "\x00", "\x01", "\x05", "\x08", "\x0e", "\x15", "\x16", "\x1b", "\x1c", "\x7f",
        "\x80", "\x85", "\x9f", "\xa0", "\xa9", "\xc2", "\ud800", "\u2028", "字", "a", " ",
        "\n",
    ]
)  # fmt: skip


@given(st.one_of(st.text(), st.lists(_CONTROL_PIECES).map("".join)))
def test_control_count_agrees_with_the_pattern(text: str) -> None:
    assert source.count_controls(text) == len(source._CONTROL.findall(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Harbour reopens", 0),
        ("Bell\x07 rings\x08", 2),
        ("\x01\x02\x03 framing does not count", 0),
        ("C1 \x85 and \x9f count, \xa0 and \xa9 do not", 2),
        ("a lone surrogate \ud800 holds none", 0),
        ("\x00\x00 NUL \x7f DEL", 3),
    ],
)
def test_control_count_examples(text: str, count: int) -> None:
    assert source.count_controls(text) == count
