"""The block stage's shortcuts give the answers of the work they skip.

Each shortcut in :mod:`wireparse.structure.rules` (a first character that
rules a pattern out, a text already single-spaced, a rule not run again)
must leave every answer as the long way gives it.  The properties compare
the two on generated text; the examples pin the cases the shortcuts turn on.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import OPENED_PATTERNS, Generated, articles
from wireparse import parser
from wireparse.metadata import copyright
from wireparse.model import BlockKind
from wireparse.structure import rules
from wireparse.structure.rules import Opening, make_candidate

#: Characters that stress the shortcuts: spaces of every kind, curly marks,
#: invisible characters, controls, letters whose case folding is long.
_AWKWARD = " \t\xa0\u2009\u202f\u2003\u200b\ufeff\xad\u2060“”„‘’‚\"'«»\x1c\x85ßİſK.,:!|•·"
_texts = st.text(
    alphabet=st.one_of(st.sampled_from(_AWKWARD), st.characters(codec="utf-8")),
    max_size=40,
)


def _long_way(text: str) -> tuple[str, int]:
    """The normalised text and word count as :func:`make_candidate` worked them out before."""
    joined = rules.drop_zero_width(text)
    tokens = (joined if joined.isascii() else rules._normalise(joined)).split()
    return " ".join(tokens), len(tokens)


#: A line as the line table gives it: no line break inside (``split_lines``
#: cuts at ``\n``, ``\r\n`` and a lone ``\r``).
_lines = _texts.map(str.strip).filter(lambda s: bool(s) and "\n" not in s and "\r" not in s)


@given(st.lists(_lines, min_size=1, max_size=3))
def test_make_candidate_normalises_as_the_long_way(lines: list[str]) -> None:
    text = "\n".join(lines)
    ranges, pos = [], 0
    for line in lines:
        ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    c = make_candidate(text, ranges, 0, len(lines) - 1)
    assert (c.match, c.words) == _long_way(" ".join(lines))
    if not rules.holds_odd_spaces(text, 0, len(text)):
        c = make_candidate(text, ranges, 0, len(lines) - 1, odd_spaces=False)
        assert (c.match, c.words) == _long_way(" ".join(lines))


def test_odd_spaces_examples() -> None:
    assert not rules.holds_odd_spaces("Ferry runs\nagain\xa0today", 0, 22)
    assert rules.holds_odd_spaces("Ferry\truns", 0, 10)
    assert rules.holds_odd_spaces("Ferry\x1fruns", 0, 10)
    assert not rules.holds_odd_spaces("Ferry\truns", 6, 10)
    # A control that is no white space takes the short way, to the same text.
    c = make_candidate("Bell\x07 rings", [(0, 11)], 0, 0, odd_spaces=False)
    assert (c.match, c.words) == ("Bell\x07 rings", 2)


@pytest.mark.parametrize(
    ("line", "match", "words"),
    [
        ("Harbor reopens", "Harbor reopens", 2),
        ("Harbor  reopens", "Harbor reopens", 2),
        ("Harbor\treopens", "Harbor reopens", 2),
        ("Harbor\xa0reopens", "Harbor reopens", 2),
        ("“Harbor reopens”", '"Harbor reopens"', 2),
        ("Harbor\x1creopens", "Harbor reopens", 2),
    ],
)
def test_make_candidate_examples(line: str, match: str, words: int) -> None:
    c = make_candidate(line, [(0, len(line))], 0, 0)
    assert (c.match, c.words) == (match, words)


#: Openings of OPENED_PATTERNS, to build texts that come near a match.
_STARTS = [
    "12 comments", "Photo 2 of 9", "Related: ", "Read more:", "Mehr zum Thema",
    "À lire aussi", "lee también", "(Reporting by ", "With assistance from",
    "Image caption", "FILE PHOTO", "Catch up on", "Click here", "Our Standards:",
    "The views expressed are his own", "ſlide 1 of 3",
]  # fmt: skip


@given(st.sampled_from(OPENED_PATTERNS), st.one_of(_texts, st.sampled_from(_STARTS)), _texts)
def test_opening_answers_as_the_pattern(pattern: object, head: str, tail: str) -> None:
    opening = Opening(pattern)  # type: ignore[arg-type]
    text = head + tail
    for asked, plain in (
        (opening.match(text), pattern.match(text)),  # type: ignore[attr-defined]
        (opening.fullmatch(text), pattern.fullmatch(text)),  # type: ignore[attr-defined]
    ):
        assert (asked and asked.span()) == (plain and plain.span())


def test_opening_rules_out_by_the_first_character() -> None:
    opening = Opening(rules.FURNITURE_START)
    assert not opening.may_open("Harbor reopens")
    assert opening.may_open("Related: Harbor reopens")
    assert opening.match("Related: Harbor reopens") is not None
    assert opening.match("") is None


_MENU_WORDS = sorted(rules.FURNITURE_WORDS | rules.FURNITURE_WORDS_LANG | rules._FURNITURE_AND)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_MENU_WORDS),
            st.sampled_from(["", ".", ":", "!", "»", "|"]),
            st.sampled_from(["lower", "upper", "title"]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["", "«", ".", "•", "Å", "Ɑ"]),
)
def test_menu_lines_pass_the_first_word_test(words: list[tuple[str, str, str]], lead: str) -> None:
    line = lead + " ".join(getattr(w, case)() + mark for w, mark, case in words)
    tokens = line.casefold().split()
    menu = rules.FURNITURE_WORDS | rules.FURNITURE_WORDS_LANG | rules._FURNITURE_AND
    if all(not t.strip(".,:!|•·»«") or t.strip(".,:!|•·»«") in menu for t in tokens):
        assert rules._opens_word(line, rules._FURNITURE_LANG_INITIALS, ".,:!|•·»«")
    camel = rules._CAMEL.sub(" ", line).casefold().split()
    if all(t.strip(".,:!") in rules.FURNITURE_WORDS for t in camel):
        assert rules._opens_word(line, rules._FURNITURE_INITIALS, ".,:!")


def test_first_word_test_examples() -> None:
    assert rules._opens_word("Share Tweet Email", rules._FURNITURE_INITIALS, ".,:!")
    assert not rules._opens_word('"', rules._FURNITURE_INITIALS, ".,:!")
    assert rules._opens_word("...more", rules._FURNITURE_INITIALS, ".,:!")
    assert not rules._opens_word("Qatar", rules._FURNITURE_LANG_INITIALS, ".,:!|•·»«")


def _tail_the_long_way(text: str) -> tuple[int, int, str] | None:
    """The first trailing piece, each pattern searched over the whole tail window."""
    end = len(text)
    found: tuple[int, int, str] | None = None
    for pattern, _kind, rule, ends, _reach, _marks in rules._INLINE_TAILS:
        if text[-1] not in ends:
            continue
        m = pattern.search(text, max(0, end - rules._TAIL), end)
        if m is not None and (found is None or m.start(1) < found[0]):
            found = (m.start(1), m.end(1), rule)
    return found


_ENDINGS = st.sampled_from(
    [
        " -- Reuters.", "  — AFP", " – The Associated Press", "        REUTER", " reuter",
        "  --Agence France-Presse.", " (Reporting by Ada Finch)", "  Watch the ferry »",
        " E-mail to a friend", "   \t  REUTERS.", " — dpa", "---AP",
    ]
)  # fmt: skip


@given(
    st.sampled_from(["The ferry runs again.", 'She said "yes."', "Tolls rise (again).", "Ja!"]),
    st.text(alphabet=" \t-—–", max_size=50),
    _ENDINGS,
)
def test_tail_pieces_found_as_the_long_way(sentence: str, filler: str, ending: str) -> None:
    text = sentence + filler + sentence + ending
    piece = rules.InlineScanner(text, len(text), flat=False).next(0)
    expected = _tail_the_long_way(text)
    assert (piece and (piece.start, piece.end, piece.rule)) == expected


def test_tail_piece_examples() -> None:
    text = "The ferry runs again. -- Reuters."
    piece = rules.InlineScanner(text, len(text), flat=False).next(0)
    assert piece is not None
    assert (text[piece.start : piece.end], piece.rule) == ("-- Reuters.", "tagline.inline")
    text = "The ferry runs again." + " " * 40 + "REUTER"
    piece = rules.InlineScanner(text, len(text), flat=False).next(0)
    assert piece is not None
    assert (text[piece.start : piece.end], piece.rule) == ("REUTER", "signoff.inline")
    assert rules.InlineScanner('"', 1, flat=False).next(0) is None


def _block_rules_the_long_way(state: rules.State, table: list[rules.Rule]) -> None:
    """The block rules tried rule by rule for every block, as :func:`rules.classify` did."""
    for i, c in enumerate(state.blocks):
        if c.kind is not None:
            continue
        for rule in table:
            if c.words <= rule.max_words and rule.may_open(c.match[:1]):
                kind = rule.func(state, i)
                if kind is not None:
                    c.claim(kind, rule.name)
                    break


def _claims(text: str, table: list[rules.Rule] | None) -> list[tuple[str, str]]:
    state = rules.State(text, parser._candidates(text, 0, len(text)))
    if table is None:
        rules.classify(state, layout_rules=())
    else:
        _block_rules_the_long_way(state, table)
    return [(c.match, c.rule) for c in state.blocks]


@given(articles())
def test_block_rules_offered_as_the_long_way(article: Generated) -> None:
    assert _claims(article.text, None) == _claims(article.text, list(rules.BLOCK_RULES))


def test_offers_kept_by_rule_table() -> None:
    text = "Reuters\n\nThe ferry runs again on Monday, the harbor office said.\n\n-0-"
    assert _claims(text, None)[-1] == ("-0-", "signoff")
    # A table without the sign-off rule is offered its own rules, not the kept offers.
    table = [r for r in rules.BLOCK_RULES if r.name != "signoff"]
    state = rules.State(text, parser._candidates(text, 0, len(text)))
    rules.classify(state, table, ())
    assert state.blocks[-1].rule != "signoff"


#: Pieces of a story for the rules' needed strings (:attr:`rules.Rule.needs`):
#: the strings, parts of them, the ``@`` alone and the characters that open every rule.
_NEED_PIECES = st.sampled_from(
    [
        "@highlight", "@", "(@", "(", "@portvale", "pic.twitter.com/", "highlight", "Contact",
        "ditor", "DITOR", " be reached", "The ferry runs again.", " ", "\n", "\xad", "\u2060", "é",
    ]
)  # fmt: skip


def _unneeded_the_long_way(text: str) -> int:
    """The bits of the rules whose needed strings *text* holds none of, each string looked for."""
    if not text.isascii() and ("\xad" in text or "\u2060" in text):
        return 0
    unneeded = 0
    for k, rule in enumerate(rules.BLOCK_RULES):
        if rule.needs and not any(need in text for need in rule.needs):
            unneeded |= 1 << k
    return unneeded


@given(st.lists(_NEED_PIECES, max_size=12).map("".join))
def test_unneeded_rules_as_the_long_way(text: str) -> None:
    needing = rules._offered(rules.BLOCK_RULES)[2]
    assert rules._unneeded(text, needing) == _unneeded_the_long_way(text)


def test_unneeded_rules_examples() -> None:
    needing = rules._offered(rules.BLOCK_RULES)[2]
    names = [rule.name for rule in rules.BLOCK_RULES]
    embed, highlight = 1 << names.index("embed"), 1 << names.index("highlight")
    # An "@" alone opens neither rule; the strings that hold one do.
    assert rules._unneeded("Write to ada@example.com", needing) & (embed | highlight) == (
        embed | highlight
    )
    assert not rules._unneeded("Ferry back (@portvale)", needing) & embed
    assert not rules._unneeded("@highlight\nFerry back", needing) & highlight
    assert rules._unneeded("Ferry back (portvale)", needing) & embed


#: Pieces of a block for the inline gate: sentences, copyright marks, the
#: marks of the tail pieces and the characters they end with.
_INLINE_PIECES = st.sampled_from(
    [
        "The ferry runs again.", " ", "  ", "\n", "©", "(c)", "Copyright", "COPYRIGHT", "Copr.",
        " 2026 Portvale Media.", "Reuter", "REUTER", " -- ", "—", "–", "-", ")", "(dpa)",
        "(Reporting by Ada Finch)", "»", "Watch the ferry", "d", "s", "P", ".", '"', "x",
    ]
)  # fmt: skip


@given(st.lists(_INLINE_PIECES, min_size=1, max_size=12).map("".join), st.data())
def test_inline_gate_never_hides_a_piece(text: str, data: st.DataObject) -> None:
    text = text.strip()
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    while start < len(text) and text[start].isspace():
        start += 1
    if start == len(text):
        return
    hints = copyright.mark_hints(text)
    if not rules.may_hold_inline(text, start, len(text), hints):
        assert rules.InlineScanner(text, len(text), flat=False).next(start) is None


def test_inline_gate_examples() -> None:
    def gate(text: str) -> bool:
        return rules.may_hold_inline(text, 0, len(text), copyright.mark_hints(text))

    assert not gate("The ferry runs again on Monday.")
    assert not gate("The vote was 12 to 3")
    assert gate("The ferry runs again. -- Reuters.")
    assert gate("The ferry runs again. (dpa)")
    assert gate("© 2026 Portvale Media. All rights reserved")
    assert gate("The ferry runs again. Watch the ferry dock »")
    # A hint in another block of the text does not open this one.
    text = "© 2026 Portvale Media\nThe ferry runs again."
    assert rules.may_hold_inline(text, 22, len(text), copyright.mark_hints(text)) is False
    assert copyright.mark_hints(text) == [0]


@given(st.lists(_INLINE_PIECES, max_size=12).map("".join), st.data())
def test_mark_hints_found_as_the_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [m.start() for m in copyright._MARK_HINT.finditer(text, start, end)]
    assert copyright.mark_hints(text, start, end) == expected


@given(st.one_of(_texts, st.sampled_from(_STARTS)), _texts)
def test_block_openings_answer_as_each_pattern(head: str, tail: str) -> None:
    text = head + tail
    mask = rules.BLOCK_OPENINGS.of(text)
    for k, opening in enumerate(rules.BLOCK_OPENINGS.openings):
        plain = opening.pattern.match(text), opening.pattern.fullmatch(text)
        if plain != (None, None):
            assert mask & (1 << k)
        assert bool(mask & (1 << k)) == (opening.may_open(text) and opening.head_may_open(text))


def test_block_openings_examples() -> None:
    openings = rules.BLOCK_OPENINGS
    assert openings.of("Ferries run again on Monday.") == 0
    assert openings.of("Related: Harbor reopens") & rules._FURNITURE_START_OPENS
    assert openings.of("(Reporting by Ada Finch)") & rules._CREDIT_START_OPENS
    assert not openings.of("(Reporting by Ada Finch)") & rules._FURNITURE_START_OPENS
    assert openings.of("Eds: Updates with vote") & rules._NOTE_OPENS
    assert not openings.of("The ferry runs again.") & rules._NOTE_OPENS
    # A candidate not yet read by classify asks every pattern.
    c = make_candidate("Related: Harbor reopens", [(0, 23)], 0, 0)
    assert c.opens == -1
    state = rules.State(c.text, [c])
    assert rules.furniture(state, 0) is BlockKind.FURNITURE


def test_block_openings_forget_their_words_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    openings = rules.Openings()
    bit = openings.add(rules.FURNITURE_START)
    monkeypatch.setattr(rules, "_HEADS_KEPT", 2)
    assert openings.of("Related: x") == bit
    assert openings.of("Harbor reopens") == 0
    assert openings.of("Read more") == bit  # the kept answers were forgotten first
    assert len(openings._heads) == 1


def _in_title_case_the_long_way(c: rules.Candidate) -> bool:
    """:func:`rules._in_title_case` as it was: every word of the block split and read."""
    if len(c.lines) != 1 or c.match.isupper():
        return False
    count = 0
    for w in c.match.split():
        if len(w) >= 3 and (w.isalpha() or len(w.strip(rules._WORD_EDGE)) >= 3):
            if not w.lstrip(rules._WORD_EDGE)[:1].isupper():
                return False
            count += 1
    return count >= rules._TITLE_CASE_MIN_WORDS


_TITLE_WORDS = st.sampled_from(
    ["Harbour", "Board", "Will", "Vote", "On", "The", "Pier", "Plan.", "the", "pier", "of",
     "'Long", "Overdue.'", "2026", "A", "ferry", "FERRY", "Über", "über", "—", "(Photo)"]
)  # fmt: skip


@given(st.lists(_TITLE_WORDS, min_size=1, max_size=12).map(" ".join))
def test_title_case_read_as_the_long_way(line: str) -> None:
    c = make_candidate(line, [(0, len(line))], 0, 0)
    assert rules._in_title_case(c) == _in_title_case_the_long_way(c)


def test_title_case_examples() -> None:
    def title_case(line: str) -> bool:
        return rules._in_title_case(make_candidate(line, [(0, len(line))], 0, 0))

    assert title_case("Harbour Board Will Vote On The Pier Plan.")
    assert not title_case("Reyes has won Leeds, York and Hull.")
    assert not title_case("Harbour Board Will Vote On The pier plan.")  # past the first words
    assert not title_case("Harbour Board Votes")  # three long words


#: Pieces of a caption's end: sentence ends, the credit labels and near
#: misses, colons, "by", names and filler long enough to push a label out of
#: the window the credit is searched in.
_CREDIT_PIECES = st.sampled_from(
    ["The pier at dawn.", "Reyes said:", " ", " ", ". ", "! ", '" ', "» ", "(", ")", ":",
     " : ", "Photo", "Photos", "Foto", "Fotos", "Bild", "Image", "Images", "Picture",
     "Credit", "Credits", "Crédit", "Crédit photo", "Cr\u0065\u0301dit", "photo", "PHOTO",
     "Phot", "by", " by ", "courtesy of", "Jane Doe", "Ada Finch/Courier", "AFP", "EFE/Ana Ruiz",
     "x" * 40, "the harbour board voted on Monday to extend the pier"]
)  # fmt: skip


@given(st.lists(_CREDIT_PIECES, min_size=1, max_size=16).map("".join))
def test_caption_credit_word_gate_never_hides_a_credit(text: str) -> None:
    # Every match of the pattern in the window holds one of the label words.
    c = make_candidate(text, [(0, len(text))], 0, 0) if text.strip() else None
    for m in (text, c.match if c else text):
        if rules.CAPTION_CREDIT_END.search(m, max(0, len(m) - 160)) is not None:
            assert rules._may_end_with_credit(m)
    if c is not None:
        state = rules.State(c.match, [c])
        state.blocks[0].opens = rules.BLOCK_OPENINGS.of(c.match)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(rules, "_may_end_with_credit", lambda m: True)
            long_way = rules.caption(state, 0)
        assert rules.caption(state, 0) == long_way


def test_caption_credit_word_gate_examples() -> None:
    assert rules._may_end_with_credit("The pier at dawn. Photo: Jane Doe")
    assert rules._may_end_with_credit("Le bac à quai. Crédit photo : AFP")
    assert not rules._may_end_with_credit("Reyes said: we will rebuild the pier by May.")
    # The label must stand in the 160 characters the pattern is searched in.
    assert not rules._may_end_with_credit("Photo: the harbour. " + "x" * 160)


#: Pieces of a line naming the wire, and near misses.
_TAGLINE_PIECES = st.sampled_from(
    ["The", "-", " ", "--", "—", "CNN", "Wire", "Associated", "Press", "AP", "Reuters", "AFP",
     "Bloomberg", " News", "UPI", "dpa", "Agence France-Presse", "TM", "(TM)", "™", ".",
     "A&B", "Courier", "x", "Wires", "APs"]
)  # fmt: skip


@given(st.lists(_TAGLINE_PIECES, min_size=1, max_size=8).map("".join))
def test_tagline_last_character_gate_never_hides_a_tagline(text: str) -> None:
    if rules.TAGLINE.fullmatch(text) or rules.TAGLINE_DASHED.fullmatch(text):
        assert text[-1:] in rules._TAGLINE_LAST


@pytest.mark.parametrize(
    "line",
    ["The-CNN-Wire", "-- The Associated Press", "Reuters", "-- Reuters.", "AP", "AFP",
     "Bloomberg News", "Bloomberg", "UPI", "dpa", "Agence France-Presse", "CNN Wire (TM)",
     "CNN Wire™", "— AFP"],
)  # fmt: skip
def test_tagline_last_character_gate_examples(line: str) -> None:
    assert line[-1] in rules._TAGLINE_LAST
    state = rules.State(line, [make_candidate(line, [(0, len(line))], 0, 0)])
    assert rules.tagline(state, 0) is BlockKind.TAGLINE


def _layout_claims(text: str, *, gated: bool) -> list[tuple[str, str, str]]:
    state = rules.State(text, parser._candidates(text, 0, len(text)))
    with pytest.MonkeyPatch.context() as patch:
        if not gated:
            patch.setattr(rules, "_LAYOUT_NEEDS", {})
        rules.classify(state)
    return [(c.match, c.rule, str(c.kind)) for c in state.blocks]


#: Blocks that the gated layout rules join or claim, and their near misses.
_LAYOUT_PIECES = st.sampled_from(
    [
        "To contact the reporter on this story:",
        "Ada Finch in Portvale at afinch@example.com",
        "To contact the editor responsible for this story:",
        "Le bac reprend lundi, venez nombreux ! https://t.co/AbC123",
        "— Ville de Portvale (@portvale) March 3, 2026",
        "pic.twitter.com/AbC123",
        "Harbour Board Will Vote On The Pier.",
        "Comments",
        "Reader Discussion",
        "The ferry runs again on Monday, the harbor office said in a statement on Friday.",
        "Ferry service resumes across the bay",
    ]
)  # fmt: skip


@given(st.lists(st.tuples(_LAYOUT_PIECES, st.sampled_from(["\n", "\n\n"])), max_size=10))
def test_layout_rules_skipped_only_where_they_change_nothing(pieces: list[tuple[str, str]]) -> None:
    text = "".join(p + sep for p, sep in pieces) or "x"
    assert _layout_claims(text, gated=True) == _layout_claims(text, gated=False)


@given(articles())
def test_layout_rules_skipped_only_where_they_change_nothing_in_articles(
    article: Generated,
) -> None:
    assert _layout_claims(article.text, gated=True) == _layout_claims(article.text, gated=False)


def test_layout_gate_examples() -> None:
    text = (
        "Ferry service resumes across the bay\n\n"
        "The ferry runs again on Monday, the harbor office said in a statement on Friday.\n\n"
        "To contact the reporter on this story:\nAda Finch in Portvale at afinch@example.com\n"
    )
    claims = _layout_claims(text, gated=True)
    assert claims == _layout_claims(text, gated=False)
    assert any(rule == "contact" and "afinch" in match for match, rule, _ in claims)
    calls: list[str] = []
    gated = lambda state: calls.append("gated")  # noqa: E731
    known = lambda state: calls.append("known")  # noqa: E731
    own = lambda state: calls.append("own")  # noqa: E731
    plain = "The ferry runs again on Monday, the harbor office said on Friday."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rules, "_LAYOUT_NEEDS", {gated: "contact.continued"})
        patch.setattr(rules, "_KNOWN_LAYOUTS", frozenset((gated, known)))
        state = rules.State(plain, parser._candidates(plain, 0, len(plain)))
        rules.classify(state, layout_rules=(known, gated))
        assert calls == ["known"]  # no contact.continued block: not run
        # A layout rule of a format's own, run before it, turns the gate off:
        # it may name blocks anyhow.
        calls.clear()
        rules.classify(state, layout_rules=(own, gated))
        assert calls == ["own", "gated"]
        # A block claimed before the layout rules (a feed's piece) counts.
        calls.clear()
        state.blocks[0].claim(BlockKind.CONTACT, "contact.continued")
        rules.classify(state, layout_rules=(gated,))
        assert calls == ["gated"]


@given(st.lists(st.sampled_from(["Comments", "COMMENTS", "comment", "Discussion", "DISCUSSION",
                                 "discussio", "omment", "iscussio", " ", "x", "5"]), max_size=6)
       .map("".join))  # fmt: skip
def test_comments_hint_answers_as_the_words(text: str) -> None:
    found = rules._COMMENTS_HINT.search(text) is not None
    assert found == any(word in text for word in rules._COMMENTS_WORDS)


@given(st.lists(_INLINE_PIECES, min_size=1, max_size=12).map("".join), st.data())
def test_tail_marks_found_as_one_pattern_finds_them(text: str, data: st.DataObject) -> None:
    # The marks looked for one after the other in the tail's slice, as the
    # one pattern of them all searched over the tail found them.
    start = data.draw(st.integers(0, len(text) - 1))
    for last, marks in rules._TAIL_MARKS_BY_END.items():
        if marks is None:
            continue
        pattern = re.compile("|".join(re.escape(mark) for mark in marks))
        block = text[start:] + last
        lo = max(0, len(block) - rules._SHORT_TAIL)
        found = pattern.search(block, lo) is not None
        assert rules.may_hold_inline(block, 0, len(block), []) == found


def test_make_candidate_reads_a_line_break_between_lines_as_a_space() -> None:
    """Pinned from a generated case: a block of two lines ``0`` and ``0``."""
    text = "0\n0"
    c = make_candidate(text, [(0, 1), (2, 3)], 0, 1, odd_spaces=False)
    assert (c.match, c.words) == ("0 0", 2)
