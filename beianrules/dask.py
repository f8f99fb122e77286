"""Audits beyond one machine: the two phases of :mod:`beianrules.auditing` as a Dask job (``beianrules[dask]``).

::

    import beianrules.dask
    from distributed import Client

    client = Client("tcp://scheduler:8786")            # workers with beianrules installed
    results = beianrules.dask.audit("s3://bucket/book/*.jsonl", client=client, as_of="2026-11-28")
    for result in client.compute(results, sync=True):   # Reports and InputErrorResults, in input order
        ...
    beianrules.dask.audit("book-*.jsonl", client=client, output="audit/", format="parquet")

Phase one is a map-reduce: each partition of the JSON Lines (read by ``dask.bag.read_text``: any path and
file system Dask reads) is structured line by line and its documents' keys counted
(:class:`~beianrules.conflicts.KeyCounter`, with a digest that every process computes alike); the reduce
merges the counts in book order and leaves the documents that share a key, which are read again and indexed
(:class:`~beianrules.conflicts.ConflictIndex`) where the job was started. That index is scattered to every
worker once. Phase two maps each partition to its results against it, with the single-machine code
(:func:`~beianrules.auditing.check_in_book`): the reports are those of :func:`beianrules.audit` over the same
lines, report for report, in input order. A bad line is an :class:`~beianrules.auditing.InputErrorResult` in
its place (``item`` numbers the non-blank lines of all the paths together, ``line`` counts within its file)
and the rest is audited; an ``as_of`` given here is the day of every report, whatever day a record says.
"""

from __future__ import annotations

import datetime as _dt
import json
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

import attrs

from beianrules.auditing import InputErrorResult, Result, _audit_day, _read, check_in_book
from beianrules.checker import EngineName, _engine
from beianrules.conflicts import ConflictIndex, KeyCounter, stable_digest
from beianrules.convert import structure_filing
from beianrules.model import Filing
from beianrules.registry import Registry

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

OutputFormat = Literal["jsonl", "parquet"]

Line = tuple[str, str]
"""One line of a partition as ``read_text(include_path=True)`` gives it: (text, the file it is in)."""

Audited = tuple[int, str, int, Result]
"""One result of phase two with its place: (item, file, line, result)."""

_INSTALL = "beianrules.dask needs Dask: pip install 'beianrules[dask]'"


@attrs.frozen
class _Part:
    """What phase one learns of one partition."""

    file: str | None
    lines: int
    """Its lines, blank ones included (the next partition of the same file numbers on from there)."""
    items: int
    """Its non-blank lines."""
    bad: frozenset[int]
    """Which of its items (0-based, within the partition) cannot be audited."""


@attrs.frozen
class _Place:
    """Where a partition starts in the book: what comes before it."""

    line: int
    """Lines of its file."""
    item: int
    """Non-blank lines of the whole book."""
    position: int
    """Good documents of the whole book (the registry index of its first good document)."""


_START = _Place(0, 0, 0)


def _documents(lines: Iterable[Line], place: _Place) -> Iterator[tuple[int, int, bytes]]:
    """The non-blank lines of a partition, as :func:`beianrules.auditing.jsonl_source` reads a file's: (item,
    line, the line's bytes; a line that is not UTF-8 comes back as it was, read with ``surrogateescape``)."""
    item = place.item
    for number, (text, _file) in enumerate(lines, start=place.line + 1):
        document = text.encode("utf-8", "surrogateescape")
        if document.strip():
            yield item, number, document
            item += 1


# -- phase one: a map-reduce into the conflict index ---------------------------------------------------------


def _count(lines: Iterable[Line], *, as_of: _dt.date | None, today: _dt.date,
           keys: bool) -> tuple[list[_Part], KeyCounter]:
    listed = list(lines)
    counter = KeyCounter(stable_digest)
    bad = []
    for item, line, document in _documents(listed, _START):
        read = _read(item, line, document, as_of, today)
        if isinstance(read, InputErrorResult):
            bad.append(item)
        elif keys:
            counter.add(counter.count, read[0])
        else:  # a separate registry: only the positions count
            counter.count += 1
    return [_Part(listed[0][1] if listed else None, len(listed), counter.count + len(bad), frozenset(bad))], counter


def _merge(counted: Iterable[tuple[list[_Part], KeyCounter]]) -> tuple[list[_Part], KeyCounter]:
    # Into a new counter: a task's input is never changed (Dask may run a task again on a lost worker).
    parts: list[_Part] = []
    total = KeyCounter(stable_digest)
    for more, counter in counted:
        parts += more
        total.merge(counter)
    return parts, total


def _released(counted: tuple[list[_Part], KeyCounter]) -> tuple[list[_Part], set[int], int]:
    """Only what the index needs leaves the worker: the parts, the sharing documents and the book's size."""
    parts, counter = counted
    return parts, counter.release(), counter.count


def _places(parts: Sequence[_Part]) -> list[_Place]:
    places = []
    lines_before: dict[str | None, int] = {}
    item = position = 0
    for part in parts:
        line = lines_before.get(part.file, 0)
        places.append(_Place(line, item, position))
        lines_before[part.file] = line + part.lines
        item += part.items
        position += part.items - len(part.bad)
    return places


def _sharing(lines: Iterable[Line], place: _Place, bad: frozenset[int],
             wanted: frozenset[int]) -> list[tuple[int, Filing]]:
    """The partition's documents that share a key, read again, with their registry index."""
    found = []
    position = place.position
    for item, _line, document in _documents(lines, place):
        if item - place.item in bad:
            continue
        if position in wanted:
            found.append((position, structure_filing(document)))
        position += 1
    return found


# -- phase two: a map over the partitions, the index on every worker -----------------------------------------


def _audit_part(lines: Iterable[Line], place: _Place,
                against: tuple[ConflictIndex | None, Registry | None, EngineName], as_of: _dt.date | None,
                today: _dt.date) -> list[Audited]:
    audited: list[Audited] = []
    listed = list(lines)
    file = listed[0][1] if listed else ""  # a partition is a piece of one file
    position = place.position
    for item, line, document in _documents(listed, place):
        read = _read(item, line, document, as_of, today)
        if isinstance(read, InputErrorResult):
            audited.append((item, file, line, read))
            continue
        filing, day = read
        audited.append((item, file, line, check_in_book(against, position, filing, day)))
        position += 1
    return audited


def audit(paths: str | Sequence[str], *, client: Client | None = None, registry: Registry | None = None,
          as_of: _dt.date | str | None = None, engine: EngineName | None = None, output: str | None = None,
          format: OutputFormat = "jsonl", blocksize: int | str | None = "64MiB",
          storage_options: dict[str, Any] | None = None) -> dask.bag.Bag | None:
    """Audit the JSON Lines at ``paths`` on Dask; the results as a bag, or written to ``output``.

    ``paths``: a path, a glob or a list of them, local or on any file system Dask reads (``storage_options``
    for it). ``client``: the ``distributed.Client`` to run on (without one, the default client, else Dask's
    default scheduler). Phase one runs when this is called; the bag returned (``output`` None) holds phase
    two: its elements are the :class:`~beianrules.Report` and
    :class:`~beianrules.auditing.InputErrorResult` of every non-blank line, in input order (compute it on the
    same client). With ``output`` it is computed and written there, a directory of part files: ``jsonl``,
    one ``to_dict()`` a line as ``beianrules audit --format jsonl`` writes; ``parquet``, one row per result
    (:data:`PARQUET_COLUMNS`). ``registry``: audit against that registry instead of the book itself.
    ``blocksize``: bytes per partition, ``None`` for one partition per file (compressed files need it).
    """
    try:
        import dask.bag as db
        from dask.delayed import delayed
    except ImportError:  # pragma: no cover - the extra is part of the test extra
        raise ImportError(_INSTALL) from None
    if format not in ("jsonl", "parquet"):
        raise ValueError(f"format must be 'jsonl' or 'parquet', got {format!r}")
    day, today, engine_name = _audit_day(as_of), _dt.date.today(), _engine(engine)
    client = client if client is not None else _default_client()
    lines = db.read_text(paths, blocksize=blocksize, linedelimiter="\n", encoding="utf-8",
                         errors="surrogateescape", include_path=True, storage_options=storage_options)
    counted = lines.reduction(partial(_count, as_of=day, today=today, keys=registry is None), _merge,
                              split_every=8).to_delayed()
    parts, sharing, size = _compute(client, delayed(_released)(counted))[0]
    places = _places(parts)
    blocks = lines.to_delayed()
    index = None
    if registry is None:
        index = ConflictIndex.indexing(_shared_filings(client, blocks, parts, places, sharing), size)
    against = (index, registry, engine_name)
    # Once per worker, not per partition or filing; without a client, one value in the graph.
    shipped: Any = (client.scatter([against], broadcast=True, hash=False)[0] if client is not None
                    else delayed(against, traverse=False))
    audited = db.from_delayed([delayed(_audit_part)(block, place, shipped, day, today)
                               for block, place in zip(blocks, places, strict=True)])
    if output is None:
        return audited.pluck(3)
    if format == "jsonl":
        written = audited.map(lambda audited: _json(audited[3])).to_textfiles(
            output, encoding="utf-8", last_endline=True, compute=False)
    else:
        import pyarrow
        written = audited.map(_row).to_dataframe(meta=_meta()).to_parquet(
            output, schema=pyarrow.schema(list(_pyarrow_types().items())), write_index=False, compute=False,
            storage_options=storage_options)
    _compute(client, written)
    return None


def _shared_filings(client: Client | None, blocks: Sequence[Any], parts: Sequence[_Part], places: Sequence[_Place],
                    sharing: set[int]) -> list[tuple[int, Filing]]:
    from dask.delayed import delayed
    ordered = sorted(sharing)
    tasks = []
    for block, part, place in zip(blocks, parts, places, strict=True):
        end = place.position + part.items - len(part.bad)
        wanted = frozenset(ordered[bisect_left(ordered, place.position):bisect_left(ordered, end)])
        if wanted:  # the partitions without a sharing document are not read again
            tasks.append(delayed(_sharing)(block, place, part.bad, wanted))
    return [pair for found in _compute(client, *tasks) for pair in found]


def _default_client() -> Client | None:
    try:
        from distributed import default_client
        found: Client = default_client()
        return found
    except (ImportError, ValueError):  # no distributed, or no client started: Dask's own scheduler
        return None


def _compute(client: Client | None, *collections: Any) -> list[Any]:
    if client is None:
        from dask.base import compute
        return list(compute(*collections))
    return list(client.compute(list(collections), sync=True))


PARQUET_COLUMNS = ("item", "file", "line", "order_id", "province", "as_of", "acceptable", "input_error", "codes",
                   "report")
"""The Parquet output, one row per result: its place (item, file, line), the order (order id, province, the
day it was judged), ``acceptable`` (the report's ``ok``), ``input_error`` (a line that was not audited), the
codes (the reasons', in report order; of an input error, its problems'), and the result's JSON (``to_dict()``)."""


def _row(audited: Audited) -> dict[str, Any]:
    item, file, line, result = audited
    place = {"item": item, "file": file, "line": line}
    if isinstance(result, InputErrorResult):
        return {**place, "order_id": None, "province": None, "as_of": None, "acceptable": False, "input_error": True,
                "codes": [i.code or "input_error" for i in result.issues], "report": _json(result)}
    return {**place, "order_id": result.order_id, "province": result.province, "as_of": result.as_of,
            "acceptable": result.ok, "input_error": False, "codes": list(result.codes), "report": _json(result)}


def _json(result: Result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False)


def _pyarrow_types() -> dict[str, Any]:
    import pyarrow as pa
    text = pa.string()
    return {"item": pa.int64(), "file": text, "line": pa.int64(), "order_id": text, "province": text, "as_of": text,
            "acceptable": pa.bool_(), "input_error": pa.bool_(), "codes": pa.list_(text), "report": text}


def _meta() -> Any:
    import pandas
    import pyarrow as pa
    # The codes as plain objects (lists): pandas reads an Arrow list column back only so.
    return pandas.DataFrame({name: pandas.Series(dtype=object if kind == pa.list_(pa.string()) else
                                                 kind.to_pandas_dtype() if kind != pa.string() else
                                                 pandas.StringDtype("pyarrow"))
                             for name, kind in _pyarrow_types().items()})

