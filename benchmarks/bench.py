"""Benchmark wireparse over a folder of articles.

Reports articles per second, MB/s, peak memory, the import time of
``wireparse``, how time grows when one article is repeated 1, 10 and 100
times, and the throughput of :func:`wireparse.parse_many` with 1, 2, ...
workers (and the speed-up over one).  Run it on an otherwise idle machine::

    python benchmarks/bench.py [FOLDER ...] [--repeat N] [--workers 1,2] [--json]

With no folder, it runs over the sample article that ships with the package,
its text set twice over to make an article of about 5.6 KB.  Figures are
wall-clock and vary from run to run; they are for the notes and the docs,
never for a test.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import pathlib
import statistics
import subprocess
import sys
import time
import tracemalloc
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator


def load(folders: list[pathlib.Path]) -> list[bytes]:
    """Read every file under *folders* (skipping JSON and Markdown metadata)."""
    skip = {".json", ".md", ".tsv", ".psv"}
    out: list[bytes] = []
    for folder in folders:
        paths = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        out.extend(p.read_bytes() for p in paths if p.is_file() and p.suffix not in skip)
    return out


def sample_articles() -> list[bytes]:
    """The bundled sample set twice over (about 5.6 KB), as the default workload."""
    text = resources.files("wireparse").joinpath("data/sample.txt").read_bytes()
    return [text + b"\n" + text] * 500


def import_time(runs: int = 5) -> float:
    """Median seconds of ``import wireparse`` in a fresh interpreter."""
    code = "import time; t=time.perf_counter(); import wireparse; print(time.perf_counter()-t)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def throughput(texts: list[bytes], repeat: int) -> dict[str, float]:
    """Parse every text *repeat* times; report the best pass."""
    import wireparse

    size = sum(len(t) for t in texts)
    best = float("inf")
    failures = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for text in texts:
            try:
                wireparse.parse(text)
            except wireparse.WireparseError:
                failures += 1
        best = min(best, time.perf_counter() - start)
    return {
        "articles": len(texts),
        "bytes": size,
        "mean_article_bytes": size / max(len(texts), 1),
        "seconds": best,
        "articles_per_second": len(texts) / best,
        "mb_per_second": size / best / 1e6,
        "ms_per_article": 1000 * best / max(len(texts), 1),
        "failures": failures // repeat,
    }


@contextlib.contextmanager
def quotation_clock() -> Iterator[list[float]]:
    """Time the quotation stage while the block runs.

    The name the parser calls (:func:`wireparse.quotations.quotes.analyse`)
    is wrapped for the duration; the yielded list's one item is the seconds
    spent in it, which the caller may reset between passes.
    """
    import wireparse.parser as parser_module

    namespace = vars(parser_module)
    original = namespace["analyse"]
    spent = [0.0]

    def timed_analyse(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    namespace["analyse"] = timed_analyse
    try:
        yield spent
    finally:
        namespace["analyse"] = original


def stages(texts: list[bytes], repeat: int) -> dict[str, float]:
    """Milliseconds per 5 KB of the whole parse, the quotation stage and the rest.

    The quotation stage is :func:`wireparse.quotations.quotes.analyse`, timed
    by wrapping the name the parser calls; everything else (decoding, lines,
    blocks, block and layout rules, metadata, assembly) is the whole parse
    less that.  The best of *repeat* passes is kept for each figure.
    """
    import wireparse

    size = sum(len(t) for t in texts)
    best_total = best_quotes = best_rest = float("inf")
    with quotation_clock() as spent:
        for _ in range(repeat):
            gc.collect()
            spent[0] = 0.0
            start = time.perf_counter()
            for text in texts:
                with contextlib.suppress(wireparse.WireparseError):
                    wireparse.parse(text)
            total = time.perf_counter() - start
            best_total = min(best_total, total)
            best_quotes = min(best_quotes, spent[0])
            best_rest = min(best_rest, total - spent[0])
    per_5kb = 5000 * 1000 / max(size, 1)
    return {
        "whole_ms_per_5kb": best_total * per_5kb,
        "quotations_ms_per_5kb": best_quotes * per_5kb,
        "rest_ms_per_5kb": best_rest * per_5kb,
    }


def peak_memory(texts: list[bytes]) -> float:
    """Peak traced memory, in MB, of parsing each text in turn (results dropped)."""
    import wireparse

    tracemalloc.start()
    for text in texts:
        with contextlib.suppress(wireparse.WireparseError):
            wireparse.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def scaling(text: bytes) -> dict[str, float]:
    """Milliseconds to parse *text* repeated 1, 10 and 100 times (best of 3)."""
    import wireparse

    out = {}
    for n in (1, 10, 100):
        doubled = b"\n\n".join([text] * n)
        best = min(_timed(wireparse.parse, doubled) for _ in range(3))
        out[f"x{n}_ms"] = best * 1000
    out["x100_over_x1"] = out["x100_ms"] / out["x1_ms"]
    return out


def workers(texts: list[bytes], counts: list[int], repeat: int) -> dict[str, float]:
    """Articles per second of ``parse_many(..., workers=n)`` for each count.

    The texts are repeated to make at least 2,000 articles, so that starting
    the pool (which the timing includes) is a small part of a pass; the best
    of *repeat* passes is kept.  ``speedup_N`` is the throughput with N
    workers over that with the first count.
    """
    import wireparse

    copies = max(1, -(-2000 // len(texts)))
    batch = texts * copies
    out: dict[str, float] = {"articles": len(batch)}
    for n in counts:
        best = float("inf")
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            for _article in wireparse.parse_many(batch, workers=n, errors="skip"):
                pass
            best = min(best, time.perf_counter() - start)
        out[f"workers_{n}_articles_per_second"] = len(batch) / best
    first = out[f"workers_{counts[0]}_articles_per_second"]
    for n in counts[1:]:
        out[f"speedup_{n}"] = out[f"workers_{n}_articles_per_second"] / first
    return out


def _timed(func: Any, arg: bytes) -> float:
    start = time.perf_counter()
    func(arg)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=pathlib.Path, help="files or folders")
    parser.add_argument("--repeat", type=int, default=5, help="passes; the best is kept")
    parser.add_argument(
        "--workers",
        default="1,2",
        help="worker counts for parse_many, comma-separated ('' to skip; default: 1,2)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--stages",
        action="store_true",
        help="only the per-stage figures (ms per 5 KB: whole, quotations, rest) and import time",
    )
    args = parser.parse_args(argv)
    texts = load(args.folders) if args.folders else sample_articles()
    if not texts:
        parser.error("no files found")
    report: dict[str, Any] = {"import_seconds": import_time()}
    if args.stages:
        report["stages"] = stages(texts, args.repeat)
        return _print(report, as_json=args.json)
    report.update(throughput(texts, args.repeat))
    report["peak_memory_mb"] = peak_memory(texts)
    median = sorted(texts, key=len)[len(texts) // 2]
    report["scaling"] = scaling(median)
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    if counts:
        report["parse_many"] = workers(texts, counts, min(args.repeat, 3))
    report["stages"] = stages(texts, min(args.repeat, 3))
    return _print(report, as_json=args.json)


def _print(report: dict[str, Any], *, as_json: bool) -> int:
    if as_json:
        print(json.dumps(report, indent=1))
    else:
        for key, value in report.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k} {v:.3g}" for k, v in value.items())
            elif isinstance(value, float):
                value = f"{value:.4g}"
            print(f"{key:22} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
