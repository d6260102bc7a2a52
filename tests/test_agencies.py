"""Agencies: canonical names, aliases, self-references and the decision."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.metadata.agencies import (
    AGENCIES,
    PRECEDENCE,
    agency_at,
    canonical_agency,
    find_agency,
    find_self_references,
)
from wireparse.metadata.bylines import parse_byline
from wireparse.metadata.collect import decide_agency
from wireparse.metadata.credits import parse_credit
from wireparse.model import AgencyDecision

ALIASES = [(alias, canonical) for canonical, aliases in AGENCIES.items() for alias in aliases]


@pytest.mark.parametrize(("alias", "canonical"), ALIASES)
def test_every_alias(alias: str, canonical: str) -> None:
    assert canonical_agency(alias) == canonical
    assert canonical_agency(canonical) == canonical


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("The Associated Press", "AP"),
        ("THE ASSOCIATED PRESS", "AP"),
        ("the associated press", "AP"),
        ("A.P.", "AP"),
        ("REUTERS", "Reuters"),
        ("Reuter", "Reuters"),
        ("Thomson Reuters", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("The-CNN-Wire", "CNN"),
        ("The CNN Wire", "CNN"),
        ("CNN Wire Staff", "CNN"),
        ("Cable News Network, Inc., a Time Warner Company", "CNN"),
        ("Cable News Network LP, LLLP", "CNN"),
        ("NBC News'", "NBC News"),
        ("NBC's", "NBC News"),
        ("NBC News and wire services", "NBC News"),
        ("Bloomberg L.P.", "Bloomberg"),
        ("BBC", "BBC News"),
        ("dpa", "dpa"),
        ("DPA", "dpa"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("dpa correspondents", "dpa"),
        ("AP staff", "AP"),
        ("The Independent", "The Independent"),
        ("Australian Associated Press", "AAP"),
        ("The Canadian Press", "Canadian Press"),
        ("Bay City News", "Bay City News"),
        ("Al-Jazeera", "Al Jazeera"),
        ("HawaiiNewsNow", "Hawaii News Now"),
        ("The Associated Press (TM)", "AP"),
    ],
)
def test_spellings(name: str, canonical: str) -> None:
    assert canonical_agency(name) == canonical


@pytest.mark.parametrize("name", ["", "Pa.", "ap", "Acme Media Ltd.", "Harbor", "The", "x" * 500])
def test_not_agencies(name: str) -> None:
    assert canonical_agency(name) is None


def test_find_agency() -> None:
    m = find_agency("By Maren Holt BBC Sport")
    assert m is not None
    assert (m.agency, m.start, m.end, m.text) == ("BBC Sport", 14, 23, "BBC Sport")
    m = find_agency("Harbor engineers and The Associated Press staff")
    assert m is not None
    assert (m.agency, m.text) == ("AP", "The Associated Press")
    assert find_agency("Pittsburgh, Pa. and the independent commission") is None
    assert find_agency("Apple and Capital") is None


def test_agency_at() -> None:
    text = "Jane Doe, AP Economics Writer"
    assert agency_at(text, 0) is None
    m = agency_at(text, 10)
    assert m is not None
    assert (m.agency, m.text) == ("AP", "AP")
    assert agency_at("MAPLE", 1) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme said so. The Independent has contacted Acme Ltd for comment.", ("The Independent",)),
        ("The ministry did not respond to a Reuters request for comment.", ("Reuters",)),
        ("Acme did not reply to Bloomberg's requests for comment.", ("Bloomberg",)),
        ("prices rose, according to data compiled by Bloomberg.", ("Bloomberg",)),
        ("the mayor told The Associated Press on Monday.", ("AP",)),
        ("the mayor told Reuters in an interview.", ("Reuters",)),
        ("To contact the reporter on this story: Jane Doe in Oslo at jdoe7@bloomberg.net",
         ("Bloomberg",)),
        ("the vote was close. Analysis - Maren Holt, BBC News, Oslo The result", ("BBC News",)),
        ("The Associated Press reported that the mayor left.", ()),
        ("the mayor told CNN he would stay.", ()),
        ("Reuters said the figures were compiled by hand.", ()),
        ("The Harbor Times has contacted Acme for comment.", ()),
        ("", ()),
    ],
)  # fmt: skip
def test_self_references(text: str, expected: tuple[str, ...]) -> None:
    assert find_self_references(text) == expected


def test_decision_precedence() -> None:
    d = decide_agency(
        dateline="AP",
        byline="By Maren Holt, CNN",
        taglines=["The-CNN-Wire"],
        signoffs=["Reuter"],
        copyright_holder="Cable News Network, Inc.",
        credits=["CNN's Jonas Pell contributed to this report."],
        mentions=["Bloomberg"],
    )
    assert d.name == "AP"
    assert d.source == "dateline"
    assert d.conflicting
    assert [e.split(":")[0] for e in d.evidence] == [
        "dateline", "byline", "tagline", "signoff", "copyright", "credit", "mention",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("kwargs", "name", "source"),
    [
        ({"dateline": "Reuters"}, "Reuters", "dateline"),
        ({"dateline": "CBS/AP"}, "CBS News", "dateline"),
        ({"dateline": "tca/dpa"}, "Tribune Content Agency", "dateline"),
        ({"dateline": "dpa/lni"}, "dpa", "dateline"),
        ({"dateline": "CNN Business"}, "CNN", "dateline"),
        ({"dateline": "IslandNewsNow"}, "IslandNewsNow", "dateline"),
        ({"byline": "By NBC News and wire services"}, "NBC News", "byline"),
        ({"byline": "By the CNN Wire Staff"}, "CNN", "byline"),
        ({"byline": "By Maren Holt and Tobias Reyes"}, None, None),
        ({"taglines": ["The-CNN-Wire"]}, "CNN", "tagline"),
        ({"taglines": "-- The Associated Press"}, "AP", "tagline"),
        ({"signoffs": [" Reuter"]}, "Reuters", "signoff"),
        ({"signoffs": ["-0-"]}, None, None),
        ({"copyright_holder": "Cable News Network, Inc., a Time Warner Company"}, "CNN",
         "copyright"),
        ({"copyright_holder": "Acme Media Ltd."}, None, None),
        ({"credits": ["Associated Press writer Maren Holt contributed to this report."]}, "AP",
         "credit"),
        ({"credits": ["The Associated Press contributed to this report."]}, None, None),
        ({"credits": ["(Reporting by Maren Holt; Editing by Tobias Reyes)"]}, "Reuters",
         "house_style"),
        ({"credits": ["--With assistance from Maren Holt."]}, "Bloomberg", "house_style"),
        ({"mentions": ["The Independent"]}, "The Independent", "mention"),
        ({}, None, None),
    ],
)  # fmt: skip
def test_decisions(kwargs: dict[str, object], name: str | None, source: str | None) -> None:
    d = decide_agency(**kwargs)  # type: ignore[arg-type]
    assert (d.name, d.source) == (name, source)
    assert (d.source is None) == (not d.evidence)


def test_parsed_objects_are_accepted() -> None:
    byline = parse_byline("By Maren Holt, CNN")
    credit = parse_credit("CNN's Jonas Pell contributed to this report.")
    assert credit is not None
    d = decide_agency(byline=byline, credits=[credit])
    assert d.name == "CNN"
    assert d.source == "byline"


def test_precedence_names() -> None:
    assert PRECEDENCE[0] == "dateline"
    assert PRECEDENCE[-1] == "mention"


def test_pickles() -> None:
    d = decide_agency(dateline="AP", signoffs=["Reuter"])
    assert isinstance(d, AgencyDecision)
    assert pickle.loads(pickle.dumps(d)) == d


AGENCY_TEXT = st.text(max_size=200) | st.builds(
    lambda before, name, after: before + name + after,
    st.text(max_size=40),
    st.sampled_from(["AP", "Reuters", "The Associated Press", "(AFP)", "CNN", "BBC News"]),
    st.text(max_size=40),
)


@given(AGENCY_TEXT)
def test_never_raises_and_names_only_known_agencies(text: str) -> None:
    canonical = canonical_agency(text)
    assert canonical is None or canonical in AGENCIES
    m = find_agency(text)
    if m is not None:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.agency in AGENCIES
    assert set(find_self_references(text)) <= set(AGENCIES)
    d = decide_agency(dateline=text, byline=text, taglines=[text], signoffs=[text],
                      copyright_holder=text, credits=[text])  # fmt: skip
    assert (d.name is None) == (d.source is None)
    assert d.source is None or d.source in PRECEDENCE
    assert d.name is None or d.evidence


@given(st.sampled_from(ALIASES), st.sampled_from(["", "The ", "the "]))
def test_aliases_are_found_inside_text(case: tuple[str, str], the: str) -> None:
    alias, canonical = case
    m = find_agency(f"Harbor engineers and {the}{alias} staff")
    assert m is not None
    assert m.agency == canonical


def test_feed_evidence_ranks_below_the_storys_own_marks() -> None:
    decision = decide_agency(feed="dpa-spe")
    assert (decision.name, decision.source) == ("dpa", "feed")
    assert decision.evidence == ("feed: dpa-spe -> dpa",)
    assert decide_agency(byline="By Jane Roe, Reuters", feed="AP").name == "Reuters"
    assert decide_agency(copyright_holder="The Associated Press", feed="dpa").name == "AP"
    assert (
        decide_agency(feed="AP", credits=["(Reporting by Jane Roe; Editing by Tom Bell)"]).name
        == "AP"
    )


def test_dpa_desk_codes_sign_off_for_dpa() -> None:
    decision = decide_agency(signoffs=["dpa kmr tlb"])
    assert (decision.name, decision.source) == ("dpa", "signoff")
    assert decide_agency(signoffs=["kmr tlb"]).name is None


def test_feed_header_gives_the_agency_of_a_story_without_other_marks() -> None:
    import wireparse
    from tests.feed_samples import IPTC_STORY

    story = IPTC_STORY.replace("By Leonie Farrow, dpa =", "By Leonie Farrow =").replace(
        "Portvale (dpa) - ", "Portvale - "
    )
    article = wireparse.parse(story.encode("latin-1"))
    assert article.format == "iptc7901"
    assert article.agency == "dpa"
    assert article.agency_decision is not None
    assert "feed: dpa -> dpa" in article.agency_decision.evidence


def test_alias_tables_are_built_on_first_use_not_at_import() -> None:
    code = """if True:
        import wireparse
        from wireparse.metadata import agencies as a
        tables = (a._lookup_keys, a._simple_keys, a._first_words, a._max_alias_words)
        print([t.cache_info().currsize for t in tables])
        print(a.canonical_agency("The Associated Press"), a.find_agency("told the AP").agency)
        print([t.cache_info().currsize for t in tables])
    """
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["[0, 0, 0, 0]", "AP AP", "[1, 1, 1, 1]"]
