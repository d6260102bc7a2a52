"""Layout fixtures: each ``tests/fixtures/layouts/NAME.txt`` beside its ``NAME.json``.

The fixtures are written by us and imitate one layout each (a local TV page
carrying CNN Wire copy, Reuters hard-wrapped copy with a table, a BBC-style
text, AP web copy with a glued copyright notice, a CNN story file, a CRLF web
page with related links, one paragraph per line).  The JSON holds every
block's kind, rule and text as reviewed by hand; adding a layout is adding a
pair of files.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import wireparse

HERE = pathlib.Path(__file__).parent / "fixtures" / "layouts"
CASES = sorted(HERE.glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_layout(path: pathlib.Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = wireparse.parse(path.read_bytes())
    assert article.headline == expected["headline"]
    assert [[s.heading, len(s.paragraphs)] for s in article.sections] == expected["sections"]
    copyright = article.copyright
    assert ([copyright.year, copyright.holder] if copyright else None) == expected["copyright"]
    got = [[b.kind.value, b.rule, " ".join(b.text.split())] for b in article.blocks]
    assert got == expected["blocks"]
    assert [d.code for d in article.defects] == expected["defects"]


def test_there_are_layouts() -> None:
    assert len(CASES) >= 7
