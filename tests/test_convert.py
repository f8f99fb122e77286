"""The strict converter: every offending path at once, nothing coerced silently."""

import datetime
import json

import pytest

from beianrules import InputError
from beianrules.convert import parse_date, structure_filing, unstructure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.model import LONG_TERM


def issues_of(document):
    with pytest.raises(InputError) as raised:
        structure_filing(document)
    return dict(raised.value.issues)


def test_base_document_round_trips():
    filing = structure_filing(base_document("JS"))
    again = structure_filing(json.dumps(unstructure_filing(filing), ensure_ascii=False))
    assert again == filing


@pytest.mark.parametrize("alias", ["JS", "js", "苏", "32", "江苏省", "Jiangsu"])
def test_province_aliases(alias):
    filing = structure_filing(apply_changes(base_document("JS"), {"order.province": alias}))
    assert filing.order.province == "JS"


@pytest.mark.parametrize("text, expected", [
    ("2026-11-28", datetime.date(2026, 11, 28)),
    ("2026/11/28", datetime.date(2026, 11, 28)),
    ("2026.11.28", datetime.date(2026, 11, 28)),
    ("2026年11月28日", datetime.date(2026, 11, 28)),
    ("2026-1-5", datetime.date(2026, 1, 5)),
    ("20261128", datetime.date(2026, 11, 28)),
    ("长期", LONG_TERM),
])
def test_date_forms(text, expected):
    filing = structure_filing(apply_changes(base_document("ZJ"),
                                            {"entity.principal.id_document.valid_until": text}))
    assert filing.entity.principal.id_document.valid_until == expected


@pytest.mark.parametrize("text", ["28/11/2026", "11/28/2026", "2026-02-30", "tomorrow", "2026-13-01"])
def test_ambiguous_or_impossible_dates_are_refused(text):
    problems = issues_of(apply_changes(base_document("ZJ"), {"entity.principal.id_document.valid_until": text}))
    assert list(problems) == ["entity.principal.id_document.valid_until"]
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("written", ["+86 138-0057-1234", "0086 13800571234", "138 0057 1234", "(+86)13800571234"])
def test_phone_forms_normalise_to_one_number(written):
    filing = structure_filing(apply_changes(base_document("ZJ"), {"entity.principal.mobile": written}))
    assert filing.entity.principal.mobile == "13800571234"


def test_landline_keeps_its_leading_zero():
    filing = structure_filing(apply_changes(base_document("ZJ"), {"entity.principal.office_phone": "0571-8800 1234"}))
    assert filing.entity.principal.office_phone == "057188001234"


def test_every_problem_is_reported_at_once():
    problems = issues_of(apply_changes(base_document("ZJ"), {
        "order.type": "first_filing",
        "order.commercial": "no",
        "entity.principal.mobile": 13800571234,
        "entity.principal.nickname": "x",
        "websites[0].domains": "example.cn",
        "attachments": [{"type": "authorization_letter", "size_bytes": "12"}],
        "verification.calls": [{"phone": "13800571234", "result": "busy"}],
        "entity.name": None,
    }))
    assert set(problems) == {
        "order.type", "order.commercial", "entity.principal.mobile", "entity.principal.nickname",
        "websites[0].domains", "attachments[0].size_bytes", "verification.calls[0].result", "entity.name",
    }
    assert "required but missing" in problems["entity.name"]
    assert "unknown key" in problems["entity.principal.nickname"]
    assert "new_filing" in problems["order.type"]
    assert "leading zero" in problems["entity.principal.mobile"]


def test_extensions_are_free_form_and_null_means_absent():
    filing = structure_filing(apply_changes(base_document("ZJ"), {
        "extensions": {"portal": {"anything": [1, 2]}}, "entity.remark": None}))
    assert filing.extensions == {"portal": {"anything": [1, 2]}}
    assert filing.entity.remark is None


@pytest.mark.parametrize("document, path", [("not json", ""), ("[]", ""), ({"order": []}, "order")])
def test_top_level_shapes(document, path):
    problems = issues_of(document)
    assert path in problems


def test_operation_defaults_to_submit():
    document = apply_changes(base_document("ZJ"), {"order.operation": None})
    assert structure_filing(document).order.operation == "submit"
