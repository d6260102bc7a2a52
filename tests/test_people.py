"""Names, titles and the noun phrases that name a source."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wireparse.model import Person, SourceKind, Span, Speaker
from wireparse.quotations import cues
from wireparse.quotations.people import (
    Mention,
    Resolver,
    _is_name,
    _pronoun_vote,
    phrase_after,
    span,
    split_title,
    subject_before,
)


@pytest.mark.parametrize(
    ("words", "honorifics", "title", "name"),
    [
        ("Secretary of State Rex Tillman", [], ["Secretary", "of", "State"], ["Rex", "Tillman"]),
        ("Mr Prentiss", ["Mr"], [], ["Prentiss"]),
        ("Dr. Harold Bornholm", ["Dr."], [], ["Harold", "Bornholm"]),
        ("CNN legal analyst Jeffrey Tobin", [], ["CNN", "legal", "analyst"], ["Jeffrey", "Tobin"]),
        (
            "Chancellor of the Exchequer Nigel Lawton",
            [],
            ["Chancellor", "of", "the", "Exchequer"],
            ["Nigel", "Lawton"],
        ),
        (
            "House of Representatives Speaker Paul Ryland",
            [],
            ["House", "of", "Representatives", "Speaker"],
            ["Paul", "Ryland"],
        ),
        ("Senator Dianne Feld of California", [], ["Senator"], ["Dianne", "Feld"]),
        ("Ada Keel of Eastbridge", [], [], ["Ada", "Keel"]),
        ("Judge Henry E. Hudd", [], ["Judge"], ["Henry", "E.", "Hudd"]),
        ("Russian President Vladimir Putnik", [], ["Russian", "President"], ["Vladimir", "Putnik"]),
        ("Chief Engineer Ilse Varga", [], ["Chief", "Engineer"], ["Ilse", "Varga"]),
        ("Dan Farmer", [], [], ["Dan", "Farmer"]),
        # Pinned: words of time before the title were part of it.
        ("Last week Harbor Minister Ilse Varga", [], ["Harbor", "Minister"], ["Ilse", "Varga"]),
        ("King", [], [], ["King"]),
        # Pinned: ranks that were read as part of the name.
        ("Air Vice Marshal Ilse Varga", [], ["Air", "Vice", "Marshal"], ["Ilse", "Varga"]),
        (
            "Assistant Chief Constable Tobias Reyes",
            [],
            ["Assistant", "Chief", "Constable"],
            ["Tobias", "Reyes"],
        ),
        ("Cllr Odile Marsh", [], ["Cllr"], ["Odile", "Marsh"]),
        ("the Russian president", [], ["Russian", "president"], []),
        ("the secretary of state", [], ["secretary", "of", "state"], []),
    ],
)
def test_split_title(words: str, honorifics: list[str], title: list[str], name: list[str]) -> None:
    assert split_title(words.split()) == (honorifics, title, name)


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Tillman said", "Tillman", None),
        ('"Yes," he said', "he", None),
        ("Secretary of State Rex Tillman told", "Secretary of State Rex Tillman", None),
        ("Peskin, Putnik's spokesman, said", "Peskin", "Putnik's spokesman"),
        ("Putnik, in a radio interview, told", "Putnik", None),
        ("US intelligence agencies concluded", "US intelligence agencies", None),
        ("the top American diplomat said", "the top American diplomat", None),
        ("Tillman also said", "Tillman", None),
        ("Tillman has repeatedly said", "Tillman", None),
        ("officials with the league said", "officials with the league", None),
        ("a source familiar with the inquiry said", "a source familiar with the inquiry", None),
        (
            "Dean Jonsson, a salesman from Sumter, South Carolina, says",
            "Dean Jonsson",
            "a salesman from Sumter, South Carolina",
        ),
        (
            "Jason Simms — a teacher from Mount Pleasant — says",
            "Jason Simms",
            "a teacher from Mount Pleasant",
        ),
        (
            "a senior defense official, Amos Gilman, told",
            "Amos Gilman",
            "a senior defense official",
        ),
        (
            "The chief engineer of the project, Dr. Leonie Farrow, said",
            "Dr. Leonie Farrow",
            "the chief engineer of the project",
        ),
        ("A spokesman for the board, Karl Lind, said", "Karl Lind", "a spokesman for the board"),
        ("In the port of Salem, Karl Lind, said", None, None),
        ("After the storm hit the harbor, Leonie Farrow, said", None, None),
        ("Trump at the time said", "Trump", None),
        ("in the past week Lawton said", "Lawton", None),
        ("people in the United States urged", "people", None),
        ("and then said", None, None),
    ],
)
def test_subject_before(text: str, mention: str | None, role: str | None) -> None:
    cue = text.rsplit(" ", 1)[1]
    hi = len(text) - len(cue)
    found, found_role = subject_before(text, 0, hi)
    got = None if found is None else text[found.start : found.end]
    assert (got, found_role) == (mention, role)


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Tillman, who was there.", "Tillman", None),
        (
            "John Herrman, director of rate strategy at Mitsubo Securities Inc., who tracks",
            "John Herrman",
            "director of rate strategy at Mitsubo Securities Inc.",
        ),
        (
            "the port newspaper Tidewater Gazette, the two sides",
            "the port newspaper Tidewater Gazette",
            None,
        ),
        ("the secretary of state.", "the secretary of state", None),
        ("The billionaire businessman began by", "The billionaire businessman", None),
        # A person's name before an employer or a place: the person.
        ("Ruth Aldana of the Harborton delegation.", "Ruth Aldana", None),
        (
            "a spokesman for the Harborton delegation.",
            "a spokesman for the Harborton delegation",
            None,
        ),
        ("Tuesday that", None, None),
    ],
)
def test_phrase_after(text: str, mention: str | None, role: str | None) -> None:
    found, found_role = phrase_after(text, 0, len(text))
    got = None if found is None else text[found.start : found.end]
    assert (got, found_role) == (mention, role)


def resolver_for(text: str) -> Resolver:
    return Resolver(text, [(0, len(text))])


def mention_of(text: str, words: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Mention(start, start + len(words), tuple(words.split()))


def test_surname_resolves_to_fullest_form() -> None:
    text = "Secretary of State Rex Tillman met Lavrin. Tillman said no."
    resolver = resolver_for(text)
    ent = resolver.resolve(mention_of(text, "Tillman", 1))
    assert ent is not None
    speaker = resolver.speaker(ent, mention_of(text, "Tillman", 1), text)
    assert speaker == Speaker("Rex Tillman", "Tillman", Span(43, 50), SourceKind.PERSON, person=0)
    (person,) = resolver.people()
    assert person.name == "Rex Tillman"
    assert person.title == "Secretary of State"
    assert [text[m.start : m.end] for m in person.mentions] == ["Tillman", "Tillman"]


def test_role_noun_resolves_to_titled_name_nearest_before() -> None:
    text = (
        "President Anna Holt met Russian President Ivan Petrov. Then President Ola Brun came. "
        "The Russian president said no."
    )
    resolver = resolver_for(text)
    ent = resolver.resolve(mention_of(text, "The Russian president"))
    assert ent is not None
    assert ent.name == "Ivan Petrov"


def test_pronoun_takes_first_fitting_antecedent() -> None:
    text = "Mrs Lena Dahl and the council met. Mrs Dahl spoke. The council left. She said yes."
    resolver = resolver_for(text)
    council = resolver.resolve(mention_of(text, "The council"))
    dahl = resolver.resolve(mention_of(text, "Dahl", 1))
    assert council is not None
    assert dahl is not None
    assert council.kind is SourceKind.ORGANISATION
    she = mention_of(text, "She")
    assert resolver.resolve(she, [council, dahl]) is dahl
    it = Mention(0, 2, ("it",))
    assert resolver.resolve(it, [dahl, council]) is council


@pytest.mark.parametrize(
    ("words", "name", "kind"),
    [
        ("the White House", "the White House", SourceKind.ORGANISATION),
        ("police", "police", SourceKind.GROUP),
        ("the plea agreement", "the plea agreement", SourceKind.DOCUMENT),
        ("a spokesman", "a spokesman", SourceKind.PERSON),
        ("NATO", "NATO", SourceKind.ORGANISATION),
        ("the regional broadcaster Radio Delta", "Radio Delta", SourceKind.ORGANISATION),
    ],
)
def test_kinds_of_source(words: str, name: str, kind: SourceKind) -> None:
    text = f"Early on, {words} said the dam was safe."
    resolver = resolver_for(text)
    ent = resolver.resolve(mention_of(text, words))
    assert ent is not None
    assert (ent.name, ent.kind) == (name, kind)


def test_records_pickle() -> None:
    person = Person("Rex Tillman", SourceKind.PERSON, "Secretary of State", None, (Span(1, 2),))
    speaker = Speaker("Rex Tillman", "he", Span(3, 5), SourceKind.PERSON, 0)
    assert pickle.loads(pickle.dumps(person)) == person
    assert pickle.loads(pickle.dumps(speaker)) == speaker
    assert str(person) == str(speaker) == "Rex Tillman"


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_span_helper_matches_span(a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    made = span(start, end)
    assert made == Span(start, end)
    assert hash(made) == hash(Span(start, end))


WORDS = st.sampled_from(
    ["Holt", "said", "the", "spokesman", ",", "of", "who", "he", "Mr", "—", "Board", "in", "a"]
)


@given(st.lists(WORDS, max_size=14).map(" ".join))
def test_walkers_return_spans_of_their_words(text: str) -> None:
    for hi in range(len(text) + 1):
        found, _ = subject_before(text, 0, hi)
        if found is not None:
            assert 0 <= found.start < found.end <= hi
            assert text[found.start : found.end].split()[0].strip("(\"'“‘") != ""
    found, _ = phrase_after(text, 0, len(text))
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)


# -- the fast paths give what the general walk gives ----------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("\x01\x01\x01 Varga said", "Varga"),  # a name right after a quotation
        ("\x01\x01\x01 said", None),  # the quotation itself: an inverted cue
        ("It rained. Varga said", "Varga"),
        ("It rained, Varga said", "Varga"),
        ("(Varga) said", "Varga"),
        ("x  Varga said", "Varga"),
        ("ab\x01 Varga said", "Varga"),
        ("in\x01\x01 Varga said", None),  # the object of a preposition
        ("\x01\x01 Ilse Varga said", "Ilse Varga"),
        ("Varga, 64, said", "Varga"),
        ("Later said", None),  # an adverb, not a name
        ("The said", None),
        ("My said", "My"),
    ],
)
def test_subject_before_at_a_boundary(text: str, mention: str | None) -> None:
    found, role = subject_before(text, 0, text.rindex(" said") + 1)
    assert (None if found is None else text[found.start : found.end], role) == (mention, None)
    if found is not None:
        assert found.words == tuple(text[found.start : found.end].split())


@pytest.mark.parametrize(
    ("words", "split"),
    [
        ("Ilse Varga", ([], [], ["Ilse", "Varga"])),
        ("Ilse VARGA", ([], [], ["Ilse", "VARGA"])),
        ("The Ilse Varga", ([], [], ["Ilse", "Varga"])),
        ("Ilse van Varga", ([], [], ["Ilse", "van", "Varga"])),
        ("Ilse Varga's", ([], [], ["Ilse", "Varga's"])),
        ("President Varga", ([], ["President"], ["Varga"])),
        ("Mr Ilse Varga", (["Mr"], [], ["Ilse", "Varga"])),
        ("Of Mice Men", ([], [], [])),
        # A title-cased line: the words before a given name are not the name's.
        ("Critics Are Praising Maria Stone", ([], [], ["Maria", "Stone"])),
        ("Democrat Maria Stone", ([], [], ["Maria", "Stone"])),
        ("Mary Ann Stone", ([], [], ["Mary", "Ann", "Stone"])),
        ("Stone Maria Varga", ([], [], ["Maria", "Varga"])),
    ],
)
def test_split_title_of_plain_names(
    words: str, split: tuple[list[str], list[str], list[str]]
) -> None:
    assert split_title(words.split()) == split


#: The pattern that _pronoun_vote replaced: a lazy scan of the clause.
_LAZY_PRONOUN_RE = re.compile(r"[^.;:\x01]{0,50}?\b(he|his|him|she|her|hers)\b")

CLAUSE_WORDS = st.sampled_from(
    ["x" * 12, *"he his him she her hers hey shed the . ; : \x01".split()]
)


@given(st.lists(CLAUSE_WORDS, max_size=16).map(" ".join), st.integers(0, 8))
def test_pronoun_vote_reads_what_a_lazy_scan_reads(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    m = _LAZY_PRONOUN_RE.match(text, pos, pos + 60)
    expected = 0 if m is None else 1 if m.group(1) in ("he", "his", "him") else -1
    assert _pronoun_vote(text, pos) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Pinned: a lower-case word before a role noun was dropped ("master").
        ("The harbor master Lucian Dray said the gates held.", "harbor master"),
        ("The press secretary Stephanie Grimm said the talks went well.", "press secretary"),
        ("The transport minister Kees Bolt said the line would reopen.", "transport minister"),
        ("The crowd welcomed president Ilse Varga. Varga said the dam would hold.", "president"),
        ("He turned toward adviser Piet Ostrander. Ostrander said nothing changed.", "adviser"),
    ],
)
def test_a_title_keeps_one_lower_case_modifier(text: str, title: str) -> None:
    import wireparse

    article = wireparse.parse("Harbor gates hold\n\n" + text + "\n")
    assert [p.title for p in article.people] == [title]


@pytest.mark.parametrize(
    ("text", "mention", "title"),
    [
        # Pinned: the verb before the name was read into the mention and title.
        ("A harbor pilot named Kees Bolt said the gates held.", "Kees Bolt", None),
        (
            "The acting director Ilse Varga said the gates held.",
            "The acting director Ilse Varga",
            "acting director",
        ),
        (
            "The crowd greeted president Ilse Varga. Varga said the gates held.",
            "Varga",
            "president",
        ),
    ],
)
def test_a_verb_before_a_name_ends_the_phrase(text: str, mention: str, title: str | None) -> None:
    import wireparse

    article = wireparse.parse("Harbor gates hold\n\n" + text + "\n")
    (attribution,) = article.attributions
    assert attribution.speaker.mention == mention
    assert [p.title for p in article.people] == [title]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Pinned: these were people named "Police", "Department", "Analysts".
        (
            "The British Transport Police said the line was closed.",
            "the British Transport Police",
            "group",
        ),
        (
            "The U.S. Justice Department said the inquiry was over.",
            "the U.S. Justice Department",
            "organisation",
        ),
        ("Analysts said the harbor would reopen in May.", "Analysts", "group"),
        ("Harbor Democrats said the vote was fair.", "Harbor Democrats", "group"),
        ("Secretary Liam Fox said the harbor would reopen.", "Liam Fox", "person"),
    ],
)
def test_institutions_and_groups_are_no_people(text: str, name: str, kind: str) -> None:
    import wireparse

    article = wireparse.parse("Harbor gates hold\n\n" + text + "\n")
    (attribution,) = article.attributions
    assert (attribution.speaker.name, attribution.speaker.kind.value) == (name, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ed Brookover", True),
        ("Jean-Marc Vernes", True),
        ("Patrick W. Carlineo Jr", True),
        ("Brookover", False),
        ("Results", False),
        ("the Republican nominee", False),
        ("Donald Trump’s wife", False),
        ("U.S. Banks", False),
    ],
)
def test_is_name(text: str, expected: bool) -> None:
    assert _is_name(text) is expected


def test_given_names_share_none_and_are_lower_case() -> None:
    assert not cues.MALE_GIVEN_NAMES & cues.FEMALE_GIVEN_NAMES
    assert all(n == n.lower() for n in cues.MALE_GIVEN_NAMES | cues.FEMALE_GIVEN_NAMES)


def test_the_lower_case_copy_keeps_the_flat_text_s_offsets() -> None:
    """``İ`` lower-cases to two characters: the copy keeps it, so offsets hold."""
    text = "İlse Marsh said the İİ plan was late; Marsh said"
    low = resolver_for(text).lower
    assert len(low) == len(text)
    assert low.index("marsh said") == text.index("Marsh said")
