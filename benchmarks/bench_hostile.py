"""Benchmark wireparse on hostile inputs: microseconds per character.

Each input is built to stress one stage: many one-line blocks, one long line
of quotation marks, many quotation marks on separate lines.  The figure
that matters is microseconds per character, which must stay flat as the
input grows (linear time)::

    python benchmarks/bench_hostile.py [--scale 1.0] [--repeat 3] [--json]

``--scale`` multiplies every input's size (``0.1`` for a quick run).  The
quotation stage (:func:`wireparse.quotations.quotes.analyse`) is timed
apart, so that ``rest`` is the time of every other stage.  Figures are
wall-clock and vary from run to run; they are for the notes and the docs,
never for a test.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from typing import TYPE_CHECKING

from bench import quotation_clock  # the script beside this one

import wireparse

if TYPE_CHECKING:
    from collections.abc import Callable

#: Name -> (builder of the input for a size, the default size).
HOSTILE: dict[str, tuple[Callable[[int], str], int]] = {
    "lines_of_one_quote": (lambda n: '"\n' * n, 100_000),
    "line_of_quotes": (lambda n: '"' * n, 200_000),
    "lines_of_word_and_quote": (lambda n: 'Word "\n' * n, 50_000),
    "paragraphs_of_one_quote": (lambda n: '"\n\n' * n, 50_000),
}


def run(text: str, repeat: int) -> dict[str, float]:
    """Microseconds per character of parsing *text*: whole, quotations, rest (best pass)."""
    best = (float("inf"), 0.0)
    with quotation_clock() as spent:
        for _ in range(repeat):
            gc.collect()
            spent[0] = 0.0
            start = time.perf_counter()
            wireparse.parse(text, max_chars=max(len(text), 10_000_000))
            total = time.perf_counter() - start
            if total < best[0]:
                best = (total, spent[0])
    per_char = 1e6 / len(text)
    return {
        "chars": len(text),
        "whole_us_per_char": best[0] * per_char,
        "quotations_us_per_char": best[1] * per_char,
        "rest_us_per_char": (best[0] - best[1]) * per_char,
    }


def main(argv: list[str] | None = None) -> int:
    """Run every hostile input and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every input's size")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is kept")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    report = {
        name: run(build(max(1, int(size * args.scale))), args.repeat)
        for name, (build, size) in HOSTILE.items()
    }
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for name, figures in report.items():
            shown = ", ".join(f"{k} {v:.3g}" for k, v in figures.items())
            print(f"{name:26} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
