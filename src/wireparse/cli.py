"""The ``wireparse`` command: parse stories from files, folders, globs or stdin.

Each input is read, split into its stories when it is a feed capture holding
several, parsed, and written in the chosen format to standard output or, with
``--output DIR``, to one file per input.  A failing input is reported on
standard error with its path and reason; the others go on, and the exit status
is 1 at the end.  See :doc:`/cli` for the whole story.
"""

from __future__ import annotations

import argparse
import codecs
import concurrent.futures
import datetime as dt
import glob
import itertools
import json
import os
import pathlib
import sys
import time
from importlib import resources
from typing import TYPE_CHECKING, Final

import attrs

from wireparse._version import __version__
from wireparse.errors import InputTooLargeError, WireparseError
from wireparse.feeds.registry import format_names
from wireparse.feeds.stream import story_start_bytes
from wireparse.language import normalise_language
from wireparse.model.serialise import dumps, schema_text, to_dict
from wireparse.options import ParseOptions
from wireparse.outputs.nitf import to_nitf
from wireparse.outputs.view import render_html
from wireparse.parser import iter_articles, parse
from wireparse.reading.source import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from wireparse.model import Article

__all__ = ["FORMATS", "TEXT_SEPARATOR", "main", "render_text"]

#: The output formats: name -> file suffix used with ``--output``.
FORMATS: Final = {
    "json": ".json",
    "jsonl": ".jsonl",
    "text": ".txt",
    "nitf": ".xml",
    "html": ".html",
    "explain": ".explain.txt",
}

#: The line ``--format text`` prints between two stories (of a capture, or of
#: two inputs), with a blank line on either side.
TEXT_SEPARATOR: Final = "=" * 72

#: Where the bundled sample article is, inside the package.
_SAMPLE: Final = "data/sample.txt"
_STDIN: Final = "-"
_SKIP_SUFFIXES: Final = frozenset({".json", ".jsonl", ".xml", ".html", ".md", ".tsv", ".psv"})
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")

_DESCRIPTION = """\
Parse raw news-wire stories (plain text, web copies, ANPA-1312, IPTC 7901 or
ZCZC feeds) into headline, byline, dateline, sections, paragraphs, quotes with
their speakers, credits, copyright and site furniture.

Inputs are files, folders (read recursively), glob patterns ('wire/**/*.txt')
or '-' for standard input; with none, the bundled sample article is parsed.
A file holding several feed stories gives one article per story."""

_EPILOG = """\
formats:
  json      one JSON object per article (a JSON array when there are several)
  jsonl     one JSON object per line, one line per article
  text      the clean story: headline, byline, then the body under its headings;
            a line of '=' between stories
  nitf      NITF 3.6 XML
  html      a self-contained page showing how each block was classified
  explain   a table of the blocks with their kinds and rules, and the defects

examples:
  wireparse story.txt
  wireparse wire/ --format jsonl > stories.jsonl
  wireparse 'captures/*.anpa' --format nitf --output out/ --jobs 2
  curl -s https://example.com/story.txt | wireparse - --format text

exit status: 0 when every input parsed, 1 when any failed, 2 on bad usage."""


# --------------------------------------------------------------------------
# Options and inputs
# --------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Options:
    """What each input is parsed and written with (it crosses process boundaries).

    :param parse: The options of the parse, built from the reading options.
    :param format: The output format, a key of :data:`FORMATS`.
    :param split: Whether a capture holding several stories is split.
    :param indent: The JSON indent, or ``None`` for one line.
    """

    parse: ParseOptions
    format: str
    split: bool
    indent: int | None


@attrs.frozen(slots=True)
class _Input:
    """One input: a file (*path*), standard input (*data*) or the bundled sample."""

    label: str
    path: str | None = None
    data: bytes | None = None
    relative: str | None = None


@attrs.frozen(slots=True)
class _Result:
    """What became of one input: its rendered articles, or why it failed."""

    label: str
    relative: str | None
    outputs: tuple[str, ...] = ()
    error: str | None = None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _language(text: str) -> str:
    try:
        return normalise_language(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 639-1 language code: {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return value


def _encoding(text: str) -> str:
    try:
        codecs.lookup(text)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r}") from None
    return text


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wireparse",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="a file, a folder, a glob pattern, or '-'"
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "-f",
        "--format",
        choices=list(FORMATS),
        default="json",
        help="what to write (default: json)",
    )
    out.add_argument(
        "--explain",
        action="store_const",
        const="explain",
        dest="format",
        help="the same as --format explain",
    )
    out.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        type=pathlib.Path,
        help="write one file per input into DIR instead of standard output",
    )
    out.add_argument(
        "--indent",
        type=_positive,
        default=2,
        metavar="N",
        help="indent JSON by N spaces, 0 for one line (default: 2; jsonl is always one line)",
    )
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    out.add_argument("--schema", action="store_true", help="print the JSON Schema and exit")
    run = parser.add_argument_group("reading")
    run.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU; default: 1)",
    )
    run.add_argument(
        "--input-format",
        choices=format_names(),
        metavar="NAME",
        help=f"read every story as this format, not detected ({', '.join(format_names())})",
    )
    run.add_argument(
        "--no-split",
        dest="split",
        action="store_false",
        help="read each input as one story, even a feed capture holding several",
    )
    run.add_argument("--encoding", type=_encoding, help="decode the input with this encoding")
    run.add_argument("--strict", action="store_true", help="fail on bytes that do not decode")
    run.add_argument(
        "--max-chars",
        type=_positive,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"the longest story accepted (default: {DEFAULT_MAX_CHARS:,})",
    )
    run.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date that gives dates written without a year their year",
    )
    run.add_argument(
        "--language",
        type=_language,
        metavar="CODE",
        help="the stories' language as an ISO 639-1 code (de, fr, es, en) instead of detecting it",
    )
    parser.add_argument("--version", action="version", version=f"wireparse {__version__}")
    return parser


def _expand(names: Sequence[str]) -> tuple[list[_Input], list[_Result]]:
    """Turn the command line's inputs into files; report those that match nothing."""
    if not names:
        return [_Input("sample", relative="sample")], []
    found: list[_Input] = []
    missing: list[_Result] = []
    for name in names:
        if name == _STDIN:
            found.append(_Input("<stdin>", data=sys.stdin.buffer.read(), relative="stdin"))
            continue
        path = pathlib.Path(name)
        if path.is_dir():
            wanted = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() not in _SKIP_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files = [p for p in wanted if p.is_file()]
            broken = [_broken(str(p), str(p.relative_to(path))) for p in wanted if _dangles(p)]
            found.extend(_Input(str(p), str(p), relative=str(p.relative_to(path))) for p in files)
            missing.extend(broken)
            if not files and not broken:
                missing.append(_Result(name, None, error="no files in this folder"))
        elif not path.exists() and glob.has_magic(name):
            base = _glob_base(name)
            names = sorted(glob.glob(name, recursive=True))
            matches = [p for p in names if os.path.isfile(p)]
            broken = [
                _broken(p, os.path.relpath(p, base)) for p in names if _dangles(pathlib.Path(p))
            ]
            found.extend(_Input(p, p, relative=os.path.relpath(p, base)) for p in matches)
            missing.extend(broken)
            if not matches and not broken:
                missing.append(_Result(name, None, error="no files match this pattern"))
        else:
            found.append(_Input(name, name, relative=path.name))
    return _distinct(found), missing


def _dangles(path: pathlib.Path) -> bool:
    """Whether *path* is a symbolic link that leads to nothing (broken, or a loop)."""
    return path.is_symlink() and not path.exists()


def _broken(label: str, relative: str) -> _Result:
    """The failure reported for a broken link found in a folder or by a pattern."""
    try:
        target = os.readlink(label)
    except OSError:  # pragma: no cover - removed since it was listed
        target = "?"
    try:
        os.stat(label)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
    else:  # pragma: no cover - mended since it was listed
        reason = "changed while read"
    return _Result(label, relative, error=f"broken symbolic link to {target!r}: {reason}")


def _distinct(inputs: list[_Input]) -> list[_Input]:
    """Give inputs that ``--output`` would write to one file names of their own.

    Two folders holding ``story.txt``, or ``a/x.txt`` and ``b/x.txt`` named
    one by one, would all be written as ``x``: the second keeps its place and
    becomes ``x-2``, the third ``x-3``, in input order.  Names are compared
    without regard to case, as some file systems do.
    """
    seen: set[str] = set()
    out: list[_Input] = []
    for item in inputs:
        relative = pathlib.PurePath(item.relative or "stdin")
        name = relative.name
        base = name.split(".")[0] or name  # the file's stem, as _Writer names it
        tail = name[len(base) :]
        key = (relative.parent / base).as_posix().casefold()
        if key in seen:
            n = 2
            while (relative.parent / f"{base}-{n}").as_posix().casefold() in seen:
                n += 1
            base = f"{base}-{n}"
            key = (relative.parent / base).as_posix().casefold()
            item = attrs.evolve(item, relative=str(relative.with_name(base + tail)))
        seen.add(key)
        out.append(item)
    return out


def _glob_base(pattern: str) -> str:
    """The folder a glob pattern's matches are named from: its parts before the first wildcard.

    ``captures/**/*.anpa`` gives ``captures``, so that ``--output`` keeps
    ``captures/a/x.anpa`` and ``captures/b/x.anpa`` apart as ``a/x`` and ``b/x``.
    """
    parts = pathlib.PurePath(pattern).parts
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts[:-1]))
    return str(pathlib.PurePath(*fixed)) if fixed else "."


# --------------------------------------------------------------------------
# Parsing and rendering one input (in a worker process with --jobs)
# --------------------------------------------------------------------------


def render_text(article: Article) -> str:
    """Return the clean story as plain text: :meth:`Article.to_text() <wireparse.Article.to_text>`.

    :param article: The article.
    """
    return article.to_text()


def _renderer(name: str, indent: int | None) -> Callable[[Article], str]:
    if name == "json":
        return lambda a: json.dumps(to_dict(a), ensure_ascii=False, indent=indent)
    if name == "jsonl":
        return dumps
    if name == "text":
        return render_text
    if name == "nitf":
        return to_nitf
    if name == "html":
        return render_html
    return lambda a: a.explain() + "\n"


def _read(item: _Input) -> bytes:
    if item.data is not None:
        return item.data
    if item.path is None:
        return resources.files("wireparse").joinpath(_SAMPLE).read_bytes()
    with open(item.path, "rb") as handle:
        return handle.read()


def _articles(data: bytes, options: _Options) -> Iterator[Article]:
    if (
        options.split
        and story_start_bytes().search(data) is not None
        and not data.startswith(_UTF16_BOMS)
    ):
        yield from iter_articles(data, options=options.parse)
        return
    yield parse(data, options=options.parse)


def _process(item: _Input, options: _Options) -> _Result:
    """Read, parse and render one input; never raises for a bad input."""
    try:
        render = _renderer(options.format, options.indent)
        outputs = tuple(render(a) for a in _articles(_read(item), options))
    except InputTooLargeError as exc:
        # The library's message names the keyword max_chars=; name the option.
        reason = (
            f"over the --max-chars limit of {exc.limit:,} ({exc.size:,}); "
            "pass a larger --max-chars to read it"
        )
        return _Result(item.label, item.relative, error=reason)
    except (OSError, WireparseError, LookupError, UnicodeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _Result(item.label, item.relative, error=reason)
    return _Result(item.label, item.relative, outputs)


def _process_star(job: tuple[_Input, _Options]) -> _Result:
    return _process(*job)


def _results(items: list[_Input], options: _Options, jobs: int) -> Iterator[_Result]:
    """Process the inputs, in order, in this process or in *jobs* worker processes."""
    if jobs <= 1 or len(items) < 2:
        for item in items:
            yield _process(item, options)
        return
    chunk = max(1, min(64, len(items) // (jobs * 4)))
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_process_star, ((item, options) for item in items), chunksize=chunk)


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


class _Writer:
    """Writes each result to standard output or to its file under ``--output``."""

    def __init__(self, options: _Options, output: pathlib.Path | None, many: bool) -> None:
        self.options = options
        self.output = output
        self.many = many
        self.json_items = 0
        self.stories = 0

    def write(self, result: _Result) -> None:
        if self.output is not None:
            self._to_file(result)
        else:
            self._to_stdout(result)

    def _joined(self, outputs: Sequence[str], *, array: bool) -> str:
        fmt = self.options.format
        if fmt == "jsonl":
            return "".join(o + "\n" for o in outputs)
        if fmt == "json":
            if array:
                sep = ",\n" if self.options.indent is not None else ","
                return "[" + sep.join(outputs) + "]\n"
            return outputs[0] + "\n"
        if fmt == "text":
            return f"\n{TEXT_SEPARATOR}\n\n".join(outputs)
        return "\n".join(o if o.endswith("\n") else o + "\n" for o in outputs)

    def _to_file(self, result: _Result) -> None:
        assert self.output is not None
        suffix = FORMATS[self.options.format]
        relative = pathlib.PurePath(result.relative or "stdin")
        stem = relative.with_name(relative.name.split(".")[0] or relative.name)
        if self.options.format in {"nitf", "html"} and len(result.outputs) > 1:
            # One document per story: a file cannot hold several.
            pieces = [
                (stem.with_name(f"{stem.name}-{n}{suffix}"), text)
                for n, text in enumerate(result.outputs, 1)
            ]
        else:
            array = len(result.outputs) > 1
            pieces = [
                (stem.with_name(stem.name + suffix), self._joined(result.outputs, array=array))
            ]
        for name, text in pieces:
            target = self.output / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")

    def _to_stdout(self, result: _Result) -> None:
        out = sys.stdout
        if self.options.format == "json" and self.many:
            for text in result.outputs:
                out.write(("[" if self.json_items == 0 else ",\n") + text)
                self.json_items += 1
            return
        if self.options.format == "explain" and self.many:
            for n, text in enumerate(result.outputs, 1):
                extra = f" #{n}" if len(result.outputs) > 1 else ""
                out.write(f"== {result.label}{extra}\n{text}\n")
            return
        if result.outputs:
            if self.options.format == "text" and self.stories:
                out.write(f"\n{TEXT_SEPARATOR}\n\n")
            out.write(self._joined(result.outputs, array=len(result.outputs) > 1))
            self.stories += len(result.outputs)

    def close(self) -> None:
        if self.output is None and self.options.format == "json" and self.many:
            sys.stdout.write("]\n" if self.json_items else "[]\n")


class _Progress:
    """A one-line progress bar on standard error, drawn only on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 1
        self.done = 0
        self.failed = 0

    def step(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "." * (width - filled)
            fails = f", {self.failed} failed" if self.failed else ""
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} files{fails}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 79 + "\r")
            sys.stderr.flush()


def _output_problem(folder: pathlib.Path) -> str | None:
    """Why ``--output`` cannot be *folder*, or ``None``; a missing folder is made later."""
    if folder.is_dir():
        return None
    if folder.is_symlink() and not folder.exists():
        return "is a broken symbolic link, not a folder"
    if folder.exists():
        return "is an existing file, not a folder"
    for parent in folder.parents:
        if parent.exists():
            return None if parent.is_dir() else f"{parent} is a file, not a folder"
    return None


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    parser = _arguments()
    args = parser.parse_args(argv)
    if args.schema:
        sys.stdout.write(schema_text())
        return 0
    options = _Options(
        parse=ParseOptions(
            encoding=args.encoding,
            strict=args.strict,
            max_chars=args.max_chars,
            format=args.input_format,
            reference_date=args.reference_date,
            language=args.language,
        ),
        format=args.format,
        split=args.split,
        indent=args.indent or None,
    )
    if args.output is not None:
        problem = _output_problem(args.output)
        if problem is not None:
            print(f"wireparse: -o/--output {args.output}: {problem}", file=sys.stderr)
            return 2
    started = time.perf_counter()
    items, failures = _expand(args.inputs)
    for failure in failures:
        print(f"wireparse: {failure.label}: {failure.error}", file=sys.stderr)
    jobs = args.jobs or os.cpu_count() or 1
    many = len(items) + len(failures) > 1
    writer = _Writer(options, args.output, many)
    progress = _Progress(len(items), not args.quiet and sys.stderr.isatty())
    articles = 0
    try:
        for result in _results(items, options, jobs):
            progress.step(result.error is not None)
            if result.error is not None:
                failures.append(result)
                progress.close()
                print(f"wireparse: {result.label}: {result.error}", file=sys.stderr)
                continue
            try:
                writer.write(result)
            except OSError as exc:
                if args.output is None:  # standard output: BrokenPipeError is handled below
                    raise
                failures.append(result)
                progress.close()
                reason = f"cannot write {exc.filename}: {exc.strerror or exc}"
                print(f"wireparse: {result.label}: {reason}", file=sys.stderr)
                continue
            articles += len(result.outputs)
        writer.close()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``wireparse FILE | head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        progress.close()
    if not args.quiet and (many or args.output is not None):
        seconds = time.perf_counter() - started
        print(
            f"wireparse: {_plural(len(items), 'file')}, {_plural(articles, 'article')}, "
            f"{_plural(len(failures), 'failure')}, {seconds:.2f} s",
            file=sys.stderr,
        )
    return 1 if failures else 0
