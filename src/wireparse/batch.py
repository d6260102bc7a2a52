"""Parsing many stories at once, in this process or in several.

:func:`wireparse.parse_many` parses an iterable of stories and yields the results in
input order, lazily, as the consumer asks for them.  With ``workers=2`` or
more, ``workers - 1`` processes of a
:class:`concurrent.futures.ProcessPoolExecutor` parse chunks of stories, a
bounded number of chunks in flight, and this process parses the chunks that
come up while it would otherwise wait for them, so that a long generator of
inputs is read only a little ahead of the results taken from it and every
CPU asked for is busy.

Articles come back from the workers pickled.  The default pickling of attrs'
slotted classes runs a Python ``__getstate__`` that builds a dict per object
(an article holds a few hundred objects), which made pickling and unpickling
cost a third as much as parsing itself.  The workers therefore pickle with a
private dispatch table that reduces each attrs class to its class and a
tuple of its field values (read by :func:`operator.attrgetter`, in C); the
parent rebuilds the objects by calling the class with them, or, for a class
with keyword-only or non-init fields, with attrs' own ``__setstate__``.  The result
is the same object, at less than half the cost.
"""

from __future__ import annotations

import collections
import copyreg
import gc
import io
import itertools
import math
import operator
import os
import pickle
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Literal, overload

import attrs

from wireparse.errors import WireparseError
from wireparse.model import Article
from wireparse.options import ParseOptions, resolve
from wireparse.parser import parse

if TYPE_CHECKING:
    import datetime
    from collections.abc import Generator, Iterable, Iterator
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

__all__ = ["DEFAULT_CHUNKSIZE", "BatchResult", "ErrorMode", "parse_many"]

#: What :func:`parse_many` does with an input that fails to parse.
ErrorMode = Literal["raise", "skip", "collect"]

_ERROR_MODES: Final = ("raise", "skip", "collect")

#: The number of stories sent to a worker per task, for a long input.  A
#: shorter input (fewer than ``workers * CHUNKS_PER_WORKER * DEFAULT_CHUNKSIZE``
#: stories) is cut into smaller chunks, so that every worker gets several.
#: Chunks are kept small because the last chunks in the workers when the input
#: runs out are waited for with this process idle: at 25 stories of about
#: 1.5 ms, that wait is under a tenth of a second.
DEFAULT_CHUNKSIZE: Final = 25

# Chunks per worker a short input is cut into, so that the last chunks to
# finish leave little imbalance between the workers.
CHUNKS_PER_WORKER: Final = 8

# Chunks in flight per worker: enough to keep every worker busy while the
# consumer takes results, few enough to bound read-ahead and memory.
_IN_FLIGHT_PER_WORKER: Final = 2

# Chunks parsed here that may wait for an earlier chunk still in a worker, per
# worker: with fewer, this process, often a little quicker than a worker,
# caught up with the pool and sat waiting.
_PARSED_HERE_PER_WORKER: Final = 4

# The errors wireparse documents for a bad input: these are what ``errors=``
# governs.  Anything else is a bug and is always raised.
_INPUT_ERRORS: Final = (WireparseError, TypeError)

# What is sent to a worker as it is (a memoryview is copied to bytes first).
_TEXT_TYPES: Final = (str, bytes, bytearray)

_Outcome = Article | BaseException


def _error_key(error: BaseException | None) -> object:
    return None if error is None else (type(error), error.args)


@attrs.frozen(slots=True)
class BatchResult:
    """The outcome of one input of :func:`parse_many` with ``errors="collect"``.

    Exactly one of *article* and *error* is set.  Two results compare equal
    when their index and article are equal and their errors are of the same
    type with the same arguments.

    :param index: The input's position in the iterable, counting from 0.
    :param article: The parsed article, or ``None`` if the input failed.
    :param error: The exception the input raised (a
        :class:`~wireparse.WireparseError` or :class:`TypeError`), or ``None``.
    """

    index: int
    article: Article | None = None
    error: BaseException | None = attrs.field(default=None, eq=_error_key)

    @property
    def ok(self) -> bool:
        """Whether the input parsed."""
        return self.error is None

    @property
    def error_type(self) -> str | None:
        """The name of the error's class (``"EmptyInputError"``), or ``None``."""
        return None if self.error is None else type(self.error).__name__

    @property
    def error_message(self) -> str | None:
        """The error's message, or ``None``."""
        return None if self.error is None else str(self.error)


@overload
def parse_many(
    texts: Iterable[object],
    *,
    workers: int | Literal["auto"] | None = ...,
    chunksize: int | None = ...,
    errors: Literal["raise", "skip"] = ...,
    mp_context: BaseContext | None = ...,
    options: ParseOptions | None = ...,
    encoding: str | None = ...,
    strict: bool | None = ...,
    max_chars: int | None = ...,
    format: str | None = ...,
    reference_date: datetime.date | None = ...,
    language: str | None = ...,
) -> Generator[Article, None, None]: ...


@overload
def parse_many(
    texts: Iterable[object],
    *,
    workers: int | Literal["auto"] | None = ...,
    chunksize: int | None = ...,
    errors: Literal["collect"],
    mp_context: BaseContext | None = ...,
    options: ParseOptions | None = ...,
    encoding: str | None = ...,
    strict: bool | None = ...,
    max_chars: int | None = ...,
    format: str | None = ...,
    reference_date: datetime.date | None = ...,
    language: str | None = ...,
) -> Generator[BatchResult, None, None]: ...


def parse_many(
    texts: Iterable[object],
    *,
    workers: int | Literal["auto"] | None = None,
    chunksize: int | None = None,
    errors: ErrorMode = "raise",
    mp_context: BaseContext | None = None,
    options: ParseOptions | None = None,
    encoding: str | None = None,
    strict: bool | None = None,
    max_chars: int | None = None,
    format: str | None = None,
    reference_date: datetime.date | None = None,
    language: str | None = None,
) -> Generator[Article, None, None] | Generator[BatchResult, None, None]:
    """Parse many stories, yielding the results lazily, in input order.

    The arguments are checked at once; the work starts when the first result
    is asked for.  Each input is parsed exactly as :func:`wireparse.parse`
    would parse it with the same options: a :class:`~wireparse.ParseOptions`
    (*options*), with the keyword shortcuts given (not ``None``) overriding
    its fields, as for :func:`wireparse.parse`.

    With *workers* of 2 or more, ``workers - 1`` worker processes are started
    and this process is the last worker: the inputs are sent to the pool a
    chunk at a time, at most two chunks per worker process in flight, and
    while the next chunk due is still in a worker, this process parses the
    chunk after the last one sent (at most ``4 * workers`` such chunks wait).  The
    iterable is read only that far ahead of the result being yielded (and,
    without *chunksize*, up to ``workers * 8 * 25`` inputs at the start, to
    size the chunks of a short input).  The pool is shut down when the
    generator is exhausted, closed or garbage-collected.

    :param texts: The stories, each ``str`` or bytes (``bytes``,
        ``bytearray``, ``memoryview``); any iterable, a generator included.
    :param workers: How many processes parse, this one included: ``None`` or
        ``1`` to parse in this process alone; ``2`` or more to start
        ``workers - 1`` worker processes beside it; ``"auto"`` for one per
        CPU this process may use.
    :param chunksize: Stories per task sent to a worker.  By default
        :data:`wireparse.batch.DEFAULT_CHUNKSIZE` (25), or fewer for a short input, so that
        each worker gets about eight chunks.  Ignored in this process.
    :param errors: What to do with an input that raises one of the documented
        errors (a :class:`~wireparse.WireparseError` or :class:`TypeError`):
        ``"raise"`` re-raises it, with a note naming the input's index, once
        the results before it have been yielded; ``"skip"`` leaves it out;
        ``"collect"`` yields a :class:`BatchResult` for every input, holding
        the article or the error.  Any other exception is a bug and is raised
        in every mode.
    :param mp_context: The :mod:`multiprocessing` context of the pool (for
        example ``multiprocessing.get_context("spawn")``); by default the
        platform's.
    :param options: As for :func:`~wireparse.parse`; sent to the workers once per chunk.
    :param encoding: As for :func:`~wireparse.parse`.
    :param strict: As for :func:`~wireparse.parse`.
    :param max_chars: As for :func:`~wireparse.parse`.
    :param format: As for :func:`~wireparse.parse`.
    :param reference_date: As for :func:`~wireparse.parse`.
    :param language: As for :func:`~wireparse.parse`.
    :returns: A generator of :class:`~wireparse.Article` (with ``errors="raise"``
        or ``"skip"``) or of :class:`BatchResult` (with ``errors="collect"``);
        closing it shuts the pool down.
    :raises TypeError: If *texts* is not iterable, or *workers* or *chunksize*
        is not an integer.
    :raises ValueError: If *workers* or *chunksize* is less than 1, *errors*
        is not one of the three modes, *format* names no known format, or
        *language* is no ISO 639-1 code.
    :raises LookupError: If *encoding* names no known codec.
    """
    count = _check_workers(workers)
    if chunksize is not None and (
        not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1
    ):
        raise ValueError(f"chunksize must be a positive integer or None, not {chunksize!r}")
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    parse_options = resolve(
        options,
        encoding=encoding,
        strict=strict,
        max_chars=max_chars,
        format=format,
        reference_date=reference_date,
        language=language,
    )
    iterator = iter(texts)
    if count == 1:
        return _in_process(iterator, errors, parse_options)
    return _pooled(iterator, count, chunksize, errors, parse_options, mp_context)


def _check_workers(workers: object) -> int:
    if workers is None:
        return 1
    if workers == "auto":
        return _available_cpus()
    if not isinstance(workers, int) or isinstance(workers, bool):
        raise TypeError(f"workers must be an integer, 'auto' or None, not {workers!r}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1 (or 'auto' for one per CPU), not {workers}")
    return workers


def _available_cpus() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return os.cpu_count() or 1


def _in_process(
    texts: Iterator[object], mode: ErrorMode, options: ParseOptions
) -> Generator[Any, None, None]:
    for index, text in enumerate(texts):
        try:
            article = parse(text, options=options)  # type: ignore[arg-type]
        except _INPUT_ERRORS as exc:
            if mode == "raise":
                exc.add_note(_note(index))
                raise
            if mode == "collect":
                yield BatchResult(index, None, exc)
            continue
        except Exception as exc:
            exc.add_note(_note(index))
            raise
        yield BatchResult(index, article) if mode == "collect" else article


def _note(index: int) -> str:
    return f"raised by wireparse.parse_many() for input {index} (counting from 0)"


# -- The pool ------------------------------------------------------------------


def _pooled(
    texts: Iterator[object],
    workers: int,
    chunksize: int | None,
    mode: ErrorMode,
    options: ParseOptions,
    mp_context: BaseContext | None,
) -> Generator[Any, None, None]:
    """Parse in ``workers - 1`` worker processes and in this one.

    Chunks go to the pool, at most :data:`_IN_FLIGHT_PER_WORKER` per worker.
    While the chunk whose results come next is still in a worker, this
    process takes the next chunk from the input and parses it itself (at most
    ``4 * workers`` such chunks wait their turn), so that no CPU stands idle
    while this one waits: rebuilding the workers' articles costs a twentieth
    of parsing them or more, and a pool of *workers* processes beside a
    waiting parent would leave that work competing for the same CPUs.
    """
    chunks = _chunks(texts, workers, chunksize)
    pending: collections.deque[_Chunk] = collections.deque()
    in_pool = 0
    here = 0
    exhausted = False
    # Imported here: multiprocessing costs milliseconds that `import wireparse` need not pay.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers - 1, mp_context=mp_context)
    try:
        while True:
            while not exhausted and in_pool < (workers - 1) * _IN_FLIGHT_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                start, items = chunk
                sent, local = _prepare(items, options)
                future = pool.submit(_parse_chunk, sent, options)
                pending.append(_Chunk(start, local, future))
                in_pool += 1
            if not pending:
                return
            head = pending[0]
            waiting = head.future is not None and not head.future.done()
            if waiting and not exhausted and here < _PARSED_HERE_PER_WORKER * workers:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    start, items = chunk
                    pending.append(_Chunk(start, _parse_here(items, options)))
                    here += 1
                continue
            pending.popleft()
            if head.future is None:
                here -= 1
                outcomes = head.local
            else:
                in_pool -= 1
                returned = _loads(head.future.result())
                outcomes = [
                    found if found is not None else mine
                    for found, mine in zip(returned, head.local, strict=True)
                ]
            for offset, found in enumerate(outcomes):
                index = head.start + offset
                assert found is not None
                if isinstance(found, Article):
                    yield BatchResult(index, found) if mode == "collect" else found
                elif mode == "raise" or not isinstance(found, _INPUT_ERRORS):
                    found.add_note(_note(index))
                    raise found
                elif mode == "collect":
                    yield BatchResult(index, None, found)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@attrs.define(slots=True)
class _Chunk:
    """A chunk of inputs on its way: sent to a worker, or parsed here.

    :param start: The index of its first input.
    :param local: The outcomes known here: errors of inputs that were not
        sent (``None`` for those that were), or, for a chunk parsed here,
        every outcome.
    :param future: The worker's task, or ``None`` for a chunk parsed here.
    """

    start: int
    local: list[_Outcome | None]
    future: Future[bytes] | None = None


def _parse_here(items: list[object], options: ParseOptions) -> list[_Outcome | None]:
    """Parse a chunk in this process, keeping each error in its input's place."""
    outcomes: list[_Outcome | None] = []
    for item in items:
        try:
            outcomes.append(parse(item, options=options))  # type: ignore[arg-type]
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


def _chunks(
    texts: Iterator[object], workers: int, chunksize: int | None
) -> Iterator[tuple[int, list[object]]]:
    """Yield ``(index of the first, inputs)`` chunks of *texts*, reading lazily."""
    if chunksize is None:
        # Read up to the point where the default chunks would give every
        # worker CHUNKS_PER_WORKER of them; a shorter input gets smaller chunks.
        limit = workers * CHUNKS_PER_WORKER * DEFAULT_CHUNKSIZE
        head = list(itertools.islice(texts, limit))
        if len(head) < limit:
            chunksize = max(1, math.ceil(len(head) / (workers * CHUNKS_PER_WORKER)))
        else:
            chunksize = DEFAULT_CHUNKSIZE
        texts = itertools.chain(head, texts)
    start = 0
    while chunk := list(itertools.islice(texts, chunksize)):
        yield start, chunk
        start += len(chunk)


def _prepare(
    items: list[object], options: ParseOptions
) -> tuple[list[str | bytes | bytearray | None], list[_Outcome | None]]:
    """Split a chunk into what goes to a worker and the errors found here.

    What is not text never leaves this process (it might not pickle): its
    :class:`TypeError` is raised here, by :func:`~wireparse.parse` itself.
    """
    sent: list[str | bytes | bytearray | None] = []
    local: list[_Outcome | None] = []
    for item in items:
        if isinstance(item, memoryview):
            item = item.tobytes()
        if isinstance(item, _TEXT_TYPES):
            sent.append(item)
            local.append(None)
            continue
        try:
            parse(item, options=options)  # type: ignore[arg-type]
        except Exception as exc:
            error: BaseException = exc
        else:  # pragma: no cover - parse() takes only text
            error = TypeError(f"cannot send {type(item).__name__} to a worker")
        sent.append(None)
        local.append(error)
    return sent, local


def _parse_chunk(items: list[str | bytes | bytearray | None], options: ParseOptions) -> bytes:
    """Parse a chunk in a worker; return the articles and errors, pickled.

    ``None`` stands for an input that failed in the parent, and comes back as
    ``None``.
    """
    outcomes: list[_Outcome | None] = []
    for item in items:
        if item is None:
            outcomes.append(None)
            continue
        try:
            outcomes.append(parse(item, options=options))
        except _INPUT_ERRORS as exc:
            outcomes.append(exc)
        except Exception as exc:
            outcomes.append(_portable(exc))
    return _dumps(outcomes)


def _portable(exc: Exception) -> BaseException:
    """Return a bug's exception, with the worker's traceback, in a form that pickles."""
    text = "".join(traceback.format_exception(exc))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        exc = RuntimeError(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}")
    exc.add_note(f"in a wireparse.parse_many() worker:\n{text}")
    return exc


# -- Pickling articles fast ------------------------------------------------------

_Reducer = Callable[[Any], Any]


class _Reducers(dict[type, _Reducer]):
    """A pickle dispatch table, filled per class on first use.

    An attrs class whose ``__setstate__`` takes a tuple of its field values
    (attrs' slotted classes) is reduced to the class and that tuple, when
    every field is a positional argument of its generated ``__init__`` with no
    converter, else to ``copyreg.__newobj__`` and that tuple; wireparse's
    errors are rebuilt without calling their ``__init__``; any other class
    pickles as it would without this table (its :mod:`copyreg` reducer, else
    its ``__reduce_ex__``).
    """

    def __missing__(self, cls: type) -> _Reducer:
        if issubclass(cls, type):
            # Classes with a metaclass (enums') are saved by name, which the
            # pickler does only when the table has no entry for them.
            raise KeyError(cls)
        reducer = _attrs_reducer(cls)
        if reducer is None and issubclass(cls, WireparseError):
            reducer = _reduce_error
        if reducer is None:
            reducer = copyreg.dispatch_table.get(cls, _REDUCE_EX)
        self[cls] = reducer
        return reducer


def _attrs_reducer(cls: type) -> _Reducer | None:
    if not attrs.has(cls) or cls.__reduce_ex__ is not object.__reduce_ex__:
        return None
    names = tuple(a.name for a in attrs.fields(cls))
    # Make sure that this class's __setstate__ sets the fields from a tuple in
    # field order, on a bare instance; else pickle it the ordinary way.
    probe = object.__new__(cls)
    markers = tuple(object() for _ in names)
    try:
        probe.__setstate__(markers)  # type: ignore[attr-defined]
        if any(getattr(probe, n) is not m for n, m in zip(names, markers, strict=True)):
            return None
    except Exception:
        return None
    fields = attrs.fields(cls)
    init = getattr(cls.__init__, "__code__", None)
    generated = init is not None and init.co_filename.startswith("<attrs generated")
    if names and generated and all(f.init and not f.kw_only and not f.converter for f in fields):
        # Rebuilt by calling the class with the values in field order: attrs'
        # generated __init__ costs a quarter less than __setstate__ on a bare
        # instance, and its validators pass, as the values came from a valid
        # object.
        if len(names) == 1:
            only = names[0]
            return lambda obj: (cls, (getattr(obj, only),))
        positional = operator.attrgetter(*names)
        return lambda obj: (cls, positional(obj))
    new = copyreg.__newobj__  # type: ignore[attr-defined]
    if not names:
        return lambda obj: (new, (cls,), ())
    if len(names) == 1:
        name = names[0]
        return lambda obj: (new, (cls,), (getattr(obj, name),))
    values = operator.attrgetter(*names)
    return lambda obj: (new, (cls,), values(obj))


def _reduce_error(exc: BaseException) -> tuple[Any, ...]:
    return _rebuild_error, (type(exc), exc.args, dict(vars(exc)))


def _rebuild_error(
    cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]
) -> BaseException:
    """Rebuild an error from its arguments and attributes, without ``__init__``.

    :class:`~wireparse.InputTooLargeError` and :class:`~wireparse.DecodeError`
    take other arguments than their ``args``, so that the default pickling of
    exceptions cannot rebuild them.
    """
    exc = cls.__new__(cls, *args)
    exc.args = args
    vars(exc).update(state)
    return exc


_REDUCE_EX: Final = operator.methodcaller("__reduce_ex__", pickle.HIGHEST_PROTOCOL)
_REDUCERS: Final = _Reducers()


def _loads(data: bytes) -> list[_Outcome | None]:
    """Unpickle a worker's chunk, with the cyclic garbage collector paused.

    A chunk holds thousands of new objects and no cycles; without the pause,
    their allocation sets off collections that traverse them over and over,
    which made unpickling about a quarter slower.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        outcomes: list[_Outcome | None] = pickle.loads(data)
    finally:
        if enabled:
            gc.enable()
    return outcomes


def _dumps(obj: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(obj)
    return buffer.getvalue()
