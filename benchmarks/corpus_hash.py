"""Hash the dict form of every corpus article, to prove a change left the output alone.

Run before and after a change that should only move or reshape code::

    python benchmarks/corpus_hash.py [CORPUS] [--each]

It parses every file under ``CORPUS`` (default ``../shared/corpus`` beside the
checkout, skipping metadata files), serialises each article with
:func:`wireparse.dumps` (sorted keys) and prints one SHA-256 over all of them,
with ``--each`` also one line per file, so that two runs can be compared with
``diff``.  The version stamp in the dict form is left out, so a version bump
does not change the hash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib

import wireparse

SKIP = {".json", ".md", ".tsv", ".psv"}


def article_digest(data: bytes) -> str:
    """The SHA-256 of one article's dict form, without the version stamp."""
    form = json.loads(wireparse.dumps(wireparse.parse(data)))
    form.pop("wireparse_version", None)
    text = json.dumps(form, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> None:
    """Print the corpus hash (and, with ``--each``, one line per file)."""
    default = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpus"
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=pathlib.Path, default=default)
    ap.add_argument("--each", action="store_true", help="one line per file as well")
    args = ap.parse_args()
    paths = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.suffix not in SKIP)
    total = hashlib.sha256()
    for path in paths:
        digest = article_digest(path.read_bytes())
        total.update(digest.encode())
        if args.each:
            print(digest[:16], path.relative_to(args.corpus))
    print(f"{total.hexdigest()}  {len(paths)} files")


if __name__ == "__main__":
    main()
