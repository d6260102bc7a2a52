"""The named rule tables of the speaker engine and the rule chains they record.

The stories are invented for this file; none is copied from an article.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from tests.strategies import NAMES, sentences
from wireparse.quotations import rules

STORY = """Barrier holds as river rises

Harbor Minister Ilse Varga met the crews on Monday.

"The barrier will hold," Varga said. "It is built for a century."

"We are done," she said. Tom Reyes, a pilot, praised crews, calling them "the best on the river."

The barrier is "sound," according to the harbor board.

Stated Reyes: "The river is calm today."

Varga said both sides want to move on.
"""


def chains(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    article = wireparse.parse(text)
    return [(q.text, q.speaker.name if q.speaker else None, q.rules) for q in article.quotes]


def test_each_quotation_records_the_rules_that_chose_its_speaker() -> None:
    assert chains(STORY) == [
        ("The barrier will hold,", "Ilse Varga",
         ("cue.after", "mention.name_alone", "resolve.name_form")),
        ("It is built for a century.", "Ilse Varga",
         ("carry.paragraph", "cue.after", "mention.name_alone", "resolve.name_form")),
        ("We are done,", "Ilse Varga",
         ("cue.after", "mention.pronoun", "resolve.pronoun_antecedent")),
        ("the best on the river.", "Tom Reyes",
         ("cue.before", "cue.shared_subject", "mention.appositive", "resolve.name_as_written")),
        ("sound,", "the harbor board",
         ("cue.according_to", "mention.phrase_after", "resolve.description")),
        ("The river is calm today.", "Tom Reyes",
         ("cue.opening_inverted", "mention.phrase_after", "resolve.name_form")),
    ]  # fmt: skip


def test_attributions_record_their_rules_too() -> None:
    article = wireparse.parse(STORY)
    assert [(a.speaker.name, a.rules) for a in article.attributions] == [
        ("Ilse Varga", ("mention.phrase_before", "resolve.name_form"))
    ]


def test_explain_shows_the_rules() -> None:
    report = wireparse.parse(STORY).explain()
    assert (
        "quote 2 (full) Ilse Varga: “We are done,” "
        "[cue.after, mention.pronoun, resolve.pronoun_antecedent]"
    ) in report


def test_the_html_view_shows_the_rules() -> None:
    from wireparse.outputs.view import render_html

    html = render_html(wireparse.parse(STORY))
    assert "rules: cue.after, mention.pronoun, resolve.pronoun_antecedent" in html


def test_rules_survive_the_dict_round_trip() -> None:
    article = wireparse.parse(STORY)
    back = wireparse.Article.from_dict(article.to_dict())
    assert [q.rules for q in back.quotes] == [q.rules for q in article.quotes]
    assert back == article


def test_rule_names_are_unique_and_dotted_by_table() -> None:
    tables = {"cue": rules.CUE_RULES, "mention": rules.MENTION_RULES,
              "resolve": rules.RESOLVE_RULES}  # fmt: skip
    names = [r.name for table in tables.values() for r in table]
    assert len(names) == len(set(names)) == len(rules.RULES)
    for prefix, table in tables.items():
        for rule in table:
            assert rule.name.split(".")[0] in (
                ("cue", "carry", "partial") if prefix == "cue" else (prefix,)
            )
            assert rule.convention
            assert rule.example
    assert rules.rule_named("cue.after").example.endswith("Varga said.")
    with pytest.raises(KeyError):
        rules.rule_named("cue.nothing")


CUE_FORMS = (
    '"{s}," {n} said.',
    '"{s}," said {n}.',
    '{n} said: "{s}."',
    '{n} praised the crews, calling them "{s}."',
    'The barrier is "{s}," according to {n}.',
    '"{s}," she said.',
    '"{s}." "{s}," {n} added.',
)


@given(
    st.lists(
        st.tuples(st.sampled_from(CUE_FORMS), st.sampled_from(NAMES), sentences()),
        min_size=1,
        max_size=6,
    )
)
def test_every_rule_chain_names_only_rules_in_the_tables(
    parts: list[tuple[str, str, str]],
) -> None:
    body = "\n\n".join(form.format(s=s.rstrip("."), n=name) for form, name, s in parts)
    article = wireparse.parse("Harbor report\n\nMaren Holt spoke first.\n\n" + body + "\n")
    for quote in article.quotes:
        assert (quote.speaker is None) == (not quote.rules)
        assert all(name in rules.RULES for name in quote.rules)
    for attribution in article.attributions:
        assert all(name in rules.RULES for name in attribution.rules)
