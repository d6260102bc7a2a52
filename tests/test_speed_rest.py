"""The shortcuts of the speed work outside the quotation stage answer as the long ways.

Each shortcut (a count taken on bytes, a scan that jumps to the characters
that matter, a gate before a pattern) must give the same answer as the code
it stands for, on any text: example tests and property tests of output
only, never timed.
"""

from __future__ import annotations

import bisect
import datetime
from unittest import mock

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import language, parser
from wireparse.feeds import anpa, iptc7901
from wireparse.metadata import bylines, datelines, dates
from wireparse.model import Fragment, Span
from wireparse.reading import source
from wireparse.structure import flattened, rules

from .strategies import OPENED_PATTERNS, Generated, articles, sprinkled

#: Characters that make the control counts' cases likely: C0 and C1
#: controls, DEL, the framing characters that do not count, ``\xc2``'s
#: neighbours in UTF-8 (``\xa0``, ``\xa9``), a lone surrogate, a wide character.
_CONTROL_PIECES = st.sampled_from(
    [
        "\x00", "\x01", "\x05", "\x08", "\x0e", "\x15", "\x16", "\x1b", "\x1c", "\x7f",
        "\x80", "\x85", "\x9f", "\xa0", "\xa9", "\xc2", "\ud800", "\u2028", "字", "a", " ",
        "\n",
    ]
)  # fmt: skip


@given(st.one_of(st.text(), st.lists(_CONTROL_PIECES).map("".join)))
def test_control_count_agrees_with_the_pattern(text: str) -> None:
    assert source.count_controls(text) == len(source._CONTROL.findall(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Harbour reopens", 0),
        ("Bell\x07 rings\x08", 2),
        ("\x01\x02\x03 framing does not count", 0),
        ("C1 \x85 and \x9f count, \xa0 and \xa9 do not", 2),
        ("a lone surrogate \ud800 holds none", 0),
        ("\x00\x00 NUL \x7f DEL", 3),
    ],
)
def test_control_count_examples(text: str, count: int) -> None:
    assert source.count_controls(text) == count


def _sentence_cuts_the_long_way(text: str, lo: int, hi: int, ends: list[int]) -> list[int]:
    """:func:`flattened._sentence_cuts` as it was: every character of the stretch read."""
    cuts = []
    inside = False
    pos = lo
    for e in ends[bisect.bisect_right(ends, lo) : bisect.bisect_left(ends, hi)]:
        while pos < e:
            ch = text[pos]
            if ch == "“":
                inside = not inside
            elif ch in flattened._OPENING:
                inside = True
            elif ch in flattened._CLOSING:
                inside = False
            elif ch == '"':
                before = text[pos - 1] if pos > lo else " "
                inside = before.isspace() or before in "([—–-"
            pos += 1
        k = flattened._trim(text, e) - 1
        while k > lo and text[k] in flattened._AFTER_STOP:
            k -= 1
        if text[k] in "?!":
            continue
        if (not inside or text[e] in flattened._OPENING or text[e] == '"') and not (
            flattened._points_back(text, e)
        ):
            cuts.append(e)
    return cuts


#: Pieces of flattened copy with quotation marks of every style around sentence ends.
_FLAT_PIECES = st.sampled_from(
    [
        "The pier shut. ", '"We will wait," Ada Finch said. ', "It may take a week. ",
        "„Nein“, sagte er. ", "« Le bac reprend » ", "“Soon.” ", '("Done.") ', "He left! ",
        "Why? ", "—\"Yes.\" ", "Ferry fares rise. ", "»Ja« ", '"', "“", "”", "„", "«", "»",
        '"We will wait for the ferry. ', "“The tide turns. ", "„Die Fähre kommt. ",
    ]
)  # fmt: skip


@given(st.lists(_FLAT_PIECES, min_size=1, max_size=24).map("".join), st.data())
def test_sentence_cuts_agree_with_the_long_way(text: str, data: st.DataObject) -> None:
    text = text.rstrip() + " The end."
    ends = [
        m.end()
        for m in flattened._SENTENCE_END.finditer(text, 0, len(text))
        if flattened._ends(text, m)
    ]
    lo = data.draw(st.integers(0, len(text) - 1))
    hi = data.draw(st.integers(lo + 1, len(text)))
    assert flattened._sentence_cuts(text, lo, hi, ends) == _sentence_cuts_the_long_way(
        text, lo, hi, ends
    )


def test_sentence_cuts_keep_a_quotation_open_across_sentences() -> None:
    text = '"We will wait for the ferry. The pier shut for the day. It may take a week. The end.'
    ends = [m.end() for m in flattened._SENTENCE_END.finditer(text, 0, len(text))]
    # The straight mark opens a quotation that runs on: no cut inside it.
    assert flattened._sentence_cuts(text, 0, len(text), ends) == []
    plain = text[1:]
    ends = [m.end() for m in flattened._SENTENCE_END.finditer(plain, 0, len(plain))]
    assert flattened._sentence_cuts(plain, 0, len(plain), ends) == [28, 75]


#: Texts that each of OPENED_PATTERNS matches at their start (and near misses).
_MATCHED = [
    "12 comments", "3 shares", "Photo 2 of 9", "ſlide 1 of 3", "Related: Harbour reopens",
    "Related Stories: x", "RELATED: x", "Read more: the harbour", "Advertisement",
    "Advertisementsandmore", "Mehr zum Thema: Neue Fähre", "À lire aussi : le bac",
    "lee también", "Te puede interesar: El ferry", "(Reporting by Ada Finch)",
    "(Additional reporting by Ada Finch)", "Editing by Ola Brenner", "With assistance from x",
    "--With assistance from x", "Image caption A crowd", "Photos: Ada Finch", "FILE PHOTO",
    "(FILE PHOTO) x", "Catch up on the vote", "Story continues below", "The story continues below",
    "Also on The Courier: x", "Click here to read", "Want more? Sign up for our newsletter",
    "Listen to our weekly podcast", "Our Standards: The Principles", "OUR STANDARDS: x",
    "The views expressed are his own", "Opinions expressed by Ada are their own",
    "This article is for informational purposes only", "All quotes delayed a minimum",
    "Relatives gathered", "Reportingly", "Imagination", "Catchphrase", "Ours", "Theirs",
    "Eds: Updates with vote", "Editor's Note: This story", "CORRECTION: An earlier",
    "This story has been updated", "This is a developing story", "The story so far",
    "(Corrects spelling)", "BREAKING: Ferry", "Developing story:", "An earlier version of this",
]  # fmt: skip


@pytest.mark.parametrize("pattern", OPENED_PATTERNS)
@pytest.mark.parametrize("text", _MATCHED)
def test_opening_by_first_word_examples(pattern: regex.Pattern[str], text: str) -> None:
    opening = rules.Opening(pattern)
    for asked, plain in (
        (opening.match(text), pattern.match(text)),
        (opening.fullmatch(text), pattern.fullmatch(text)),
    ):
        assert (asked and asked.span()) == (plain and plain.span())


@given(st.sampled_from(OPENED_PATTERNS), st.sampled_from(_MATCHED), st.data(), st.text(max_size=12))
def test_opening_by_first_word_answers_as_the_pattern(
    pattern: regex.Pattern[str], text: str, data: st.DataObject, tail: str
) -> None:
    # Cut a matching text anywhere and carry it on with anything.
    text = text[: data.draw(st.integers(0, len(text)))] + tail
    opening = rules.Opening(pattern)
    for asked, plain in (
        (opening.match(text), pattern.match(text)),
        (opening.fullmatch(text), pattern.fullmatch(text)),
    ):
        assert (asked and asked.span()) == (plain and plain.span())


def test_opening_rules_out_by_the_first_word() -> None:
    opening = rules.Opening(rules.FURNITURE_START)
    # "R" may open "Related:", "Relatives" may not: the pattern is not asked.
    assert opening.may_open("Relatives gathered at the pier")
    assert not opening.head_may_open("Relatives gathered at the pier")
    assert opening.match("Relatives gathered at the pier") is None
    assert opening.head_may_open("Related: Harbour reopens")
    assert opening.match("Related: Harbour reopens") is not None
    # A first word longer than the head is asked about by its first characters.
    assert opening.head_may_open("Advertisementsandmore")
    assert opening.match("Advertisementsandmore") is not None


def test_opening_forgets_its_words_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "_HEADS_KEPT", 3)
    opening = rules.Opening(rules.FURNITURE_START)
    for word in ("Alpha", "Bravo", "Charlie", "Delta", "Related:"):
        opening.head_may_open(word + " x")
    assert len(opening._heads) <= 3
    assert opening.match("Related: Harbour reopens") is not None


#: Pieces near month words: stems glued to letters and to one another, the
#: long s (folded to ``s``), characters that fold to two (``ß``, ``ﬁ``).
_MONTH_PIECES = st.sampled_from(
    [
        "jan", "Jan", "JANUARY", "june", "junov", "nov", "Mayor", "may", "May.", "ſept",
        "Sept", "decjan", "march", "Marchers", "ß", "ﬁ", "İ", " ", "-", "é", "x", "(", "Oct",
        "octopus", "aug", "Augusta", "3",
    ]
)  # fmt: skip


@given(st.lists(_MONTH_PIECES, max_size=8).map("".join))
def test_date_hint_by_stems_agrees_with_the_pattern(text: str) -> None:
    assert dates._has_date_hint(text) == (dates._DATE_HINT.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "hinted"),
    [
        ("The mayor spoke", False),
        ("Marchers crossed the bridge", False),
        ("Since June the ferry runs late", True),
        ("junov", False),
        ("Straße ſept", True),  # folds to more characters: the whole text is searched
        ("Straße Septimus", False),
        ("Harbour reopens on Tuesday", False),
        ("ferry 3", True),
    ],
)
def test_date_hint_examples(text: str, hinted: bool) -> None:
    assert dates._has_date_hint(text) is hinted


#: Pieces of timestamp lines and of the prose that comes near them: names in
#: every case and form, characters ``regex`` matches as a letter case aside
#: (the long s, ``İ``, the Kelvin sign, a weekday and a month written with
#: ``İ``), labels, zones, relative words.
_TIMESTAMP_PIECES = st.sampled_from(
    [
        "Posted", "posted:", "Updated", "Last", "first", "On", "The", "at", "Tuesday", "TUES",
        "thurs", "ſunday", "Sept.", "sepember", "July", "jUNE", "Mayor", "EDT",
        "GMT+1", "ET", "pt", "about", "an", "A", "hour", "ago", "yesterday", "Today", "3",
        "12", "2026", "3:54", "PM", "p.m.", "10:48am", ",", ".", ":", "-", "(", " ", " ",
        "Ferry", "Council", "K", "İ", "é", "'", "07.13", "2026-03-03", "frİday", "Sİpt.",
        "FRİ",
    ]
)  # fmt: skip


@given(st.lists(_TIMESTAMP_PIECES, min_size=1, max_size=7).map(" ".join))
def test_timestamp_opening_word_agrees_with_the_long_way(text: str) -> None:
    expected_gate = dates._may_open_timestamp(text.strip())
    with mock.patch.object(dates, "_may_open_timestamp", return_value=True):
        long_way = dates.is_timestamp_line(text)
    assert dates.is_timestamp_line(text) == long_way
    # The gate only ever says no to a line the long way rejects.
    assert expected_gate or not long_way


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Posted 3:54 PM, July 7, 2017", True),
        ("Tuesday, March 3, 2026", True),
        ("frİday 3 July", True),  # regex reads İ as i, case aside
        ("Ferry fares rise 3 per cent", False),
        ("Mayor 12 July", False),
        ("(207) 555-0134", True),  # no letter first: let through
        ("3 hours ago", True),
    ],
)
def test_timestamp_opening_word_examples(line: str, opens: bool) -> None:
    assert dates._may_open_timestamp(line) is opens
    if not opens:
        assert not dates.is_timestamp_line(line)


def test_timestamp_opening_words_forgotten_past_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dates, "_OPENING_WORDS_KEPT", 2)
    monkeypatch.setattr(dates, "_OPENING_WORDS_SEEN", {})
    for line in ("Alpha 1", "Bravo 2", "Charlie 3", "Posted 3:54 PM"):
        dates._may_open_timestamp(line)
    assert len(dates._OPENING_WORDS_SEEN) <= 2
    assert dates.is_timestamp_line("Posted 3:54 PM")


@pytest.mark.parametrize(
    "line",
    [
        "sepember 3, 2026",
        "Sept. 3",
        "Thurs., March 3",
        "about an hour ago",
        "an hour ago",
        "a day ago",
        "Yesterday",
        "EDT 3:54",
        "On March 3, 2026",
        "Last updated at 3:54 PM",
        "first posted 3:54 PM, July 7, 2017",
        "ſunday, March 3, 2026",
    ],
)
def test_timestamp_lines_open_with_an_opening_word(line: str) -> None:
    with mock.patch.object(dates, "_may_open_timestamp", return_value=True):
        assert dates.is_timestamp_line(line)
    assert dates._may_open_timestamp(line)
    assert dates.is_timestamp_line(line)


#: Pieces of a page's markup and of text that looks a little like it.
_MARKUP_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<div class=\"story\">", "</div>", "<br/>", "<ACME CORP>", "< 3", "<",
        "</", "Harbour reopens. ", "\n", "<span>", "</span>", "<b>", "x</i>",
    ]
)  # fmt: skip


def _html_span_the_long_way(text: str) -> Span | None:
    """:func:`parser._html_span` without the count of ``<`` before the tags are looked for."""
    start = parser._HTML_START.match(text)
    if start is not None:
        first = text.index("<", start.start())
        return Span(first, text.index(">", first) + 1)
    if "</" not in text:
        return None
    first_tag = None
    closing = False
    for count, m in enumerate(parser._HTML_TAG.finditer(text), 1):
        first_tag = first_tag or m
        closing = closing or m.group().startswith("</")
        if count >= parser.HTML_MIN_TAGS and closing:
            return Span(first_tag.start(), first_tag.end())
    return None


@given(st.lists(_MARKUP_PIECES, max_size=14).map("".join))
def test_html_span_agrees_with_the_long_way(text: str) -> None:
    assert parser._html_span(text) == _html_span_the_long_way(text)


def test_html_span_needs_as_many_tag_openings_as_tags() -> None:
    page = "<p>a</p>" * 4
    assert parser._html_span(page) == Span(0, 3)
    assert parser._html_span(page[: -len("</p>")]) is None  # seven tags


#: Openings of framing and footnotes: control characters, asterisks before a word.
_FRAMING_PIECES = st.sampled_from(
    ["\x02", "\x03", "\x04", "\x1f", "\x7f", "\x1c", "*", "**", "***", "*Name", "* item", "x", ""]
)


@given(st.lists(st.one_of(_FRAMING_PIECES, st.text(max_size=4)), min_size=1, max_size=4))
def test_framing_and_footnote_openers_never_hide_a_claim(pieces: list[str]) -> None:
    text = "".join(pieces)
    m = " ".join(text.split())
    for rule in rules.BLOCK_RULES:
        if rule.name not in {"framing", "note.footnote"}:
            continue
        block = rules.Candidate(0, len(m), [(0, len(m))], 0, 0, m, m, words=len(m.split()))
        state = rules.State(m, [block])
        if rule.func(state, 0) is not None:
            assert rule.may_open(m[:1]), (rule.name, m)


def test_framing_and_footnote_openings() -> None:
    framing, footnote = (r for r in rules.BLOCK_RULES if r.name in {"framing", "note.footnote"})
    assert framing.may_open("\x03")
    assert framing.may_open("")
    assert not framing.may_open("H")
    assert footnote.may_open("*")
    assert not footnote.may_open("N")


def _lines_the_long_way(text: str) -> list[source.Line]:
    """The line table of a text with line feeds only, one :func:`source._line` a line."""
    pieces = text.split("\n")
    if len(pieces) > 1 and not pieces[-1]:
        pieces.pop()
    out, pos = [], 0
    for piece in pieces:
        out.append(source._line(piece, pos, pos + len(piece), source._BLANK_STRING))
        pos += len(piece) + 1
    return out


@given(
    st.lists(st.sampled_from(["a", " ", "\t", "\xa0", "\u200b", "\n", "é", "\x0b"])).map("".join)
)
def test_line_table_agrees_with_the_long_way(text: str) -> None:
    lines = source.split_lines(text)
    assert lines == _lines_the_long_way(text)
    assert all(type(line) is source.Line for line in lines)


def _lines_by_pattern(text: str, start: int, end: int) -> list[source.Line]:
    """The line table read with the line-break pattern, one :func:`source._line` a line."""
    out, pos = [], start
    for brk in source._LINE_BREAK.finditer(text, start, end):
        out.append(source._line(text[pos : brk.start()], pos, brk.start(), source._BLANK_STRING))
        pos = brk.end()
    if pos < end or not out:
        out.append(source._line(text[pos:end], pos, end, source._BLANK_STRING))
    return out


@given(
    st.lists(st.sampled_from(["a", " ", "\t", "\xa0", "\r\n", "\n", "\r", "é"])).map("".join),
    st.data(),
)
def test_line_table_of_crlf_text_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert source.split_lines(text, start, end) == _lines_by_pattern(text, start, end)


def test_line_table_of_crlf_text_example() -> None:
    # Every CR before a LF: the quick way; a lone CR: the pattern.
    assert source.split_lines("Ferry \r\n\r\nPier\r\n") == [
        source.Line(0, 6, 0, 5),
        source.Line(8, 8, 8, 8),
        source.Line(10, 14, 10, 14),
    ]
    assert source.split_lines("Ferry\r\nPier\rDock") == [
        source.Line(0, 5, 0, 5),
        source.Line(7, 11, 7, 11),
        source.Line(12, 16, 12, 16),
    ]


def test_segment_line_numbers_agree_with_counting() -> None:
    capture = (
        "\x16\x16\x01a0043\x1fbagm-\r\nr w BC-Harbor-Bridge 03-14 0421\r\n\x02\r\n"
        "^Harbor bridge reopens<\r\n\tPORTVALE (AP) _ Engineers reopened the old\r\n"
        "bridge on Tuesday.\r\n\tThe work took a year.\r\n\x03\r\n"
    )
    story = wireparse.feeds.read_story(capture, "anpa1312")
    assert len(story.segments) > 3
    for segment in story.segments:
        assert segment.line == capture.count("\n", 0, segment.span.start)
        counted = attrs.evolve(segment, line=-1)
        assert wireparse.feeds.segment_lines(capture, counted) == wireparse.feeds.segment_lines(
            capture, segment
        )


def test_line_table_example() -> None:
    line = source.split_lines("  Harbour reopens \n\nFerry")[0]
    assert line == source.Line(0, 18, 2, 17)
    assert (line.content_start, line.indent, line.blank) == (2, 2, False)


#: Pieces of ANPA and IPTC 7901 framing, the control characters among them.
_FEED_PIECES = st.sampled_from(
    [
        "\x16\x16", "\x01", "\x03", "\x1f", "\x02", "W4417", " US ", "euroh", "\n",
        "AP-WF-03-14-18 1642GMT", "eca417 4 i 186 ccccb dpa 214", "141530 GMT Mar 18",
        "b i \x13\x11 BC-EU--Harbor-Bridge", "x", " ",
    ]
)  # fmt: skip


@given(st.lists(_FEED_PIECES, max_size=10).map("".join))
def test_feed_detection_gates_agree_with_the_patterns(text: str) -> None:
    # The gates in anpa.detect and iptc7901.detect: no SOH, no header; no ETX, no signature.
    for pattern, char in (
        (anpa.HEADER_LINE_1, anpa.SOH),
        (anpa.SIGNATURE, anpa.ETX),
        (iptc7901.HEADER, iptc7901.SOH),
        (iptc7901.SIGNATURE, iptc7901.ETX),
    ):
        if char not in text:
            assert pattern.search(text) is None


def test_feed_detection_examples() -> None:
    header = "\x16\x16\x01W4417\x1fUS euroh\n"
    assert anpa.detect(header + "text\n\x03AP-WF-03-14-18 1642GMT")[0] == 10
    assert anpa.detect("Harbour reopens. AP-WF-03-14-18 1642GMT") == (0, ())
    assert iptc7901.detect("\x01eca417 4 i 186 ccccb dpa 214\n\x02Harbour\n\x03141530 GMT Mar 18")[
        0
    ]
    assert iptc7901.detect("Harbour reopens. 141530 GMT Mar 18") == (0, ())


#: Words of the four languages' function-word lists and others, in every case.
_LANGUAGE_PIECES = st.sampled_from(
    [
        "the", "The", "THE", "said", "der", "und", "les", "dans", "los", "dijo", "für", "où",
        "más", "Harbour", "ferry", "AUS", "a", "de", "la", "x1", "—", ",", ".", "'s", "é",
    ]
)  # fmt: skip


@given(
    st.one_of(
        st.text(alphabet=st.characters(max_codepoint=127)),
        st.lists(_LANGUAGE_PIECES, max_size=400).map(" ".join),
    )
)
def test_language_scores_ascii_words_agree_with_the_long_way(text: str) -> None:
    if text.isascii():
        assert language._ASCII_WORDS.findall(text) == language._WORDS.findall(text)
    with mock.patch.object(language, "_ASCII_WORDS", language._WORDS):
        long_way = language.language_scores(text)
    assert language.language_scores(text) == long_way


#: Pieces of a flattened page: player buttons and near misses, sentences.
_CHROME_PIECES = st.sampled_from(
    [
        "Skip Ad", "Ad Loading...", "Full Screen", "Autoplay", "View Photos", "Buy Photo",
        "Wait 1 second to continue.", "Replay Video", "Now Playing", "Up Next", "x", "Embed",
        "Share", "Close", "1 of 12", "Ad", "Skipper", "Next week the pier reopens.",
        "The ferry runs again.", "View", "Up", "Now",
    ]
)  # fmt: skip


@given(st.lists(_CHROME_PIECES, min_size=1, max_size=12).map(" ".join))
def test_player_buttons_gate_agrees_with_the_long_way(text: str) -> None:
    found = flattened.pieces(text, 0, len(text))
    with mock.patch.object(flattened, "_CHROME_WORDS", ("",)):  # every page searched
        assert flattened.pieces(text, 0, len(text)) == found
    if flattened.CHROME.search(text) is not None:
        assert any(word in text for word in flattened._CHROME_WORDS)


def test_player_buttons_example() -> None:
    page = "The pier reopened on Monday. Skip Ad Ad Loading... x Embed x Share The mayor spoke."
    assert "furniture.player" in {p[3] for p in flattened.pieces(page, 0, len(page))}
    plain = "The pier reopened on Monday. The mayor spoke at the quay."
    assert "furniture.player" not in {p[3] for p in flattened.pieces(plain, 0, len(plain))}


@pytest.mark.parametrize(
    "button",
    [
        "Skip Ad", "Ad Loading...", "Full Screen", "Autoplay", "View Photos", "Buy Photo",
        "Wait 1 second to continue.", "Replay Video", "Now Playing", "Up Next",
    ],
)  # fmt: skip
def test_each_player_button_passes_the_gate(button: str) -> None:
    page = f"The pier reopened on Monday. {button} The mayor spoke."
    assert flattened.CHROME.search(page) is not None
    assert "furniture.player" in {p[3] for p in flattened.pieces(page, 0, len(page))}


def _without_invisible_the_long_way(node: object) -> object:
    """:func:`parser._without_invisible` as it was: every node walked, fields asked each time."""
    if isinstance(node, str):
        return parser.readable(node)
    if isinstance(node, tuple):
        return tuple(_without_invisible_the_long_way(item) for item in node)
    cls = type(node)
    if attrs.has(cls):
        changes: dict[str, object] = {}
        for field in attrs.fields(cls):
            if not field.init:
                continue
            value = getattr(node, field.name)
            cleaned = _without_invisible_the_long_way(value)
            if cleaned is not value:
                changes[field.alias or field.name] = cleaned
        return attrs.evolve(node, **changes) if changes else node  # type: ignore[misc]
    return node


@settings(max_examples=30, deadline=None)
@given(articles(), st.data())
def test_invisible_characters_dropped_as_the_long_way(gen: Generated, data: st.DataObject) -> None:
    text = data.draw(sprinkled(gen.text))
    article = wireparse.parse(text)
    for node in (article.quotes, article.people, article.attributions, article):
        assert parser._without_invisible(node) == _without_invisible_the_long_way(node)


def test_invisible_characters_dropped_example() -> None:
    span = Span(0, 9)
    assert parser._without_invisible(span) is span
    fragment = parser._without_invisible((Fragment("Har\xadbour", span), 3, None))
    assert fragment == (Fragment("Harbour", span), 3, None)
    # Nothing to drop: the very nodes come back, not copies of them.
    clean = (Fragment("Harbour", span), (Fragment("Pier", span),), None)
    assert parser._without_invisible(clean) is clean


#: Feed pieces with ``ZCZC`` starts among them, for the story-start bound.
_FEED_PIECES_AND_ZCZC = st.one_of(_FEED_PIECES, st.sampled_from(["ZCZC", " ZCZC AAP", "zczc"]))


@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("Harbor bridge reopens", 0),
        ("ZCZC AAP\nHarbor bridge reopens\nNNNN", 1),
        ("\x16\x16\x01a0043 one\n\x03\x16\x16\x01a0044 two\n", 2),
    ],
)
def test_most_story_starts_bounds_the_starts(text: str, most: int) -> None:
    assert wireparse.feeds.most_story_starts(text) == most
    assert len(wireparse.feeds.story_starts(text)) <= most


@given(st.lists(_FEED_PIECES_AND_ZCZC).map("".join))
def test_most_story_starts_is_never_below_the_starts(text: str) -> None:
    most = wireparse.feeds.most_story_starts(text)
    assert most is not None
    assert len(wireparse.feeds.story_starts(text)) <= most
    assert [d.code for d in parser.input_defects(text)] == [
        d.code for d in _input_defects_the_long_way(text)
    ]


def _input_defects_the_long_way(text: str) -> list[wireparse.Defect]:
    """:func:`parser.input_defects` with the story starts always looked for."""
    with mock.patch.object(wireparse.feeds, "most_story_starts", return_value=None):
        return parser.input_defects(text)


#: Pieces of timestamp lines and of what is not one: figures, the words of each
#: kind of token, odd white space, letters that fold to ASCII ones.
_TOKEN_PIECES = st.sampled_from(
    [
        "0", "7", "12", "2026", "3:54", "10.48", ".", ",", "-", "+01:00", "/", " ", "  ", "\t",
        "\xa0", "am", "p.m.", "PM", "July", "Tue", "EDT", "GMT", "Posted", "at", "Ferry", "'26",
        "’", "ſ", "\u212a", "١", "st", "(", "•", "é", "\u200b",
    ]
)  # fmt: skip


def _tokens_the_long_way(text: str) -> list[tuple[str | None, tuple[int, int], str]]:
    return [
        (m.lastgroup, m.span(), m.group())
        for m in dates.TOKEN.finditer(text)
        if m.lastgroup != "ws"
    ]


@given(st.lists(_TOKEN_PIECES).map("".join))
def test_timestamp_tokens_agree_with_the_pattern(text: str) -> None:
    found = [(m.lastgroup, m.span(), m.group()) for m in dates._tokens(text)]
    assert [t for t in found if t[0] != "ws"] == _tokens_the_long_way(text)
    for m in dates._tokens(text):
        same = dates.TOKEN.match(text, m.start())
        assert same is not None
        assert same.group() == m.group()


def test_timestamp_tokens_example() -> None:
    kinds = [m.lastgroup for m in dates._tokens("Posted 3:54 PM,  July 7")]
    assert kinds == ["label", "timetok", "punct", "ws", "month", "num"]


@pytest.mark.parametrize(
    ("text", "reference", "date"),
    [
        ("PORTVALE, March 3 (AP) - The ferry runs.", datetime.date(2026, 5, 1), (2026, 3, 3)),
        ("PORTVALE, March 3, 2019 (AP) - The ferry runs.", datetime.date(2026, 5, 1), (2019, 3, 3)),
        ("PORTVALE, Feb 30 (AP) - The ferry runs.", datetime.date(2026, 5, 1), None),
        ("PORTVALE, March 3 (AP) - The ferry runs.", None, None),
    ],
)
def test_kept_dateline_takes_the_reference_date(
    text: str, reference: datetime.date | None, date: tuple[int, int, int] | None
) -> None:
    datelines._read_kept.cache_clear()
    kept = datelines.match_dateline(text)  # read and kept without a reference date
    found = datelines.match_dateline(text, reference_date=reference)
    assert found == datelines._read_dateline(text, reference)
    assert found is not None
    assert kept is not None
    assert found.date == (datetime.date(*date) if date else None)


@given(st.text(st.sampled_from("PORTVALE, March 3 Feb 30 2019 (AP) -—: Reuters The ferry")))
def test_kept_dateline_agrees_with_the_long_way(text: str) -> None:
    reference = datetime.date(2026, 5, 1)
    assert datelines.match_dateline(text) == (
        datelines._read_dateline(text, None) if text else None
    )
    assert datelines.match_dateline(text, reference_date=reference) == (
        datelines._read_dateline(text, reference) if text else None
    )


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 4, "Span.start must not be negative, got -1"),
        (-3, -5, "Span.start must not be negative, got -3"),
        (3, -1, "Span.end must not be negative, got -1"),
        (5, 2, "Span end 2 is before its start 5"),
    ],
)
def test_span_checks_in_one_method(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=regex.escape(message)):
        Span(start, end)


@given(st.lists(_TOKEN_PIECES | st.sampled_from(["ago", "today", "2026-03-03", ", "])).map("".join))
def test_timestamp_pattern_gates_never_hide_a_match(line: str) -> None:
    if dates._YEAR_FIGURES.search(line) is None:
        assert dates.COMMON.fullmatch(line) is None
    if not dates._may_be_relative(line):
        assert dates.RELATIVE.fullmatch(line) is None
    if line[4:5] != "-":
        assert dates.ISO.fullmatch(line) is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Posted 3:54 PM, July 7, 2017", True),
        ("14 minutes ago", True),
        ("2026-03-03 10:48", True),
        ("3 23165 Ferry Queen (4) 58.5", False),
    ],
)
def test_timestamp_lines_through_the_gates(line: str, stamp: bool) -> None:
    assert dates.is_timestamp_line(line) is stamp


@given(
    st.lists(
        st.sampled_from(
            ["Comments", "COMMENTS (3)", "Discussion", "12 ", "Readers' ", "Ferry", "\n\n", " "]
        )
    ).map("".join)
)
def test_comments_words_gate_never_hides_a_heading(text: str) -> None:
    for c in (
        rules.State(text, parser._candidates(text, 0, len(text))).blocks if text.strip() else []
    ):
        if rules.COMMENTS_START.fullmatch(c.match):
            assert any(word in c.match for word in rules._COMMENTS_WORDS)


def _offers_without_needs(text: str) -> list[tuple[str, str]]:
    table = [attrs.evolve(rule, needs=()) for rule in rules.BLOCK_RULES]
    state = rules.State(text, parser._candidates(text, 0, len(text)))
    rules.classify(state, table, ())
    return [(c.match, c.rule) for c in state.blocks]


@pytest.mark.parametrize(
    "text",
    [
        "Harbor bridge reopens\n\n@highlight\n\nThe bridge reopened on Monday",
        "The ferry runs again.\n\n— Portvale Port (@portvaleport) March 3, 2026",
        "The ferry runs again.\n\nFerry pic.twitter.com/AbC123",
        "@high\xadlight\n\nThe bridge reopened on Monday",
        "The ferry runs again on Monday, the harbor office said.",
    ],
)
def test_rules_needing_strings_offered_as_without(text: str) -> None:
    state = rules.State(text, parser._candidates(text, 0, len(text)))
    rules.classify(state, layout_rules=())
    assert [(c.match, c.rule) for c in state.blocks] == _offers_without_needs(text)


@given(articles())
def test_rules_needing_strings_offered_as_without_on_articles(article: Generated) -> None:
    state = rules.State(article.text, parser._candidates(article.text, 0, len(article.text)))
    rules.classify(state, layout_rules=())
    assert [(c.match, c.rule) for c in state.blocks] == _offers_without_needs(article.text)


@pytest.mark.parametrize(
    "text",
    ["By Ada Finch, Associated Press", "By ADA FINCH\nAP Writer", "By the end of the day", "By"],
)
def test_kept_byline_agrees_with_the_long_way(text: str) -> None:
    bylines._parse_kept.cache_clear()
    first = bylines.parse_byline(text)
    assert bylines.parse_byline(text) == first == bylines._parse_kept.__wrapped__(text)
