"""Conventions of news copy for who said what, each pinned on invented text.

Every fixture is written for this file; none is copied from an article.
"""

from __future__ import annotations

import pytest

import wireparse
from wireparse import SourceKind
from wireparse.quotations.people import subject_before
from wireparse.quotations.quotes import _name_in_apposition


def speakers(body: str) -> list[tuple[str, str | None]]:
    """Parse a story with *body* and return (quotation, speaker name) pairs."""
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def last_speaker(lead: str, body: str) -> str | None:
    """Parse a story of *lead* and *body*; return the speaker of its last quotation."""
    article = wireparse.parse(lead + body + "\n")
    assert article.quotes
    last = article.quotes[-1]
    return last.speaker.name if last.speaker else None


#: The leads of the tables of constructions below: a harbour story, a local
#: crash story, a wire story from talks abroad.
HARBOUR = "Harbour plan\n\nPORTVALE — The harbour board met on Monday to vote on the plan.\n\n"
CRASH = (
    "Crash closes highway\n\nMILLBROOK, Ohio (WXYZ) — A crash closed Route 9 for three "
    "hours on Tuesday morning.\n\n"
)
TALKS = (
    "Talks stall\n\nGENEVA (Reuters) - Talks on the grain deal stalled on Tuesday, "
    "diplomats said.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Present tense of a cue verb after the quotation.
        (
            'The board met on Monday.\n\n"The barrier will hold this winter," Ron Vigue notes.',
            [("The barrier will hold this winter,", "Ron Vigue")],
        ),
        # Inverted cue with a verb of manner.
        (
            'The board met on Monday.\n\n"This is a great day for us!" beamed Dora Hale of Leeds.',
            [("This is a great day for us!", "Dora Hale")],
        ),
        (
            'The board met on Monday.\n\n"Sit down and wait your turn," Tom Reyes barked at them.',
            [("Sit down and wait your turn,", "Tom Reyes")],
        ),
        (
            'The board met on Monday.\n\n"We will find the money for it," concedes Ilse Varga.',
            [("We will find the money for it,", "Ilse Varga")],
        ),
    ],
)
def test_cue_verbs_in_every_tense(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(body) == expected


def test_cue_verb_opening_the_sentence_before_its_source() -> None:
    body = 'The board met on Monday.\n\nStated Varga: "The barrier will hold this winter."'
    assert speakers(body) == [("The barrier will hold this winter.", "Varga")]
    body = (
        "The board met on Monday.\n\nSaid Dora Hale, who grew up by the river, "
        '"We were all so proud of the crews."'
    )
    assert speakers(body) == [("We were all so proud of the crews.", "Dora Hale")]


def test_an_initial_inside_a_name_is_not_an_article() -> None:
    body = (
        'The board met on Monday.\n\n"We were not happy at first," said Jon A. Fell, '
        "head of policy at the Harbor Business Council."
    )
    assert speakers(body) == [("We were not happy at first,", "Jon A. Fell")]


@pytest.mark.parametrize(
    "body",
    [
        'The vote failed.\n\n"We will try again in the spring," Sen. Ada Marsh, D-Vt., said.',
        'The vote failed.\n\n"We will try again in the spring," Rep. Ada Marsh (D-Vt.) said.',
        (
            'The vote failed.\n\n"We will try again in the spring," said Sen. Ada Marsh (D-Vt.), '
            "a board ally."
        ),
        'The vote failed.\n\n"We will try again in the spring," Ada Marsh, R-Millbrook, said.',
        'The vote failed.\n\n"We will try again in the spring," Gov. Ada Marsh (R) said.',
    ],
)
def test_party_and_state_tags_are_asides_never_names(body: str) -> None:
    assert speakers(body) == [("We will try again in the spring,", "Ada Marsh")]


@pytest.mark.parametrize(
    ("word", "tag"),
    [
        ("D-Vt.", True),
        ("(R-S.C.)", True),
        ("R-Ky.,", True),
        ("I-Maine", True),
        ("R-Millbrook,", True),
        ("(R)", True),
        ("(D),", True),
        ("(D-Harborton)", True),
        ("Dr.", False),
        ("D-Day", False),
        ("Reyes", False),
    ],
)
def test_party_tag_shape(word: str, tag: bool) -> None:
    from wireparse.quotations.people import is_party_tag

    assert is_party_tag(word) is tag


def test_party_and_state_written_out_after_a_name_is_a_role() -> None:
    body = (
        'The vote failed.\n\n"You need to build the barrier now," Representative Ada Marsh, '
        "Republican of Vermont, told the mayor last year."
    )
    assert speakers(body) == [("You need to build the barrier now,", "Ada Marsh")]


def test_phrasal_cue_verbs() -> None:
    body = (
        "The board met.\n\nAfter Tom Reyes criticized the plan, Maren Holt shot back, "
        '"I suppose I could have stayed home."'
    )
    assert speakers(body) == [("I suppose I could have stayed home.", "Maren Holt")]


def test_a_publication_after_an_inverted_cue() -> None:
    body = (
        'The board met.\n\n"In the case of the harbor, the ferry has already left," '
        "wrote Harbor magazine."
    )
    assert speakers(body) == [
        ("In the case of the harbor, the ferry has already left,", "Harbor magazine")
    ]


def test_a_place_adverb_opening_the_sentence_is_not_its_subject() -> None:
    body = (
        "The board met.\n\nHere in Leeds, Maren Holt stepped up her push for ferries, saying, "
        '"We have got to reach the day when all can ride."'
    )
    assert speakers(body) == [("We have got to reach the day when all can ride.", "Maren Holt")]


def test_a_quotation_interrupted_by_an_inverted_cue_goes_on_after_it() -> None:
    body = (
        'The board met.\n\n"The risk," said Ed Lamer, an economist at the Harbor Forecast, '
        '"is that we lose the ferries." Tom Zipp said it was fine.'
    )
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    assert [(q.text, q.speaker.name if q.speaker else None, q.rules) for q in article.quotes] == [
        ("The risk,", "Ed Lamer",
         ("cue.after_inverted", "mention.phrase_after", "resolve.name_as_written")),
        ("is that we lose the ferries.", "Ed Lamer",
         ("cue.interrupted", "mention.phrase_after", "resolve.name_as_written")),
    ]  # fmt: skip


def test_an_age_before_a_name_after_an_inverted_cue() -> None:
    body = 'The board met.\n\n"She should resign at once," declared 42-year-old Amy Rodd.'
    assert speakers(body) == [("She should resign at once,", "Amy Rodd")]


def test_the_subject_of_an_absolute_with_clause() -> None:
    body = (
        "The board met.\n\nCritics blamed the mayor for the flood, with Senator John Cain "
        'telling reporters he viewed the mayor as "directly responsible" for it.'
    )
    assert speakers(body) == [("directly responsible", "John Cain")]


def test_a_later_cue_in_the_quotation_s_sentence_does_not_take_the_next_quotation() -> None:
    body = (
        'Tom Reyes met Alex Jonas.\n\n"Your work is amazing," Reyes assured Jonas, after Jonas '
        'assured Reyes that his listeners backed him. "I will not let you down."'
    )
    assert speakers(body) == [
        ("Your work is amazing,", "Tom Reyes"),
        ("I will not let you down.", "Tom Reyes"),
    ]


def test_a_quotation_after_a_named_person_s_weak_cue_goes_on_with_that_person() -> None:
    body = (
        "Tom Reyes met the crews.\n\nReyes praised the crews. "
        '"We need someone who is going to cut through it and bring people together."'
    )
    assert speakers(body) == [
        ("We need someone who is going to cut through it and bring people together.", "Tom Reyes")
    ]
    body = 'The board met.\n\nOfficials called the vote. "It will be close, very close indeed."'
    assert speakers(body) == [("It will be close, very close indeed.", None)]


def rules_of(body: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """Parse a story with *body* and return (speaker name, rules) pairs."""
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    return [(q.speaker.name if q.speaker else None, q.rules) for q in article.quotes]


def test_a_transcript_label_names_the_speaker_of_its_paragraph() -> None:
    body = (
        'Sen. Jane Roe (D-Ore.): "Who gave you that figure? Who told you that?"\n\n'
        'Former harbour master Tom Varga: "We learned it from the port office."'
    )
    assert speakers(body) == [
        ("Who gave you that figure? Who told you that?", "Jane Roe"),
        ("We learned it from the port office.", "Tom Varga"),
    ]
    assert rules_of(body)[0][1][0] == "cue.speaker_label"


def test_a_label_is_no_pronoun_and_no_common_word() -> None:
    body = 'The board met.\n\nHe: "We are done."\n\nThe barrier: "It will hold."'
    assert speakers(body) == [("We are done.", None), ("It will hold.", None)]


def test_a_colon_after_a_clause_gives_the_quotation_to_its_subject() -> None:
    body = (
        "The board met on Monday.\n\nCouncil leader Carla Mendes, D-Ore., sent a blunt "
        'note to the board: "It is time to stop fighting and get back to work."'
    )
    assert speakers(body) == [("It is time to stop fighting and get back to work.", "Carla Mendes")]
    assert rules_of(body)[0][1][0] == "cue.colon_subject"


def test_a_colon_after_a_clause_about_a_thing_gives_no_speaker() -> None:
    body = (
        "The board met on Monday.\n\nThe old tin sign on the gate had one line: "
        '"Keep out of the dock area."'
    )
    assert speakers(body) == [("Keep out of the dock area.", None)]


def test_a_quotation_only_paragraph_after_a_paragraph_about_a_person() -> None:
    body = (
        "Tom Varga is upbeat about the harbour plan, in part because he sees it as a fix."
        '\n\n"Not only can the harbour grow, it is the only port that can."'
    )
    assert speakers(body) == [
        ("Not only can the harbour grow, it is the only port that can.", "Tom Varga")
    ]
    assert rules_of(body)[0][1][0] == "carry.previous_subject"


def test_a_quotation_only_paragraph_after_a_paragraph_about_a_thing() -> None:
    body = 'The vote is set for Friday.\n\n"We will win it easily."'
    assert speakers(body) == [("We will win it easily.", None)]


@pytest.mark.parametrize(
    "aside",
    ["54", "D-Ore.", "clearly annoyed", "a retired harbour pilot"],
)
def test_an_aside_between_commas_after_the_subject_is_skipped(aside: str) -> None:
    body = (
        f"Dora Hale, {aside}, pointed at the crowd.\n\n"
        '"I do not take money from the shipping firms. I am sick of the lies."'
    )
    assert speakers(body) == [
        ("I do not take money from the shipping firms. I am sick of the lies.", "Dora Hale")
    ]


def test_a_cue_that_introduces_its_own_quotation_is_not_the_previous_one_s() -> None:
    body = (
        'Jo Kett wrote to Omar Feld on Monday. Kett asks Feld with, "Why now? '
        'Was that on my way to Oslo?" Feld then writes back, "You look fine."'
    )
    assert speakers(body) == [
        ("Why now? Was that on my way to Oslo?", "Jo Kett"),
        ("You look fine.", "Omar Feld"),
    ]
    # Paragraphs flattened into one line: each colon cue takes the quotation after it.
    body = (
        'A port spokesman said: "The ship was going too fast." Dora Hale, who lives '
        'by the dock, said: "I heard a loud bang at six."'
    )
    assert speakers(body) == [
        ("The ship was going too fast.", "a port spokesman"),
        ("I heard a loud bang at six.", "Dora Hale"),
    ]


def test_a_roundup_label_after_a_dash_names_the_speaker() -> None:
    body = 'Port traffic is down again - Omar Feld: "Two weeks ago the north dock was full."'
    assert speakers(body) == [("Two weeks ago the north dock was full.", "Omar Feld")]
    body = 'The dock is quiet - the crew: "We are done."'
    assert speakers(body) == [("We are done.", None)]


def test_just_opening_a_sentence_is_no_name() -> None:
    body = (
        "Just last week, Jo A. Kett, editor at large of the Harbor News, a weekly paper, "
        'wrote, "When we think of the barrier, we should think of the storm."'
    )
    assert speakers(body) == [
        ("When we think of the barrier, we should think of the storm.", "Jo A. Kett")
    ]


def test_an_age_before_the_name_that_opens_a_sentence() -> None:
    body = (
        "76-year-old Dora Hale, founder of the Dock Club, endorsed Roe last week, "
        'saying she "has shown her deep commitment to the port."'
    )
    assert speakers(body) == [("has shown her deep commitment to the port.", "Dora Hale")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Jane Roe said that Varga\'s pledge to "keep the ferries running" was empty.',
            "Tom Varga",
        ),
        ('Roe mocked Tom Varga\'s bold claim that "the barrier will hold" on Monday.', "Tom Varga"),
        ('Roe recalled Varga\'s appeal for "calm and patience" at the dock.', "Tom Varga"),
        # The quoted verb of a that-clause after the noun.
        ('Roe mocked Varga\'s claim that the board "lied to us" in May.', "Tom Varga"),
        ('Roe blamed the press for Varga\'s charge that Mayor Lee "broke the deal."', "Tom Varga"),
        # An adjunct between the noun and the word that leads into the words.
        (
            'Roe said Varga\'s call earlier in the day to "shut the gates" was wrong.',
            "Tom Varga",
        ),
        # No word leads into the quotation: it says something about the remarks.
        ('Jane Roe said Varga\'s remarks "did real harm" to the port.', "Jane Roe"),
        # Not a noun for something said.
        ('Jane Roe said Varga\'s boat was "a wreck" in the end.', "Jane Roe"),
    ],
)
def test_a_possessive_noun_of_speech_gives_the_words_to_the_possessor(
    sentence: str, speaker: str
) -> None:
    body = "Tom Varga spoke first.\n\n" + sentence
    assert [name for _, name in speakers(body)] == [speaker]


def speakers_and_rules(body: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """Parse a story with *body* and return (speaker name, rules) pairs."""
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    return [(q.speaker.name if q.speaker else None, q.rules) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "speaker", "rule"),
    [
        # A relative clause after the subject, then a participle cue.
        (
            "Ada Marsh, who chairs the harbor board, has backed the plan, telling the "
            'Gazette that there is "a lot left to do" on the river.',
            "Ada Marsh",
            "mention.subject_relative",
        ),
        # A relative clause, a verb, then a coordinated cue much later.
        (
            "Ada Marsh, who was speaking to the ferry union, did not name the mayor, but "
            'told the crews the river needs people "who care about the water."',
            "Ada Marsh",
            "mention.subject_relative",
        ),
        # A participial phrase after the subject.
        (
            "But Ada Marsh, making it plain that the locks came first, stood beside the "
            'mayor and described the plan as "overdue."',
            "Ada Marsh",
            "mention.subject_participle",
        ),
        # A long appositive joined by "and".
        (
            "Ada Marsh, co-founder of the Harbor Trust and a river pilot of many years "
            'on the estuary and its locks, welcomed "the first real plan in a decade."',
            "Ada Marsh",
            "mention.subject_appositives",
        ),
        # A phrase of channel after the subject, then a colon.
        (
            "Ada Marsh, in a note on the barrier dispute, went further: "
            '"The locks will not be ready this year, and the board knows it."',
            "Ada Marsh",
            "mention.subject_adjunct",
        ),
        # A role with a show's title in marks, then a relative clause.
        (
            'Tom Reyes, a host of the radio show "Dock Talk," who went on to work for the '
            'board, said his boss was "always fair and kind."',
            "Tom Reyes",
            "mention.subject_relative",
        ),
        # A participial phrase that ends in a quotation, its comma inside the marks.
        (
            'Ada Marsh, citing "the sheer cost of steel," said the plan must wait.',
            "Ada Marsh",
            "mention.subject_participle",
        ),
        # Appositives in a row.
        (
            "Ada Marsh, founder of the Harbor Trust, a former river pilot, endorsed the "
            'plan, saying it "keeps faith with the crews."',
            "Ada Marsh",
            "mention.subject_appositives",
        ),
    ],
)
def test_asides_between_the_subject_and_its_verb_are_skipped(
    body: str, speaker: str, rule: str
) -> None:
    found = speakers_and_rules("The board met on Monday.\n\n" + body)
    assert found[-1][0] == speaker
    assert rule in found[-1][1]
    assert {"cue.sentence_subject", "partial.sentence_subject", "cue.colon_subject"} & set(
        found[-1][1]
    )


def test_an_aside_that_is_no_relative_participle_or_role_stops_the_subject() -> None:
    # "Leeds" is a place, not a role: the sentence has no subject to give.
    body = 'Ada Marsh, Leeds and Hull, came last, saying "we will be back next year."'
    assert speakers_and_rules("The board met on Monday.\n\n" + body) == [(None, ())]
    body = 'Ada Marsh, who chairs the board, came last, saying "we will be back next year."'
    assert speakers_and_rules("The board met on Monday.\n\n" + body)[0][0] == "Ada Marsh"


@pytest.mark.parametrize(
    "dateline",
    ["HARBORTON, May 2 (Wire) — ", "Harborton (Wire) – ", "NEW HARBOR - ", "PORT ELM, Del. — "],
)
def test_a_dateline_at_the_head_of_the_paragraph_is_no_subject(dateline: str) -> None:
    body = (
        dateline + "Harbor Trust chair Ada Marsh has taken a swipe at the mayor's plan, "
        'saying that "empty promises" do more harm than good.'
    )
    found = speakers_and_rules(body)
    assert found == [
        (
            "Ada Marsh",
            (
                "cue.before",
                "cue.sentence_subject",
                "mention.sentence_opening",
                "resolve.name_as_written",
            ),
        )
    ]


def test_a_role_phrase_then_a_name_opening_a_sentence_gives_the_name() -> None:
    body = (
        "Sen. Tom Varga, who opposes the plan, spoke on Monday.\n\n"
        "Another board member, Omar Feld of Leeds, explained his vote.\n\n"
        '"It is time to back the plan," he said.'
    )
    assert speakers(body) == [("It is time to back the plan,", "Omar Feld")]


def test_a_role_phrase_then_a_name_and_its_state_gives_the_name() -> None:
    body = (
        "Sen. Tom Varga, who opposes the plan, spoke on Monday.\n\n"
        "Another board member, Omar Feld of Salem, Ore., explained his vote.\n\n"
        '"It is time to back the plan," he said.'
    )
    assert speakers(body) == [("It is time to back the plan,", "Omar Feld")]


@pytest.mark.parametrize(
    ("opening", "honorific", "speaker"),
    [
        ("Mary Marsh spoke first. Her husband, Tom Marsh, was not there.", "Mr.", "Tom Marsh"),
        ("Tom Marsh spoke first. His wife, Mary Marsh, was not there.", "Mrs.", "Mary Marsh"),
        ("Tom Marsh spoke first. His wife, Mary Marsh, was not there.", "Mr.", "Tom Marsh"),
        # No one else of the name: the honorific does not stop the full name.
        ("Mary Marsh spoke first.", "Ms.", "Mary Marsh"),
        # A middle initial keeps the full name a form of the surname.
        (
            "Tom J. Marsh spoke first. His first wife, Irina Marsh, was not there.",
            "Mr.",
            "Tom J. Marsh",
        ),
        ("Tom J. Marsh spoke first.", "Mr.", "Tom J. Marsh"),
    ],
)
def test_an_honorific_picks_the_relative_of_its_gender(
    opening: str, honorific: str, speaker: str
) -> None:
    body = opening + f'\n\n"We are done," said {honorific} Marsh, who runs the dock.'
    assert speakers(body) == [("We are done,", speaker)]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # A short sentence of narration after the quotation and its cue.
        ("In the end, the dock flooded.", "Tom Reyes"),
        # A long one ends the speech.
        (
            "By then the dock had flooded twice and the crews had gone home to wait "
            "for the tide to turn.",
            None,
        ),
        # A sentence that introduces a document is no narration.
        ("The board's own note:", None),
    ],
)
def test_a_short_narration_does_not_end_the_previous_paragraph_s_speech(
    between: str, speaker: str | None
) -> None:
    body = (
        '"The pumps failed twice," Tom Reyes said of the night. '
        + between
        + '\n\n"We had run out of options and we knew it."'
    )
    assert speakers(body)[-1] == ("We had run out of options and we knew it.", speaker)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A height in feet and inches: the inch mark closes no quotation.
        (
            "The board met on Monday.\n\n"
            "\u201cHe\u2019s like 6\u20192\u201d, and taller than me,\u201d Ilse Varga said.",
            [("He\u2019s like 6\u20192\u201d, and taller than me,", "Ilse Varga")],
        ),
        (
            'The board met on Monday.\n\n"The new man is 5\'10" and fast," Tom Reyes said.',
            [("The new man is 5'10\" and fast,", "Tom Reyes")],
        ),
        # An auxiliary that opens a list item is no name.
        (
            "The rules are short.\n\n"
            "Do well enough in polls to \u201cbe counted among the leaders\u201d.",
            [("be counted among the leaders", None)],
        ),
    ],
)
def test_marks_and_words_that_are_no_speech(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    "cue",
    [
        "said Marsh's daughter-in-law, Ada Marsh, in a message",
        "said his widow, Ada Marsh",
        "said his niece, Ada Marsh",
        "his stepdaughter Ada Marsh said",
    ],
)
def test_a_relative_named_after_the_kin_noun_is_the_speaker(cue: str) -> None:
    body = (
        "Tom H. Marsh, who built the harbour church, died on Sunday.\n\n"
        f'"He was a good man," {cue}.'
    )
    assert speakers(body) == [("He was a good man,", "Ada Marsh")]


def test_a_kin_noun_tells_the_gender_of_a_later_pronoun() -> None:
    body = (
        "Tom Marsh died on Sunday. His nephew, Ray Tiller, and a niece, Ada Reyes, "
        "were with him.\n\n"
        '"He was kind," the nephew said.'
    )
    assert speakers(body) == [("He was kind,", "Ray Tiller")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A title led by an organisation is another president's.
        (
            "President Ada Marsh signed the pact on Saturday.\n\n"
            "She spent the morning with World Bank President Tom Reyes.\n\n"
            'The president said she saw "a quiet harbour" ahead.',
            "Ada Marsh",
        ),
        # So is one led by a country's name.
        (
            "President Ada Marsh signed the pact on Saturday with French President "
            "Tom Reyes.\n\n"
            '"It is a fine day," the president said.',
            "Ada Marsh",
        ),
        # Several hold the bare title: the one the story names most often.
        (
            "President Marsh signed the pact on Saturday. President Marsh had pushed "
            "for it since May, and Marsh's aides called it a win. Unlike President "
            "Hale before her, she met the unions.\n\n"
            '"It is a fine day," the president said.',
            "Marsh",
        ),
        # Only a led title in the story: the nearest holder, as before.
        (
            "World Bank President Tom Reyes spoke first.\n\n"
            '"It is a fine day," the president said.',
            "Tom Reyes",
        ),
    ],
)
def test_a_bare_role_is_the_holder_of_the_bare_title(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        (
            "Marsh also spoke about the budget, which the board cut in May. "
            "(The cut ended two ferry routes.)",
            "Ada Marsh",
        ),
        ("Marsh talked at length about the ferries. The board cut two routes in May.", "Ada Marsh"),
        # A sentence about her that reports no speech: the last one decides.
        ("Marsh is upbeat about the plan. The board meets in May.", None),
    ],
)
def test_a_paragraph_reporting_talk_on_a_topic_introduces_the_quotation(
    between: str, speaker: str | None
) -> None:
    body = (
        "Ada Marsh, who chairs the harbour board, met the crews on Monday.\n\n"
        f"{between}\n\n"
        '"We cannot keep every route open. It is that simple."'
    )
    assert [name for _, name in speakers(body)] == [speaker]


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ("''", "''")])
def test_a_participial_aside_ends_at_a_quotation_with_its_comma_inside(
    opening: str, closing: str
) -> None:
    body = (
        f"Ada Marsh, citing {opening}the cost of steel,{closing} said the board "
        "could not pay. The vote was close."
    )
    assert speakers(body) == [("the cost of steel,", "Ada Marsh")]


#: The constructions of news copy the speaker engine must read, each on its
#: own invented story: (body after a lead paragraph, speaker of the last quotation).
CONSTRUCTIONS = [
    # Cue verbs beyond say, in inverted order, phrasal ones too.
    ('"We will rebuild," adds Jane Roe.', "Jane Roe"),
    ('Jane Roe spoke first.\n\n"We will rebuild," notes Roe.', "Jane Roe"),
    ('"We will rebuild," points out the retired teacher.', "the retired teacher"),
    ('"We will rebuild," pointed out Jane Roe.', "Jane Roe"),
    ('"We will rebuild," fired back Jane Roe.', "Jane Roe"),
    # A description after the name with no article.
    ('"We will rebuild," Jane Roe, emergency program co-ordinator, said.', "Jane Roe"),
    # Titles led by an organisation, a number or a place.
    ('"We will rebuild," said Local 14 president Jane Roe.', "Jane Roe"),
    ('"We will rebuild," said Ward 5 councillor Jane Roe.', "Jane Roe"),
    ('"We will rebuild," said city police spokesman Tom Reyes.', "Tom Reyes"),
    # Pronouns: the nearest compatible speaker; one of a pair by gender.
    (
        'Tom Reyes spoke first.\n\n"We will rebuild," Jane Roe said.\n\n'
        '"It will cost a lot," she added.',
        "Jane Roe",
    ),
    ('Tom Reyes and Jane Roe toured the dock.\n\n"We will rebuild," he said.', "Tom Reyes"),
    # Continuation past filler lines.
    ('"We will rebuild," Tom Reyes said.\n\n.\n\n"It will cost a lot."', "Tom Reyes"),
    ('"We will rebuild," Tom Reyes said.\n\n—\n\n"It will cost a lot."', "Tom Reyes"),
    ('"We will rebuild," Tom Reyes said.\n\n•\n\n"It will cost a lot."', "Tom Reyes"),
    # Role nouns and organisations.
    ('The mayor, Jane Roe, opened the dock.\n\n"We will rebuild," the mayor said.', "Jane Roe"),
    ('"We will rebuild," the mayor said.\n\nMayor Jane Roe opened the dock on Monday.', "Jane Roe"),
    (
        'The company, Acme Docks, filed the plan.\n\n"We will rebuild," the company said.',
        "Acme Docks",
    ),
    (
        'The Harbour Commission met.\n\n"We will rebuild," the commission said.',
        "the Harbour Commission",
    ),
    ('The ministry said in a statement: "We will rebuild."', "the ministry"),
    # Name forms.
    ('Michael Stone runs the dock.\n\n"We will rebuild," Michael said.', "Michael Stone"),
    ('Li Wei runs the dock.\n\n"We will rebuild," Li said.', "Li Wei"),
    ('"We will rebuild," said Vice-Premier Li.', "Li"),
    ('"We will rebuild," said Omar al-Rashid.', "Omar al-Rashid"),
    ('Omar al-Rashid runs the port.\n\n"We will rebuild," al-Rashid said.', "Omar al-Rashid"),
    ('Rosa de la Cruz runs the port.\n\n"We will rebuild," de la Cruz said.', "Rosa de la Cruz"),
    (
        'Piet van der Berg runs the port.\n\n"We will rebuild," said Van der Berg.',
        "Piet van der Berg",
    ),
    # Never a person: an adverb opening the sentence; a party-and-state tag.
    ('Still, "we will rebuild," Jane Roe said.', "Jane Roe"),
    ('"We will rebuild," said Sen. Jane Roe, D-Calif.', "Jane Roe"),
    # The author of a post.
    ('"We will rebuild," Jane Roe wrote on Twitter.', "Jane Roe"),
    ('Jane Roe tweeted: "We will rebuild."', "Jane Roe"),
]


@pytest.mark.parametrize(("body", "speaker"), CONSTRUCTIONS)
def test_the_constructions_of_news_copy(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


#: More constructions: (body after a lead paragraph, speaker of the last quotation).
MORE_CONSTRUCTIONS = [
    # Pronouns: a group, a company, a person of the pronoun's gender.
    ('The harbour board met.\n\n"We will rebuild," they said.', "the harbour board"),
    ('Acme Corp. filed the plan on Monday.\n\n"We will rebuild," it said.', "Acme Corp."),
    ('Jane Roe spoke on Monday. Tom Reyes did not.\n\n"We will rebuild," she said.', "Jane Roe"),
    (
        '"We will rebuild," Tom Reyes said.\n\n"It will cost a lot," Jane Roe said.\n\n'
        '"We have the money," he added.',
        "Tom Reyes",
    ),
    # Descriptions resolve to the person the article gives them, before or after.
    (
        "Tom Reyes, a retired harbour pilot, opened the meeting.\n\n"
        '"We will rebuild," the retired harbour pilot said.',
        "Tom Reyes",
    ),
    (
        '"We will rebuild," the pilot said.\n\n'
        "The pilot, Tom Reyes, has worked the harbour for 30 years.",
        "Tom Reyes",
    ),
    # "according to" names a source for its own sentence only.
    ('The plan is "reckless," according to Jane Roe.\n\n"It will cost a fortune."', None),
    ('The plan is "reckless," according to Jane Roe. "It will cost a fortune."', None),
    # Sentence-opening adverbs are no names.
    ('Meanwhile, "we will rebuild," Jane Roe said.', "Jane Roe"),
    ('Indeed, the board said: "We will rebuild."', "the board"),
    # Partial quotations after verbs of reporting take the clause's subject.
    ('Jane Roe described the plan as "reckless."', "Jane Roe"),
    ('Jane Roe called for "a full review" of the plan.', "Jane Roe"),
    ('Jane Roe warned of "serious consequences" if the plan failed.', "Jane Roe"),
    # Posts.
    ('"We will rebuild," Jane Roe posted on Facebook.', "Jane Roe"),
    ('In a post on Facebook, Jane Roe wrote: "We will rebuild."', "Jane Roe"),
    # Asides after the name.
    ('"We will rebuild," said Reyes, 54, a harbour pilot from Leeds.', "Reyes"),
    ('"We will rebuild," said Dr. Jane Roe, who runs the clinic.', "Jane Roe"),
    # Organisations and groups.
    ('Police said in a statement: "The road is closed."', "Police"),
]


@pytest.mark.parametrize(("body", "speaker"), MORE_CONSTRUCTIONS)
def test_more_constructions_of_news_copy(body: str, speaker: str | None) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        ('Ministries said: "We will rebuild."', "Ministries", "group"),
        ('Contestants said: "We will rebuild."', "Contestants", "group"),
        # A surname that reads as a plural is a name when given in full.
        ('Tom Banks spoke.\n\n"We will rebuild," Banks said.', "Tom Banks", "person"),
    ],
)
def test_a_plural_noun_alone_is_a_group(body: str, speaker: str, kind: str) -> None:
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    source = article.quotes[-1].speaker
    assert source is not None
    assert (source.name, source.kind.value) == (speaker, kind)


#: Local and regional copy: (body after a lead paragraph, speaker of the last quotation).
REGIONAL = [
    ('"The road was a mess," Dan Ruiz told WXYZ News 5.', "Dan Ruiz"),
    ('"The road was a mess," said Dan Ruiz, who lives nearby.', "Dan Ruiz"),
    ('"Avoid the area," the sheriff\'s office said.', "the sheriff's office"),
    ('Deputies said the driver was not hurt. "He was lucky," they said.', "Deputies"),
    (
        'A spokesperson for the Ohio State Highway Patrol said: "The lanes are open."',
        "a spokesperson for the Ohio State Highway Patrol",
    ),
    (
        'According to the Ohio State Highway Patrol, "the driver was speeding."',
        "the Ohio State Highway Patrol",
    ),
    ('The patrol said in a news release that "speed was a factor."', "the patrol"),
    ('In a statement, the family said: "We are grateful to the first responders."', "the family"),
    ('"He was my world," his mother, Rosa Diaz, said.', "Rosa Diaz"),
    (
        "Sheriff Tom Hale said the crash is under investigation.\n\n"
        '"We ask anyone who saw it to call us," the sheriff said.',
        "Tom Hale",
    ),
    ('"Slow down," said Chief Ann Cole of the Millbrook Police Department.', "Ann Cole"),
    ('"It shook the house," said neighbor Maria Lopez.', "Maria Lopez"),
    ('"Crews are clearing the road," ODOT spokesperson Liz Park said in an email.', "Liz Park"),
]


@pytest.mark.parametrize(("body", "speaker"), REGIONAL)
def test_regional_copy(body: str, speaker: str) -> None:
    assert last_speaker(CRASH, body) == speaker


#: Wire copy: (body after a lead paragraph, speaker of the last quotation).
WIRE = [
    (
        '"We are not there yet," a senior official who asked not to be named told Reuters.',
        "a senior official",
    ),
    ('"We are not there yet," the source said, speaking on condition of anonymity.', "the source"),
    ('A statement from the foreign ministry said: "We are not there yet."', "the foreign ministry"),
    ('A statement from the Foreign Ministry said: "We are not there yet."', "the Foreign Ministry"),
    ('"We are not there yet," a report by the audit office said.', "the audit office"),
    ('A letter from Anna Berg said: "We are not there yet."', "Anna Berg"),
    ('"We are not there yet," Berg, who leads the delegation, told reporters on Tuesday.', "Berg"),
    (
        'U.N. envoy Anna Berg met the delegations.\n\n"We are not there yet," the envoy said.',
        "Anna Berg",
    ),
    ('"We are not there yet," Sokol, Petrov\'s spokesman, said.', "Sokol"),
    ('Asked whether a deal was near, Berg said: "We are not there yet."', "Berg"),
    ('Speaking to reporters, Berg said the talks would "go on as long as needed."', "Berg"),
    ('"No deal is possible," Kremlin spokesman Dmitry Orlov told reporters.', "Dmitry Orlov"),
]


@pytest.mark.parametrize(("body", "speaker"), WIRE)
def test_wire_copy(body: str, speaker: str) -> None:
    assert last_speaker(TALKS, body) == speaker


def test_a_cue_that_is_the_relative_clause_s_own_verb_is_not_read_past() -> None:
    body = (
        "Tom Reyes, a harbour pilot, said the way the board treated crews who complained "
        'about the pier "would be a scandal anywhere else."'
    )
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('As Jane Roe put it: "We will rebuild."', "Jane Roe"),
        ('The crews will, as one resident puts it, "come back stronger."', "one resident"),
        ('Jane Roe had a simple message for the crews: "Keep working."', "Jane Roe"),
    ],
)
def test_a_source_s_way_of_putting_it(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A few quoted words in a sentence about a named person are hers.
        ('Ada Marsh sees a "historic" chance for the port.', [("historic", "Ada Marsh")]),
        (
            'Mayor Ada Marsh spoke first.\n\nMarsh sees a "historic" chance for the port.',
            [("historic", "Ada Marsh")],
        ),
        # In a sentence about anything else they are scare quotes.
        ('Ferry fares could be set on a "distance band" basis.', []),
        ('Harbour fares rose under the "distance band" plan.', []),
    ],
)
def test_a_few_quoted_words_in_a_sentence_about_a_named_person(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(body) == expected


#: Sports, court and local copy: names with generational suffixes and
#: abbreviated titles (body after a lead paragraph, speaker of the last quotation).
NAMES_AND_TITLES = [
    ('"We played hard," said Tom Reyes Jr.', "Tom Reyes Jr."),
    ('"We played hard," said Tom Reyes Jr.\n\nThe team plays again on Friday.', "Tom Reyes Jr."),
    ('"We played hard," Tom Reyes Sr. said after the game.', "Tom Reyes Sr."),
    ('"We played hard," said Tom Reyes III.', "Tom Reyes III"),
    ('Tom Reyes Jr. runs the team.\n\n"We played hard," Reyes said.', "Tom Reyes Jr."),
    ('Tom Reyes III runs the team.\n\n"We played hard," Reyes said.', "Tom Reyes III"),
    ('"We played hard," said Tom Reyes Jr., the coach.\n\n"We won," Reyes said.', "Tom Reyes Jr."),
    ('"We will appeal," Atty. Gen. Ada Marsh said.', "Ada Marsh"),
    ('"We will appeal," said Atty. Gen. Ada Marsh.', "Ada Marsh"),
    ('"We held the line," said Pvt. Tom Reyes.', "Tom Reyes"),
    ('"We held the line," Brig. Gen. Ada Marsh said.', "Ada Marsh"),
    ('"Pray for them," said Msgr. Tom Reyes.', "Tom Reyes"),
    ('"We will act," Lt. Gov. Ada Marsh said.', "Ada Marsh"),
    ('"We will act," said the Rev. Tom Reyes.', "Tom Reyes"),
    ('A.J. Reyes runs the team.\n\n"We played hard," Reyes said.', "A.J. Reyes"),
    ('T.J. Reyes Jr. runs the team.\n\n"We played hard," Reyes said.', "T.J. Reyes Jr."),
    ('"We played hard," said J.D. Marsh.', "J.D. Marsh"),
    (
        'Tom Reyes Sr. and Tom Reyes Jr. run the team.\n\n"We played hard," Reyes Jr. said.',
        "Tom Reyes Jr.",
    ),
    ('Tom Reyes, Jr., runs the team.\n\n"We played hard," Reyes said.', "Tom Reyes Jr."),
    ('"We will act," Mayor-elect Ada Marsh said.', "Ada Marsh"),
    ('"We will act," Gov.-elect Ada Marsh said.', "Ada Marsh"),
    ('"We will act," said ex-Mayor Tom Reyes.', "Tom Reyes"),
    ('"We will act," Labour MP Tom Reyes said.', "Tom Reyes"),
    ('"We will act," ex-Labour MP Tom Reyes said.', "Tom Reyes"),
]


@pytest.mark.parametrize(("body", "speaker"), NAMES_AND_TITLES)
def test_names_with_suffixes_and_abbreviated_titles(body: str, speaker: str) -> None:
    lead = "Local team wins\n\nSPRINGFIELD - The team won on Saturday night.\n\n"
    assert last_speaker(lead, body) == speaker


@pytest.mark.parametrize(
    "body",
    [
        'Ada Marsh - who coached here for 20 years - said: "What a night."',
        'Ada Marsh -- who coached here for 20 years -- said: "What a night."',
        'Ada Marsh — who coached here for 20 years — said: "What a night."',
    ],
)
def test_an_aside_between_spaced_hyphens_after_the_subject_is_skipped(body: str) -> None:
    assert speakers(body) == [("What a night.", "Ada Marsh")]


def test_a_pronoun_of_the_other_gender_at_its_own_cue_is_not_carried_over() -> None:
    body = (
        "Jane Roe runs the bakery with her husband.\n\n"
        '"We love it here," she said.\n\n"It is hard work," he said.'
    )
    assert speakers(body) == [("We love it here,", "Jane Roe"), ("It is hard work,", None)]
    # The husband named beside his role: he is the one of his gender named.
    body = (
        "Jane Roe runs the bakery with her husband, Tom Reyes.\n\n"
        '"We love it here," she said.\n\n"It is hard work," he said.'
    )
    assert speakers(body) == [("We love it here,", "Jane Roe"), ("It is hard work,", "Tom Reyes")]
    body = (
        'Jane Roe runs the bakery.\n\n"We love it here," she said.\n\n"It is hard work," she said.'
    )
    assert speakers(body) == [("We love it here,", "Jane Roe"), ("It is hard work,", "Jane Roe")]


def test_ada_is_a_woman_s_name() -> None:
    body = 'Ada Marsh and Tom Reyes run the bakery.\n\n"We love it here," she said.'
    assert speakers(body) == [("We love it here,", "Ada Marsh")]


#: Business and wire copy: a person or group noun with its employer.
EMPLOYERS = [
    ('"Demand is strong," analysts at Acme Bank wrote in a note.', "analysts at Acme Bank"),
    ('"Demand is strong," economists at Acme Bank said.', "economists at Acme Bank"),
    ('"Demand is strong," said economists at Acme Bank.', "economists at Acme Bank"),
    ('Analysts at Acme Bank said demand was "very strong."', "Analysts at Acme Bank"),
    ('"Demand is strong," a spokesperson for Acme said.', "a spokesperson for Acme"),
    (
        '"Demand is strong," officials with the state health department said.',
        "officials with the state health department",
    ),
    # A phrase of time after the preposition is no employer: it is passed
    # over between the subject and its verb (not the organisation "the time").
    ('"Demand is strong," a spokesperson at the time said.', "a spokesperson"),
]


@pytest.mark.parametrize(("body", "speaker"), EMPLOYERS)
def test_a_person_or_group_noun_with_its_employer(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


def test_a_title_with_a_preposition_before_a_name_is_no_employer_phrase() -> None:
    body = (
        "Ada Marsh runs the export office.\n\n"
        '"Demand is strong," Acme spokeswoman for exports Ada Marsh told reporters.'
    )
    [(_, rules)] = speakers_and_rules(body)
    assert "mention.phrase_with_complement" not in rules


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Quarterback Tom Reyes threw three.\n\n"I just made plays," the quarterback said.',
            "Tom Reyes",
        ),
        (
            'Tom Reyes, a sophomore, won the race.\n\n"I just kept running," the sophomore said.',
            "Tom Reyes",
        ),
        ('"I just kept running," the rookie said.', "the rookie"),
    ],
)
def test_a_player_s_position_is_a_role_noun(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"There is no evidence," the justices wrote.', "the justices"),
        ('The ruling was "long overdue," according to her lawyers.', "her lawyers"),
        ('"We never saw it coming," players said after the game.', "players"),
        ('"The plant is safe," employees of the mill said.', "employees of the mill"),
    ],
)
def test_groups_of_court_sports_and_business_copy(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"He never met a stranger," said his wife of 52 years, Jane Roe.', "Jane Roe"),
        ('"He never met a stranger," said his wife of 52 years.', "his wife of 52 years"),
        ('"He never met a stranger," his wife of 52 years said.', "his wife of 52 years"),
        ('"It rained all week," Marsh said of 30 years ago.', "Marsh"),
    ],
)
def test_a_span_of_time_after_a_kin_noun(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We will rebuild," the 34-year-old said.', "the 34-year-old"),
        ('"We will rebuild," said the 34-year-old.', "the 34-year-old"),
        ('Tom Reyes, 34, lost his home.\n\n"We will rebuild," the 34-year-old said.', "Tom Reyes"),
        ('Tom Reyes, 34, lost his home.\n\n"We will rebuild," said the 34-year-old.', "Tom Reyes"),
        (
            "Tom Reyes, 34, and Jane Roe, 34, lost their homes.\n\n"
            '"We will rebuild," the 34-year-old said.',
            "the 34-year-old",
        ),
    ],
)
def test_an_age_after_an_article_names_a_person(body: str, speaker: str) -> None:
    assert [name for _, name in speakers(body)] == [speaker]


def test_a_native_of_a_place_is_a_person() -> None:
    body = '"We will rebuild," said the Springfield native.'
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    [quote] = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("the Springfield native", SourceKind.PERSON)
    body = (
        "Springfield native Tom Reyes lost his home.\n\n"
        '"We will rebuild," the Springfield native said.'
    )
    assert [name for _, name in speakers(body)] == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A pronoun cue right after a described speaker's quotation is hers.
        (
            'Ada Marsh met Mayor Bill Hale on Monday.\n\n"It is time," the candidate said.'
            '\n\n"We must act," he went on.',
            "the candidate",
        ),
        # A named speaker, or one of known gender, is left to the antecedents.
        (
            'Tom Reyes spoke first.\n\n"It is time," Ada Marsh said.\n\n"We must act," he added.',
            "Tom Reyes",
        ),
    ],
)
def test_a_pronoun_cue_right_after_a_described_speaker(body: str, speaker: str) -> None:
    assert speakers(body)[-1][1] == speaker


@pytest.mark.parametrize(
    "lead",
    [
        "Ann Reyes, who lost her home in the flood in Dayton, Ohio, in June 2019, said "
        "that the county had ignored her family.",
        "Ann Reyes, whose shop closed in Lyon, France, last year, said that the county "
        "had ignored her family.",
        "Ann Reyes, who lives in Dayton, Ohio, said that the county had ignored her family.",
    ],
)
def test_a_relative_clause_ending_in_a_city_and_state_is_read_past(lead: str) -> None:
    """``Ann Reyes, who ... in Dayton, Ohio, in June, said``: the subject is Ann Reyes, not Ohio."""
    pairs = speakers(lead + '\n\n"Nobody called us back," she said.')
    assert pairs == [("Nobody called us back,", "Ann Reyes")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [("the owners said", "the owners"), ("the shop owners wrote", "the shop owners")],
)
def test_the_plural_of_a_role_noun_is_a_group(cue: str, speaker: str) -> None:
    """``"...," the owners said``: a group speaks; the quotation is not carried over."""
    article = wireparse.parse(
        "Fire closes bakery\n\nMILLBROOK (WXYZ) — A fire closed a bakery on Tuesday, "
        f'officials said.\n\n"We will rebuild," {cue}.\n'
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, SourceKind.GROUP)


@pytest.mark.parametrize(
    "body",
    [
        '"We must pay for the ferry," wrote the authors of the "Harbor Renewal Plan," '
        "citing the cost.",
        'Jane Roe, the author of the "Harbor Renewal Plan," said the ferry was vital.',
        'Jane Roe, a guest on "Dock Talk Tonight," said the ferry was vital.',
    ],
)
def test_a_title_after_a_preposition_is_not_speech(body: str) -> None:
    """``the authors of the "Harbor Renewal Plan"``: a name in title case, not quoted words."""
    article = wireparse.parse("Harbor plan\n\n" + body + "\n")
    quoted = [q.text for q in article.quotes]
    assert quoted == (["We must pay for the ferry,"] if body.startswith('"') else [])


def test_a_surname_alone_is_the_person_the_article_named_first() -> None:
    """A relative of the same surname is named in full; the surname alone stays the subject."""
    article = wireparse.parse(
        "Harbor pastor dies\n\n(Wire) The Rev. Tom H. Hale, founder of the radio ministry "
        "Harbor Hour, died Thursday, his family said.\n\n"
        '"He was a great man," said Hale\'s daughter-in-law, Ann Hale, in a message.\n\n'
        '"You could see the sea from there," Hale once recalled.\n'
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("He was a great man,", "Ann Hale"),
        ("You could see the sea from there,", "Tom H. Hale"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'We spoke with Jane Roe, who lives across the street.\n\n"I heard a bang," she said.',
            "Jane Roe",
        ),
        ('I asked Tom Hale about the fire. "It was fast," he said.', "Tom Hale"),
        ('We talked to the owner, Jane Roe.\n\n"I heard a bang," she said.', "Jane Roe"),
        ('We spoke with Jane Roe.\n\n"I heard a bang," he said.', None),
    ],
)
def test_a_reporter_s_guest_is_the_next_pronoun_s_antecedent(
    body: str, speaker: str | None
) -> None:
    """``We spoke with Jane Roe ... "...," she said``: the guest, when the gender fits."""
    assert (
        last_speaker(
            "Fire closes bakery\n\nMILLBROOK (WXYZ) — A fire closed a bakery on Tuesday.\n\n", body
        )
        == speaker
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Tom Hale is the county sheriff.\n\n"We have a suspect," the sheriff said.', "Tom Hale"),
        (
            "Tom Hale, who was the fire chief for 20 years, retired in May.\n\n"
            '"It was arson," the chief said.',
            "Tom Hale",
        ),
        (
            "Ann Cole became the new mayor of Millbrook in May.\n\n"
            '"We will rebuild," the mayor said.',
            "Ann Cole",
        ),
        (
            "The sheriff is the county's top officer. Tom Hale spoke later.\n\n"
            '"We have a suspect," the sheriff said.',
            "the sheriff",
        ),
    ],
)
def test_a_role_given_by_a_copula(body: str, speaker: str) -> None:
    """``Tom Hale is the county sheriff. ... the sheriff said``: the holder the copula names."""
    assert last_speaker("Fire closes bakery\n\n", body) == speaker


@pytest.mark.parametrize(
    "body",
    [
        '"We are close," the agency quoted Roe as saying.',
        'The Interfax news agency quoted Roe as saying "we are close."',
        '"We are close," state radio quoted the minister as saying.',
    ],
)
def test_an_outlet_quoting_someone_as_saying_passes_on_their_words(body: str) -> None:
    """``the agency quoted Roe as saying``: Roe spoke, not the agency."""
    article = wireparse.parse(
        "Ferry talks\n\nPORTVALE (Wire) — Harbor Minister Jane Roe met union leaders on "
        "Monday.\n\n" + body + "\n"
    )
    assert [(q.speaker.name if q.speaker else None, q.rules) for q in article.quotes] == [
        ("Jane Roe", (q.rules[0], "mention.quoted_as_saying", q.rules[2])) for q in article.quotes
    ]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Talks on the ferry deal resumed on Monday, and Harbor Minister Jane Roe met union "
            "leaders.",
            "Jane Roe",
        ),
        ("Talks resumed on Monday, but Jane Roe left early.", "Jane Roe"),
        ("He moved to the coast in 2010, and Portvale became his home.", None),
    ],
)
def test_a_pronoun_finds_the_subject_of_a_joined_clause(lead: str, speaker: str | None) -> None:
    """``..., and Harbor Minister Jane Roe met the unions. ¶ "...," she said.``"""
    assert last_speaker("Ferry talks\n\n" + lead + "\n\n", '"We are close," she said.') == speaker


def test_a_range_of_places_after_from_is_still_quoted_words() -> None:
    """``brought jobs from "Dover to Calais"``: a range the speaker gave, not a title."""
    article = wireparse.parse(
        "Ferry talks\n\nHarbor Minister Jane Roe said she had brought jobs from "
        '"Dover to Calais."\n'
    )
    assert [q.text for q in article.quotes] == ["Dover to Calais."]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"Slow down," said Sgt. Tom Hale with the Millbrook Police Department.', "Tom Hale"),
        ('"Slow down," said Rep. Ann Cole of Vermont.', "Ann Cole"),
        ('"Slow down," said Tom Hale of the county highway board.', "Tom Hale"),
        (
            '"Slow down," said a spokesman for the Port Authority of New York.',
            "a spokesman for the Port Authority of New York",
        ),
    ],
)
def test_an_employer_after_an_inverted_cue_s_name_is_left_out(body: str, speaker: str) -> None:
    """``said Sgt. Tom Hale with the Millbrook Police Department``: the officer speaks."""
    assert last_speaker("Crash closes highway\n\n", body) == speaker


@pytest.mark.parametrize(
    "tail",
    [
        '"We lost everything." — Jane Roe, bakery owner',
        "“We lost everything.” – Jane Roe",
        '"We lost everything." -- Jane Roe, who ran the shop for 30 years',
    ],
)
def test_a_quotation_credited_after_a_dash_is_a_paragraph_of_its_source(tail: str) -> None:
    """``"..." — Jane Roe, bakery owner``: reported speech, not a subheading or furniture."""
    for after in ("", "\n\nThe fire started at 3 a.m., officials said."):
        article = wireparse.parse(
            "Fire destroys bakery\n\nMILLBROOK (WXYZ) — A fire destroyed a bakery on Tuesday.\n\n"
            "Crews fought the fire for hours.\n\n" + tail + after + "\n"
        )
        credited = [b for b in article.blocks if b.text.startswith(tail[:3])]
        assert [(b.kind.value, b.rule) for b in credited] == [("paragraph", "paragraph")]
        assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
            ("We lost everything.", "Jane Roe")
        ]
        assert article.quotes[0].rules[0] == "cue.dash_credit"


def test_a_dash_after_a_quotation_with_more_words_is_no_credit() -> None:
    """``"..." — and then the roof fell``: the words after the dash are the story's."""
    article = wireparse.parse(
        "Fire destroys bakery\n\nMILLBROOK (WXYZ) — A fire destroyed a bakery on Tuesday.\n\n"
        'Crews fought the fire for hours. "Get out now," a firefighter shouted — Then the '
        "roof fell in.\n"
    )
    assert [q.rules[0] for q in article.quotes] != ["cue.dash_credit"]


def test_an_acronym_is_no_first_name() -> None:
    """``GM said`` is the company, not the ``GM Recalls ...`` of a release's title."""
    article = wireparse.parse(
        "Carmaker recalls cruisers\n\nGM says no crashes are linked to the fault. "
        '"We will fix every car," GM said.\n\n GM Recalls 3,000 Police Cruisers\n\n'
        "Dealers will replace the arms.\n"
    )
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker] == [
        ("GM", SourceKind.ORGANISATION)
    ]


def test_the_subject_after_a_long_opening_clause() -> None:
    """``As we watched ..., ..., ..., Alemu defended his choice. ¶ "...," he said.``"""
    body = (
        "The exile group Tesfa Alemu leads has few friends.\n\n"
        "With no money coming in, Portvale has become a town frozen in time.\n\n"
        "As we walked down the wide avenue by the water, past an old red brick cathedral, a "
        "small cinema built in the 1930s, two crumbling bakeries, a bank and a shuttered hotel, "
        "Alemu defended his decision.\n\n"
        '"We had no other choice," he said.'
    )
    assert speakers(body) == [("We had no other choice,", "Tesfa Alemu")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We want no trouble," said a longtime shopkeeper.', "a longtime shopkeeper"),
        (
            '"We want no trouble," said one former dockhand, who asked not to be named.',
            "one former dockhand",
        ),
        ('"We want no trouble," says a narrator.', "a narrator"),
        ('"We want no trouble," said one.', None),
        ('"We want no trouble," said a weekly column and a radio show.', None),
    ],
)
def test_a_description_after_an_inverted_cue_needs_no_listed_noun(
    body: str, speaker: str | None
) -> None:
    """``"...," said a longtime shopkeeper``: the words after the verb are the source."""
    assert last_speaker("Harbor\n\nThe board met on Monday.\n\n", body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Jane Roe strongly suggested that the plan "will fail."', "Jane Roe"),
        ('Analysts widely expect the pier to "fail by May."', "Analysts"),
        ('Acme Docks last week said the pier was "unsafe."', "Acme Docks"),
        ('Acme Docks earlier this month said the pier was "unsafe."', "Acme Docks"),
        ('The Roe family said the pier was "unsafe."', "the Roe family"),
        ('Ada Keel of Eastbridge, Ohio, says the pier is "unsafe."', "Ada Keel"),
        ('Ada Keel of Eastbridge, Ohio says the pier is "unsafe."', "Ada Keel"),
        (
            'Tom Cole, a salesman from Sumter, South Carolina, says the pier is "unsafe."',
            "Tom Cole",
        ),
    ],
)
def test_words_between_a_subject_and_its_verb(body: str, speaker: str) -> None:
    """An adverb in ``-ly``, a phrase of time, a home town and state: the subject before them."""
    assert last_speaker("Harbor\n\nThe board met on Monday.\n\n", body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            'Gov. Ada Marsh today announced the pier would be "rebuilt by May."',
            "Ada Marsh",
            SourceKind.PERSON,
        ),
        ('USA Today reported that the pier was "unsafe."', "USA Today", SourceKind.ORGANISATION),
        ('Twelve said the pier was "unsafe."', "Twelve", SourceKind.GROUP),
        ('Six harbor pilots said the pier was "unsafe."', "Six harbor pilots", SourceKind.GROUP),
    ],
)
def test_words_of_time_counts_and_names_that_look_like_them(
    body: str, speaker: str, kind: SourceKind
) -> None:
    """``today`` before a verb is passed over, ``USA Today`` is a name; a count is a group."""
    article = wireparse.parse("Harbor\n\nThe board met on Monday.\n\n" + body + "\n")
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker] == [
        (speaker, kind)
    ]


def test_an_adverb_opening_a_sentence_is_no_antecedent() -> None:
    """``Often, ... ¶ "...," he said``: the adverb is not a person."""
    body = (
        "Tom Hale runs the dock.\n\nOften the crews work through the night.\n\n"
        '"We like to work," he said.'
    )
    assert speakers(body) == [("We like to work,", "Tom Hale")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A plural or a participle that opens its sentences is a common word.
        (
            "Tesfa Alemu leads the exile group.\n\nNegotiations continued into the night.\n\n"
            '"We are close," he said.',
            "Tesfa Alemu",
        ),
        # A surname of that shape, named after a quotation or in full, stays a name.
        ('"He cries every night," Desta said.', "Desta"),
        ('Tom Jones runs the dock.\n\n"We are close," Jones said.', "Tom Jones"),
    ],
)
def test_a_capital_that_only_opens_sentences(body: str, speaker: str) -> None:
    """``Negotiations continued``: no one's name; ``"...," Desta said``: a name."""
    assert last_speaker("Harbor\n\nThe board met on Monday.\n\n", body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'New Jersey Gov. Tom Hale spoke on Monday.\n\n"We will win," the New Jersey '
            "governor said.",
            "Tom Hale",
        ),
        (
            'Gov. Tom Hale spoke on Monday. Hale met voters.\n\n"We will win," the governor said.',
            "Tom Hale",
        ),
        # Two senators: "the senator" is neither; a state that differs is no match.
        (
            "Sen. Tom Hale spoke on Monday. Hale met voters. Sen. Ann Cole (Ky.) stayed home. "
            'Cole wrote a letter.\n\n"We will win," the senator said.',
            "the senator",
        ),
        (
            'Florida Sen. Tom Hale spoke on Monday. Hale met voters.\n\n"We will win," the '
            "Vermont senator said.",
            "the Vermont senator",
        ),
    ],
)
def test_a_role_noun_and_an_abbreviated_title(body: str, speaker: str) -> None:
    """``the New Jersey governor`` is ``New Jersey Gov. Tom Hale``, when nothing conflicts."""
    assert last_speaker("Harbor\n\n", body) == speaker


FINED = (
    "Ferry firm fined\n\nPORTVALE (Wire) — Acme Docks Inc. was fined $2 million on Tuesday "
    "over a pier collapse, and its chief executive, Jane Roe, resigned.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We will appeal," the company said.', "Acme Docks Inc."),
        ('The company did not comment.\n\n"We will appeal," it said later.', "Acme Docks Inc."),
        ('"We are sorry," she said.', "Jane Roe"),
        (
            '"We are sorry," the 45-year-old mother of three said.',
            "the 45-year-old mother of three",
        ),
    ],
)
def test_business_copy(body: str, speaker: str) -> None:
    """``the company`` is the one company named with its suffix; a name after its role."""
    assert last_speaker(FINED, body) == speaker


def test_two_companies_with_suffixes_leave_the_company_unresolved() -> None:
    lead = FINED.replace("over a pier collapse", "over a pier collapse, as was Harbor Tugs Ltd")
    assert last_speaker(lead, '"We will appeal," the company said.') == "the company"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Ferry pilot Randall Hale has doubts. Still, Hale gives the board some credit. "
            '"It may be slow, but it is honest work."',
            "Randall Hale",
        ),
        # The sentence before quotes someone: no carry from it.
        (
            "Ferry pilot Randall Hale has doubts. Hale said the board was slow. "
            '"It may be slow, but it is honest work."',
            "Randall Hale",
        ),
        # A title in title case after the sentence is no one's words.
        ('Ferry pilot Randall Hale has doubts. Hale opened the show. "Harbor Nights."', None),
    ],
)
def test_a_quotation_after_a_sentence_about_a_person(body: str, speaker: str | None) -> None:
    """``Still, Hale gives the board some credit. "..."``: carry.sentence_subject."""
    article = wireparse.parse("Harbor\n\nThe board met on Monday.\n\n" + body + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


def test_a_name_a_verb_and_a_name_opening_a_sentence() -> None:
    """``Pruitt praises Hale ...``: the subject is the first name, not the object."""
    article = wireparse.parse(
        "Harbor\n\nAda Pruitt teaches at the college. Tom Hale runs the dock.\n\n"
        'Pruitt praises Hale in a new essay, saying he runs it "with care."\n'
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("with care.", "Ada Pruitt")
    ]


@pytest.mark.parametrize(
    "body", ['"We lost everything," the couple said.', '"We lost everything," they said.']
)
def test_the_couple_is_the_pair_named_together(body: str) -> None:
    """``Jane Roe and Tom Hale lost their home ... "...," the couple said``."""
    article = wireparse.parse(
        "Couple rebuild\n\nPORTVALE (Wire) — Jane Roe and Tom Hale lost their home in the "
        "flood in May.\n\n" + body + "\n"
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Jane Roe and Tom Hale", SourceKind.GROUP)


def test_the_couple_without_a_pair_is_a_group() -> None:
    assert (
        last_speaker(
            "Couple rebuild\n\nThe flood took two homes in May.\n\n",
            '"We lost everything," the couple said.',
        )
        == "the couple"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"Whatever it takes," was Roe\'s reply.', "Jane Roe"),
        ('"Not yet," came the minister\'s curt answer.', "Jane Roe"),
        ('"Not yet," was the reply.', None),
    ],
)
def test_a_possessive_noun_of_speech_after_a_quotation(body: str, speaker: str | None) -> None:
    """``"Whatever it takes," was Roe's reply.``: cue.possessive_after."""
    lead = "Harbour plan\n\nPORTVALE — Harbor Minister Jane Roe met the crews on Monday.\n\n"
    assert last_speaker(lead, body) == speaker


def test_the_first_of_two_subjects_joined_by_and() -> None:
    """``Jane Roe and her son Tom were stuck. ¶ "...," she said.``: Jane Roe."""
    assert (
        last_speaker(
            "Crash\n\nA crash closed Route 9 on Tuesday.\n\n",
            'Jane Roe and her son Tom were stuck for hours.\n\n"It was a mess," she said.',
        )
        == "Jane Roe"
    )


@pytest.mark.parametrize(
    "body",
    [
        'Tom Hale, who has in the past described Roe as "a reckless minister," left early.',
        'Tom Hale at the time said the plan was "a reckless mistake."',
        'Tom Hale, who for years called Roe "a reckless minister," left early.',
    ],
)
def test_a_phrase_of_time_between_a_subject_and_its_verb(body: str) -> None:
    """``Tom Hale, who has in the past described Roe as "..."``: Hale's words."""
    assert (
        last_speaker(
            "Harbour plan\n\nPORTVALE — Harbor Minister Jane Roe met the crews on Monday.\n\n", body
        )
        == "Tom Hale"
    )


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("In a poll released Monday, 31% of dockers", "31% of dockers"),
        ("Most dockers", "Most dockers"),
        ("A majority of dockers", "a majority of dockers"),
        ("Half of the dockers", "Half of the dockers"),
        ("Still, 52 percent of registered voters", "52 percent of registered voters"),
    ],
)
def test_a_count_or_share_of_people_is_a_group(subject: str, speaker: str) -> None:
    """``Most dockers said they were "extremely worried"``: a group, whatever the noun."""
    article = wireparse.parse(
        "Harbour plan\n\nThe harbour board met on Monday.\n\n"
        f'{subject} said they were "extremely worried" about the plan.\n'
    )
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker] == [
        (speaker, SourceKind.GROUP)
    ]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ('She presents herself as "anti-system."', [("anti-system.", "Jane Roe")]),
        ('He calls the plan "reckless."', []),  # no man named before: scare quotes
        ('She also hosted "The Harbor Hour" on the radio.', []),  # a title
    ],
)
def test_a_he_or_she_subject_of_a_few_quoted_words(
    body: str, quoted: list[tuple[str, str]]
) -> None:
    """``She presents herself as "anti-system."``: the pronoun's antecedent said it."""
    article = wireparse.parse(
        "Harbour plan\n\nPORTVALE — Harbor Minister Jane Roe met the crews on Monday.\n\n"
        + body
        + "\n"
    )
    assert [(q.text, q.speaker.name) for q in article.quotes if q.speaker] == quoted


@pytest.mark.parametrize(
    "words", [["The", "Tony", "Snow", "Show"], ["The", "Price", "Is", "Right"], ["Harbor", "First"]]
)
def test_a_title_opening_with_the_is_in_title_case(words: list[str]) -> None:
    from wireparse.quotations.quotes import _title_case

    assert _title_case(words)
    assert not _title_case(["The", "plan", "is", "reckless"])


def test_a_long_relative_clause_with_commas_before_the_cue() -> None:
    """``Ada Hale, whose ferry town, Portvale, ..., insists``: the antecedent, past the window."""
    body = (
        "Ada Hale, whose ferry town, Portvale, has been cut off from the mainland for most of "
        "the long winter since the storms broke the old stone causeway in two places, insists "
        'that the toll will "sink the harbour for good."'
    )
    assert speakers(body) == [("sink the harbour for good.", "Ada Hale")]


def test_an_aside_opening_with_an_irregular_participle() -> None:
    """``Ann Cole, clad in a red cape, said``: the aside is passed over."""
    body = (
        "Harbor delegate Ann Cole, clad in a red cape with lights that spelled the name Hale, "
        'said the vote could be a "failure" if the board fails.'
    )
    assert speakers(body) == [("failure", "Ann Cole")]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ('Board spokesman Tom Hale wouldn\'t say whether the pier was "safe."', ["Tom Hale"]),
        # A name, a past tense and a noun read as a cue: no source.
        ("Tom Hale runs the dock. Hale made demands that the crews stop work.", []),
        # The writer's own "I" is no source, nor a pronoun's contraction a name.
        ("I don't believe a word of it. (I'd check the pier myself.) He doesn't believe it.", []),
    ],
)
def test_verbs_and_contractions_between_a_subject_and_its_cue(body: str, names: list[str]) -> None:
    article = wireparse.parse("Harbour plan\n\nThe board met on Monday.\n\n" + body + "\n")
    found = [q.speaker.name for q in article.quotes if q.speaker]
    found += [a.speaker.name for a in article.attributions]
    assert found == names


@pytest.mark.parametrize("body", ['The Coast Guard closed the harbor. "Stay in port," it said.'])
def test_an_organisation_named_with_a_role_word_is_no_person(body: str) -> None:
    """``The Coast Guard``, ``the National Guard``: organisations, the antecedent of ``it``."""
    article = wireparse.parse(
        "Storm warning\n\nPORTVALE (Wire) — The weather service issued a storm warning on "
        "Tuesday.\n\n" + body + "\n"
    )
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker] == [
        ("the Coast Guard", SourceKind.ORGANISATION)
    ]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ('An audit found "serious failings" in the plan.', [("serious failings", "an audit")]),
        (
            'The investigation concluded that the crew was "badly trained."',
            [("badly trained.", "the investigation")],
        ),
        ('The report sits on a "dusty shelf" in the town hall.', []),
    ],
)
def test_a_reporting_document_is_the_source_of_the_words_it_quotes(
    body: str, quoted: list[tuple[str, str]]
) -> None:
    """``An audit found "serious failings"``: a document that finds or concludes."""
    article = wireparse.parse("Harbour plan\n\nThe harbour board met on Monday.\n\n" + body + "\n")
    assert [(q.text, q.speaker.name) for q in article.quotes if q.speaker] == quoted


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Acme Docks filed the plan on Monday.\n\n"We will rebuild," it said.', "Acme Docks"),
        ('"We will rebuild," Delta Airways said.', "Delta Airways"),
        (
            "The figures, from shipping firm Harbor Holdings, are new. Exports rose, "
            'according to the firm.\n\n"Exports rose," the firm said.',
            "Harbor Holdings",
        ),
    ],
)
def test_a_business_named_by_a_plural_noun_is_an_organisation(body: str, speaker: str) -> None:
    """``Acme Docks``, ``Delta Airways``: organisations, found by ``it`` and ``the firm``."""
    article = wireparse.parse("Harbour plan\n\nThe harbour board met on Monday.\n\n" + body + "\n")
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker][-1:] == [
        (speaker, SourceKind.ORGANISATION)
    ]


def test_a_document_that_continues_is_no_source() -> None:
    """``Hale added that the investigation was continuing. ¶ "..."``: still Hale's."""
    body = (
        '"This is a tragedy," Tom Hale said.\n\nHale added that the investigation was '
        'continuing.\n\n"We will find who did this."'
    )
    assert [s for _, s in speakers(body)] == ["Tom Hale", "Tom Hale"]


def test_a_quotation_running_over_paragraphs_after_a_paragraph_about_a_person() -> None:
    """``Jane Roe spoke first. ¶ "We will rebuild the pier, ¶ "And ...``: carry.previous_subject."""
    body = (
        'Jane Roe, the mayor, spoke first.\n\n"We will rebuild the pier,\n\n'
        '"And we will do it this year."'
    )
    assert speakers(body) == [
        ("We will rebuild the pier, And we will do it this year.", "Jane Roe")
    ]


def test_a_name_and_a_titled_name_joined_by_and() -> None:
    """``Roe and board chair Tom Hale said``: the pair, not the second alone."""
    article = wireparse.parse(
        "Ferry firm fined\n\nPORTVALE (Wire) — Jane Roe runs Acme Docks.\n\n"
        '"We are sorry," Roe and board chair Tom Hale said in a joint statement.\n'
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Jane Roe and Tom Hale", SourceKind.GROUP)


@pytest.mark.parametrize(
    "body",
    [
        'Students held signs reading "Save Lincoln."',
        'Protesters carried banners that read "Save Lincoln."',
        'Ada Marsh wore a hat reading, "Save Lincoln."',
    ],
)
def test_the_text_of_a_sign_is_quoted_with_no_speaker(body: str) -> None:
    """``signs reading "Save Lincoln."``: the holders did not say it."""
    assert speakers(body) == [("Save Lincoln.", None)]


def test_a_press_release_s_commented_before_the_name() -> None:
    """``"...," commented Ada Marsh, chief executive of ...``: an inverted cue."""
    body = '"We are pleased," commented Ada Marsh, President and CEO of Harbor Holdings.'
    assert speakers(body) == [("We are pleased,", "Ada Marsh")]


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        ('"Sales are up," General Motors said.', "General Motors", SourceKind.ORGANISATION),
        ('"Sales are up," General Dynamics said.', "General Dynamics", SourceKind.ORGANISATION),
        ('"We are ready," Gen. Tom Hale said.', "Tom Hale", SourceKind.PERSON),
    ],
)
def test_a_title_word_opening_a_business_name(body: str, speaker: str, kind: SourceKind) -> None:
    """``General Motors`` is a company, not a general named Motors."""
    article = wireparse.parse("Cars\n\nCar sales rose in May.\n\n" + body + "\n")
    assert [(q.speaker.name, q.speaker.kind) for q in article.quotes if q.speaker] == [
        (speaker, kind)
    ]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The National Weather Service issued a storm warning.", "the National Weather Service"),
        # Two words of the name joined by "and", after "the": the whole name.
        (
            "The Food and Drug Administration told drivers to stay home.",
            "the Food and Drug Administration",
        ),
        (
            "The U.S. Fish and Wildlife Service closed the refuge.",
            "the U.S. Fish and Wildlife Service",
        ),
        # No "the" before the first name: "and" joins two sources.
        ("Tom Hale and the Harbor Port Authority closed the pier.", "the Harbor Port Authority"),
        # Two public bodies: "the agency" is neither.
        (
            "The National Weather Service and the Harbor Port Authority issued warnings.",
            "the agency",
        ),
    ],
)
def test_the_agency_is_the_story_s_one_public_body(lead: str, speaker: str) -> None:
    """``The National Weather Service ... "...," the agency said``."""
    assert (
        last_speaker("Storm warning\n\n" + lead + "\n\n", '"Stay off the roads," the agency said.')
        == speaker
    )


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Nurses at St. Brendan Medical Center voted to strike.", "St. Brendan Medical Center"),
        ("Harborton Regional Health will open a new wing.", "Harborton Regional Health"),
        ("Nurses at Portvale Clinic voted to strike.", "Portvale Clinic"),
        # Two hospitals: "the hospital" is neither.
        ("Portvale Clinic and St. Brendan Medical Center will merge.", "the hospital"),
    ],
)
def test_the_hospital_is_the_story_s_one_hospital_named_without_the_noun(
    lead: str, speaker: str
) -> None:
    """``St. Brendan Medical Center ... "...," the hospital said``."""
    assert (
        last_speaker(
            "Strike vote\n\n" + lead + "\n\n", '"We respect our nurses," the hospital said.'
        )
        == speaker
    )


def test_an_age_before_a_role_noun_is_the_person_given_that_age() -> None:
    """``Dana Whitlock, 45, ... "...," the 45-year-old mother of three said``."""
    lead = (
        "Flood clean-up\n\nMILLBROOK, Ore. (AP) — Residents cleared mud from homes.\n\n"
        "Dana Whitlock, 45, lost most of her furniture when the creek rose.\n\n"
    )
    article = wireparse.parse(
        lead + '"We had ten minutes to get out," the 45-year-old mother of three said.\n'
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Dana Whitlock"
    assert quote.rules[-1] == "resolve.role_noun"


def test_an_age_before_a_role_noun_held_by_nobody_named_stays_a_description() -> None:
    """Two people of that age: the description is kept, as written."""
    lead = "Flood clean-up\n\nDana Whitlock, 45, and Ron Vigue, 45, lost their furniture.\n\n"
    assert (
        last_speaker(lead, '"We had ten minutes," the 45-year-old mother of three said.')
        == "the 45-year-old mother of three"
    )


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("For Beth Lowe, 80, the old pool is a lifeline.", "Beth Lowe"),
        ("To Tom Hale, the vote was a betrayal of the town.", "Tom Hale"),
        # A place fronted as the topic is no person: the named subject is.
        (
            "For Portvale, the vote is a turning point. Town manager Jane Roe met residents.",
            "Jane Roe",
        ),
    ],
)
def test_a_fronted_topic_person_is_a_pronoun_antecedent(opening: str, speaker: str) -> None:
    """``For Beth Lowe, 80, the pool is a lifeline. ¶ "...," she said.``"""
    cue = "he" if speaker == "Tom Hale" else "she"
    body = f'"I have been coming here every day for years," {cue} said.'
    assert last_speaker("Pool vote\n\n" + opening + "\n\n", body) == speaker


@pytest.mark.parametrize(
    "ending",
    ['"weeks, not days."', '"weeks, not days".', '"another month like this?"'],
)
def test_a_partial_quotation_ending_its_sentence_keeps_the_cue_before(ending: str) -> None:
    """``Roe said repairs would take "weeks, not days." Hale agreed.``: Roe's words."""
    body = f"Road engineer Tom Roe said repairs would take {ending} Mayor Ada Hale agreed."
    article = wireparse.parse("Bridge closed\n\n" + body + "\n")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Roe"
    assert quote.rules[0] == "cue.before"


def test_a_full_quotation_before_a_cue_is_still_the_cue_s() -> None:
    """A quotation standing alone as a sentence takes the cue after it."""
    body = 'Road engineer Tom Roe spoke first. "Weeks, not days." Mayor Ada Hale said.'
    assert speakers(body)[-1] == ("Weeks, not days.", "Ada Hale")


@pytest.mark.parametrize("verb", ["spoke at the rally", "met with the mayor", "fought for it"])
def test_an_irregular_past_tense_ends_the_subject(verb: str) -> None:
    """``Union leader Ada Marsh spoke at the rally. ¶ "...," she said.``: Ada Marsh."""
    lead = f"Ferry talks\n\nUnion leader Ada Marsh {verb} on Tuesday.\n\n"
    assert last_speaker(lead, '"We will not accept a pay cut," she said.') == "Ada Marsh"


@pytest.mark.parametrize(
    ("body", "speaker", "mention"),
    [
        (
            '"We are ready," Local 14 president Jane Roe said.',
            "Jane Roe",
            "Local 14 president Jane Roe",
        ),
        (
            '"We are ready," Ward 5 councillor Tom Hale said.',
            "Tom Hale",
            "Ward 5 councillor Tom Hale",
        ),
    ],
)
def test_a_unit_number_in_a_title_before_the_cue(body: str, speaker: str, mention: str) -> None:
    """``"...," Local 14 president Jane Roe said``: the number is read back into the title."""
    article = wireparse.parse("Strike vote\n\n" + body + "\n")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (speaker, mention)


def test_a_date_before_a_title_is_no_unit_number() -> None:
    """``On May 14 president Jane Roe said``: ``May 14`` is a date, not part of the title."""
    article = wireparse.parse('Strike vote\n\nOn May 14 president Jane Roe said: "We are ready."\n')
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "president Jane Roe"


@pytest.mark.parametrize(
    ("group", "speaker"),
    [
        ("The dockers", "the dockers"),
        ("The harbour pilots", "the harbour pilots"),
        ("Nurses at the clinic", "Nurses at the clinic"),
    ],
)
def test_a_plural_role_noun_subject_is_a_they_antecedent(group: str, speaker: str) -> None:
    """``The harbour pilots voted to strike. ¶ "...," they said.``: the pilots."""
    lead = (
        f"Ferry strike\n\nPORTVALE — The port board met on Monday.\n\n{group} voted to strike.\n\n"
    )
    assert last_speaker(lead, '"We are ready to walk out," they said.') == speaker


@pytest.mark.parametrize("opening", ["Days after the storm", "Hours later", "Weeks after the vote"])
def test_a_phrase_of_time_before_the_subject(opening: str) -> None:
    """``Days after the storm, Tom Reyes volunteered to help. ¶ "...," he told me.``"""
    lead = (
        "Storm clean-up\n\nAda Marsh runs the shelter.\n\n"
        f"{opening}, Tom Reyes volunteered to help.\n\n"
    )
    assert last_speaker(lead, '"I could not just sit at home," he told me.') == "Tom Reyes"


def test_a_titled_surname_first_name_is_the_full_name() -> None:
    """``Vice-Premier Li Wei arrived. ¶ "...," Li said.``: Li Wei (surname first)."""
    lead = "Trade talks\n\nVice-Premier Li Wei arrived in Portvale on Monday.\n\n"
    assert last_speaker(lead, '"We are ready to sign," Li said.') == "Li Wei"


@pytest.mark.parametrize(
    "headline",
    ["Reyes Drops Support for Ferry Tax", "Reyes BSE"],
)
def test_a_headline_or_an_acronym_gives_no_full_name(headline: str) -> None:
    """A title-case headline (``Reyes Drops Support ...``) or an acronym is no person's name."""
    text = (
        f"{headline}\n\nPORTVALE — Gov. Reyes dropped his support for the ferry tax.\n\n"
        '"It will not pass this year," Reyes said.\n'
    )
    article = wireparse.parse(text)
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Reyes"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Millbrook Police Department issued a statement.", "the Millbrook Police Department"),
        (
            "The Millbrook Police Department said in a statement that the road was shut.",
            "the Millbrook Police Department",
        ),
        (
            "In a statement, the Harbour Commission said the road was shut.",
            "the Harbour Commission",
        ),
        ("A statement from the Harbour Commission came late on Tuesday.", "the Harbour Commission"),
        # No issuer named: the document as written.
        ("A statement was posted online.", "the statement"),
    ],
)
def test_the_statement_is_its_issuer_s(lead: str, speaker: str) -> None:
    """``X issued a statement. ¶ "...," the statement said.``: X is the source."""
    text = "Road closed\n\n" + lead + "\n\n" + '"The driver was not hurt," the statement said.\n'
    article = wireparse.parse(text)
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("lead", "cue", "speaker"),
    [
        ("Sgt. Tom Hale closed the road. Hale waited.", "the sergeant", "Tom Hale"),
        ("The Rev. Ada Marsh led a vigil. Marsh knew him.", "the pastor", "Ada Marsh"),
        ("Dr. Ada Marsh treated him. Marsh is on call.", "the doctor", "Ada Marsh"),
        # Named once only: an abbreviated title gives no role (it may be in passing).
        ("Dr. Ada Marsh treated him.", "the doctor", "the doctor"),
    ],
)
def test_an_abbreviated_rank_gives_its_role(lead: str, cue: str, speaker: str) -> None:
    """``Sgt. Tom Hale ... Hale ... "...," the sergeant said``: Tom Hale."""
    text = "Crash\n\n" + lead + "\n\n" + f'"He was lucky," {cue} said.\n'
    assert last_speaker("", text) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            '"Demand is weak," said a person close to the company.',
            "a person close to the company",
            SourceKind.PERSON,
        ),
        (
            '"Demand is weak," a person close to the company said.',
            "a person close to the company",
            SourceKind.PERSON,
        ),
        (
            '"Demand is weak," said a person familiar with the matter.',
            "a person familiar with the matter",
            SourceKind.PERSON,
        ),
        (
            '"Demand is weak," said officials briefed on the talks.',
            "officials briefed on the talks",
            SourceKind.GROUP,
        ),
        # A name after the preposition is not the source.
        (
            '"Demand is weak," a source close to Marsh said.',
            "a source close to Marsh",
            SourceKind.PERSON,
        ),
    ],
)
def test_an_unnamed_source_close_to_or_familiar_with(
    body: str, speaker: str, kind: SourceKind
) -> None:
    """``said a person close to the company``: an unnamed source, modifier and all."""
    article = wireparse.parse("Markets slide\n\nStocks fell on Tuesday.\n\n" + body + "\n")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


@pytest.mark.parametrize("verb", ["promised", "vowed", "admitted", "lamented", "agreed"])
def test_more_verbs_stand_inverted(verb: str) -> None:
    """``"We will rebuild," promised Mayor Tom Hale``."""
    assert speakers(f'"We will rebuild," {verb} Mayor Tom Hale.') == [
        ("We will rebuild,", "Tom Hale")
    ]


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        # A noun of a calling no list holds: a person, by its ending.
        ('"More rain is coming," the meteorologist said.', "the meteorologist", SourceKind.PERSON),
        ('"More rain is coming," a statistician says.', "a statistician", SourceKind.PERSON),
        # Local government by its kind.
        ('"Please be patient," the city said in a post.', "the city", SourceKind.ORGANISATION),
        ('"Roads are closed," the county said.', "the county", SourceKind.ORGANISATION),
        # Any noun after an article between a quotation and its cue.
        ('"It is over," the lab said.', "the lab", SourceKind.UNKNOWN),
        # A noun of a calling in -er is a person though no list holds it.
        ('"It is over," the gardener said.', "the gardener", SourceKind.PERSON),
    ],
)
def test_a_description_between_the_quotation_and_its_cue(
    body: str, speaker: str, kind: SourceKind
) -> None:
    """``"...," the meteorologist said``: the description is the source whatever its noun."""
    article = wireparse.parse("Storm\n\nRain fell all day.\n\n" + body + "\n")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "lead",
    ["Tom Hale is a meteorologist.", "Tom Hale, a meteorologist, watched the radar."],
)
def test_a_calling_given_by_a_copula_or_an_appositive(lead: str) -> None:
    """``Tom Hale is a meteorologist. ¶ "...," the meteorologist said.``: Tom Hale."""
    assert last_speaker(
        "Storm\n\n" + lead + "\n\n", '"More rain is coming," the meteorologist said.'
    ) == ("Tom Hale")


@pytest.mark.parametrize(
    ("between", "cue", "speaker"),
    [
        ("", "the retired surgeon added", "Tom Hale"),
        ("", "the old man said", "Tom Hale"),
        # An office is no epithet.
        ("", "the former president said", "the former president"),
        # Too far: two paragraphs between.
        (
            "The river crested at noon.\n\nSchools stayed shut.\n\n",
            "the retired surgeon added",
            "the retired surgeon",
        ),
        # No modifier: a description of its own.
        ("", "the surgeon added", "the surgeon"),
    ],
)
def test_an_epithet_right_after_a_named_speaker(between: str, cue: str, speaker: str) -> None:
    """``"...," said Tom Hale. ¶ "...," the retired surgeon added.``: Tom Hale."""
    body = f'"We lost everything," said Tom Hale.\n\n{between}"It will take years," {cue}.'
    assert speakers(body)[-1] == ("It will take years,", speaker)


@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        ("Ada Marsh, 34, and her husband, Tom Marsh, 36, lost their car.", "she", "Ada Marsh"),
        ("Ada Marsh, 34, and her husband, Tom Marsh, 36, lost their car.", "he", "Tom Marsh"),
        ("Ada Marsh and her husband, Tom, lost their car.", "he", "Tom"),
        ("Tom Hale and his daughter Ada were stuck on the roof.", "she", "Ada"),
        ("Tom Hale and his daughter Ada were stuck on the roof.", "he", "Tom Hale"),
        ("Tom Hale and his daughter Ada were stuck on the roof.", "they", "Tom Hale and Ada"),
    ],
)
def test_a_couple_opening_a_sentence_is_one_subject(lead: str, pronoun: str, speaker: str) -> None:
    """``Ada Marsh and her husband, Tom, lost their car. ¶ "...," he said.``: Tom."""
    story = "Flood\n\nMILLBROOK — Water rose fast on Tuesday.\n\n" + lead + "\n\n"
    assert last_speaker(story, f'"We are glad to be alive," {pronoun} said.') == speaker


def test_an_epithet_naming_someone_else_is_no_epithet() -> None:
    """``the Hale supporter`` after Tom Hale's cue is someone of Hale's, not Hale."""
    body = (
        'Tom Hale spoke first. "We lost everything," said Tom Hale.\n\n'
        '"It will take years," the Hale supporter added.'
    )
    assert speakers(body)[-1] == ("It will take years,", "the Hale supporter")


def test_a_quotation_after_an_aside_takes_the_topic_sentence_s_subject() -> None:
    """``Hale also talked about the budget. (The cuts ...) "We will restore them."``"""
    body = (
        "Council member Tom Hale also talked about the budget. (The cuts ended two routes.) "
        '"We will restore them."'
    )
    assert speakers(body) == [("We will restore them.", "Tom Hale")]


def test_a_quotation_after_a_he_or_she_paragraph_is_that_person_s() -> None:
    """``"...," Ada Miller said. ¶ She pauses. ¶ "Well, thank you."``: Ada Miller."""
    body = (
        '"I am calling from the campaign," Ada Miller, a retired nurse, said.\n\n'
        "She pauses.\n\n"
        '"Well, thank you so much."'
    )
    assert speakers(body)[-1] == ("Well, thank you so much.", "Ada Miller")


@pytest.mark.parametrize("opener", ["Moreover", "However", "Finally", "Indeed"])
def test_an_adverb_and_a_comma_before_the_subject(opener: str) -> None:
    """``Moreover, at the hearing, Tom Hale cited a report that "..."``: Tom Hale's words."""
    body = f'{opener}, at the hearing, Tom Hale cited a report that "nothing was lost."'
    assert speakers(body) == [("nothing was lost.", "Tom Hale")]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Heavy rain flooded dozens of homes.", None),
        ("Strong winds were forecast for the night.", None),
        # A name and its verb stay a subject.
        ("Hale also warned of more rain.", "Hale"),
        ("Hale runs the shop on Elm Street.", "Hale"),
    ],
)
def test_an_adjective_opening_a_sentence_is_no_subject(opening: str, speaker: str | None) -> None:
    """``Heavy rain flooded dozens of homes. ¶ "...," he said.``: not a man named Heavy."""
    story = "Flood\n\n" + opening + "\n\n"
    assert last_speaker(story, '"We are glad to be alive," he said.') == speaker


@pytest.mark.parametrize(
    "body",
    [
        '"It is a waste," said Tom Hale MP.',
        'Sir Tom Hale MP said: "It is a waste."',
        '"It is a waste," Tom Hale QC told the hearing.',
    ],
)
def test_letters_after_a_name_are_no_part_of_it(body: str) -> None:
    """``said Tom Hale MP``: Tom Hale."""
    assert [name for _, name in speakers(body)] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        ('"We are ready," Tom Hale told Ada Marsh.', "she", "Ada Marsh"),
        ("Tom Hale met Ada Marsh on Monday.", "she", "Ada Marsh"),
        ("Ada Marsh met Tom Hale on Monday.", "he", "Tom Hale"),
        # The subject first, when its gender fits.
        ("Tom Hale met Ada Marsh on Monday.", "he", "Tom Hale"),
        # A name whose gender nothing tells is no object antecedent.
        ("Ada Marsh met Kim Ostrova on Monday.", "he", None),
    ],
)
def test_a_person_named_after_the_subject_is_a_last_antecedent(
    lead: str, pronoun: str, speaker: str | None
) -> None:
    """``Tom Hale met Ada Marsh on Monday. ¶ "It went well," she said.``: Ada Marsh."""
    story = "Talks\n\n" + lead + "\n\n"
    assert last_speaker(story, f'"It went well," {pronoun} said.') == speaker


def test_an_organisation_found_by_its_noun_keeps_its_article() -> None:
    """``The Harbour Commission met. ¶ "...," the commission said.``: the Harbour Commission."""
    lead = "Ferries\n\nThe Harbour Commission met on Monday.\n\n"
    assert last_speaker(lead, '"We have boats," the commission said.') == "the Harbour Commission"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('CFO Tom Hale said the company expects "modest growth" next year.', "Tom Hale"),
        ('Tom Hale said residents hope the bridge will be "open by June."', "Tom Hale"),
        # The weak verb's subject is a named person: her words.
        ('Tom Hale said Ada Marsh called the plan "a mess."', "Ada Marsh"),
        # The reporting verb inside the weak verb's subject is no outer verb.
        (
            'Acme Docks, whose chief Tom Hale said sales fell, described the quarter as "rough."',
            "Acme Docks",
        ),
    ],
)
def test_words_quoted_in_a_reported_clause_are_the_reporter_s(body: str, speaker: str) -> None:
    """``Hale said the company expects "modest growth"``: Hale's words, not the company's."""
    assert speakers(body)[-1][1] == speaker


@pytest.mark.parametrize(
    "dateline",
    [
        "PORTVALE (Wire) -- ",
        "PORTVALE, Maine (Wire) -- ",
        "PORTVALE, New Mexico (Wire) — ",
        "PORTVALE, N.H. - ",
        "PORTVALE -- ",
    ],
)
def test_a_dateline_before_the_first_sentence_s_subject(dateline: str) -> None:
    """Plain-text copy writes a dateline's dash as ``--`` and a state in full."""
    lead = "Harbour plan\n\n" + dateline + "Mayor Lena Ortiz defended the plan.\n\n"
    assert last_speaker(lead, '"It creates jobs," she said.') == "Lena Ortiz"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # The person just introduced, whose age the copy gives in the epithet.
        (
            'Fisherman Abel Ruiz lost two traps.\n\n"I have never seen it this bad," '
            "the 58-year-old said.",
            "Abel Ruiz",
        ),
        (
            'Dee Parr watched the water rise.\n\n"It took everything," the 71-year-old baker said.',
            "Dee Parr",
        ),
        # The age the copy gave a person before, with a comma: that person.
        (
            'Abel Ruiz, 58, and Tom Hale, 44, lost their boats.\n\n"It was over in '
            'minutes," the 44-year-old said.',
            "Tom Hale",
        ),
        # A person described, never named: the epithet stays a description.
        (
            'A fisherman lost two traps.\n\n"I have never seen it this bad," the 58-year-old said.',
            "the 58-year-old",
        ),
    ],
)
def test_an_age_epithet_is_the_person_just_named(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # The person just named as a sentence's subject.
        (
            'Ana Ortiz won the final in straight sets.\n\n"I served well," the Spaniard said.',
            "Ana Ortiz",
        ),
        (
            'Ana Ortiz won the final in straight sets.\n\n"I served well," said the Spaniard.',
            "Ana Ortiz",
        ),
        # The person just quoted, with an age between.
        (
            '"It was a long day," said Pia Lund.\n\n"I am tired," the 23-year-old Dane added.',
            "Pia Lund",
        ),
        # The person named after the one quoted: the nearer.
        (
            '"We deserved more," said Tom Hale.\n\nPia Lund made three late saves. '
            '"I stayed big," the Dane said.',
            "Pia Lund",
        ),
        # No one named before: the words stay a description.
        (
            'The final ended late.\n\n"I served well," the Spaniard said.',
            "the Spaniard",
        ),
    ],
)
def test_a_nationality_noun_is_the_person_just_named(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # The person just named as a sentence's subject.
        (
            'Actor Ben Hale walked the red carpet.\n\n"It was a hard shoot," the star said.',
            "Ben Hale",
        ),
        (
            'Jo Vance won the 400 meters.\n\n"I knew I had it," the Olympic champion said.',
            "Jo Vance",
        ),
        # The person just quoted, in the paragraph before.
        (
            '"We switched off," said Joe Platt.\n\n"It cost us," the defender added.',
            "Joe Platt",
        ),
        # No one named before: the words stay a description.
        (
            'The gates opened at noon.\n\n"It was a hard shoot," the star said.',
            "the star",
        ),
    ],
)
def test_a_noun_of_fame_or_position_is_the_person_just_named(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("lead", "noun", "name"),
    [
        ("Kestrel Mining shut its pier on Monday.", "the company", "Kestrel Mining"),
        ("Northwind Airlines cancelled 40 flights.", "the airline", "Northwind Airlines"),
        ("Coastal Power restored 9,000 homes.", "the utility", "Coastal Power"),
        ("Harbor Bank cut 40 jobs.", "the bank", "Harbor Bank"),
        ("In Kestrel Mining's case, profits fell.", "the company", "Kestrel Mining"),
        # A suffixed name wins, its words joined by "&" or "and".
        ("Harbor Gas & Electric Co. cut power.", "the utility", "Harbor Gas & Electric Co."),
        ("Harbor Gas and Electric Co. cut power.", "the company", "Harbor Gas and Electric Co."),
        # Two businesses: the noun says which of them no better than a guess.
        (
            "Kestrel Mining sold its pier to Northwind Shipping.",
            "the company",
            "the company",
        ),
        # A name after "the" is a public body's or a place's, no company's.
        ("Fighting spread in the West Bank on Monday.", "the company", "the company"),
    ],
)
def test_a_company_is_called_back_by_its_kind(lead: str, noun: str, name: str) -> None:
    """Business copy names a company once, then calls it ``the company``."""
    body = lead + '\n\n"Safety comes first," ' + noun + " said."
    assert last_speaker(HARBOUR, body) == name


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"Thank God," said one, Mia Cole, 34.', "Mia Cole"),
        ('"Thank God," said a neighbor, Mia Cole.', "Mia Cole"),
        ('"Thank God," said another driver, Bo Hardy, who lives nearby.', "Bo Hardy"),
        # No name in apposition: the description is the source.
        ('"Thank God," said a neighbor, who asked not to be named.', "a neighbor"),
        ('"Thank God," said one driver.', "one driver"),
    ],
)
def test_a_name_in_apposition_after_an_inverted_cue(body: str, speaker: str) -> None:
    """Copy picks someone out of a crowd and names them beside the description."""
    assert last_speaker(
        "Bridge reopens\n\nMILLBROOK (Wire) — Drivers were relieved.\n\n", body
    ) == (speaker)


def test_a_name_beside_a_role_after_the_subject_is_a_pronoun_s_candidate() -> None:
    """``Sara Voss and her deputy, Ken Lutz, ...``: ``he`` is the deputy."""
    body = (
        "Engineer Sara Voss and her deputy, Ken Lutz, inspected the span on Monday.\n\n"
        '"It is sound," she said.\n\n"We checked every bolt," he added.'
    )
    assert [name for _, name in speakers(body)] == ["Sara Voss", "Ken Lutz"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A report by the state auditor found the agency had "
            '"failed to keep even basic records."',
            "the state auditor",
        ),
        (
            "A report by state auditor Jane Roe found that the agency had "
            '"failed to keep even basic records."',
            "Jane Roe",
        ),
        ('The report found the agency had "failed to keep even basic records."', "the report"),
    ],
)
def test_a_document_s_author_is_the_subject_of_its_finding(body: str, speaker: str) -> None:
    """Words a document quotes in the sentence it opens are its author's, when it names one."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    "verb", ["counters", "concludes", "exclaims", "interjects", "mutters", "pleads", "shouts"]
)
def test_present_tense_cues_in_inverted_order(verb: str) -> None:
    """Feature copy writes its cues in the present: ``"...," counters Irene Doyle.``"""
    body = f'"This is the end of it," says Tom Hale.\n\n"It is a new start," {verb} Ada Marsh.'
    assert [name for _, name in speakers(body)] == ["Tom Hale", "Ada Marsh"]


def test_a_name_beside_a_definite_description_the_lists_do_not_know() -> None:
    body = '"We are ready," exclaims the school\'s carnavalesco, Ana de Souza.'
    assert last_speaker(HARBOUR, body) == "Ana de Souza"


def test_a_name_beside_a_description_on_the_next_line_of_hard_wrapped_copy() -> None:
    """Release copy wraps its lines: the name may open the next line.

    The flat text makes each line break a space (``\\r\\n`` two), so the name
    stands after the comma and more than one space.
    """
    flat = " exclaims the school's carnavalesco,   Ana de Souza. She says more."
    found = _name_in_apposition(flat, len(" exclaims"), len(flat))
    assert found is not None
    assert found.words == ("Ana", "de", "Souza")
    assert flat[found.start : found.end] == "Ana de Souza"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('The board\'s statement read, in part: "The north quay is no longer safe."', "the board"),
        ('Acme Docks\' statement said: "The north quay is no longer safe."', "Acme Docks"),
        ('"The north quay is no longer safe," Mayor Ada Marsh\'s letter said.', "Ada Marsh"),
        # A pronoun's document: no owner to name.
        ('Her statement said: "The north quay is no longer safe."', "her statement"),
    ],
)
def test_a_possessive_before_a_document_names_its_issuer(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


def test_a_quotation_over_paragraphs_keeps_its_short_last_paragraph() -> None:
    """``"What am I to do? ¶ "Drive a taxi?"``: the speaker's words, no subheading."""
    body = (
        'Tom Hale, 64, has fished here.\n\n"I know nothing else," Hale said. "What am I to do?\n\n'
        '"Drive a taxi?"\n\nThe board meets again in May.'
    )
    article = wireparse.parse("Harbor board meets on barrier\n\n" + body + "\n")
    assert [b.kind.value for b in article.blocks].count("heading") == 0
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("I know nothing else,", "Tom Hale"),
        ("What am I to do? Drive a taxi?", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Harbor Commission released a statement on Monday, offering "
            '"a full and sincere apology" to the dockers.',
            "the Harbor Commission",
        ),
        (
            "The Harbor Commission issued two reports that described "
            '"serious delays and rising costs" at the pier.',
            "the Harbor Commission",
        ),
        # Any other verb: the organisation is not the source of the words.
        (
            "The Harbor Commission approved the plan on Monday despite "
            '"serious delays and rising costs" at the pier.',
            None,
        ),
    ],
)
def test_an_organisation_that_issues_or_reports_is_the_source_of_its_sentence_s_words(
    body: str, speaker: str | None
) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Ada Marsh spoke first.\n\n"We lost." That is how Tom Hale remembers the night.',
            "Tom Hale",
        ),
        (
            '"I would rather sink than sell." That quote from Harbor Commissioner Tom Hale '
            "appeared in the Courier in 1990.",
            "Tom Hale",
        ),
        ('"We will see." So says Ada Marsh, who has run the ferry for 30 years.', "Ada Marsh"),
        # No verb after the name: nothing points back at a speaker.
        ('"We will see." That is how Ada Marsh.', None),
        # A pronoun names no one new: the rule leaves it to the other rules.
        ('"We will see." That is how she remembers it.', None),
    ],
)
def test_the_sentence_after_a_quotation_points_back_and_names_its_source(
    body: str, speaker: str | None
) -> None:
    article = wireparse.parse("Harbour plan\n\nThe board met on Monday.\n\n" + body + "\n")
    quote = [q for q in article.quotes if q.text.startswith(('"', "We", "I"))][-1]
    assert (quote.speaker.name if quote.speaker else None) == speaker
    if speaker is not None:
        assert quote.rules[0] == "cue.back_reference"


@pytest.mark.parametrize("dateline", ["PORTVALE (Wire) — ", "PORTVALE, Maine (Wire) -- "])
def test_a_lead_s_dateline_is_no_part_of_a_cue_s_subject(dateline: str) -> None:
    """``PORTVALE (Wire) — Ortiz's chief of staff, Ben Rudd, said ...``: Ben Rudd."""
    text = (
        "Mayor hits back\n\n" + dateline + "Ortiz's chief of staff, Ben Rudd, said that the "
        'mayor "stands by every word."\n'
    )
    assert [q.speaker.name if q.speaker else None for q in wireparse.parse(text).quotes] == [
        "Ben Rudd"
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"It is under control," a senior official of the harbour authority said.',
            "a senior official of the harbour authority",
        ),
        (
            '"It is under control," a longtime senior member of the board said.',
            "a longtime senior member of the board",
        ),
    ],
)
def test_modifiers_before_a_person_noun_and_its_complement(body: str, speaker: str) -> None:
    """``a senior official of the authority said``: the whole description."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Bureau of Meteorology issued a warning.", "the Bureau of Meteorology"),
        (
            "The Office of the Harbor Inspector issued a report.",
            "the Office of the Harbor Inspector",
        ),
    ],
)
def test_an_organisation_named_by_its_noun_and_of(lead: str, speaker: str) -> None:
    """``the Bureau of Meteorology`` ... ``the bureau said``."""
    noun = "the bureau" if "Bureau" in lead else "the office"
    assert last_speaker(HARBOUR, lead + '\n\n"More rain is on the way," ' + noun + " said.") == (
        speaker
    )


@pytest.mark.parametrize("role", ["Her counterpart", "His successor", "Her longtime ally"])
def test_a_relative_role_before_a_name_between_commas(role: str) -> None:
    """``Her counterpart, Jan Visser, disagreed. "...," he said.``: Jan Visser."""
    body = (
        'Olga Petrova blamed the other side. "They walked out," she said. '
        + role
        + ', Jan Visser, disagreed. "We were pushed out," he said.'
    )
    assert [name for _, name in speakers(body)] == ["Olga Petrova", "Jan Visser"]


@pytest.mark.parametrize(
    "clause", ["Jan Visser was more hopeful:", "Jan Visser sent a note to the board:"]
)
def test_a_colon_clause_s_subject_comes_before_the_paragraph_s_last_speaker(clause: str) -> None:
    """``"...," said Olga Petrova. Jan Visser was more hopeful: "..."``: Jan Visser."""
    body = '"It is over for now," said Olga Petrova. ' + clause + ' "We will be back."'
    assert [name for _, name in speakers(body)] == ["Olga Petrova", "Jan Visser"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Acme Docks said prices rose, but shoppers called the move "a rip-off."', "shoppers"),
        (
            'Acme Docks said prices rose; many local dockers called the move "a betrayal."',
            "many local dockers",
        ),
        # No subject of its own: the coordinated cue shares the first one's.
        ('Acme Docks said prices rose, and also called the move "a necessity."', "Acme Docks"),
    ],
)
def test_a_bare_plural_opening_a_clause_is_its_cue_s_subject(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize("tag", ["That’s how", "That's how", "THAT IS HOW"])
def test_a_back_reference_tag_is_read_in_any_case_and_with_either_apostrophe(tag: str) -> None:
    """The first-word test before the tags lets every written form of a tag through."""
    body = 'Ada Marsh spoke first.\n\n"We lost." ' + tag + " Tom Hale remembers the night."
    article = wireparse.parse("Harbour plan\n\nThe board met on Monday.\n\n" + body + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We will not blink," a senior adviser to the harbour master said.',
            "a senior adviser to the harbour master",
        ),
        (
            'An aide to the harbour master said the plan was "dead in the water."',
            "an aide to the harbour master",
        ),
    ],
)
def test_a_person_noun_and_to_is_the_source_not_the_one_it_serves(body: str, speaker: str) -> None:
    """``An aide to the mayor said``: the aide, never the mayor."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # A plural noun and its complement open the sentence: no one to stand for.
        ("Talks on the grain deal collapsed on Tuesday.", None),
        ("Prices of diesel rose again on Tuesday.", None),
        # A surname given in full elsewhere stays a name.
        ("Tom Jones resigned. Jones of the harbour board left early.", "Tom Jones"),
    ],
)
def test_a_plural_noun_with_its_complement_is_no_antecedent(lead: str, speaker: str | None) -> None:
    assert last_speaker(HARBOUR, lead + '\n\n"We were pushed out," he said.') == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A person noun before "to" and a name: the envoy, not the country.
        ('"Nothing will change," the envoy to Norway said.', "the envoy to Norway"),
        ('"Nothing will change," said the envoy to Norway.', "the envoy to Norway"),
        (
            '"Nothing will change," an adviser to Governor Ada Marsh said.',
            "an adviser to Governor Ada Marsh",
        ),
        # A lower-case role and its named complement are one person described.
        ('"Nothing will change," the mayor of Millbrook said.', "the mayor of Millbrook"),
        # ... who is the person the story gives that role, with or without it.
        (
            "Tom Hale, the envoy to Norway, left the talks early.\n\n"
            '"Nothing will change," the envoy to Norway said.',
            "Tom Hale",
        ),
        (
            "Tom Hale, the envoy to Norway, left the talks early.\n\n"
            '"Nothing will change," the envoy said.',
            "Tom Hale",
        ),
        # A name right after the described role, between commas, is its holder.
        ('"Nothing will change," said the envoy to Norway, Tom Hale.', "Tom Hale"),
        ('"Nothing will change," the mayor of Millbrook, Tom Hale, said.', "Tom Hale"),
        ('"Nothing will change," said the envoy at the time, Tom Hale.', "Tom Hale"),
    ],
)
def test_a_role_and_its_complement_describe_one_person(body: str, speaker: str) -> None:
    """``the envoy to Norway said``: the envoy (or the story's envoy), not Norway."""
    assert last_speaker(TALKS, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "Ada Marsh, director of the Harbour Trust, a charity that runs the ferry, "
            'said the plan was "a gamble."',
            "Ada Marsh",
            "director of the Harbour Trust",
        ),
        (
            "Tom Hale, acting head of Millbrook Transit, which runs the buses, "
            'said fares would rise "a little."',
            "Tom Hale",
            "acting head of Millbrook Transit",
        ),
        # One appositive as before.
        ('Ada Marsh, the harbour master, said the plan was "a gamble."', "Ada Marsh", None),
    ],
)
def test_a_name_with_a_role_and_a_second_appositive_is_the_subject(
    body: str, speaker: str, role: str | None
) -> None:
    """``Ada Marsh, director of the trust, a charity, said``: Ada Marsh, with her role."""
    article = wireparse.parse(HARBOUR + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    if role is not None:
        assert [p.role for p in article.people if p.name == speaker] == [role]


COUNCIL = "Council votes\n\nMILLBROOK — The council voted on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Abbreviated titles of councillors and police, with their period,
        # end no sentence after an inverted cue.
        ('"We cannot afford it," said Coun. Ada Marsh.', "Ada Marsh"),
        ('"We cannot afford it," Coun. Ada Marsh said.', "Ada Marsh"),
        ('"We cannot afford it," said Ald. Tom Hale, who chairs the committee.', "Tom Hale"),
        ('"Slow down," said Const. Tom Hale.', "Tom Hale"),
        ('"Slow down," said Cst. Tom Hale of the Millbrook RCMP.', "Tom Hale"),
        ('"Slow down," said S/Sgt. Karen Lafleur of Millbrook police.', "Karen Lafleur"),
        ('"Call us," said Tpr. Ada Marsh.', "Ada Marsh"),
        # Written without a period: the title is no part of the name.
        (
            'Cr Shane Duggan said the vote was close. "It was tight," Cr Duggan said.',
            "Shane Duggan",
        ),
        ('PC Jodie Carr said: "Please drive carefully."', "Jodie Carr"),
        (
            "KOLN Chief Meteorologist Rick Sandoval said the storm would pass. "
            '"It will clear by noon," Sandoval said.',
            "Rick Sandoval",
        ),
    ],
)
def test_local_abbreviated_titles_are_no_names(body: str, speaker: str) -> None:
    """``said Coun. Ada Marsh``, ``Cr Shane Duggan``, ``PC Jodie Carr``: the person."""
    assert last_speaker(COUNCIL, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The water is dirty," alleged Ada Marsh, a resident of the east side.', "Ada Marsh"),
        ('"The vote was rigged," claimed party spokesman Tom Hale.', "Tom Hale"),
        ('"This is theft," charged Ada Marsh, who leads the tenants.', "Ada Marsh"),
    ],
)
def test_verbs_of_accusing_invert_as_said_does(body: str, speaker: str) -> None:
    """``"...," alleged Ada Marsh``: the verb before its source, after a quotation."""
    assert last_speaker(COUNCIL, body) == speaker


STATEHOUSE = (
    "Budget passes\n\nSPRINGFIELD, Ill. (AP) — The state Senate passed the budget on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            "State Sen. Ada Marsh, D-Chicago, voted no. Asked whether she would run "
            'again, the Chicago Democrat said, "Not this time."',
            "Ada Marsh",
            SourceKind.PERSON,
        ),
        (
            'Rep. Tom Hale (R-Naperville) backed the plan. "It is a start," the '
            "Naperville Republican said.",
            "Tom Hale",
            SourceKind.PERSON,
        ),
        # No one tagged with that party and place: a person described.
        (
            '"It is a start," the Peoria Republican said.',
            "the Peoria Republican",
            SourceKind.PERSON,
        ),
        # Two tagged with it: neither.
        (
            "Rep. Tom Hale, R-Peoria, and Rep. Ada Marsh, R-Peoria, split. "
            '"It is a start," the Peoria Republican said.',
            "the Peoria Republican",
            SourceKind.PERSON,
        ),
    ],
)
def test_a_party_and_place_epithet_is_the_legislator_tagged_so(
    body: str, speaker: str, kind: SourceKind
) -> None:
    """``Sen. Ada Marsh, D-Chicago, ... the Chicago Democrat said``: Ada Marsh."""
    article = wireparse.parse(STATEHOUSE + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


STORE = "Store marks 50 years\n\nMILLBROOK — The hardware store on Main Street turned 50.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A legislator's role, then the titled name between commas.
        ('"It should pass," said the bill\'s sponsor, Rep. Gil Tovar, R-Midland.', "Gil Tovar"),
        ('"It should pass," the bill\'s sponsor said.', "the bill's sponsor"),
        # A kin noun after a possessive name, then the name (and an age).
        (
            "Owner Wade Budge, 52, took over in 1998.\n\nWade's mother, Dottie Budge, 81, "
            'still works the register.\n\n"I\'m not retiring," she said.',
            "Dottie Budge",
        ),
        (
            "Owner Ada Vick runs the store.\n\nVick's husband, Ron, was there too. "
            '"She did the homework," he said.',
            "Ron",
        ),
    ],
)
def test_a_role_before_a_name_between_commas_gives_the_name(body: str, speaker: str) -> None:
    """``said the bill's sponsor, Rep. Gil Tovar``; ``Wade's mother, Dottie Budge, 81,``."""
    assert last_speaker(STORE, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # An indefinite article and a noun of what someone does: a person.
        ('A dog walker said the park had become "a no-go area."', "a dog walker"),
        (
            "One dog walker, who did not want to be named, said the park had "
            'become "a no-go area."\n\n"You see the same faces," she said.',
            "One dog walker",
        ),
        ('One commuter told the paper the trains were "always late."', "One commuter"),
        # A count is no one: "One thousand fans" (no cue of speech here).
        ('One thousand fans cheered. "What a night," said Ada Marsh.', "Ada Marsh"),
        # "Another" alone is one more person (not a noun of a doer in "-er").
        ('Another tweeted, "The referee ruined the game for all of us."', "another"),
        # A phrase in a relative clause, object of a preposition, is not the
        # subject of the cue after the clause.
        (
            "A nurse who asked not to be named because she was not allowed to speak "
            'to the media said staff were "stretched thin."',
            "a nurse",
        ),
        # A subordinate clause's own subject is (a year when voters cried out).
        (
            "It was a year when voters cried out for change.\n\n"
            '"We are tired," voters told the paper.',
            "voters",
        ),
    ],
)
def test_an_unnamed_doer_is_a_person_described(body: str, speaker: str | None) -> None:
    """``A dog walker said``, ``One commuter told``: a person described."""
    assert last_speaker(STORE, body) == speaker


COURT = "Court adjourns\n\nLAGOS — The trial was adjourned on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A title's synonym: "Justice ... the judge said".
        (
            "Justice Folasade Ogunbanjo ordered the defence to be ready. The judge said: "
            '"This is the last adjournment."',
            "Folasade Ogunbanjo",
        ),
        # An unnamed source introduced with "a" or "an", then called by its noun.
        (
            "An official of the state power company said the lines were old. "
            '"The transformers are overloaded," the official said.',
            "an official of the state power company",
        ),
        (
            "A representative of the tower company declined to give a date.\n\n"
            '"We are working on it," the representative said.',
            "a representative of the tower company",
        ),
        # A named holder of the role comes first.
        (
            "An official said the court was full. Court official Ada Marsh disagreed.\n\n"
            '"There is room," the official said.',
            "Ada Marsh",
        ),
        # No introduction: the description stands.
        ('"There is room," the official said.', "the official"),
    ],
)
def test_a_role_noun_calls_back_a_titled_or_introduced_source(body: str, speaker: str) -> None:
    """``An official of the firm said ... "...," the official said``: the same source."""
    assert last_speaker(COURT, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A place of two words in the tag and the epithet.
        (
            'Rep. Yolanda Briseno, D-San Antonio, voted no. "It is a giveaway," the '
            "San Antonio Democrat said.",
            "Yolanda Briseno",
        ),
        # No tag: the epithet is the person just quoted (past a sourceless cue
        # of its own sentence) ...
        (
            'Senate President Dan Oberweis allowed the vote.\n\n"Members deserve a vote," '
            'Oberweis told reporters.\n\nAsked whether he did, the Chicago Democrat said, "No."',
            "Dan Oberweis",
        ),
        # ... or named as the subject of a cue of the paragraph before.
        (
            "Sen. Ada Kowal said she would try again next year.\n\n"
            '"Nothing passes the first time," the Naperville Republican said.',
            "Ada Kowal",
        ),
    ],
)
def test_a_party_epithet_is_the_tagged_or_last_named_legislator(body: str, speaker: str) -> None:
    """``the San Antonio Democrat said``: the one tagged ``D-San Antonio``, else the last named."""
    assert last_speaker(STATEHOUSE, body) == speaker


ROADS = "Crash closes road\n\nWEXCOMBE — A crash closed the bypass on Sunday.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # An officer's unit after the name, with no article: the officer.
        (
            'Sgt Tariq Hussain of Wexcombe roads policing unit said: "Slow down."',
            "Tariq Hussain",
        ),
        # A qualifier in brackets inside a title is no part of the name.
        (
            "Deputy Commissioner of Police (East) Priya Rao said the driver fled. "
            '"He was speeding," Rao said.',
            "Priya Rao",
        ),
        # A he or she after an opening phrase, then a quotation with no cue.
        (
            "Coach Rod Ahern watched the game. Asked about the playoffs, he shrugged. "
            '"There\'s always next year."',
            "Rod Ahern",
        ),
    ],
)
def test_officers_units_qualifiers_and_opening_phrases(body: str, speaker: str) -> None:
    """``Sgt Tariq Hussain of Wexcombe roads policing unit said``: the sergeant."""
    assert last_speaker(ROADS, body) == speaker


FANS = "Fans react\n\nMILLBROOK — Fans reacted to the final on Sunday.\n\n"


def test_another_is_one_more_person_each_time() -> None:
    """``One fan said ... Another said ...``: two more people, never the same one."""
    article = wireparse.parse(
        FANS + '"It was a great night," one fan said. Another tweeted, "The referee '
        'ruined it for all of us."\n\nAnother said: "We will be back next year."\n'
    )
    speakers = [q.speaker for q in article.quotes]
    assert [s.name if s else None for s in speakers] == ["one fan", "another", "another"]
    assert all(s is not None and s.kind is SourceKind.PERSON for s in speakers)
    assert sum(1 for p in article.people if p.name == "another") == 2
    # A lower-case "another" before a participle is no one.
    article = wireparse.parse(FANS + 'There was another reported case of "the flu" in town.\n')
    assert all(q.speaker is None for q in article.quotes)


def test_proclaim_is_a_cue() -> None:
    """``While Tom Hale proclaims the article a "terrific piece"``: Tom Hale's words."""
    assert (
        last_speaker(
            FANS,
            'While Tom Hale proclaims the final a "terrific game and well worth the trip," '
            "Ada Marsh shrugs.",
        )
        == "Tom Hale"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # The appositive names the company, not the representative.
        (
            "A representative of the tower company, Summit Wireless, told the board the "
            'mast would help.\n\n"Calls drop here," the representative said.',
            "a representative of the tower company",
        ),
        # A named organisation takes no name after it: the appositive is the person.
        (
            '"It was decided," said a former spokesman for the Foreign Ministry, Oleg '
            "Voloshyn, who now runs a bakery.",
            "Oleg Voloshyn",
        ),
    ],
)
def test_an_appositive_after_a_described_source_names_the_right_one(
    body: str, speaker: str
) -> None:
    """``a representative of the tower company, Summit Wireless,``: the company's name."""
    assert last_speaker(STORE, body) == speaker


def test_a_kin_role_before_a_name_tells_the_gender() -> None:
    """``Wade's mother, Dottie Budge,``: a woman, so the next ``she`` is hers."""
    body = (
        'His grandson, Wade Budge, runs the store today. "We still try," Wade said.\n\n'
        "Wade's mother, Dottie Budge, 81, still works the register.\n\n"
        '"I\'m not retiring," she said.'
    )
    assert last_speaker(STORE, body) == "Dottie Budge"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "His likely primary opponent, former state Sen. Doug Rensing, said in a "
            'statement that the mayor was "out of touch."',
            "Doug Rensing",
        ),
        ('Her opponent, state Rep. Ada Marsh, said the plan was "a gift."', "Ada Marsh"),
        ('Her opponent, Ada Marsh, said the plan was "a gift."', "Ada Marsh"),
    ],
)
def test_a_role_then_a_titled_name_between_commas_is_the_name(body: str, speaker: str) -> None:
    """``His opponent, former state Sen. Doug Rensing, said``: Doug Rensing."""
    assert last_speaker(STATEHOUSE, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('A woman in her 70s said: "I have driven here all my life."', "a woman in her 70s"),
        (
            '"It came out of nowhere," a man in his early 40s told the paper.',
            "a man in his early 40s",
        ),
        # A decade of years is no age: no one.
        ('Prices in the 1970s rose. "It came out of nowhere," Ada Marsh said.', "Ada Marsh"),
    ],
)
def test_a_decade_of_age_is_part_of_the_description(body: str, speaker: str) -> None:
    """``A woman in her 70s said``: the woman, described with her age."""
    assert last_speaker(ROADS, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Given names tell the gender for the pronoun (Eva a woman, Leon a man).
        (
            'Leon Hart, 67, comes in daily. Eva Miller runs the shop. "It is my second '
            'home," he said.',
            "Leon Hart",
        ),
        (
            'Eva Miller runs the shop. Leon Hart comes in daily. "He is family," she said.',
            "Eva Miller",
        ),
        # A known middle name after a first name: the whole name.
        ('"I take risks," said Norbert Leo Butz, who stars in the show.', "Norbert Leo Butz"),
    ],
)
def test_given_names_tell_gender_and_keep_middle_names(body: str, speaker: str) -> None:
    """``Eva Miller ... Leon Hart ... he said``: the man, by his given name."""
    assert last_speaker(STORE, body) == speaker


def test_another_then_a_described_name_is_the_name() -> None:
    """``Another, retiree Stan Bukowski, was blunter: "..."``: Stan Bukowski."""
    body = (
        '"It is fine," one shopper said.\n\nAnother, retiree Stan Bukowski, was blunter: '
        '"It is too late."'
    )
    assert last_speaker(STORE, body) == "Stan Bukowski"


def test_a_long_relative_clause_is_skipped_back_to_its_subject() -> None:
    """``A patient who was treated ... and asked that her name not be used said``."""
    body = (
        "A patient who was treated at the hospital's emergency department last month and "
        'asked that her name not be used said she waited nine hours. "I watched people '
        'come and go all night," she said.'
    )
    assert last_speaker(STORE, body) == "a patient"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "the" and a noun of a calling in -man, -er or -or that no list holds,
        # the cue after it or before it.
        ('The boatman said "the tide was too high to land."', "the boatman"),
        ('The narrator says: "In this town, families keep what they earn."', "the narrator"),
        (
            '"Nobody has won it three times," said the boatman, who has worked '
            "the harbour for 30 years.",
            "the boatman",
        ),
        (
            "The radioman pointed out that the mayor once backed "
            '"new taxes on every boat in the harbour."',
            "the radioman",
        ),
        # Introduced with "a", then called by its noun with "the".
        (
            "A cameraman filmed the vote for the town's channel.\n\n"
            '"I have never seen a crowd like this," the cameraman said.',
            "a cameraman",
        ),
        # The holder of the calling when the article names one.
        (
            "Tom Hale, the boatman, stopped the engines at noon.\n\n"
            'The boatman said "there was no way to land in that swell."',
            "Tom Hale",
        ),
    ],
)
def test_a_definite_noun_of_a_calling_is_a_person_described(body: str, speaker: str) -> None:
    """``The boatman said``, ``said the narrator``: a person described by what they do."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    "body",
    [
        # Words in -er that name no one: a comparative, an adverb, "the other".
        "Two members voted no. One said the cost was too high.\n\n"
        'The other said: "We have not seen the bill."',
        "Officials said the vote would wait. A few minutes later they said the "
        'vote would go ahead "as planned."',
    ],
)
def test_a_word_in_er_that_names_no_one_is_no_source(body: str) -> None:
    """``The other said``, ``A few minutes later they said``: no noun of a calling."""
    speaker = last_speaker(HARBOUR, body)
    assert speaker not in ("the other", "a few minutes later")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # An age epithet opening the sentence after the person is quoted,
        # then a pronoun: both are that person.
        (
            '"We cheered," said Rick Vole. "Then it went out."\n\n'
            "The 59-year-old said his staff had worked by flashlight for days.\n\n"
            '"Everyone is angry," he said.',
            "Rick Vole",
        ),
        (
            '"We cheered," said Rick Vole. "Then it went out."\n\n'
            "The retired mortgage lender said his staff had worked by flashlight.\n\n"
            '"Everyone is angry," he said.',
            "Rick Vole",
        ),
    ],
)
def test_an_epithet_that_opens_a_sentence_is_the_person_just_quoted(
    body: str, speaker: str
) -> None:
    """``The 59-year-old said ...`` after a quotation of Rick Vole is Rick Vole, as is ``he``."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('The plan was branded "reckless" by the harbour union on Monday.', "the harbour union"),
        ('The wall, called "a disgrace" by residents, will be rebuilt.', "residents"),
        ('The vote was described as "a win for the town" by Mayor Ada Marsh.', "Ada Marsh"),
        # The agent, not the source the sentence cites with "according to".
        (
            'Emails labelled "secret" by the ministry were sent to a private '
            "account, according to two officials.",
            "the ministry",
        ),
        ('He was dismissed as "a crank," by Tom Hale, the harbour master.', "Tom Hale"),
    ],
)
def test_words_named_in_the_passive_are_the_agents(body: str, speaker: str) -> None:
    """``branded "reckless" by the union``: the agent after ``by`` said the words."""
    article = wireparse.parse(HARBOUR + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.rules[0] == "partial.passive_agent"
    assert quote.kind.value == "partial"


@pytest.mark.parametrize(
    "body",
    [
        # No verb of naming before the words: a phrase "by" someone is no agent.
        'The board passed the "harbour levy" by a vote of five to two.',
        # A nickname is no one's words: a title-case name stays a title.
        'The ferry was dubbed "Lazy Susan" by its crew.',
    ],
)
def test_by_after_a_quotation_without_a_passive_naming_gives_no_agent(body: str) -> None:
    """A ``by`` phrase after quoted words without a passive verb of naming names no agent."""
    article = wireparse.parse(HARBOUR + body + "\n")
    assert all("partial.passive_agent" not in q.rules for q in article.quotes)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('The ministry was blunter: "The harbour will close in May."', "the ministry"),
        (
            "The Marsh campaign, in a note to donors, put it more carefully: "
            '"The mayor has always paid her taxes on time."',
            "the Marsh campaign",
        ),
        ('Police were firm: "Nobody goes near the pier."', "Police"),
        # A subject that is no source introduces no one's words.
        ('The problem is simple: "We have no money for the wall."', None),
    ],
)
def test_an_organisation_or_group_before_a_colon_introduces_the_quotation(
    body: str, speaker: str | None
) -> None:
    """``The ministry was blunter: "..."``: the clause's subject speaks."""
    assert last_speaker(HARBOUR, body) == speaker


def test_a_run_of_dash_credits_gives_each_its_own_source() -> None:
    """``"..." — Paula Grant ¶ "..." — Tom Ellis``: each paragraph its own credit."""
    body = (
        "Readers have their say:\n\n"
        '"Great news for the kids." — Paula Grant, Millbrook\n\n'
        '"A waste of money." — Tom Ellis, Oakford'
    )
    assert speakers(body) == [
        ("Great news for the kids.", "Paula Grant"),
        ("A waste of money.", "Tom Ellis"),
    ]


def test_a_pronoun_picks_the_one_of_a_pair_and_tells_the_gender() -> None:
    """``Dana Reyes and Ben Shah ... she said ... he said``: Dana Reyes, then Ben Shah."""
    body = (
        "Dana Reyes and Ben Shah both voted for the plan.\n\n"
        '"It is the right thing to do," she said.\n\n'
        '"I agree with Dana," he said.'
    )
    assert speakers(body) == [
        ("It is the right thing to do,", "Dana Reyes"),
        ("I agree with Dana,", "Ben Shah"),
    ]


def test_a_name_with_a_particle_is_the_nearest_full_name() -> None:
    """``... said Amara de Souza. She goes on ...``: de Souza, not an earlier Amara."""
    body = (
        'Amara welcomed the crowd. "We worked all year," she said.\n\n'
        '"The harbour is ours," said the festival director, Amara de Souza. '
        'She added: "Come back next year."'
    )
    assert speakers(body)[-1] == ("Come back next year.", "Amara de Souza")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We came for the fish," said a man at the counter who gave his name only as Frank.',
            "Frank",
        ),
        (
            '"The pier is gone," said a nurse, who was identified only as Maria, as she left.',
            "Maria",
        ),
        (
            'One shopper, who gave only her first name, Lena, said prices were "out of control."',
            "Lena",
        ),
        # Not a name: the description stays.
        ('"The pier is gone," said a nurse who was identified only as a resident.', "a nurse"),
    ],
)
def test_a_person_named_only_in_part_is_that_name(body: str, speaker: str) -> None:
    """``a man ... who gave his name only as Frank``: Frank."""
    assert last_speaker(HARBOUR, body) == speaker


def test_a_lede_quotation_after_the_dateline_is_pointed_back_at_by_the_next_paragraph() -> None:
    """``PORTVALE, Maine — "..." ¶ That's how Ada Brennan, 88, puts it.``"""
    article = wireparse.parse(
        "A harbour family\n\nPORTVALE, Maine — \"You don't choose this life. "
        "It chooses you.\"\n\nThat's how Ada Brennan, 88, puts it. "
        "She piloted ships for 40 years.\n"
    )
    (quote,) = article.quotes
    assert quote.kind.value == "full"
    assert quote.speaker is not None
    assert quote.speaker.name == "Ada Brennan"
    assert quote.rules[0] == "cue.back_reference"


def test_those_are_the_words_of_points_back_at_the_quotation() -> None:
    """``"..." Those are the words of Nora Flynn, 72, ...``: Nora Flynn."""
    body = (
        '"Honestly, I never thought it would happen." Those are the words of '
        "Nora Flynn, 72, who first asked for a park in 1995."
    )
    assert speakers(body) == [("Honestly, I never thought it would happen.", "Nora Flynn")]


@pytest.mark.parametrize("aside", ["for his part", "however", "meanwhile", "in turn"])
def test_an_adverbial_aside_keeps_the_subject_for_the_pronoun(aside: str) -> None:
    """``Sam Reyes, for his part, is modest. "...," he said.``: Sam Reyes."""
    body = (
        '"Sam is the best there is," said deckhand Tyler Brooks.\n\n'
        f'Captain Sam Reyes, {aside}, is modest. "I just show up," he said.'
    )
    assert last_speaker(HARBOUR, body) == "Sam Reyes"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"It was like a bomb went off," said neighbour Greg Hollis. '
            '"The whole sky was orange," added his wife, Tina.',
            "Tina",
        ),
        ('"He kept his head," said his mother, Lisa.', "Lisa"),
        # Not a given name: the kin noun stays the description.
        ('"We are proud," said her son, Harbor.', "her son"),
    ],
)
def test_kin_named_by_the_given_name_alone(body: str, speaker: str) -> None:
    """``added his wife, Tina``: kin are named by the given name alone."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Police said in a news release that no charges were filed. "This is an '
            'internal matter," the release said.',
            "Police",
        ),
        (
            "The board issued a brief statement on Monday. "
            '"We will not comment," the statement said.',
            "the board",
        ),
    ],
)
def test_a_document_with_a_modifier_where_issued_gives_its_issuer(body: str, speaker: str) -> None:
    """``Police said in a news release ... the release said``: police's words."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize("verb", ["smiled", "shrugged", "chuckled", "texted", "grumbled"])
@pytest.mark.parametrize("order", ["after", "inverted", "pronoun"])
def test_verbs_of_manner_and_messages_tag_a_quotation(verb: str, order: str) -> None:
    """``"We will see," she smiled``, ``shrugged Ada Marsh``: the tag's source."""
    form = {
        "after": '"We will see," Ada Marsh {v}.',
        "inverted": '"We will see," {v} Ada Marsh.',
        "pronoun": 'Ada Marsh runs the board. "We will see," she {v}.',
    }[order]
    assert last_speaker(HARBOUR, form.format(v=verb)) == "Ada Marsh"


@pytest.mark.parametrize("verb", ["confirmed", "denied", "answered", "reiterated", "testified"])
def test_more_verbs_invert(verb: str) -> None:
    """``"...," confirmed Ada Marsh``."""
    assert last_speaker(HARBOUR, f'"We will see," {verb} Ada Marsh.') == "Ada Marsh"


def test_a_verb_of_manner_alone_is_no_attribution() -> None:
    """``Ada Marsh laughed at the joke.`` reports no speech."""
    article = wireparse.parse(
        HARBOUR + "Ada Marsh laughed at the joke. Tom Hale smiled and left. "
        "Tom Hale denied the claim.\n"
    )
    assert [a.speaker.name for a in article.attributions if a.speaker] == ["Tom Hale"]
    assert "denied" in article.source[article.attributions[0].span.start :]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Farmers\' groups said the deal was "a disaster for us."', "Farmers' groups"),
        ('"It is a disaster," said the dockers\' union.', "the dockers' union"),
        ('The residents’ association called the plan "a betrayal."', "the residents’ association"),
    ],
)
def test_a_plural_possessive_in_a_description_keeps_its_apostrophe(body: str, speaker: str) -> None:
    """``the dockers' union``, as written."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        ('Ottawa RCMP said "the driver fled on foot."', "Ottawa RCMP", SourceKind.ORGANISATION),
        (
            '"The driver fled," Prince Albert RCMP said.',
            "Prince Albert RCMP",
            SourceKind.ORGANISATION,
        ),
        ('"We won," said Tom Hale III.', "Tom Hale III", SourceKind.PERSON),
        ('"We won," said Ada Marsh MP.', "Ada Marsh", SourceKind.PERSON),
    ],
)
def test_a_place_and_a_force_in_capitals_is_an_organisation(
    body: str, speaker: str, kind: SourceKind
) -> None:
    """``Ottawa RCMP said``: an organisation; ``Ada Marsh MP``: a person."""
    article = wireparse.parse(HARBOUR + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


def test_cited_as_saying_passes_on_the_words() -> None:
    """``The Portvale Press cited Ada Marsh as saying ...``: Ada Marsh's words."""
    body = 'The Portvale Press cited Ada Marsh as saying the vote was "a disgrace."'
    assert last_speaker(HARBOUR, body) == "Ada Marsh"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A Feb. 1 letter from the Harbor Board obtained by The Associated Press warns "
            'that "any further contact will be through our lawyers."',
            "the Harbor Board",
        ),
        ('A memo seen by Reuters says the port is "at risk of closing."', "a memo"),
    ],
)
def test_the_holder_of_a_document_is_not_its_source(body: str, speaker: str) -> None:
    """``a letter from the board obtained by the AP warns``: the board's, not the AP's."""
    assert last_speaker(HARBOUR, body) == speaker


def test_an_indian_police_title_before_a_surname() -> None:
    """``DCP Kashyap said`` is the Priyanka Kashyap named before."""
    body = (
        "Deputy Commissioner of Police (East) Priyanka Kashyap said a case had been "
        'registered.\n\n"We are examining CCTV footage from the area," DCP Kashyap said.'
    )
    assert last_speaker(HARBOUR, body) == "Priyanka Kashyap"


def test_a_date_inside_a_complement_keeps_the_source() -> None:
    """``The Green candidate for the Nov. 3 vote later said she had been "joking"``."""
    article = wireparse.parse(
        HARBOUR + "The Green mayoral candidate for the Nov. 3 vote later said she had only "
        'been "joking" at the harbour debate.\n'
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "the Green mayoral candidate for the Nov. 3 vote"
    assert quote.speaker.kind is SourceKind.PERSON


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("On May 14 president Ada Marsh said", ("president", "Ada", "Marsh")),
        ("Local 14 president Jane Roe said", ("Local", "14", "president", "Jane", "Roe")),
        ("The group in its 2020 report said", ("The", "group")),
    ],
)
def test_numbers_before_a_cue_are_read_as_dates_units_or_years(
    phrase: str, words: tuple[str, ...]
) -> None:
    """A date before a role is no part of the name; a unit's number is; a year is an adjunct's."""
    mention, _ = subject_before(phrase, 0, len(phrase) - 4)
    assert mention is not None
    assert mention.words == words


def test_answers_of_a_question_and_answer_interview_are_the_interviewees() -> None:
    """``Q: ... ¶ A: "..."``: the person the lede names."""
    body = (
        "Milton's new fire chief, Andre Toussaint, sat down with the Milton Record this "
        'week.\n\nQ: What surprised you most?\n\nA: "How many calls are medical."\n\n'
        'Q: And volunteers?\n\nA: "We can\'t survive without them."'
    )
    article = wireparse.parse("Q&A: The new chief\n\n" + body + "\n")
    assert [(q.speaker.name if q.speaker else None, q.rules[0]) for q in article.quotes] == [
        ("Andre Toussaint", "cue.answer_label"),
        ("Andre Toussaint", "cue.answer_label"),
    ]


@pytest.mark.parametrize(
    "title",
    ["Deputy Commissioner of Police (East)", "Deputy Commissioner of Police"],
)
def test_a_title_with_its_complement_before_a_name(title: str) -> None:
    """``Deputy Commissioner of Police (East) Priyanka Chauhan said``: the name."""
    body = f'"He took money from each victim," {title} Priyanka Chauhan said.'
    assert last_speaker(HARBOUR, body) == "Priyanka Chauhan"


def test_an_employer_after_a_name_ending_in_a_title_word() -> None:
    """``said Representative Peter T. King of New York``: the person, not New York."""
    body = '"It is hard," said Representative Peter T. King of New York.'
    assert last_speaker(HARBOUR, body) == "Peter T. King"


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        (
            'One of the passengers told reporters: "The bus never slowed."',
            "One of the passengers",
            SourceKind.PERSON,
        ),
        (
            'One of the injured said: "The bus never slowed."',
            "One of the injured",
            SourceKind.PERSON,
        ),
        (
            'Two of the passengers said the bus "never slowed."',
            "Two of the passengers",
            SourceKind.GROUP,
        ),
        (
            'One of the passengers, Ada Marsh, told reporters: "The bus never slowed."',
            "Ada Marsh",
            SourceKind.PERSON,
        ),
    ],
)
def test_one_or_a_number_of_a_group(body: str, speaker: str, kind: SourceKind) -> None:
    """``One of the passengers told``: one person; ``Two of the passengers said``: a group."""
    article = wireparse.parse(HARBOUR + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (speaker, kind)


def test_the_noun_just_introduced_comes_before_a_named_holder() -> None:
    """``An official of the commission ... "...," the official said``: that official."""
    body = (
        '"Our agents were chased away," said party official Tendo Marsh.\n\n'
        "An official of the electoral commission, who asked not to be identified, "
        'rejected the claims. "The vote was fair," the official said.'
    )
    assert last_speaker(HARBOUR, body) == "an official of the electoral commission"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # UK court copy: "Crown" opens an organisation's name, no title.
        (
            "The jury cleared him.\n\nA spokesman for the Crown Prosecution Service said: "
            '"We respect the verdict."',
            "a spokesman for the Crown Prosecution Service",
        ),
        ('The land was sold.\n\nThe Crown Estate said: "The sale is final."', "the Crown Estate"),
        # A crown prince keeps his title.
        ('Crown Prince Omar bin Ali said: "The talks went well."', "Omar bin Ali"),
    ],
)
def test_crown_opens_an_organisation_s_name(body: str, speaker: str) -> None:
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Unnamed sources with their link to the matter: "with" and a second phrase.
        (
            '"The deal is close," a person with knowledge of the talks said.',
            "a person with knowledge of the talks",
        ),
        (
            '"The deal is close," an aide with direct knowledge of the talks said.',
            "an aide with direct knowledge of the talks",
        ),
        (
            '"The deal is close," one official with close ties to the board said.',
            "one official with close ties to the board",
        ),
        (
            '"The deal is close," one senior Republican with ties to the board said.',
            "one senior Republican with ties to the board",
        ),
        (
            '"The deal is close," people with links to the union said.',
            "people with links to the union",
        ),
    ],
)
def test_unnamed_source_with_knowledge_of_the_matter(body: str, speaker: str) -> None:
    """``a person with knowledge of the talks said``: the whole description is the source."""
    article = wireparse.parse(HARBOUR + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert "mention.phrase_with_complement" in quote.rules
    assert quote.speaker.kind in (SourceKind.PERSON, SourceKind.GROUP)


def test_a_name_with_ties_stays_the_name() -> None:
    """``Tom Hale with ties to the board``: a named person keeps the name alone."""
    assert last_speaker(HARBOUR, '"The deal is close," Tom Hale with ties to the board said.') == (
        "Tom Hale"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Vox pops: a description extended by a participle phrase.
        ('"The air is foul here," says a young man wearing a grey cap.', "a young man"),
        ('"The air is foul here," said a woman carrying a banner.', "a woman"),
        # A pronoun after it is the same person.
        (
            '"The air is foul here," says a young man wearing a grey cap. '
            '"We came to be heard," he says.',
            "a young man",
        ),
        # A day or a word of time with its own punctuation after the name.
        ('"The air is foul here," said Ada Roe Monday.', "Ada Roe"),
        ('"The air is foul here," said Ada Roe today.', "Ada Roe"),
        (
            '"The air is foul here," said Mayor Ada Roe Tuesday, adding that the plant '
            "would close.",
            "Ada Roe",
        ),
        ('"The air is foul here," said the mayor Monday morning.', "the mayor"),
    ],
)
def test_inverted_source_before_a_participle_or_a_day(body: str, speaker: str) -> None:
    """``"...," says a young man wearing a grey cap``; ``said Ada Roe Monday.``"""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "kind"),
    [
        # One member of a party, described: no one's name.
        ('"We will act," one senior Ohio Republican said.', "one senior Ohio Republican", None),
        ('"We will act," a Wexford Democrat said.', "a Wexford Democrat", None),
        ('A Republican said: "We will act."', "a Republican", None),
        # A titled name keeps its name.
        ('"We will act," Ohio Republican Tom Hale said.', "Tom Hale", None),
        # A title word inside an organisation's name is no title.
        (
            '"We will act," the Ministry of Foreign Affairs said.',
            "the Ministry of Foreign Affairs",
            SourceKind.ORGANISATION,
        ),
        (
            '"We will act," the Governor\'s Office of Emergency Services said.',
            "the Governor's Office of Emergency Services",
            SourceKind.ORGANISATION,
        ),
        (
            '"We will act," the Portvale Health Services NHS Trust said.',
            "the Portvale Health Services NHS Trust",
            SourceKind.ORGANISATION,
        ),
        # A person whose surname is an organisation's last word stays a person.
        ('"We will act," the Rev. Tom Church said.', "Tom Church", SourceKind.PERSON),
        ('"We will act," party co-chairman Ned Fox said.', "Ned Fox", SourceKind.PERSON),
        # A title with "of", then a name of three words from its given name.
        (
            'Secretary of State Hillary Mae Clinton said: "We will act."',
            "Hillary Mae Clinton",
            SourceKind.PERSON,
        ),
        (
            'Chancellor of the Exchequer Nigel Lawson said: "We will act."',
            "Nigel Lawson",
            SourceKind.PERSON,
        ),
    ],
)
def test_party_members_and_organisations_with_title_words(
    body: str, speaker: str, kind: SourceKind | None
) -> None:
    """``one senior Ohio Republican``; ``the Ministry of Foreign Affairs``; titled names."""
    article = wireparse.parse(HARBOUR + body + "\n")
    quote = article.quotes[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.speaker.kind is (kind or SourceKind.PERSON)


def test_cue_after_a_long_name_and_a_long_appositive() -> None:
    """A long name and a long appositive may stand between the quotation and its verb."""
    body = (
        '"The plan is mad," Abdel Karim Nur el-Sayed, an Examplian professor of law and '
        "former chair of the country's Supreme Council of Elders, said in an interview."
    )
    assert last_speaker(HARBOUR, body) == "Abdel Karim Nur el-Sayed"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A person described by a participle phrase: the noun phrase before it.
        ('"It stinks," a man holding a sign said.', "a man"),
        ('A trader wearing rubber boots shouted back: "When?"', "a trader"),
        ('A woman holding a baby said: "We are scared."', "a woman"),
        # The pronoun after it keeps the gender of the noun, not of the object.
        (
            "A fishmonger said the stalls were empty.\n\nA woman pushing a pram said she had "
            'come to help. "They need us now," she said.',
            "a woman",
        ),
        # Not a preposition in -ing.
        ('"It stinks," a spokesman during the meeting said.', "a spokesman"),
        # A described person introduces a quotation with a colon.
        ('Another official was more cautious: "Nothing is agreed."', "another official"),
        ('A resident was blunt: "Nothing works."', "a resident"),
    ],
)
def test_described_people_with_participles_and_colons(body: str, speaker: str) -> None:
    """``A man holding a sign said``; ``Another official was more cautious: "..."``."""
    assert last_speaker(HARBOUR, body) == speaker


def test_another_official_is_not_the_official_before() -> None:
    """``Another official`` is one more source, never the official quoted before."""
    body = (
        "A senior official said a deal was near.\n\n"
        '"Both sides want it done," the official said.\n\n'
        'Another official, who was not authorised to speak, said: "Nothing is agreed."'
    )
    article = wireparse.parse(HARBOUR + body + "\n")
    first, last = article.quotes[0].speaker, article.quotes[-1].speaker
    assert first is not None
    assert last is not None
    assert last.name == "another official"
    assert first.person != last.person


@pytest.mark.parametrize(
    "body",
    [
        '"We won," the company\'s head of research, Ines Mertz, said.',
        '"We won," the head of research, Ines Mertz, said.',
        '"We won," the deputy head of the regional board, Ines Mertz, said on television.',
    ],
)
def test_role_with_a_lower_case_complement_before_a_name(body: str) -> None:
    """``the head of research, Ines Mertz, said``: the name after the role."""
    assert last_speaker(HARBOUR, body) == "Ines Mertz"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A subject with an appositive the word lists do not know, then a pronoun.
        (
            'Ada Roe, an 80-year-old former postmistress, gave her savings. "This hall is '
            'where I got married," she said.',
            "Ada Roe",
        ),
        (
            'A donor, a former postmistress, gave her savings. "This hall is where I got '
            'married," she said.',
            "a donor",
        ),
        # "One" and a noun of a person open a sentence: one person described.
        (
            'One donor, an 80-year-old former postmistress, gave her savings. "This hall is '
            'where I got married," she said.',
            "One donor",
        ),
        ('One resident was blunt: "Nothing works."', "One resident"),
    ],
)
def test_sentence_subjects_described_or_with_an_appositive(body: str, speaker: str) -> None:
    """``Ada Roe, an 80-year-old former postmistress, gave ...``; ``One donor ...``."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    "body",
    [
        'One danger is that the pier will close. "It is old," she said.',
        'One thing is clear: "Nothing works."',
    ],
)
def test_one_and_a_noun_of_no_person_is_no_subject(body: str) -> None:
    """``One danger is that ...``: no one (``danger`` is in ``not_agent_nouns``)."""
    assert last_speaker(HARBOUR, body) is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Manager Rui Costa spoke.\n\nQ: How was it?\n\nCOSTA: "Tired but happy."', "Rui Costa"),
        ('Manager Rui Costa spoke.\n\nQ: How was it?\n\nCosta: "Tired but happy."', "Rui Costa"),
        # A label in capitals that the article never names in full is no one's.
        ('Q: How do you feel?\n\nCOSTA: "Tired but happy."', None),
        ('Manager Rui Costa spoke.\n\nNATO: "We are ready."', None),
    ],
)
def test_transcript_labels_in_capitals(body: str, speaker: str | None) -> None:
    """``COSTA: "..."``: the surname the article gives in full, set in capitals."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A name given by "known as" or a nom de guerre after a description.
        (
            "The rebel leader, known by his nom de guerre Abu Karim, spoke in a video.\n\n"
            '"We will not lay down our arms," he said.',
            "Abu Karim",
        ),
        (
            "The rebel leader, known as Abu Karim, spoke in a video.\n\n"
            '"We will not lay down our arms," he said.',
            "Abu Karim",
        ),
        ('"We will not lay down our arms," said a fighter known as Abu Karim.', "Abu Karim"),
        ('"We will not lay down our arms," said a fighter identified only as Sami.', "Sami"),
        # A crowd after its words.
        ('"This is our city too," chanted the crowd.', "the crowd"),
    ],
)
def test_known_as_and_chanted(body: str, speaker: str) -> None:
    """``The rebel leader, known as Abu Karim, ...``; ``"...," chanted the crowd``."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A person introduced by whose they are, then called back with "the".
        (
            "Ada Roe swims daily.\n\nHer doctor, who asked not to be named, was more "
            'measured. "It suits her," the doctor said.',
            "her doctor",
        ),
        (
            'Tom Hale was charged.\n\nHis lawyer said he would appeal. "The case is weak," '
            "the lawyer said.",
            "his lawyer",
        ),
        # A named holder is the source, and a nearer introduction wins.
        (
            "Tom Hale was charged.\n\nHis lawyer, Ben Cole, said he would appeal. "
            '"The case is weak," the lawyer said.',
            "Ben Cole",
        ),
        (
            "His lawyer said he would appeal.\n\nA second lawyer joined. "
            '"The case is weak," the lawyer said.',
            "a second lawyer",
        ),
    ],
)
def test_the_noun_calls_back_a_possessive_introduction(body: str, speaker: str) -> None:
    """``His lawyer said ... "...," the lawyer said``: the lawyer introduced."""
    assert last_speaker(HARBOUR, body) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Hyphenated ranks: the abbreviation's period ends no sentence.
        ('"We hold the line," Staff-Sgt. Ada Marsh said.', "Ada Marsh"),
        ('"We hold the line," said Staff-Sgt. Ada Marsh.', "Ada Marsh"),
        ('"We hold the line," said Lt.-Col. Ada Marsh.', "Ada Marsh"),
        ('"We hold the line," Maj.-Gen. Tom Reyes said.', "Tom Reyes"),
        # A question pointed back at, its asker named with a verb after.
        (
            '"Who is going to pay?" That was the question Rep. Tom Hale kept asking.',
            "Tom Hale",
        ),
        ('"Who is going to pay?" That is the question.', None),
    ],
)
def test_hyphenated_ranks_and_the_question_pointed_back_at(body: str, speaker: str | None) -> None:
    """``Staff-Sgt. Ada Marsh said``; ``"...?" That was the question Tom Hale kept asking.``"""
    assert last_speaker(HARBOUR, body) == speaker


def test_the_official_calls_back_an_official_with_knowledge_of_the_matter() -> None:
    """``A senior official with direct knowledge of the talks said ...`` then ``the official``."""
    body = (
        "A senior government official with direct knowledge of the talks said a deal was "
        'near.\n\n"Both sides want it done," the official said.'
    )
    assert last_speaker(HARBOUR, body) == (
        "a senior government official with direct knowledge of the talks"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # After a possessive a cue's word is a noun: the quotation is the
        # word of the sentence's subject, not of the owner.
        (
            'Harbor commissioner Dana Pruitt called the union\'s demands "reckless" on Tuesday.',
            [("reckless", "Dana Pruitt")],
        ),
        (
            'Dana Pruitt called the dockers\' claims "wild and cynical" on Tuesday.',
            [("wild and cynical", "Dana Pruitt")],
        ),
        # A contraction of "he has" is no possessive.
        (
            'Dock boss Ray Okafor spoke briefly. "We are done talking," the union\'s leader says.',
            [("We are done talking,", "the union's leader")],
        ),
        # A calling no list holds, after an article or "one", then the name.
        (
            '"It costs us millions a day," one shipper, Ola Brandt, said.',
            [("It costs us millions a day,", "Ola Brandt")],
        ),
        (
            '"We sit here for hours," a local trucker, Ned Hall, told the paper.',
            [("We sit here for hours,", "Ned Hall")],
        ),
        (
            '"Rain by noon," the meteorologist, Ned Brandt, said.',
            [("Rain by noon,", "Ned Brandt")],
        ),
        # A name that ends like a participle (Ned, Sterling) is no aside.
        (
            '"We lost the vote," a union steward, Ted Sterling, said.',
            [("We lost the vote,", "Ted Sterling")],
        ),
        (
            'The strike has cost the port what one shipper, Ola Brandt, described as "millions '
            'a day."',
            [("millions a day.", "Ola Brandt")],
        ),
        # A place after a person is no calling, nor its speaker: the woman
        # described is.
        (
            '"It is a joke," a woman in Brockfield, Vermont, told him.',
            [("It is a joke,", "a woman")],
        ),
    ],
)
def test_possessive_nouns_and_callings_before_a_name(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An introductory phrase, then a pronoun subject: the participle cue
        # later in the sentence shares that subject.
        (
            "Port director Mia Torres met the union on Monday. Asked about the cost, she "
            'declined to give a figure, saying only that it would be "significant."',
            [("significant.", "Mia Torres")],
        ),
        (
            "Port director Mia Torres met the union on Monday. Pressed on the cost, she "
            'declined to give a figure, saying only that it would be "large."',
            [("large.", "Mia Torres")],
        ),
        # A past participle opens the phrase; the subject follows its comma.
        (
            "Port director Mia Torres met the union on Monday. Reached by phone, union chief "
            'Ray Okafor called the offer "insulting."',
            [("insulting.", "Ray Okafor")],
        ),
        # A given name in -ed is no participle.
        (
            'Fred Lowe runs the bait shop. Fred said the strike was "a disaster."',
            [("a disaster.", "Fred Lowe")],
        ),
    ],
)
def test_introductory_phrases_before_the_subject(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Organisations by their kind: an authority, a hospital, a charity.
        (
            "The Portvale Harbor Authority runs the docks.\n\n"
            'The authority\'s statement called the strike "illegal."\n\n'
            '"We expect calm," the authority said.',
            [("illegal.", "the Portvale Harbor Authority"),
             ("We expect calm,", "the Portvale Harbor Authority")],
        ),
        (
            'Two dockers were hurt. "Both are stable," St. Agnes Hospital said. "They '
            'will go home soon," the hospital said.',
            [("Both are stable,", "St. Agnes Hospital"),
             ("They will go home soon,", "St. Agnes Hospital")],
        ),
        # After an inverted cue, a possessive organisation's calling, then the
        # name in commas: the name.
        (
            '"The parade will be huge," exclaims the club\'s carnavalesco, Ana de Souza.',
            [("The parade will be huge,", "Ana de Souza")],
        ),
    ],
)  # fmt: skip
def test_organisation_kinds_and_a_possessive_calling(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A document and its readers: the readers are no source.
        (
            'The union\'s letter to members called the offer "an insult."',
            [("an insult.", "the union")],
        ),
        (
            "Tom Sanders sent the mail. Sanders’ fundraising email to his supporters notes "
            'that the mayor is "a fighter."',
            [("a fighter.", "Tom Sanders")],
        ),
        (
            "Acme Docks sent a memo to staff on Friday. The memo to staff said the plan was "
            '"on hold."',
            [("on hold.", "Acme Docks")],
        ),
        # A person noun with its complement keeps its owner.
        (
            '"We will win," the mayor\'s adviser to the board said.',
            [("We will win,", "the mayor's adviser to the board")],
        ),
    ],
)
def test_a_document_addressed_to_readers(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'A Department for Transport spokesperson said: "We urge calm."',
            "a Department for Transport spokesperson",
        ),
        ('"We urge calm," a Department for Education spokeswoman said.',
         "a Department for Education spokeswoman"),
        ('The Department for Work and Pensions said: "We urge calm."',
         "the Department for Work and Pensions"),
        # "for" after a word that is no body's kind ends the name.
        ('Asked for comment, Tom Hale said: "No."', "Tom Hale"),
    ],
)  # fmt: skip
def test_for_inside_a_bodys_name(body: str, speaker: str) -> None:
    assert speakers(body)[0][1] == speaker


def test_short_given_names_tell_the_gender_for_a_pronoun() -> None:
    # "Ray" is a man's name: the "she" after his quotation is the woman
    # named in the sentence before, not him.
    body = (
        "Port director Mia Torres met union chief Ray Okafor on Monday.\n\n"
        'As Okafor put it, "Nobody blinks first."\n\n'
        'For Torres, the lesson is clear. "You talk early, or you talk late," she said.'
    )
    assert speakers(body) == [
        ("Nobody blinks first.", "Ray Okafor"),
        ("You talk early, or you talk late,", "Mia Torres"),
    ]


def test_in_the_words_of_opening_a_sentence() -> None:
    body = (
        "Port director Mia Torres met union chief Ray Okafor on Monday.\n\n"
        'In the words of Torres, the talks were "a step forward."'
    )
    assert speakers(body) == [("a step forward.", "Mia Torres")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Rep. Ellen Park tweeted that both sides should "stop posturing."\n\n'
            '"This is shameful," read a sign held by one striker.',
            [("stop posturing.", "Ellen Park"), ("This is shameful,", None)],
        ),
        (
            '"No deal," said one hand-painted banner. "We will win," Ray Okafor said.',
            [("No deal,", None), ("We will win,", "Ray Okafor")],
        ),
        (
            '"Stay out," read the sign. "Enough," said a striker.',
            [("Stay out,", None), ("Enough,", "a striker")],
        ),
        # A person after an inverted "said" is a speaker as ever.
        (
            '"Stay out," said the guard.',
            [("Stay out,", "the guard")],
        ),
    ],
)
def test_the_text_of_a_sign_before_its_verb(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(body) == expected
