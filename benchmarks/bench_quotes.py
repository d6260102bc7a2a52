"""Benchmark the quote and attribution stage against the whole parse.

Measures, per article, the time of :func:`wireparse.parse` and the time of
the quote stage alone (:func:`wireparse.quotations.quotes.analyse` called on the source
and body paragraphs of an article parsed beforehand), and reports ms per
article, ms per 5 KB and articles per second of the full parse.  Each figure
is the best of ``--repeat`` passes.  Run it on an otherwise idle machine::

    python benchmarks/bench_quotes.py [FOLDER ...] [--repeat N] [--by-density] [--json]
    python benchmarks/bench_quotes.py --profile [FOLDER ...]

With no folder, it runs over the sample article that ships with the package,
its text set twice over (about 5.6 KB); with folders, over every text file
under them (JSON, Markdown and table files are skipped), and the sample is
reported too.  ``--by-density`` adds, for the folders' articles, the median
ms per 5 KB of articles grouped by how many quotations and attributions they
hold per 5 KB.  ``--profile`` prints the hottest functions of the quote stage
(``cProfile``) instead.  Figures are wall-clock and vary from run to run: they
are for the notes, never for a test.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pathlib
import pstats
import sys
import time
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

import wireparse
from wireparse import feeds
from wireparse.quotations.quotes import analyse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from wireparse.model import Paragraph

_SKIP = frozenset((".json", ".md", ".tsv", ".psv"))


class Prepared(NamedTuple):
    """An article's raw input and what the quote stage reads of it."""

    data: bytes
    source: str
    paragraphs: tuple[Paragraph, ...]


def sample_text() -> bytes:
    """Return the bundled sample set twice over (about 5.6 KB)."""
    text = resources.files("wireparse").joinpath("data/sample.txt").read_bytes()
    return text + b"\n" + text


def load(folders: Sequence[pathlib.Path]) -> list[bytes]:
    """Read every file under *folders*, skipping metadata files.

    :param folders: Files or folders to read (recursively).
    :returns: The files' bytes, in path order.
    """
    out: list[bytes] = []
    for folder in folders:
        paths = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        out.extend(p.read_bytes() for p in paths if p.is_file() and p.suffix not in _SKIP)
    return out


def prepare(texts: Sequence[bytes]) -> list[Prepared]:
    """Parse each text once and keep the input that the quote stage receives.

    :param texts: Raw articles; those that do not parse are left out.
    :returns: One record per parsed article.
    """
    out: list[Prepared] = []
    for data in texts:
        try:
            article = wireparse.parse(data)
        except wireparse.WireparseError:
            continue
        source = article.source
        if article.format == feeds.FORMAT_ANPA:
            source = feeds.normalise_anpa(source)  # as the parser does
        out.append(Prepared(data, source, article.paragraphs))
    return out


def _best(passes: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(passes):
        gc.collect()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def measure(items: Sequence[Prepared], repeat: int) -> dict[str, float]:
    """Time the full parse and the quote stage over *items*.

    :param items: Prepared articles.
    :param repeat: Passes over all items; the fastest pass is kept.
    :returns: The figures, keyed by name.
    """
    count = max(len(items), 1)
    size = sum(len(it.data) for it in items) or 1

    def parse_all() -> None:
        for it in items:
            wireparse.parse(it.data)

    def quotes_all() -> None:
        for it in items:
            analyse(it.source, it.paragraphs)

    parse_s = _best(repeat, parse_all)
    quote_s = _best(repeat, quotes_all)
    return {
        "articles": len(items),
        "mean_article_bytes": size / count,
        "parse_ms_per_article": 1000 * parse_s / count,
        "parse_ms_per_5kb": 1000 * parse_s * 5000 / size,
        "parse_articles_per_second": count / parse_s,
        "quotes_ms_per_article": 1000 * quote_s / count,
        "quotes_ms_per_5kb": 1000 * quote_s * 5000 / size,
        "quotes_share_of_parse": quote_s / parse_s,
    }


def by_density(items: Sequence[Prepared], repeat: int, width: int = 4) -> dict[str, float]:
    """Time the quote stage per article, grouped by how dense its quotations are.

    :param items: Prepared articles.
    :param repeat: Runs per article; the fastest is kept.
    :param width: How many quotations and attributions per 5 KB each group spans.
    :returns: The median of all the articles' ms per 5 KB and the share of
        articles within the project's aim of 0.5 ms per 5 KB; then, for each
        group (``"8-11"``: 8 to 11 quotations and attributions per 5 KB), the
        median of its articles' ms per 5 KB, and their number.
    """
    groups: dict[int, list[float]] = {}
    for it in items:
        best = float("inf")
        found = None
        for _ in range(repeat):
            start = time.perf_counter()
            found = analyse(it.source, it.paragraphs)
            best = min(best, time.perf_counter() - start)
        assert found is not None
        per_5kb = 5000 / max(len(it.data), 1)
        density = (len(found.quotes) + len(found.attributions)) * per_5kb
        groups.setdefault(int(density // width) * width, []).append(1000 * best * per_5kb)
    out: dict[str, float] = {}
    every = sorted(t for times in groups.values() for t in times)
    if every:
        out["all_median_ms_per_5kb"] = every[len(every) // 2]
        out["all_share_within_0.5_ms"] = sum(t <= 0.5 for t in every) / len(every)
    for low in sorted(groups):
        times = sorted(groups[low])
        out[f"{low}-{low + width - 1}_ms_per_5kb"] = times[len(times) // 2]
        out[f"{low}-{low + width - 1}_articles"] = len(times)
    return out


def profile(items: Sequence[Prepared], rounds: int, top: int) -> None:
    """Print the hottest functions of the quote stage over *items*.

    :param items: Prepared articles.
    :param rounds: How many times each article is analysed.
    :param top: How many functions to list.
    """
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        for it in items:
            analyse(it.source, it.paragraphs)
    prof.disable()
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line.

    :param argv: The arguments (default: ``sys.argv[1:]``).
    :returns: The exit status.
    """
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=pathlib.Path, help="files or folders")
    parser.add_argument("--repeat", type=int, default=7, help="passes; the best is kept")
    parser.add_argument("--copies", type=int, default=200, help="sample copies per pass")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", action="store_true", help="profile the quote stage")
    parser.add_argument(
        "--by-density",
        action="store_true",
        help="group the articles by quotations and attributions per 5 KB",
    )
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    args = parser.parse_args(argv)
    sample = prepare([sample_text()])
    corpus = prepare(load(args.folders)) if args.folders else []
    if args.folders and not corpus:
        parser.error("no articles found")
    if args.profile:
        profile(corpus or sample, 5 if corpus else args.copies, args.top)
        return 0
    report: dict[str, dict[str, float]] = {"sample": measure(sample * args.copies, args.repeat)}
    if corpus:
        report["corpus"] = measure(corpus, args.repeat)
        if args.by_density:
            report["corpus_by_density"] = by_density(corpus, args.repeat)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for name, figures in report.items():
        print(f"[{name}]")
        for key, value in figures.items():
            print(f"  {key:28} {value:.4g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
