"""Audits at scale: bad lines reported in place, the audit's as_of, streaming formats, progress on a terminal,
the registry kept up to date, no fact limit."""

import copy
import csv
import io
import json
import os
import pty
import subprocess
import sys

import pytest

import beianrules
from beianrules.auditing import InputErrorResult
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.registry import Registry
from beianrules.synthetic import synthetic_book


def run(*args, **options):
    return subprocess.run([sys.executable, "-m", "beianrules", *args], capture_output=True, text=True, **options)


@pytest.fixture
def book_with_bad_lines(tmp_path):
    good = [json.dumps(d, ensure_ascii=False) for d in synthetic_book(4)]
    unknown_province = json.dumps(apply_changes(base_document("ZJ"), {"order.province": "ZZ"}))
    path = tmp_path / "book.jsonl"
    path.write_text("\n".join([good[0], "not json", good[1], "", unknown_province, good[2], good[3]]) + "\n",
                    encoding="utf-8")
    return path


def test_bad_lines_are_records_in_place_and_the_rest_is_audited(book_with_bad_lines):
    result = run("audit", str(book_with_bad_lines), "--format", "jsonl", "--jobs", "1", "--lang", "en")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("line") for r in records if r.get("input_error")] == [2, 5]
    assert [r["order_id"] for r in records if not r.get("input_error")] == ["BOOK-0", "BOOK-1", "BOOK-2", "BOOK-3"]
    bad = next(r for r in records if r.get("line") == 5)
    assert [i["path"] for i in bad["issues"]] == ["order.province"]
    all_acceptable = all(r["ok"] for r in records if not r.get("input_error"))
    assert result.returncode == (2 if all_acceptable else 5) and "Traceback" not in result.stderr
    assert "line 2" in result.stderr and "line 5" in result.stderr


def test_strict_keeps_all_or_nothing(book_with_bad_lines):
    result = run("audit", str(book_with_bad_lines), "--strict", "--format", "jsonl", "--lang", "en")
    assert result.returncode == 2 and '"order_id"' not in result.stdout  # not one report
    (error,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(i["line"], i["path"]) for i in error["issues"]] == [(2, ""), (5, "order.province")]


def test_the_api_yields_an_error_result_for_a_bad_item():
    good, bad = base_document("ZJ"), apply_changes(base_document("ZJ"), {"order.province": "ZZ"})
    results = list(beianrules.audit([good, bad, good], engine="python"))
    assert isinstance(results[1], InputErrorResult) and not isinstance(results[0], InputErrorResult)
    assert (results[1].item, [i.path for i in results[1].issues]) == (1, ["order.province"])
    assert results[1].to_dict()["issues"][0]["item"] == 1
    with pytest.raises(beianrules.InputError):
        list(beianrules.audit([good, bad], engine="python", strict=True))


def test_the_audit_as_of_overrides_every_record_own():
    expired = apply_changes(other_entity_document("ZJ"),
                            {"as_of": "2024-06-01", "entity.principal.id_document.valid_until": "2025-01-01"})
    (own_day,) = beianrules.audit([expired], engine="python")
    assert own_day.as_of == "2024-06-01" and "ID_EXPIRED" not in own_day.codes
    (audit_day,) = beianrules.audit([expired], engine="python", as_of="2026-11-28")
    assert audit_day.as_of == "2026-11-28" and "ID_EXPIRED" in audit_day.codes


def test_csv_is_one_row_per_reason(tmp_path):
    path = tmp_path / "book.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in synthetic_book(3)), encoding="utf-8")
    result = run("audit", str(path), "--format", "csv", "--jobs", "1")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    reports = [json.loads(line) for line in run("audit", str(path), "--format", "jsonl").stdout.splitlines()]
    assert len(rows) == sum(max(1, len(r["reasons"])) for r in reports)
    assert {row["code"] for row in rows} - {""} == {x["code"] for r in reports for x in r["reasons"]}


def test_jsonl_streams_before_the_audit_ends(tmp_path):
    path = tmp_path / "book.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in synthetic_book(40)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "beianrules", "audit", str(path), "--format", "jsonl",
                                "--jobs", "1"], stdout=subprocess.PIPE, text=True)
    first = process.stdout.readline()
    still_running = process.poll() is None
    rest = process.stdout.read()
    process.wait()
    assert json.loads(first)["order_id"] == "BOOK-0" and len(rest.splitlines()) == 39
    assert still_running  # the first report came while forty filings were still being checked


def test_progress_and_summary_on_a_terminal_only(tmp_path):
    path = tmp_path / "book.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in synthetic_book(3)), encoding="utf-8")
    piped = run("audit", str(path), "--format", "jsonl")
    assert "audited" not in piped.stderr
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "beianrules", "audit", str(path), "--format", "jsonl",
                                "--lang", "en"], stdout=subprocess.PIPE, stderr=terminal, text=True)
    os.close(terminal)
    process.communicate()
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    assert b"audited 3 filing(s)" in seen
    statistics = run("audit", str(path), "--format", "jsonl", "--statistics", "--no-progress", "--lang", "en")
    assert "audited 3 filing(s)" in statistics.stderr


def test_the_registry_is_kept_up_to_date_without_a_rebuild():
    theirs = other_entity_document("ZJ")
    mine = apply_changes(base_document("ZJ"), {"entity.principal.mobile": theirs["entity"]["principal"]["mobile"]})
    registry = Registry()
    assert "CONTACT_PHONE_USED_BY_OTHER_ENTITY" not in beianrules.check(mine, registry=registry).codes
    entry = registry.add(structure_filing(theirs))
    assert "CONTACT_PHONE_USED_BY_OTHER_ENTITY" in beianrules.check(mine, registry=registry).codes
    changed = apply_changes(theirs, {"entity.principal.mobile": "13912345678",
                                     "websites[0].principal.mobile": "13912345678"})
    registry.update(entry.index, structure_filing(changed))
    assert "CONTACT_PHONE_USED_BY_OTHER_ENTITY" not in beianrules.check(mine, registry=registry).codes
    assert registry.by_phone("13912345678")[0].filing.index == entry.index
    registry.remove(entry.index)
    assert len(registry) == 0 and registry.by_phone("13912345678") == []


def test_a_filing_of_more_than_4095_facts_audits_on_durable(engine):
    document = apply_changes(other_entity_document("ZJ"), {})
    site = document["websites"][0]
    document["websites"] = [dict(copy.deepcopy(site), name=f"站点{i}", domains=[f"site{i}.cn"],
                                 filing_number=f"浙ICP备2023000777号-{i + 1}") for i in range(700)]
    (report,) = beianrules.audit([document], engine=engine)
    assert not isinstance(report, InputErrorResult)
    assert report.to_dict() == beianrules.check(document, engine="python").to_dict()


def test_the_forkserver_preload_loads_the_reference_data_the_workers_share():
    # multiprocessing ignores a preload module that fails to import: the workers would then each load the data.
    probe = ("import gc, sys; import beianrules.worker_preload; "
             "print('phonenumbers.geodata' in sys.modules, gc.get_freeze_count() > 0)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
