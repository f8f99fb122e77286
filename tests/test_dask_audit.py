"""The Dask audit (beianrules.dask, issue 11 point 3) on a two-process LocalCluster, report for report against the
single-machine audit of the same lines."""

import json
import time

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
psutil = pytest.importorskip("psutil")  # a dependency of distributed

import beianrules.dask as dask_audit  # noqa: E402
from beianrules.auditing import Audit, InputErrorResult, jsonl_source  # noqa: E402
from beianrules.examples import EXAMPLE_AS_OF  # noqa: E402
from beianrules.synthetic import synthetic_book  # noqa: E402

NOT_JSON = '{"order": {"id": "CUT-OFF"'
NOT_UTF8 = b'{"order": {"id": "\xff\xfe"}}'
NOT_A_FILING = json.dumps({**next(synthetic_book(1)), "unknown": 1})  # a filing with a key the format lacks


def _book_lines():
    """About 300 filings (shared mobiles, an agency's mobile and email on 2%, expired IDs) with bad and blank
    lines well inside the file, so that they fall in later partitions."""
    lines = [json.dumps(d, ensure_ascii=False).encode("utf-8") for d in synthetic_book(300, agency_share=0.02)]
    lines[120:120] = [NOT_JSON.encode("utf-8"), b"", b"   "]
    lines[210:210] = [NOT_UTF8]
    lines[260:260] = [NOT_A_FILING.encode("utf-8")]
    return lines


def _write(path, lines):
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return _write(tmp_path_factory.mktemp("book") / "book.jsonl", _book_lines())


@pytest.fixture(scope="module")
def client():
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    with (distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
          as cluster, distributed.Client(cluster) as connected):
        yield connected
    # Nothing left behind: the workers and their nannies have ended. (multiprocessing's resource tracker, one per
    # interpreter, started by the first spawned process, stays until this process ends, by design.)
    deadline = time.monotonic() + 10
    while (left := [p for p in psutil.Process().children(recursive=True)
                    if p.pid not in before and p.is_running() and p.status() != psutil.STATUS_ZOMBIE
                    and "multiprocessing.resource_tracker" not in " ".join(p.cmdline())]):
        assert time.monotonic() < deadline, f"processes left behind: {[p.cmdline() for p in left]}"
        time.sleep(0.1)


def _single_machine(path, **options):
    return [r.to_dict() for r in Audit(jsonl_source(str(path)), **options)]


def _blocksize(path, partitions):
    return path.stat().st_size // partitions + 1


def test_the_dask_audit_gives_the_single_machine_reports_in_input_order(book, client):
    expected = _single_machine(book, as_of=EXAMPLE_AS_OF)
    results = dask_audit.audit(str(book), client=client, as_of=EXAMPLE_AS_OF, blocksize=_blocksize(book, 5))
    assert results.npartitions >= 4
    got = [r.to_dict() for r in client.compute(results, sync=True)]
    assert got == expected
    # The comparison covers what the index is for: conflicts between filings in different partitions, and the
    # bad lines (in later partitions) reported at their own line, the rest audited.
    codes = {code for r in got if not r.get("input_error") for code in (x["code"] for x in r["reasons"])}
    assert {"CONTACT_PHONE_USED_BY_OTHER_ENTITY", "CONTACT_SHARED_ACROSS_ENTITIES", "ID_EXPIRED"} <= codes
    errors = [(r["item"], r["line"], [i["code"] for i in r["issues"]]) for r in got if r.get("input_error")]
    assert errors == [(120, 121, ["not_json"]), (208, 211, ["not_utf8"]), (258, 261, ["unknown_key"])]
    assert len(got) == len(_book_lines()) - 2  # every non-blank line has its result
    assert {r["as_of"] for r in got if not r.get("input_error")} == {EXAMPLE_AS_OF}


def test_several_files_are_one_book_numbered_by_item_with_lines_per_file(tmp_path, client):
    lines = _book_lines()
    first, second = _write(tmp_path / "a.jsonl", lines[:150]), _write(tmp_path / "b.jsonl", lines[150:])
    whole = _single_machine(_write(tmp_path / "whole.jsonl", lines), engine="python")
    # The single machine read one file: the bad lines of the second are said as an audit of that file says them,
    # with their item in the whole book.
    said_alone = {r["line"]: r for r in _single_machine(second, engine="python") if r.get("input_error")}
    expected = [{**said_alone[r["line"] - 150], "item": r["item"]} if r.get("input_error") and r["line"] > 150 else r
                for r in whole]
    assert [r["line"] for r in expected if r.get("input_error")] == [121, 61, 111]
    results = dask_audit.audit([str(first), str(second)], client=client, engine="python",
                               blocksize=_blocksize(first, 3))
    assert results.npartitions >= 4
    assert [r.to_dict() for r in client.compute(results, sync=True)] == expected


def test_parquet_has_one_flat_row_per_result(book, tmp_path, client):
    expected = list(Audit(jsonl_source(str(book)), as_of=EXAMPLE_AS_OF, engine="python"))
    assert dask_audit.audit(str(book), client=client, as_of=EXAMPLE_AS_OF, engine="python",
                            blocksize=_blocksize(book, 3), output=str(tmp_path / "out"), format="parquet") is None
    table = pyarrow_parquet.read_table(tmp_path / "out")
    assert table.column_names == list(dask_audit.PARQUET_COLUMNS)
    rows = table.to_pylist()
    assert [json.loads(row["report"]) for row in rows] == [r.to_dict() for r in expected]
    assert [row["item"] for row in rows] == list(range(len(expected)))
    assert {row["file"] for row in rows} == {str(book)}
    bad = [(row["line"], row["order_id"], row["acceptable"], row["codes"]) for row in rows if row["input_error"]]
    assert bad == [(121, None, False, ["not_json"]), (211, None, False, ["not_utf8"]),
                   (261, None, False, ["unknown_key"])]
    reports = [(row["order_id"], row["province"], row["as_of"], row["acceptable"], row["codes"])
               for row in rows if not row["input_error"]]
    assert reports == [(r.order_id, r.province, r.as_of, r.ok, r.codes) for r in expected
                       if not isinstance(r, InputErrorResult)]


def test_json_lines_output_is_the_audit_of_the_command_line(book, tmp_path, client):
    expected = _single_machine(book, as_of=EXAMPLE_AS_OF, engine="python")
    dask_audit.audit(str(book), client=client, as_of=EXAMPLE_AS_OF, engine="python", blocksize=_blocksize(book, 3),
                     output=str(tmp_path / "out" / "*.jsonl"))
    parts = sorted((tmp_path / "out").glob("*.jsonl"), key=lambda p: int(p.stem))
    assert len(parts) >= 2
    written = [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    assert written == [json.dumps(r, ensure_ascii=False) for r in expected]


def test_a_format_it_cannot_write_is_refused_before_any_work(book):
    with pytest.raises(ValueError, match="format must be 'jsonl' or 'parquet'"):
        dask_audit.audit(str(book), output="out", format="csv")
