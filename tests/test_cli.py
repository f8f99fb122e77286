"""The command line: exit codes, formats, and bad input without tracebacks."""

import json
import subprocess
import sys

import pytest

from beianrules.examples import apply_changes, base_document


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "beianrules", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8")


@pytest.fixture
def expired(tmp_path):
    path = tmp_path / "expired.json"
    document = apply_changes(base_document("ZJ"), {"entity.principal.id_document.valid_until": "2026-01-31"})
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_text_output_has_one_line_per_reason(expired):
    result = run("check", str(expired), "--lang", "en")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert "ID_EXPIRED" in lines[1] and "entity.principal.id_document.valid_until" in lines[1]
    assert "Renew the document" in lines[1]


def test_chinese_is_the_default_language(expired):
    assert "证件已过有效期" in run("check", str(expired)).stdout


def test_json_output_is_the_report(expired):
    report = json.loads(run("check", str(expired), "--format", "json").stdout)
    assert set(report) == {"ok", "order_id", "province", "as_of", "reasons"}
    assert report["reasons"][0]["code"] == "ID_EXPIRED"
    assert set(report["reasons"][0]) == {"code", "kind", "severity", "paths", "message", "remedy", "province",
                                         "evidence"}


def test_acceptable_filing_exits_0(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(base_document("ZJ"), ensure_ascii=False), encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_standard_input(expired):
    result = run("check", "-", stdin=expired.read_text(encoding="utf-8"))
    assert result.returncode == 1 and "ID_EXPIRED" in result.stdout


def test_as_of_applies_when_the_document_has_none(tmp_path):
    document = apply_changes(base_document("ZJ"), {"as_of": None,
                                                   "entity.principal.id_document.valid_until": "2026-01-31"})
    path = tmp_path / "f.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run("check", str(path), "--as-of", "2026-01-31").returncode == 0
    assert run("check", str(path), "--as-of", "2026/02/01").returncode == 1


@pytest.mark.parametrize("content, needle, needle_zh", [
    ("{not json", "not valid JSON", "不是有效的 JSON"),
    ("[1, 2]", "expected a JSON object", "应为一个 JSON 对象"),
    ('{"order": {}}', "entity: required but missing", "entity: 必填项缺失"),
])
def test_bad_input_exits_2_without_traceback_in_the_chosen_language(tmp_path, content, needle, needle_zh):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run("check", str(path), "--lang", "en")
    assert result.returncode == 2
    assert needle in result.stderr and "bad input" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("check", str(path))  # zh is the default
    assert result.returncode == 2
    assert needle_zh in result.stderr and "输入有误" in result.stderr


def test_missing_file_and_bad_registry_line(tmp_path, expired):
    assert run("check", str(tmp_path / "absent.json")).returncode == 2
    registry = tmp_path / "r.jsonl"
    registry.write_text('{"order": 1}\n\nnot json\n', encoding="utf-8")
    result = run("check", str(expired), "--registry", str(registry), "--lang", "en")
    assert result.returncode == 2
    assert "registry line 1: order" in result.stderr and "registry line 3" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_as_of_and_bad_option(expired):
    result = run("check", str(expired), "--as-of", "28/11/2026")
    assert result.returncode == 2 and "--as-of" in result.stderr
    assert run("check", str(expired), "--format", "xml").returncode == 2


def test_rules_lists_every_declared_rule():
    from beianrules.rulebook import all_rules
    result = run("rules")
    assert result.returncode == 0
    for rule in all_rules():
        assert rule.code in result.stdout
    assert "JS_AUTHENTICITY_LETTERS" not in run("rules", "--province", "浙").stdout
    assert json.loads(run("rules", "--format", "json").stdout)["rules"][0]["code"]


def test_rules_for_a_province_print_its_parameters():
    text = run("rules", "--province", "js").stdout
    assert text.startswith("Parameters of JS (江苏省, Jiangsu):")
    assert "legal_rep            letter  [AL-JS, HW-KB, TC-SUBJ]" in text and "JS_AUTHENTICITY_LETTERS" in text
    data = json.loads(run("rules", "--province", "苏", "--format", "json").stdout)
    legal_rep = data["provinces"]["JS"]["parameters"]["legal_rep"]
    assert legal_rep["value"] == "letter" and legal_rep["conflict"]
    assert [source["key"] for source in legal_rep["sources"]] == ["AL-JS", "HW-KB", "TC-SUBJ"]
    assert data["provinces"]["JS"]["documents"][0]["code"] == "JS_AUTHENTICITY_LETTERS"
    assert {r["code"] for r in data["rules"]} >= {"JS_AUTHENTICITY_LETTERS", "PRINCIPAL_NOT_LEGAL_REP"}


def test_explain_and_number():
    assert "SEED:L13" in run("explain", "id_expired").stdout
    assert run("explain", "NO_SUCH_RULE").returncode == 2
    parsed = json.loads(run("number", "陕ICP备2024026116号-1A", "--format", "json").stdout)
    assert parsed["province"] == "SN" and parsed["service_kind"] == "app"
    bad = run("number", "沪ICP备2021527689-3号")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr


def test_audit_checks_every_line_against_the_others(tmp_path):
    from beianrules.examples import other_entity_document
    their_mobile = other_entity_document("ZJ")["entity"]["principal"]["mobile"]
    mine = apply_changes(base_document("ZJ"), {"order.status": "approved",
                                               "order.submitted_to_authority_on": "2024-01-01",
                                               "entity.principal.mobile": their_mobile})
    path = tmp_path / "all.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in (mine, other_entity_document("ZJ"))),
                    encoding="utf-8")
    result = run("audit", str(path), "--format", "json")
    reports = json.loads(result.stdout)
    assert len(reports) == 2
    kinds = {(r["code"], r["kind"]) for report in reports for r in report["reasons"]}
    assert ("CONTACT_PHONE_USED_BY_OTHER_ENTITY", "rectification") in kinds


def test_audit_names_the_bad_lines(tmp_path):
    path = tmp_path / "all.jsonl"
    document = json.dumps(base_document("ZJ"), ensure_ascii=False)
    unknown_province = json.dumps(apply_changes(base_document("ZJ"), {"order.province": "ZZ"}))
    path.write_text(f"{document}\n\nnot json\n{unknown_province}\n", encoding="utf-8")
    result = run("audit", str(path), "--lang", "en")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "line 3: (document): not valid JSON" in result.stderr and "line 4: order.province" in result.stderr
