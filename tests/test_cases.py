"""The public example cases of shared/spec/cases, through the API and the command line, on both engines."""

import json
import subprocess
import sys

import pytest
from conftest import CASES_DIR, load_cases

import beianrules

# What each bad-input case must name (its note, as paths): every path, all at once.
INPUT_ERROR_PATHS = {
    "bad_input_misspelt_key": {"entity.principle", "entity.principal"},
    "bad_input_mobile_not_a_string": {"entity.principal.mobile"},
    "bad_input_unknown_province": {"order.province"},
}

# Cases whose codes a later issue implements.
NOT_YET: dict[str, str] = {}

CASES = load_cases()


def _params():
    for case in CASES:
        marks = []
        if case["name"] in NOT_YET:
            marks.append(pytest.mark.xfail(reason=NOT_YET[case["name"]], strict=True))
        yield pytest.param(case, id=case["name"], marks=marks)


def assert_report_matches(case, report_dict):
    errors = {r["code"] for r in report_dict["reasons"] if r["severity"] == "error"}
    expected, allowed = set(case["expect"]), set(case.get("allow", ()))
    assert expected <= errors, f"missing {sorted(expected - errors)}; got {sorted(errors)}"
    assert errors <= expected | allowed, f"unexpected {sorted(errors - expected - allowed)}"
    for code, kind in case.get("kinds", {}).items():
        assert {r["kind"] for r in report_dict["reasons"] if r["code"] == code} == {kind}
    assert report_dict["ok"] == (not errors)


@pytest.mark.parametrize("case", list(_params()))
def test_case_through_api(case, engine):
    if case.get("input_error"):
        with pytest.raises(beianrules.InputError) as raised:
            beianrules.check(case["document"], registry=case["registry"], engine=engine)
        assert {i.path for i in raised.value.issues} == INPUT_ERROR_PATHS[case["name"]]
        return
    report = beianrules.check(case["document"], registry=case["registry"], engine=engine)
    assert_report_matches(case, report.to_dict())


@pytest.mark.parametrize("case", list(_params()))
def test_case_through_command_line(case, engine, tmp_path):
    filing = tmp_path / "filing.json"
    filing.write_text(json.dumps(case["document"], ensure_ascii=False), encoding="utf-8")
    registry = tmp_path / "registry.jsonl"
    registry.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in case["registry"]), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "beianrules", "check", str(filing), "--registry", str(registry),
         "--format", "json", "--engine", engine],
        capture_output=True, text=True, encoding="utf-8",
    )
    if case.get("input_error"):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        # Under --format json the input errors are JSON on standard output too (issue 12, point 1).
        error = json.loads(result.stdout)
        assert error["error"] == "input"
        assert set(INPUT_ERROR_PATHS[case["name"]]) <= {i["path"] for i in error["issues"]}
        return
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert_report_matches(case, report)
    assert result.returncode == (0 if report["ok"] else 1)


def test_every_shared_case_is_copied():
    from pathlib import Path
    shared = Path(__file__).resolve().parents[2] / "shared" / "spec" / "cases"
    if not shared.is_dir():
        pytest.skip("shared/spec/cases is not beside this checkout")
    assert {p.name for p in shared.glob("*.json")} <= {p.name for p in CASES_DIR.glob("*.json")}


def test_other_entitys_data_never_reaches_the_report(engine):
    case = next(c for c in CASES if c["name"] == "mobile_already_filed_by_another_company")
    text = beianrules.check(case["document"], registry=case["registry"], engine=engine).to_json()
    other = case["registry"][0]
    secrets = [other["entity"]["name"], other["entity"]["certificate"]["number"], other["entity"]["filing_number"],
               other["entity"]["principal"]["name"], other["entity"]["principal"]["id_document"]["number"],
               other["entity"]["principal"]["email"], other["entity"]["principal"]["emergency_phone"],
               other["entity"]["legal_representative"]["name"]]
    for secret in secrets:
        assert secret not in text
