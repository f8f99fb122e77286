"""Audits of a whole book of filings: two phases, bad items reported in place, several processes.

Without a separate registry the book is its own registry. Phase one reads every item once and counts the keys
it is filed under (:class:`~beianrules.conflicts.KeyCounter`): a document shaped as a filing is read from its
JSON only (:func:`~beianrules.conflicts.document_keys`, the keys its filing would have, at a fraction of the
cost of structuring it); any other item is structured, and a bad one becomes an :class:`InputErrorResult` at
its place. The documents sharing a key are then structured and indexed
(:class:`~beianrules.conflicts.ConflictIndex`); one that turns out bad is left out, as a registry leaves it
out. Phase two structures and checks each document against that index, in input order; a bad one is an
:class:`InputErrorResult` there. With ``strict``, phase one structures every item, so that all bad items are
known before the first report. With ``jobs`` above 1, both phases are spread over that many processes: in
phase one they read the items and digest their keys, which this process counts; in phase two each is given
the documents of the index once, and makes the index itself. Reports are yielded as they are made.

An ``as_of`` given to an audit is the day of every report, whatever day a record says (FORMAT.md); without
one, each record's own ``as_of``, else today. Each report says the day it used.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import multiprocessing
import multiprocessing.pool
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from beianrules.checker import EngineName, _check, _engine, _registry
from beianrules.coherence import dates_after
from beianrules.conflicts import ConflictIndex, Key, KeyCounter, document_keys, filed_keys, stable_digest
from beianrules.convert import load_document, parse_date, structure_filing
from beianrules.errors import InputError, InputIssue
from beianrules.model import Filing
from beianrules.problems import issue
from beianrules.registry import Registry
from beianrules.report import Report

Item = tuple[int | None, Any]
"""(line number in a JSON Lines file or None, the document: a dict, JSON text or bytes, or a Filing)."""

Source = Callable[[], Iterator[Item]]
"""Reads the book from its beginning, each time it is called (the phases read it more than once)."""


@attrs.frozen
class InputErrorResult:
    """An item of an audit that could not be audited: its place and every problem found in it."""

    item: int
    """Its index among the audit's items (0-based)."""
    line: int | None
    """Its line in the JSON Lines file, when read from one."""
    issues: tuple[InputIssue, ...]

    ok = False

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"ok": False, "input_error": True, "item": self.item}
        if self.line is not None:
            found["line"] = self.line
        found["issues"] = [i.to_dict() for i in self.issues]
        return found

    def to_text(self, lang: str = "en") -> str:
        head = (f"第 {self.line if self.line is not None else self.item} {'行' if self.line is not None else '份'}"
                f"：输入有误，未核查" if lang == "zh" else
                f"{'line' if self.line is not None else 'item'} {self.line if self.line is not None else self.item}"
                ": bad input, not audited")
        return "\n".join([head, *(f"  {i.text(lang)}" for i in self.issues)])


Result = Report | InputErrorResult


def jsonl_source(path: str) -> Source:
    """The non-blank lines of a JSON Lines file, as bytes (each decoded and read when it is structured)."""

    def read() -> Iterator[Item]:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line
    return read


def sequence_source(documents: Sequence[Any]) -> Source:
    return lambda: ((None, document) for document in documents)


@attrs.define
class _Plan:
    """What phase one leaves for phase two."""

    positions: list[int | None]
    """Per item, its index in the book's registry, or None for a bad item."""
    days: list[_dt.date | None]
    errors: dict[int, InputErrorResult]
    index: ConflictIndex | None
    """The conflict index, when this process checks the documents (:meth:`Audit._run` makes it)."""
    shared: list[Shared] | None
    """The documents the index is made of, as read (None against a separate registry). With several processes,
    each worker is given them and makes the index: they pass to it much faster than the index would, and this
    process need not hold the index too."""
    size: int
    """How many good documents the book has (the index's size)."""
    registry: Registry | None
    today: _dt.date
    """The day of a record without ``as_of`` when the audit gives none."""


def _read(item: int, line: int | None, document: Any, as_of: _dt.date | None,
          today: _dt.date) -> tuple[Filing, _dt.date] | InputErrorResult:
    try:
        if isinstance(document, bytes):
            try:
                document = document.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError([issue("", "not_utf8", what="line", file=str(line))]) from None
        filing = structure_filing(document)
        day = _day_of(filing, as_of, today)
        late = dates_after(filing, day)
        if late:
            raise InputError(late)
    except InputError as err:
        placed = tuple(i.on_line(line) if line is not None else i.in_item(item) for i in err.issues)
        return InputErrorResult(item, line, placed)
    return filing, day


def _day_of(filing: Filing, as_of: _dt.date | None, today: _dt.date) -> _dt.date:
    """The audit's day if it gives one, else the record's own, else today (FORMAT.md)."""
    return as_of if as_of is not None else filing.as_of if filing.as_of is not None else today


class Audit(Iterator[Result]):
    """An audit under way: iterate it for the results, in input order.

    ``total`` (the number of items) is known once phase one is done; ``timings`` holds each phase's seconds
    (``index``, ``check``) as it ends.
    """

    def __init__(self, source: Source, *, registry: Registry | Iterable[Any] | None = None,
                 as_of: _dt.date | str | None = None, engine: EngineName | None = None, jobs: int = 1,
                 strict: bool = False, on_read: Callable[[int], None] | None = None):
        self.total: int | None = None
        self.timings: dict[str, float] = {}
        self._results = self._run(source, registry, _audit_day(as_of), _engine(engine), max(1, jobs), strict,
                                  on_read)

    def __next__(self) -> Result:
        return next(self._results)

    def _run(self, source: Source, registry: Registry | Iterable[Any] | None, as_of: _dt.date | None,
             engine: EngineName, jobs: int, strict: bool, on_read: Callable[[int], None] | None) -> Iterator[Result]:
        start = time.perf_counter()
        plan = _plan(source, _registry(registry), as_of, _dt.date.today(), strict, on_read, jobs)
        self.total = len(plan.positions)
        in_process = jobs == 1 or self.total < 2
        if in_process and plan.shared is not None:
            plan.index, plan.shared = _conflict_index(plan.shared, plan.size, as_of, plan.today), None
        self.timings["index"] = time.perf_counter() - start
        start = time.perf_counter()
        if in_process:
            _init_worker(plan.index, plan.registry, engine, as_of, plan.today)
            for item, (line, document) in enumerate(source()):
                yield plan.errors.get(item) or _audit_one((item, line, plan.positions[item], document,
                                                           plan.days[item]))
        else:
            yield from _parallel(source, plan, engine, jobs, as_of)
        self.timings["check"] = time.perf_counter() - start


Read = tuple[_dt.date | None, list[int] | None]
"""Phase one's word on an item it did not find bad: its day (None: not structured yet, phase two reads it) and
the digests of its keys (None: no keys are counted)."""


def _plan(source: Source, registry: Registry | None, as_of: _dt.date | None, today: _dt.date, strict: bool,
          on_read: Callable[[int], None] | None, jobs: int = 1) -> _Plan:
    positions: list[int | None] = []
    days: list[_dt.date | None] = []
    errors: dict[int, InputErrorResult] = {}
    # Several processes must digest keys alike (hash() of text is salted per process); in one, hash() is cheaper.
    counter = KeyCounter(stable_digest) if jobs > 1 else KeyCounter()
    # Only an all-or-nothing audit must find every bad item before the first report: otherwise phase one
    # reads each document's keys from its JSON and phase two structures it (and reports it if it is bad).
    reader = (as_of, today, registry is None, counter._digest, not strict)
    if jobs > 1:
        reads: Iterator[InputErrorResult | Read] = _parallel_reads(source, reader, jobs)
    else:
        _init_reader(*reader)
        reads = (_read_keys(task) for task in _read_tasks(source))
    for item, read in enumerate(reads):
        if isinstance(read, InputErrorResult):
            errors[item] = read
            positions.append(None)
            days.append(None)
        else:
            day, digests = read
            positions.append(counter.count)
            days.append(day)
            if digests is None:
                counter.count += 1
            else:
                counter.add_digests(counter.count, digests)
        if on_read is not None:
            on_read(item + 1)
    if strict and errors:
        raise InputError([i for result in errors.values() for i in result.issues])
    if registry is not None:
        return _Plan(positions, days, errors, None, None, counter.count, registry, today)
    sharing = counter.release()
    shared = [(position, item, line, document) for item, (line, document) in enumerate(source())
              if (position := positions[item]) is not None and position in sharing]
    return _Plan(positions, days, errors, None, shared, counter.count, None, today)


Shared = tuple[int, int, int | None, Any]
"""A document sharing a key: (its index in the book's registry, item, line, the document as read)."""


def _conflict_index(shared: Iterable[Shared], size: int, as_of: _dt.date | None, today: _dt.date) -> ConflictIndex:
    # A document phase one did not structure may turn out bad here: it is then no document of the book.
    filings = ((position, read[0]) for position, item, line, document in shared
               for read in [_read(item, line, document, as_of, today)] if not isinstance(read, InputErrorResult))
    return ConflictIndex.indexing(filings, size)


_READER: tuple[_dt.date | None, _dt.date, bool, Callable[[Key], int], bool] | None = None
"""Phase one's settings, in this process or in each worker: as_of, today, whether keys count, the digest, and
whether a document's keys may be read without structuring it."""


def _init_reader(as_of: _dt.date | None, today: _dt.date, keyed: bool, digest: Callable[[Key], int],
                 lenient: bool) -> None:
    global _READER
    _READER = (as_of, today, keyed, digest, lenient)


def _read_tasks(source: Source) -> Iterator[tuple[int, int | None, Any]]:
    return ((item, line, document) for item, (line, document) in enumerate(source()))


def _read_keys(task: tuple[int, int | None, Any]) -> InputErrorResult | Read:
    """Phase one for one item: its input errors, or its day and the digests of its keys.

    Leniently, the keys of a document shaped as a filing are read from its JSON (the same keys, without the cost
    of structuring it: :func:`~beianrules.conflicts.document_keys`), and its day is left to phase two; any other
    item is structured here.
    """
    assert _READER is not None
    as_of, today, keyed, digest, lenient = _READER
    item, line, document = task
    if lenient:
        if not keyed:
            return None, None
        keys = _document_keys(document)
        if keys is not None:
            return None, [digest(key) for key in keys]
    read = _read(item, line, document, as_of, today)
    if isinstance(read, InputErrorResult):
        return read
    filing, day = read
    return day, [digest(key) for key in filed_keys(filing)] if keyed else None


def _document_keys(document: Any) -> set[Key] | None:
    """The keys of a document read from its JSON; None where it cannot be read so (then it is structured)."""
    if isinstance(document, Filing):
        return filed_keys(document)
    try:
        return document_keys(load_document(document))  # bytes too: read as UTF-8, a bad one an InputError
    except (InputError, TypeError):
        return None


def _parallel_reads(source: Source, reader: tuple[_dt.date | None, _dt.date, bool, Callable[[Key], int], bool],
                    jobs: int) -> Iterator[InputErrorResult | Read]:
    # Reading is all of phase one: the workers do it, this process only counts the digests they return (in
    # large chunks: passing items one by one costs this process more than reading them).
    with _pool(jobs, _init_reader, reader) as pool:
        yield from pool.imap(_read_keys, _read_tasks(source), chunksize=256)


def _audit_day(as_of: _dt.date | str | None) -> _dt.date | None:
    if as_of is None or isinstance(as_of, _dt.date):
        return as_of
    try:
        return parse_date(as_of)
    except ValueError as exc:
        raise InputError([InputIssue("as_of", str(exc), source="argument")]) from None


# -- phase two, in this process or in each worker ------------------------------------------------------------

_WORKER: tuple[ConflictIndex | None, Registry | None, EngineName, _dt.date | None, _dt.date] | None = None
"""Phase two's settings, in this process or in each worker: the index, the registry, the engine, the audit's
as_of and today."""

Task = tuple[int, int | None, int | None, Any, _dt.date | None]
"""(item, line, registry index or None for a bad item, document, day or None when phase one did not read it)."""


def _init_worker(index: ConflictIndex | None, registry: Registry | None, engine: EngineName,
                 as_of: _dt.date | None, today: _dt.date) -> None:
    global _WORKER
    _WORKER = (index, registry, engine, as_of, today)


def _init_indexing_worker(shared: list[Shared] | None, size: int, registry: Registry | None, engine: EngineName,
                          as_of: _dt.date | None, today: _dt.date) -> None:
    index = _conflict_index(shared, size, as_of, today) if shared is not None else None
    _init_worker(index, registry, engine, as_of, today)


def _audit_one(task: Task) -> Report | InputErrorResult:
    item, line, position, document, day = task
    assert _WORKER is not None and position is not None
    index, registry, engine, as_of, today = _WORKER
    shared = index.conflicts._entries.get(position) if index is not None and day is None else None
    if shared is not None:  # structured and found good when the index was made
        document, day = shared.filing, _day_of(shared.filing, as_of, today)
    elif day is None:  # not structured in phase one
        read = _read(item, line, document, as_of, today)
        if isinstance(read, InputErrorResult):
            return read
        document, day = read
    return check_in_book((index, registry, engine), position, document, day)


def check_in_book(against: tuple[ConflictIndex | None, Registry | None, EngineName], position: int, document: Any,
                  day: _dt.date) -> Report:
    """Phase two for one good document (a Filing, or what it was read from): its report against the book's
    conflict index, the document being the ``position``-th good one of the book, or against a separate registry
    (``against``: index or None, registry or None, engine). Also the Dask audit's (:mod:`beianrules.dask`)."""
    index, registry, engine = against
    if index is not None:
        shared = index.conflicts._entries.get(position)
        filing = shared.filing if shared is not None else structure_filing(document)
        return _check(filing, registry=index.view(position, filing), as_of=day, engine=engine)
    filing = structure_filing(document)
    return _check(filing, registry=registry, as_of=day, engine=engine)


def _audit_task(task: Task) -> Report | InputErrorResult | None:
    return None if task[2] is None else _audit_one(task)


def _parallel(source: Source, plan: _Plan, engine: EngineName, jobs: int,
              as_of: _dt.date | None) -> Iterator[Result]:
    # The documents of the index go to each worker once, as an initialiser argument, and each worker makes the
    # index, and its own engine state (ENGINE.md).
    tasks = ((item, line, plan.positions[item], None if item in plan.errors else document, plan.days[item])
             for item, (line, document) in enumerate(source()))
    with _pool(jobs, _init_indexing_worker,
               (plan.shared, plan.size, plan.registry, engine, as_of, plan.today)) as pool:
        # Chunks of 64: with 16, passing tasks and results cost this process a third of a core.
        for item, report in enumerate(pool.imap(_audit_task, tasks, chunksize=64)):
            yield report if report is not None else plan.errors[item]


def _pool(jobs: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> multiprocessing.pool.Pool:
    # forkserver, not fork: the caller's process may run threads (the progress bar's, a web server's), and
    # forking a threaded process can deadlock the child (Python 3.12+ warns of it). The server imports
    # beianrules.worker_preload once, so that each worker it forks starts with beianrules imported and shares
    # the reference data the server loaded.
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(["beianrules.worker_preload"])
        return forkserver.Pool(jobs, initializer=initializer, initargs=initargs)
    return multiprocessing.get_context("spawn").Pool(jobs, initializer=initializer, initargs=initargs)


def audit(documents: Iterable[Any], *, registry: Registry | Iterable[Any] | None = None,
          as_of: _dt.date | str | None = None, engine: EngineName | None = None, jobs: int = 1,
          strict: bool = False) -> Audit:
    """See :func:`beianrules.audit`."""
    listed = documents if isinstance(documents, Sequence) and not isinstance(documents, (str, bytes)) \
        else list(documents)
    return Audit(sequence_source(listed), registry=registry, as_of=as_of, engine=engine, jobs=jobs, strict=strict)


def default_jobs() -> int:
    """The CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# -- output: streamed results, the closing summary, the progress bar ----------------------------------------


@attrs.define
class Summary:
    """What an audit found, counted as results come (ruff's ``--statistics``, for filings)."""

    filings: int = 0
    acceptable: int = 0
    input_errors: int = 0
    codes: dict[str, int] = attrs.Factory(dict)

    def add(self, result: Result) -> None:
        if isinstance(result, InputErrorResult):
            self.input_errors += 1
            return
        self.filings += 1
        self.acceptable += result.ok
        for code in dict.fromkeys(result.codes):  # a code counts once per filing
            self.codes[code] = self.codes.get(code, 0) + 1

    def to_dict(self, timings: dict[str, float] | None = None) -> dict[str, Any]:
        return {"filings": self.filings, "acceptable": self.acceptable, "with_errors": self.filings - self.acceptable,
                "input_errors": self.input_errors, "codes": dict(sorted(self.codes.items(), key=_by_count)),
                **({"seconds": {k: round(v, 3) for k, v in timings.items()}} if timings is not None else {})}

    def text(self, timings: dict[str, float], lang: str = "en") -> str:
        seconds = sum(timings.values())
        if lang == "zh":
            failing = self.filings - self.acceptable
            lines = [f"核查 {self.filings} 份备案：{self.acceptable} 份无误，{failing} 份有错误，"
                     f"{self.input_errors} 行输入有误；"
                     f"用时 {seconds:.1f} 秒"]
        else:
            lines = [f"audited {self.filings} filing(s): {self.acceptable} acceptable, "
                     f"{self.filings - self.acceptable} with errors, {self.input_errors} bad input line(s); "
                     f"{seconds:.1f} s"]
        lines += [f"{count:8} {code}" for code, count in sorted(self.codes.items(), key=_by_count)]
        return "\n".join(lines)


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


class Writer:
    """Writes results as they come; ``close`` ends the output."""

    def __init__(self, out: Any, lang: str):
        self.out, self.lang, self.count = out, lang, 0

    def write(self, result: Result) -> None:
        self._write(result)
        self.count += 1
        self.out.flush()  # a reader of the stream sees each result when it is made

    def _write(self, result: Result) -> None:
        raise NotImplementedError

    def close(self, summary: Summary) -> None:
        pass


class TextWriter(Writer):
    def _write(self, result: Result) -> None:
        self.out.write(("\n\n" if self.count else "") + result.to_text(self.lang))

    def close(self, summary: Summary) -> None:
        nothing = "没有需要核查的备案\n" if self.lang == "zh" else "no filings to audit\n"
        self.out.write("\n" if self.count else nothing)


class JsonLinesWriter(Writer):
    def _write(self, result: Result) -> None:
        self.out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    """One JSON array, still written result by result."""

    def _write(self, result: Result) -> None:
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
        self.out.write(("[\n" if not self.count else ",\n") + text)

    def close(self, summary: Summary) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")


CSV_COLUMNS = ("item", "line", "order_id", "province", "as_of", "ok", "code", "kind", "severity", "paths",
               "message")


class CsvWriter(Writer):
    """A flat table for spreadsheets: one row per reason, one per filing without any, one per input problem."""

    def __init__(self, out: Any, lang: str):
        super().__init__(out, lang)
        self.rows = csv.writer(out)
        self.rows.writerow(CSV_COLUMNS)

    def _write(self, result: Result) -> None:
        if isinstance(result, InputErrorResult):
            for problem in result.issues:
                self.rows.writerow([result.item, result.line, "", "", "", False, problem.code or "input_error",
                                    "input_error", "error", problem.path, problem.message(self.lang)])
            return
        place = [self.count, "", result.order_id, result.province, result.as_of, result.ok]
        for reason in result.reasons:
            self.rows.writerow([*place, reason.code, reason.kind, reason.severity, ";".join(reason.paths),
                                reason.message[self.lang]])
        if not result.reasons:
            self.rows.writerow([*place, "", "", "", "", ""])


_WRITERS: dict[str, type[Writer]] = {"text": TextWriter, "json": JsonWriter, "jsonl": JsonLinesWriter,
                                     "csv": CsvWriter}


def writer(output_format: str, out: Any, lang: str) -> Writer:
    return _WRITERS[output_format](out, lang)


class ProgressBar:
    """A progress bar on a terminal (rich): items read in phase one, then filings checked."""

    def __init__(self, stream: Any):
        from rich.console import Console
        from rich.progress import Progress
        self._progress = Progress(console=Console(file=stream), transient=True)
        self._progress.start()
        self._reading = self._progress.add_task("reading", total=None)
        self._checking: Any = None

    def read(self, count: int) -> None:
        if count % 256 == 0:
            self._progress.update(self._reading, completed=count)

    def checked(self, total: int | None) -> None:
        if self._checking is None:
            self._progress.remove_task(self._reading)
            self._checking = self._progress.add_task("auditing", total=total)
        self._progress.advance(self._checking)

    def close(self) -> None:
        self._progress.stop()
