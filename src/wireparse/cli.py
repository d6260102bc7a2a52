"""The ``wireparse`` command: parse a story and print it as JSON or as a block table."""

from __future__ import annotations

import argparse
import json
import os
import sys
from importlib import resources
from typing import TYPE_CHECKING

from wireparse._version import __version__
from wireparse.errors import WireparseError
from wireparse.parser import parse
from wireparse.source import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]

_DESCRIPTION = """\
Parse a raw news-wire story into headline, sections, paragraphs, copyright,
notes, credits and site furniture, and print it as JSON.  FILE may be '-' for
standard input; with no FILE the bundled sample article is parsed."""


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wireparse",
        description=_DESCRIPTION,
        epilog="Exit status: 0 on success, 1 when the input cannot be parsed, 2 on bad usage.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="the story to parse, or '-'")
    parser.add_argument(
        "--explain", action="store_true", help="print the block table instead of JSON"
    )
    parser.add_argument("--encoding", help="decode the input with this encoding")
    parser.add_argument("--strict", action="store_true", help="fail on bytes that do not decode")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"the largest input accepted (default {DEFAULT_MAX_CHARS:,})",
    )
    parser.add_argument("--indent", type=int, default=2, metavar="N", help="JSON indent")
    parser.add_argument("--version", action="version", version=f"wireparse {__version__}")
    return parser


def _read(name: str | None) -> bytes:
    if name is None:
        return resources.files("wireparse").joinpath("data/sample.txt").read_bytes()
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    args = _arguments().parse_args(argv)
    try:
        data = _read(args.file)
        article = parse(data, encoding=args.encoding, strict=args.strict, max_chars=args.max_chars)
    except (OSError, WireparseError, LookupError) as exc:
        print(f"wireparse: {args.file or 'sample'}: {exc}", file=sys.stderr)
        return 1
    try:
        if args.explain:
            print(article.explain())
        else:
            json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=args.indent or None)
            print()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``wireparse FILE | head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
