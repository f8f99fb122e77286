"""The JSON Schema of the filing document (issue 9, part 5): generated from the model, valid draft 2020-12,
accepting every document the library accepts and refusing malformed ones."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import load_cases
from documents_1_1 import EXAMPLE_1_1, spec_example_1_1, with_nulls

import beianrules
from beianrules.examples import apply_changes, base_document, example_documents

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = beianrules.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def errors(document):
    return [(".".join(map(str, e.absolute_path)), e.message) for e in VALIDATOR.iter_errors(document)]


def test_the_schema_is_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_command_line_prints_the_schema():
    result = subprocess.run([sys.executable, "-m", "beianrules", "schema"], capture_output=True, text=True,
                            encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == SCHEMA


def _rule_example_documents():
    for rule in beianrules.rules():
        for n, example in enumerate(rule.examples):
            document, registry = example_documents(rule, example)
            yield pytest.param([document, *(registry or ())], id=f"{rule.code}-{n}")


@pytest.mark.parametrize("documents", list(_rule_example_documents()))
def test_every_rule_example_document_validates(documents):
    for document in documents:
        assert errors(document) == []


@pytest.mark.parametrize("case", [c for c in load_cases() if not c.get("input_error")], ids=lambda c: c["name"])
def test_every_case_document_validates(case):
    for document in (case["document"], *case["registry"]):
        assert errors(document) == []
        assert errors(with_nulls(document)) == []


@pytest.mark.parametrize("case", [c for c in load_cases() if c.get("input_error")], ids=lambda c: c["name"])
def test_the_bad_input_cases_fail_it(case):
    assert errors(case["document"])


def test_the_shipped_examples_validate():
    assert errors(json.loads(EXAMPLE_1_1.read_text(encoding="utf-8"))) == []
    assert errors(with_nulls(json.loads(EXAMPLE_1_1.read_text(encoding="utf-8")))) == []
    assert errors(json.loads((ROOT / "examples" / "order.json").read_text(encoding="utf-8"))) == []
    for line in (ROOT / "examples" / "registry.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert errors(json.loads(line)) == []


def test_the_1_1_example_of_format_md_validates():
    spec = spec_example_1_1()
    if spec is None:
        pytest.skip("shared/spec/FORMAT.md is not beside this checkout")
    assert errors(spec) == []


def test_a_misspelt_key_fails_it():
    document = base_document("ZJ")
    document["entity"]["principle"] = document["entity"].pop("principal")
    found = errors(document)
    assert ("entity", "'principal' is a required property") in found
    assert any(path == "entity" and "'principle' was unexpected" in message for path, message in found)


@pytest.mark.parametrize("path, value", [
    ("order.type", "first_filing"),
    ("attachments", [{"type": "licence_photo"}]),
    ("verification.calls", [{"phone": "13800571234", "result": "busy"}]),
    ("apps", [{"name": "示例", "kind": "miniprogram"}]),
    ("order.province", "XX"),
    ("entity.principal.mobile", 13800571234),
    ("format_version", 1.1),
    ("entity.legal_representative.nationality", "XK"),
    ("attachments", [{"type": "other", "for": "websites[0].domains"}]),
])
def test_a_wrong_token_or_type_fails_it(path, value):
    found = errors(apply_changes(base_document("ZJ"), {path: value}))
    assert found and all(p.startswith(path.split(".")[0]) for p, _message in found), found


@pytest.mark.parametrize("alias", ["JS", "js", "苏", "32", "江苏省", "Jiangsu", "JIANGSU", " 320000 ", "江苏"])
def test_every_province_form_the_converter_reads_validates(alias):
    document = apply_changes(base_document("JS"), {"order.province": alias})
    assert beianrules.check(document).province == "JS"
    assert errors(document) == []


@pytest.mark.parametrize("written", ["2026-11-28", "2026/11/28", "2026.11.28", "2026年11月28日", "20261128", "长期",
                                     "long_term"])
def test_every_date_form_the_converter_reads_validates(written):
    document = apply_changes(base_document("ZJ"), {"entity.principal.id_document.valid_until": written})
    beianrules.check(document)
    assert errors(document) == []
    assert errors(apply_changes(document, {"entity.principal.id_document.valid_until": "28/11/2026"}))
