"""DefectCode: every code emitted is a member, documented, and listed in docs/errors.rst."""

from __future__ import annotations

import pathlib
import pickle

import pytest
import regex

import wireparse
from wireparse import Article, Defect, DefectCode, Span

ROOT = pathlib.Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "wireparse"
ERRORS_PAGE = ROOT / "docs" / "errors.rst"

# A code as the docs' table lists it: the first cell of a row, in double backquotes.
_TABLE_ROW = regex.compile(r"^   \* - ``([a-z]+(?:-[a-z]+)++)``$", regex.M)


def _documented_codes() -> list[str]:
    text = ERRORS_PAGE.read_text(encoding="utf-8")
    defects = text[text.index("\nDefects\n") :]
    return _TABLE_ROW.findall(defects)


def test_docs_table_lists_exactly_the_members() -> None:
    documented = _documented_codes()
    assert len(documented) == len(set(documented))
    assert documented == [m.value for m in DefectCode]


def test_every_member_has_a_doc_comment() -> None:
    # The members' documentation lives in ``#:`` comments above them.
    text = (SRC / "model" / "core.py").read_text(encoding="utf-8")
    for member in DefectCode:
        assert regex.search(rf"#:[^\n]*\n(?:    #:[^\n]*\n)*    {member.name} = ", text), member


def test_no_code_is_written_as_a_string_in_the_source() -> None:
    # Every emitting module names a member; a bare string code would bypass the enum.
    pattern = regex.compile(r"""(?:Defect|\.defect|_defect)\(\s*["']""")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_member_named_in_the_source_is_a_member() -> None:
    used = set()
    for path in SRC.rglob("*.py"):
        used.update(regex.findall(r"DefectCode\.([A-Z_]+)", path.read_text(encoding="utf-8")))
    assert used == {m.name for m in DefectCode}


def test_string_code_is_converted_to_its_member() -> None:
    defect = Defect("no-body", "no body paragraphs were found")
    assert defect.code is DefectCode.NO_BODY
    assert str(defect.code) == "no-body"
    assert defect == Defect(DefectCode.NO_BODY, "no body paragraphs were found")


def test_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="not a valid DefectCode"):
        Defect("no-such-code", "invented")


def test_parse_gives_members() -> None:
    article = wireparse.parse("Just a handful of words")
    assert [d.code for d in article.defects] == [DefectCode.NO_HEADLINE]
    assert type(article.defects[0].code) is DefectCode


def test_dict_form_writes_the_string_and_reads_back_the_member() -> None:
    article = wireparse.parse("Just a handful of words")
    data = article.to_dict()
    assert data["defects"] == [
        {"code": "no-headline", "message": "no headline was found", "span": None}
    ]
    assert type(data["defects"][0]["code"]) is str
    back = Article.from_dict(data)
    assert back == article
    assert back.defects[0].code is DefectCode.NO_HEADLINE


def test_dict_form_with_an_unknown_code_is_a_schema_error() -> None:
    data = wireparse.parse("Just a handful of words").to_dict()
    data["defects"][0]["code"] = "no-such-code"
    with pytest.raises(wireparse.SchemaError, match=r"defects\[0\]\.code"):
        Article.from_dict(data)


def test_schema_lists_the_codes() -> None:
    schema = wireparse.json_schema()
    assert schema["$defs"]["DefectCode"]["enum"] == [m.value for m in DefectCode]
    assert schema["$defs"]["Defect"]["properties"]["code"]["$ref"] == "#/$defs/DefectCode"


def test_defect_pickles_with_its_member() -> None:
    defect = Defect(DefectCode.FEED_MISSING_ETX, "truncated", Span(5, 5))
    back = pickle.loads(pickle.dumps(defect))
    assert back == defect
    assert back.code is DefectCode.FEED_MISSING_ETX
