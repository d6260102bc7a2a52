"""Speaker conventions of round 21 of the web-copy audit: a person the
article first names by a title and the surname alone keeps the surname when a
relative of the surname is named in full later (invented)."""

from __future__ import annotations

import wireparse
from tests.speaker_helpers import last_quote, quote_speakers
from wireparse import SourceKind

#: The headline and dateline of a story about a head of state.
STATE = "Leaders meet at the palace\n\nORVELLE (Wire) — The two leaders met on Thursday.\n\n"


def test_a_bare_surname_after_a_titled_first_reference_is_not_a_relative() -> None:
    """``President Kessler ... his wife, Dana Kessler ... "...," Kessler said``: Kessler."""
    speaker, kind, _ = last_quote(
        STATE,
        "President Kessler said he was pleased with the talks on the harbour treaty.\n\n"
        "His wife, Dana Kessler, toured a school with the visiting delegation.\n\n"
        '"We settled more than we hoped to settle," Kessler told reporters.\n',
    )
    assert (speaker, kind) == ("Kessler", SourceKind.PERSON)


def test_a_titled_surname_cue_is_not_a_relative_named_in_full_later() -> None:
    """``Elna Broth met Ivo Kessler ... "...," Chancellor Kessler said``: Kessler."""
    speakers = quote_speakers(
        STATE,
        "Chancellor Kessler opened the session with a short speech on rail.\n\n"
        "Later Elna Broth met separately with Ivo Kessler, the chancellor's brother.\n\n"
        '"The line will reach the coast by spring," Chancellor Kessler said.\n\n'
        '"It is a good day," Kessler added.\n',
    )
    assert speakers == ["Kessler", "Kessler"]


def test_an_honorific_that_tells_the_relative_still_finds_the_relative() -> None:
    """``Mrs. Kessler`` after ``President Kessler ... Dana Kessler`` is Dana Kessler."""
    speakers = quote_speakers(
        STATE,
        "President Kessler said he was pleased with the talks.\n\n"
        "Elna Broth met separately with Dana Kessler at the museum.\n\n"
        '"The children asked the best questions," Mrs. Kessler said.\n\n'
        '"We settled more than we hoped," Kessler said.\n',
    )
    assert speakers == ["Dana Kessler", "Kessler"]


def test_a_later_full_name_with_the_same_title_is_the_titled_person() -> None:
    """``Governor Kessler ... Governor Ivo Kessler ... "...," Kessler said``: Ivo Kessler."""
    speaker, _, _ = last_quote(
        STATE,
        "Governor Kessler said the bridge would open in May.\n\n"
        "The budget of Governor Ivo Kessler set aside money for the ferries.\n\n"
        '"The ferries stay," Kessler said.\n',
    )
    assert speaker == "Ivo Kessler"


#: The headline and dateline of a story about a flood.
FLOOD = "River tops its banks\n\nKELLAMOOR (Wire) — The river rose overnight.\n\n"


def test_a_role_of_a_named_place_then_a_name_is_the_subject_a_pronoun_takes() -> None:
    """``The mayor of Brackton, Tomas Quell, visited ... "...," he said``: Tomas Quell."""
    speaker, kind, rules = last_quote(
        FLOOD,
        "The mayor of Brackton, Tomas Quell, visited the shelters and thanked the volunteers. "
        '"Nobody sleeps outside tonight," he said.\n',
    )
    assert (speaker, kind) == ("Tomas Quell", SourceKind.PERSON)
    assert "resolve.pronoun_antecedent" in rules


def test_a_place_after_a_role_of_a_named_place_is_no_subject() -> None:
    """``The mayor of Salem, New Hampshire, toured ...``: no New Hampshire."""
    speaker, _, _ = last_quote(
        FLOOD,
        "The mayor of Salem, New Hampshire, toured the dikes on Monday. "
        '"We will rebuild," he said.\n',
    )
    assert speaker != "New Hampshire"


#: The headline and dateline of a story that passes on another outlet's quotation.
PRESS = "Ferry row deepens\n\nPORT ELLAN (Wire) — The ferry strike went into a third day.\n\n"


def test_an_outlet_quoting_a_description_then_a_name_as_saying_is_the_name() -> None:
    """``The Ellan Courier quoted a ferry pilot, Tomas Vane, as saying ...``: Tomas Vane."""
    speaker, kind, rules = last_quote(
        PRESS,
        "The Ellan Courier quoted a veteran ferry pilot, Tomas Vane, as saying the "
        'crossings were "not safe in a westerly gale."\n',
    )
    assert (speaker, kind) == ("Tomas Vane", SourceKind.PERSON)
    assert "mention.quoted_as_saying" in rules


def test_an_outlet_quoting_a_name_then_its_description_as_saying_is_the_name() -> None:
    """``The Courier quoted Tomas Vane, a ferry pilot, as saying ...``: Tomas Vane."""
    speaker, _, rules = last_quote(
        PRESS,
        "The Ellan Courier quoted Tomas Vane, a veteran ferry pilot, as saying the "
        'crossings were "not safe in a westerly gale."\n',
    )
    assert speaker == "Tomas Vane"
    assert "mention.quoted_as_saying" in rules


def test_an_outlet_quoting_a_name_with_a_particle_as_demanding_is_the_name() -> None:
    """``quoted a union leader, Omar al-Tahan, as demanding that ...``: Omar al-Tahan."""
    speaker, _, _ = last_quote(
        PRESS,
        "The weekly quoted a dockers' union leader, Omar al-Tahan, as demanding in a "
        'post on Sunday that the board "pay the crews what they are owed."\n',
    )
    assert speaker == "Omar al-Tahan"


def test_an_outlet_quoting_a_description_with_a_relative_clause_keeps_it() -> None:
    """``quoted a pilot, who asked not to be named, as saying``: the pilot, no name."""
    speaker, _, _ = last_quote(
        PRESS,
        "The weekly quoted a ferry pilot, who asked not to be named, as saying the "
        'crossings were "not safe."\n',
    )
    assert speaker == "a ferry pilot"


#: The headline of a live blog.
LIVE = "Storm live: ferries cancelled\n\nFollow the latest on the storm below.\n\n"


def test_a_live_blog_entry_opening_with_its_time_has_its_subject_after_it() -> None:
    """``14.20 ... ¶ 13.55 Arne Skog, the harbour master, has been speaking ...``: Arne Skog."""
    speaker, kind, rules = last_quote(
        LIVE,
        "14.20 The coastguard has closed the outer channel. Ruben Fyfe, our reporter at "
        "the pier, describes the scene.\n\n"
        "13.55 Arne Skog, the port's harbour master, has been speaking to crews at the quay.\n\n"
        '"Nothing sails before the wind drops," he told reporters.\n',
    )
    assert (speaker, kind) == ("Arne Skog", SourceKind.PERSON)
    assert "resolve.pronoun_antecedent" in rules


def test_a_number_opening_a_sentence_is_no_live_blog_time() -> None:
    """``12.5 percent of the ferries ...`` opens no entry: no subject after it."""
    speaker, _, _ = last_quote(
        LIVE,
        "Arne Skog, the harbour master, closed the quay.\n\n"
        "12.50 percent of the ferries stayed in port.\n\n"
        '"Nothing sails," he said.\n',
    )
    assert speaker == "Arne Skog"


#: The headline and dateline of a party story.
PARTY = "Party split over manifesto\n\nLONDON (Wire) — The party meets on Monday.\n\n"


def test_a_senior_party_figure_is_a_person_described() -> None:
    """``One senior party figure said: "..."``: the party figure."""
    speaker, _, _ = last_quote(
        PARTY,
        'One senior party figure said: "Our candidates will say what they think '
        'on the doorstep, whatever the paper says."\n',
    )
    assert speaker == "One senior party figure"


def test_figures_alone_are_no_source() -> None:
    """``according to harbour board figures``: the board, not its figures."""
    article = wireparse.parse(
        PARTY + "Traffic fell by a third, according to Harbor Board figures released "
        'on Friday. Ivo Renn called it "a disaster."\n'
    )
    assert all(
        at.speaker is None or "figures" not in at.speaker.name for at in article.attributions
    )


def test_a_campaign_operative_in_whose_words_is_the_operative() -> None:
    """``a "quiet night," in the words of one campaign operative``: the operative."""
    speaker, _, _ = last_quote(
        PARTY,
        'Staff ordered pizza and watched old films, a "quiet night," in the words '
        "of one campaign operative.\n",
    )
    assert speaker == "one campaign operative"


def test_a_name_with_a_possessive_archaeologist_apposition_is_the_subject() -> None:
    """``Tomas Vane, Norland's top archaeologist, believes ... "...," he said``: Tomas Vane."""
    speaker, _, _ = last_quote(
        PARTY,
        "Tomas Vane, Norland's top archaeologist, believes the barrow holds a king. "
        '"We will know by spring," he told reporters at the dig.\n',
    )
    assert speaker == "Tomas Vane"


#: The headline and dateline of a recall story.
RECALL = (
    "Ferry line recalls rafts\n\nHARBORTON (Wire) — Brackton Lines is recalling 400 life rafts.\n\n"
)


def test_a_spokesman_who_informed_an_outlet_that_is_the_source() -> None:
    """``spokesman Ivo Renn informed the Courier that "..."``: Ivo Renn, not the line."""
    speaker, kind, rules = last_quote(
        RECALL,
        "Brackton Lines says no one was hurt. In an email, company spokesman Ivo Renn "
        'informed the Harborton Courier that "no raft on the island routes is affected."\n',
    )
    assert (speaker, kind) == ("Ivo Renn", SourceKind.PERSON)
    assert "cue.before" in rules


def test_informed_sources_stay_the_source_phrase() -> None:
    """``Informed sources said the rafts were "old."``: informed sources."""
    speaker, _, _ = last_quote(RECALL, 'Informed sources said the rafts were "old and torn."\n')
    assert speaker == "Informed sources"


#: The headline and dateline of a search story.
SEARCH = (
    "Search widens for trawler\n\nPORT ELLAN (Wire) — Officials said the search would resume.\n\n"
)


def test_an_apposition_left_open_before_the_cue_is_skipped() -> None:
    """``"...," Ines Vale, an oceanographer at ... in Harborton told Reuters.``: Ines Vale."""
    speaker, kind, rules = last_quote(
        SEARCH,
        '"The shelf is shallow enough to see the hull from the air," Ines Vale, an '
        "oceanographer at the University of Brackton in Harborton told Reuters.\n",
    )
    assert (speaker, kind) == ("Ines Vale", SourceKind.PERSON)
    assert "mention.appositive" in rules


def test_an_open_apposition_with_a_particle_name_gives_the_name() -> None:
    """``"...," Erik van Holm, a physical oceanographer told the paper.``: Erik van Holm."""
    speaker, _, _ = last_quote(
        SEARCH,
        '"The current runs north here," Erik van Holm, a physical oceanographer told the paper.\n',
    )
    assert speaker == "Erik van Holm"


def test_a_description_with_a_place_apposition_is_no_name() -> None:
    """``"...," a man in Harborton, a fishing town told Reuters.``: no Harborton."""
    speaker, _, _ = last_quote(
        SEARCH,
        '"We heard the horn at dawn," a man in Harborton, a fishing town told Reuters.\n',
    )
    assert speaker != "Harborton"
