"""Every file of the shared real-text corpus parses, losslessly.

The corpus lives outside the project (``../shared/corpus`` beside the
checkout, or where ``WIREPARSE_CORPUS`` points) and is not shipped; without it
these tests are skipped.  No corpus text is copied into the project.
"""

from __future__ import annotations

import os
import pathlib

import pytest

import wireparse

from .test_properties import assert_lossless

ROOT = pathlib.Path(
    os.environ.get(
        "WIREPARSE_CORPUS", pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
)
SKIP = {".json", ".md", ".tsv", ".psv"}
FILES = sorted(p for p in ROOT.rglob("*") if p.is_file() and p.suffix not in SKIP)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not beside this checkout")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_corpus_file_parses_losslessly(path: pathlib.Path) -> None:
    try:
        article = wireparse.parse(path.read_bytes())
    except wireparse.EmptyInputError:
        pytest.skip("empty file")
    assert_lossless(article)
