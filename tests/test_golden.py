"""Every input of the golden file gives today what it gave before the vocabulary redesign (issue 6).

``tests/golden/reasons.json`` was written by ``tests/golden/make_golden.py``
before the change: for each rule example's input (and each shared case) the
code, kind, severity, paths and rendered zh/en message and remedy of every
reason. The inputs are rebuilt from their keys, so an example that moved (into
a province's data, or a generated rule) is compared all the same. Evidence is
left out: it now carries tokens where it carried labels.
"""

import json
from pathlib import Path

import pytest
from conftest import CASES_DIR

import beianrules
from beianrules.examples import DEFAULT_EXAMPLE_PROVINCE, apply_changes, base_document, other_entity_document

GOLDEN = json.loads((Path(__file__).parent / "golden" / "reasons.json").read_text(encoding="utf-8"))

# The codes of the snapshot: rules added later may fire on its inputs too, and are not its business.
GOLDEN_CODES = {r["code"] for reasons in (*GOLDEN["examples"].values(), *GOLDEN["cases"].values()) for r in reasons}


def _reasons(report):
    return [{k: v for k, v in r.to_dict().items() if k != "evidence"} for r in report.reasons if r.code in GOLDEN_CODES]


# Reasons of the snapshot's codes that later issues changed on purpose, by the start of the input's key:
# (key start, code, why). Each change is pinned by the rule's own examples.
_SECOND_NUMBER_ORDER = '{"as_of": null, "changes": {"entity.filing_number": "浙ICP备2024000888号", '
_NEW_WEBSITE_WITH_ITS_FILING = (f'ENTITY_MULTIPLE_FILING_NUMBERS {_SECOND_NUMBER_ORDER}"order.type": "new_website"}}, '
                                '"province": null, "registry": [{"entity"')
NO_LONGER = [
    (_NEW_WEBSITE_WITH_ITS_FILING, "ENTITY_MULTIPLE_FILING_NUMBERS",
     "REASONS-WAVE1 clarification (a): an order's other number is no second one"),
    (f'ORDER_FIELD_NOT_EDITABLE {_SECOND_NUMBER_ORDER}"entity.type"', "ENTITY_MULTIPLE_FILING_NUMBERS",
     "REASONS-WAVE1 clarification (a): on a change order the mismatch is silent in wave 1"),
]
NEWLY = [
    ('GD_COMMITMENT_LETTER {"as_of": "2021-06-20", "changes": {"attachments": []}', "GD_COMMITMENT_LETTER",
     "REASONS-WAVE1 clarification (b): checked before the start date, a draft is warned"),
    (_NEW_WEBSITE_WITH_ITS_FILING, "ACCESS_INFO_INCONSISTENT",
     "REASONS-WAVE1 clarification (a): the mismatch is ACCESS_INFO_INCONSISTENT's"),
]


# Texts of the snapshot's reasons that later issues changed on purpose: (code, old, new, why).
TEXT_CHANGES = [
    ("CONTENT_CATEGORY_UNKNOWN", "radio_film_tv, ride_hailing", "radio_film_tv, religion, ride_hailing",
     "FORMAT 1.1 group J: `religion` is a content token the library knows"),
]


def _as_before(reason):
    """``reason`` with the intended text changes undone."""
    text = json.dumps(reason, ensure_ascii=False)
    for code, old, new, _why in TEXT_CHANGES:
        if reason["code"] == code:
            text = text.replace(new, old)
    return json.loads(text)


def _without(reasons, key, changes):
    codes = {code for start, code, _why in changes if key.startswith(start)}
    return [r for r in reasons if r["code"] not in codes]


def _snapshot_codes(start):
    (key,) = [key for key in GOLDEN["examples"] if key.startswith(start)]
    return {r["code"] for r in GOLDEN["examples"][key]}


def test_every_intended_change_names_one_input_of_the_snapshot_and_what_it_held():
    for code, old, _new, _why in TEXT_CHANGES:
        assert any(r["code"] == code and old in json.dumps(r, ensure_ascii=False)
                   for reasons in GOLDEN["examples"].values() for r in reasons), code
    for start, code, _why in NO_LONGER:
        assert code in _snapshot_codes(start), start
    for start, code, _why in NEWLY:
        assert code not in _snapshot_codes(start), start


def assert_same_reasons(now, before):
    """Same reasons, in the same path-then-code order; among reasons of one path and code the order
    follows the evidence, which now holds tokens instead of labels, so it may differ there."""
    assert [(r["paths"], r["code"]) for r in now] == [(r["paths"], r["code"]) for r in before]
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert sorted(now, key=key) == sorted(before, key=key)


def _document(key: str):
    spec = json.loads(key.split(" ", 1)[1])
    province = spec["province"] or DEFAULT_EXAMPLE_PROVINCE
    document = apply_changes(base_document(province), spec["changes"])
    if spec["as_of"]:
        document["as_of"] = spec["as_of"]
    registry = [apply_changes(other_entity_document(province), changes) for changes in spec["registry"]]
    return document, registry or None


@pytest.mark.parametrize("key", sorted(GOLDEN["examples"]))
def test_example_input_reports_as_before(key, engine):
    document, registry = _document(key)
    now = [_as_before(r) for r in _reasons(beianrules.check(document, registry=registry, engine=engine))]
    assert_same_reasons(_without(now, key, NEWLY), _without(GOLDEN["examples"][key], key, NO_LONGER))


@pytest.mark.parametrize("name", sorted(GOLDEN["cases"]))
def test_case_reports_as_before(name, engine):
    case = json.loads((CASES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    report = beianrules.check(case["document"], registry=case["registry"], engine=engine)
    assert_same_reasons([_as_before(r) for r in _reasons(report)], GOLDEN["cases"][name])
