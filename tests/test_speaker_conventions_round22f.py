"""Speaker conventions of round 22 of the feed-capture audit: wire copy from
ANPA, IPTC 7901 and ZCZC feeds and press releases (invented)."""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import last_quote, quote_speakers
from wireparse import SourceKind

#: The headline and dateline of a story from a court, as an ANPA feed sends it.
COURT = "Driver sentenced over crash\n\nLOWMARSH, Ore. (AP) _ A driver was sentenced on Monday.\n\n"


def test_a_prayer_introduces_the_words_prayed() -> None:
    """``A believer, she prayed: ``...''``: the pronoun's antecedent prays."""
    speaker, kind, rules = last_quote(
        COURT,
        "Ilka Morrow waited for the verdict in the front row.\n\n"
        "A believer, she prayed: ``Give him one more chance.''\n",
    )
    assert (speaker, kind) == ("Ilka Morrow", SourceKind.PERSON)
    assert "cue.before" in rules


def test_an_apology_in_a_relative_clause_is_the_apologizer_s() -> None:
    """``The clerk read a letter in which Tavin Holt apologized ``...''``: Tavin Holt."""
    speaker, _, _ = last_quote(
        COURT,
        "Tavin Holt, 31, pleaded no contest to two counts of reckless driving.\n\n"
        "The clerk read a letter in which Holt apologized ``for every hour of worry'' "
        "he caused the families.\n",
    )
    assert speaker == "Tavin Holt"


def test_an_apology_alone_is_no_attribution() -> None:
    """``Holt apologized for the delay.`` reports no claim: no attribution."""
    article = wireparse.parse(COURT + "Tavin Holt apologized for the delay to the court.\n")
    assert [a.cue for a in article.attributions] == []


def test_an_apology_is_a_cue_an_epithet_calls_back() -> None:
    """``its chief, Ola Brandt, apologised. ¶ "...," the 52-year-old engineer said``."""
    speaker, _, rules = last_quote(
        "Ferry line fined\n\nKESTON (Wire) — Keston Ferries Ltd. was fined on Friday over a "
        "ramp failure, and its chief executive, Ola Brandt, apologised.\n\n",
        '"We let our passengers down," the 52-year-old engineer said.\n',
    )
    assert speaker == "Ola Brandt"
    assert "resolve.epithet" in rules


#: The opening of a press release as an AsiaNet or Medianet feed sends it.
RELEASE = (
    "Talvik Freight Opens Depot in Orrin Bay\n\n"
    "ORRIN BAY, May 4, 2026 /PRNewswire-AsiaNet/ --\n\n"
    "Talvik Freight, a carrier of chilled goods, today opened a depot in Orrin Bay.\n\n"
)


def test_a_release_credits_the_person_before_her_title_and_company() -> None:
    """``Ms. Rhea Dunmore, Chief Financial Officer, Talvik Freight, said, "..."``."""
    speaker, kind, rules = last_quote(
        RELEASE,
        "Speaking at the opening, Ms. Rhea Dunmore, Chief Financial Officer, Talvik "
        'Freight, said, "The depot halves the time our trucks spend on the road."\n',
    )
    assert (speaker, kind) == ("Rhea Dunmore", SourceKind.PERSON)
    assert "mention.appositive" in rules


def test_a_release_credit_without_the_comma_after_the_title() -> None:
    """``Prof. Anselm Grieve, Dean of Engineering said: "..."``: Anselm Grieve."""
    speaker, _, _ = last_quote(
        RELEASE,
        'Prof. Anselm Grieve, Dean of Engineering said: "Our students will train at the '
        'depot every summer."\n',
    )
    assert speaker == "Anselm Grieve"


def test_a_release_credit_without_commas_and_the_pronoun_after_it() -> None:
    """``"...," Corin Bellamy Director of Sales at Talvik Freight said. ¶ "...," he said.``"""
    speakers = quote_speakers(
        RELEASE,
        '"Orrin Bay sits on the busiest road in the north," Corin Bellamy Director of '
        "Sales at Talvik Freight said.\n\n"
        '"We will open two more depots next year," he said.\n',
    )
    assert speakers == ["Corin Bellamy", "Corin Bellamy"]


def test_a_place_or_a_time_before_a_title_is_no_credited_name() -> None:
    """``Brackton County Clerk of Courts Dana Holm said``; ``On Friday, Harbor Minister ...``."""
    speakers = quote_speakers(
        RELEASE,
        'Brackton County Clerk of Courts Dana Holm said the permits were "all in order."\n\n'
        'On Friday, Harbor Minister Ilse Varga said the depot was "good news."\n',
    )
    assert speakers == ["Dana Holm", "Ilse Varga"]


#: The headline and dateline of a story from a harbour town, as ANPA copy sends it.
HARBOR = (
    "Dredging plan delayed\n\nKELSEY POINT, Wash. (AP) _ The dredging of the channel is late.\n\n"
)


def test_a_cue_after_but_shares_the_main_clause_subject() -> None:
    """``Ekdahl said the council had promised ..., but added, "..."``: Ekdahl."""
    speaker, _, rules = last_quote(
        HARBOR,
        "Harbor pilot Noor Ekdahl said the council had promised the money, "
        "but added, ``We expect an answer by June.''\n",
    )
    assert speaker == "Noor Ekdahl"
    assert "cue.shared_subject" in rules


def test_a_cue_after_and_shares_the_subject_of_said_not_of_its_clause() -> None:
    """``Lund said the inspectors reported no cracks, and added: "..."``: Lund."""
    speaker, _, _ = last_quote(
        HARBOR,
        "Port director Elin Lund said that the inspectors reported no cracks in the "
        "hull, and added: ``The ferry sails on Monday.''\n",
    )
    assert speaker == "Elin Lund"


#: The headline and dateline of a sports story from an IPTC 7901 feed.
CLUB = "Club mourns its captain\n\nVarnholt (dpa) - Varnholt FC mourned its former captain.\n\n"


def test_two_descriptions_joined_by_and_before_a_name_after_the_quotation() -> None:
    """``"...," former team-mate and fellow striker Dario Venn said.``: Dario Venn."""
    speaker, kind, rules = last_quote(
        CLUB,
        '"He played hurt every week of that season," former team-mate and fellow '
        "striker Dario Venn said.\n",
    )
    assert (speaker, kind) == ("Dario Venn", SourceKind.PERSON)
    assert rules[0] == "cue.after"


def test_a_coach_and_mentor_before_a_name_is_one_description() -> None:
    """``"...," his old coach and mentor Tomas Ekberg told reporters.``: Tomas Ekberg."""
    speaker, _, _ = last_quote(
        CLUB,
        '"Nobody trained harder than he did," his old coach and mentor Tomas Ekberg '
        "told reporters.\n",
    )
    assert speaker == "Tomas Ekberg"


#: The headline and dateline of a story from a Bay City News capture.
FERRY = "Ferry cuts opposed\n\nKELMOOR (BCN) -- Islanders opposed the ferry cuts on Monday.\n\n"


def test_a_name_no_list_holds_before_the_body_it_speaks_for() -> None:
    """``Tarik Osei of Brackton Harbour Services said``: Tarik Osei, not the body."""
    speakers = quote_speakers(
        FERRY,
        'Tarik Osei of Brackton Harbour Services said the ferry was "a lifeline for '
        'the island."\n\n'
        "Adaeze Moku of Kelmoor Fishermen's Association told the council the quota was "
        '"far too low."\n',
    )
    assert speakers == ["Tarik Osei", "Adaeze Moku"]


def test_a_body_named_with_of_stays_the_body() -> None:
    """``Kelmoor Bank of Commerce Holdings said``: the company, no person."""
    speaker, kind, _ = last_quote(
        FERRY, 'Kelmoor Bank of Commerce Holdings said the loan was "on track."\n'
    )
    assert (speaker, kind) == ("Kelmoor Bank of Commerce Holdings", SourceKind.ORGANISATION)


def test_a_name_in_title_case_that_opens_its_sentence_before_is_a_is_a_title() -> None:
    """``"Harbor Lights Week" is a run of concerts ...``: a title, no quotation."""
    article = wireparse.parse(
        FERRY + "``Harbor Lights Week'' is a run of concerts on the Kelmoor pier.\n\n"
        "``We sold every ticket,'' said Dana Ollerby, who runs it.\n"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("We sold every ticket,", "Dana Ollerby")
    ]
    assert [(q.text, q.kind.value) for q in article.quoted] == [("Harbor Lights Week", "title")]


#: A daybook entry set in capitals, as Bay City News and AP state wires send them.
DAYBOOK = "DAYBOOK FOR SATURDAY\n\nKELMOOR (BCN) -- HERE ARE THE EVENTS FOR SATURDAY.\n\n"


def test_a_daybook_title_in_capitals_is_no_quotation() -> None:
    """``10 A.M. "BOATS OF THE NORTH," THE THIRD ANNUAL ... SHOW.``: a title."""
    article = wireparse.parse(
        DAYBOOK + "10 A.M.    ``BOATS OF THE NORTH,'' THE THIRD ANNUAL KELMOOR WOODEN BOAT "
        "SHOW.  FREE ENTRY.\n\n"
        "2 P.M.    ``LIGHTS ON THE WATER,'' SPONSORED BY THE HARBOR MUSEUM.\n\n"
        "``WE WILL OPEN THE PIER,'' MAYOR ADA MARSH SAID.\n"
    )
    assert [q.text for q in article.quotes] == ["WE WILL OPEN THE PIER,"]
    assert [(q.text, q.kind.value) for q in article.quoted] == [
        ("BOATS OF THE NORTH,", "title"),
        ("LIGHTS ON THE WATER,", "title"),
    ]
