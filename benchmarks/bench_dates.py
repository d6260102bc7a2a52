"""Benchmark the two paths of :func:`wireparse.metadata.dates.parse_timestamp`.

Reports, for a list of common timestamp spellings, the cost per call of the
fast path (compiled patterns and arithmetic) and of the ``dateparser``
fallback forced on the same texts (the private ``_fallback``, which strips the
labels and calls the same English-only ``DateDataParser`` with the same
settings); the one-off cost of the fallback's first call; the share of the
corpus's timestamp lines (the ``timestamp`` blocks of the parsed articles)
that take the fast path; the import time of ``dateparser``; and whether
``import wireparse`` plus parsing an article with ordinary timestamps ever
imports ``dateparser`` (it must not).  Run it on an otherwise idle machine::

    python benchmarks/bench_dates.py [CORPUS] [--loops N] [--json]

``CORPUS`` defaults to ``../shared/corpus`` beside the checkout; without it
the corpus figures are left out.  Figures are wall-clock and vary from run to
run; they are for the notes and the docs, never for a test.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import wireparse
from wireparse import BlockKind
from wireparse.metadata import dates

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterator

#: Common spellings, all read by the fast path (values invented).
SPELLINGS: tuple[str, ...] = (
    "Posted 3:54 PM, July 7, 2017",
    "updated 6:40 PM EST, Wed March 4, 2026",
    "March 3, 2026 12:05 AM",
    "Tuesday, 03.10.2026 / 4:10 PM",
    "3 Jun 2026 10:48am, EDT",
    "3 June 2026 Last updated at 21:47 ET",
    "Published: June 3, 2026 at 7:14 AM ET",
    "Posted Mar 9th 2026 2:25PM",
    "2026-03-04T08:18:00Z",
    "Wed, 04 Mar 2026 17:15:00 -0500",
    "AP-WF-03-04-26 0517GMT",
    "141530 GMT Mar 26",
)

#: An article whose timestamps are all common spellings.
ARTICLE = (
    "Harbor gates approved after long debate\n\n"
    "By Jane Roe\n\n"
    "Updated 6:40 PM EST, Wed March 4, 2026\n\n"
    "VALLETTA, March 3 (Example Wire) - The council approved the new harbor gates on "
    "Tuesday after a debate that ran late into the night.\n\n"
    '"We have waited years for this," the harbor master said.\n'
)

SKIP = {".json", ".md", ".tsv", ".psv"}


def per_call(func: Callable[[str], object], texts: tuple[str, ...], loops: int) -> float:
    """Median over five rounds of the microseconds per call of *func* over *texts*."""
    rounds: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(loops):
            for text in texts:
                func(text)
        rounds.append((time.perf_counter() - start) / (loops * len(texts)) * 1e6)
    return statistics.median(rounds)


def fast(text: str) -> dt.datetime | dt.date | None:
    """The public entry point, which these spellings leave on the fast path."""
    return dates.parse_timestamp(text)


def fallback(text: str) -> dt.datetime | dt.date | None:
    """The ``dateparser`` fallback, forced."""
    return dates._fallback(" ".join(text.split()), None)


@contextmanager
def counting_fallbacks() -> Iterator[list[str]]:
    """Record each text that :func:`~.dates.parse_timestamp` hands to the fallback."""
    original = dates._fallback
    calls: list[str] = []

    def counted(
        s: str, reference_date: dt.date | None, languages: tuple[str, ...] = ()
    ) -> dt.datetime | dt.date | None:
        calls.append(s)
        return original(s, reference_date, languages)

    dates._fallback = counted
    try:
        yield calls
    finally:
        dates._fallback = original


def corpus_articles(root: pathlib.Path) -> Iterator[wireparse.Article]:
    """Every article of the corpus, feed files split into their stories."""
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix in SKIP or "gold" in path.parts:
            continue
        if "feeds" in path.parts:
            with path.open("rb") as stream:
                yield from wireparse.iter_articles(stream)
        else:
            yield wireparse.parse(path.read_bytes())


def corpus_paths(root: pathlib.Path) -> dict[str, Any]:
    """How the corpus's timestamps are read: fast path or fallback.

    Two counts: each ``timestamp`` block read on its own, and each call the
    metadata stage makes while parsing the corpus (it reads runs of adjacent
    timestamp lines, split at an ``Updated`` label).
    """
    from wireparse.metadata import collect as metadata

    made: list[str] = []
    names = vars(metadata)  # the metadata stage's own binding of parse_timestamp
    original = dates.parse_timestamp

    def recorded(text: str, **options: Any) -> dt.datetime | dt.date | None:
        made.append(text)
        return original(text, **options)

    names["parse_timestamp"] = recorded
    try:
        with counting_fallbacks() as parse_calls:
            articles = list(corpus_articles(root))
    finally:
        names["parse_timestamp"] = original
    lines = [" ".join(b.text.split()) for a in articles for b in a.blocks_of(BlockKind.TIMESTAMP)]
    with counting_fallbacks() as line_calls:
        results = [dates.parse_timestamp(line) for line in lines]
    return {
        "articles": len(articles),
        "timestamp_lines": len(lines),
        "lines_fast_path": len(lines) - len(line_calls),
        "lines_fallback": len(line_calls),
        "lines_fast_share": round(1 - len(line_calls) / len(lines), 3) if lines else None,
        "lines_read": sum(r is not None for r in results),
        "metadata_calls": len(made),
        "metadata_fallback": len(parse_calls),
        "metadata_fast_share": round(1 - len(parse_calls) / len(made), 3) if made else None,
        "fallback_texts": sorted(set(line_calls) | set(parse_calls))[:20],
    }


def python(code: str) -> str:
    """Run *code* in a fresh interpreter and return what it prints."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def dateparser_import_ms(runs: int = 5) -> float:
    """Median milliseconds of ``import dateparser`` in a fresh interpreter."""
    code = "import time; t=time.perf_counter(); import dateparser; print(time.perf_counter()-t)"
    return statistics.median(float(python(code)) for _ in range(runs)) * 1e3


def first_fallback_ms() -> float:
    """Milliseconds of the fallback's first call in a fresh interpreter (import, build, parse)."""
    code = (
        "import time; from wireparse.metadata import dates; t=time.perf_counter(); "
        "dates._fallback('Tuesday the 3rd of March 2026 at noon', None); "
        "print(time.perf_counter()-t)"
    )
    return float(python(code)) * 1e3


def parse_loads_dateparser() -> bool:
    """Whether ``import wireparse`` and parsing :data:`ARTICLE` import ``dateparser``."""
    code = (
        f"import sys, wireparse; wireparse.parse({ARTICLE!r}); print('dateparser' in sys.modules)"
    )
    return python(code) == "True"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    default = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="?", type=pathlib.Path, default=default)
    parser.add_argument("--loops", type=int, default=200, help="passes over the spellings")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    with counting_fallbacks() as calls:
        for text in SPELLINGS:
            assert dates.parse_timestamp(text) is not None, text
    assert not calls, f"these spellings fell back: {calls}"
    unread = [text for text in SPELLINGS if fallback(text) is None]

    figures: dict[str, Any] = {
        "spellings": len(SPELLINGS),
        "fallback_cannot_read": unread,
        "fast_us_per_call": round(per_call(fast, SPELLINGS, args.loops), 2),
        "fallback_us_per_call": round(per_call(fallback, SPELLINGS, max(1, args.loops // 20)), 1),
        "first_fallback_ms": round(first_fallback_ms(), 1),
        "dateparser_import_ms": round(dateparser_import_ms(), 1),
        "parse_imports_dateparser": parse_loads_dateparser(),
    }
    figures["fallback_over_fast"] = round(
        figures["fallback_us_per_call"] / figures["fast_us_per_call"], 1
    )
    if args.corpus.is_dir():
        figures["corpus"] = corpus_paths(args.corpus)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")
    return 1 if figures["parse_imports_dateparser"] else 0


if __name__ == "__main__":
    sys.exit(main())
