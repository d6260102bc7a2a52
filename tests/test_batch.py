"""parse_many: order, errors, laziness, workers; iter_articles over a file object."""

from __future__ import annotations

import io
import multiprocessing
import pickle
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from tests.feed_samples import ANPA_STORY, IPTC_STORY, ZCZC_BOB
from wireparse import BatchResult, EmptyInputError, InputTooLargeError, batch, parse_many
from wireparse.batch import _dumps

STORIES: list[object] = [
    "Harbor bridge reopens\n\nPORTVALE, Examplia (Example Wire) -- The old bridge "
    'reopened on Tuesday. "It is a good day," Mayor Ada Voss said.\n',
    "Second story\n\nBy Jane Roe\n\nLONDON (Example Wire) - Prices rose again in March, "
    "the statistics office said on Friday.\n\nCopyright 2026 Example Wire",
    ANPA_STORY,
    IPTC_STORY.encode("latin-1"),
    ZCZC_BOB,
    "Just one line of text, nothing more.",
]


def expected(texts: Sequence[object]) -> list[wireparse.Article]:
    return [wireparse.parse(t) for t in texts]  # type: ignore[arg-type]


def test_in_process_results_equal_parse_in_order() -> None:
    assert list(parse_many(STORIES)) == expected(list(STORIES))
    assert list(parse_many(STORIES, workers=1)) == expected(list(STORIES))


@pytest.mark.parametrize("workers", [2, 3])
@pytest.mark.parametrize("chunksize", [None, 1, 4])
def test_pool_results_equal_parse_in_order(workers: int, chunksize: int | None) -> None:
    texts = STORIES * 5
    assert list(parse_many(texts, workers=workers, chunksize=chunksize)) == expected(texts)


def test_auto_workers() -> None:
    assert list(parse_many(STORIES * 2, workers="auto")) == expected(STORIES * 2)


def test_spawned_workers() -> None:
    context = multiprocessing.get_context("spawn")
    texts = STORIES * 2
    assert list(parse_many(texts, workers=2, mp_context=context)) == expected(texts)


def test_options_reach_the_workers() -> None:
    text = "Headline here\n\nPORTVALE, Jan 5 (Example Wire) -- A thing happened today, it said."
    import datetime

    ref = datetime.date(2024, 6, 1)
    got = list(parse_many([text] * 3, workers=2, reference_date=ref, chunksize=1))
    assert got == [wireparse.parse(text, reference_date=ref)] * 3
    assert got[0].dateline is not None
    assert got[0].dateline.date == datetime.date(2024, 1, 5)


BAD = ["A fine story about a bridge.", "", b"   ", 42, "Another fine story.", "x" * 50]


@pytest.mark.parametrize("workers", [1, 2])
def test_collect_says_which_input_failed_and_why(workers: int) -> None:
    results = list(parse_many(BAD, workers=workers, errors="collect", max_chars=40))
    assert [r.index for r in results] == [0, 1, 2, 3, 4, 5]
    assert [r.ok for r in results] == [True, False, False, False, True, False]
    assert [r.error_type for r in results] == [
        None,
        "EmptyInputError",
        "EmptyInputError",
        "TypeError",
        None,
        "InputTooLargeError",
    ]
    assert results[3].error_message == "wireparse.parse() takes str or bytes, not int"
    assert results[0].article == wireparse.parse(BAD[0])  # type: ignore[arg-type]
    assert results[1].article is None
    assert isinstance(results[5].error, InputTooLargeError)


@pytest.mark.parametrize("workers", [1, 2])
def test_skip_leaves_failures_out(workers: int) -> None:
    got = list(parse_many(BAD, workers=workers, errors="skip", max_chars=40))
    assert [a.source for a in got] == [BAD[0], BAD[4]]


@pytest.mark.parametrize("workers", [1, 2])
def test_raise_yields_what_came_before_then_raises_with_the_index(workers: int) -> None:
    results = parse_many(BAD, workers=workers)
    assert next(results).source == BAD[0]
    with pytest.raises(EmptyInputError) as info:
        next(results)
    assert "input 1 (counting from 0)" in "".join(info.value.__notes__)


def test_batch_results_compare_by_value() -> None:
    one = BatchResult(0, None, EmptyInputError("input is empty"))
    two = BatchResult(0, None, EmptyInputError("input is empty"))
    assert one == two
    assert one != BatchResult(1, None, EmptyInputError("input is empty"))
    assert one != BatchResult(0, None, TypeError("input is empty"))


def test_arguments_are_checked_at_once() -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        parse_many([], workers=0)
    with pytest.raises(TypeError, match="workers must be an integer"):
        parse_many([], workers=2.5)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="chunksize"):
        parse_many([], chunksize=0)
    with pytest.raises(ValueError, match="errors must be"):
        parse_many([], errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="unknown format"):
        parse_many([], format="rtf")
    with pytest.raises(LookupError):
        parse_many([], encoding="no-such-codec")
    with pytest.raises(TypeError):
        parse_many(5)  # type: ignore[call-overload]


def test_empty_input_gives_nothing() -> None:
    assert list(parse_many([], workers=2)) == []


class Counting:
    """An endless iterable of stories that counts how many were taken."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        while True:
            self.taken += 1
            yield f"Story number {self.taken} is about a harbor bridge that reopened."


def test_in_process_reads_one_input_at_a_time() -> None:
    source = Counting()
    results = parse_many(source)
    for n in range(1, 6):
        next(results)
        assert source.taken == n


def test_pool_reads_a_bounded_distance_ahead() -> None:
    source = Counting()
    results = parse_many(source, workers=2, chunksize=3)
    for _ in range(20):
        next(results)
    # Two chunks in flight for the one worker process, and up to four per
    # worker parsed here, each of three stories, past the chunk being yielded.
    in_flight = (2 - 1) * batch._IN_FLIGHT_PER_WORKER
    parsed_here = 2 * batch._PARSED_HERE_PER_WORKER
    assert source.taken <= 20 + 3 * (in_flight + parsed_here) + 3
    results.close()


def test_pool_stops_when_closed_early() -> None:
    results = parse_many(STORIES * 50, workers=2, chunksize=2)
    assert next(results) == expected(STORIES[:1])[0]
    results.close()  # shuts the pool down; must not hang


def test_fast_pickling_rebuilds_the_same_articles() -> None:
    articles = expected(STORIES)
    assert pickle.loads(_dumps(articles)) == articles
    errors = [EmptyInputError("input is empty"), InputTooLargeError(100, 10)]
    back = pickle.loads(_dumps(errors))
    assert [type(e) for e in back] == [EmptyInputError, InputTooLargeError]
    assert [str(e) for e in back] == [str(e) for e in errors]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(max_size=60) | st.binary(max_size=60), max_size=8))
def test_collect_matches_parse_for_any_input(texts: list[str | bytes]) -> None:
    for result in parse_many(texts, errors="collect"):
        text = texts[result.index]
        if result.ok:
            assert result.article == wireparse.parse(text)
        else:
            assert result.error is not None
            with pytest.raises(type(result.error)):
                wireparse.parse(text)


def test_iter_articles_over_a_file_reads_at_most_one_story_ahead() -> None:
    paragraph = "\t   The harbor board met again on Tuesday to hear the engineers.\r\n \r\n"
    long_story = ANPA_STORY.replace(" \r\n\t   ___", paragraph * 3000 + " \r\n\t   ___")
    assert len(long_story) > 200_000
    data = (long_story * 3).encode("latin-1")
    ends = [len(long_story) * n for n in (1, 2, 3)]
    stream = io.BytesIO(data)
    chunk = 1 << 16  # what iter_articles reads at a time
    count = 0
    for n, article in enumerate(wireparse.iter_articles(stream)):
        count += 1
        assert article.headline == "Engineers reopen the old harbor bridge after storm repairs"
        # To know a story has ended, the reader sees the start of the next:
        # it has read at most the story after this one and a chunk more.
        limit = ends[min(n + 1, 2)] + chunk
        assert stream.tell() <= limit
        if n == 0:
            assert stream.tell() < len(data)
    assert count == 3


def test_fast_pickling_of_feed_articles_with_keyword_only_fields() -> None:
    """Envelopes and trailers (keyword-only fields) take the other path; both rebuild equal."""
    articles = expected([ANPA_STORY, IPTC_STORY, ZCZC_BOB])
    assert any(a.trailer is not None for a in articles)
    back = pickle.loads(_dumps(articles))
    assert back == articles
    assert [type(a.envelope) for a in back] == [type(a.envelope) for a in articles]
