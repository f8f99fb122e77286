"""Every rule's own examples, on both engines: those that fire fire where they say, the others stay silent."""

import pytest

import beianrules
from beianrules.examples import base_document, example_documents
from beianrules.rulebook import all_rules
from beianrules.vocabulary import MISSING

EXAMPLES = [pytest.param(rule, example, id=f"{rule.code}-{n}-{'fires' if example.fires else 'silent'}")
            for rule in all_rules() for n, example in enumerate(rule.examples)]


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_rule_example(rule, example, engine):
    document, registry = example_documents(rule, example)
    report = beianrules.check(document, registry=registry, engine=engine)
    assert (rule.code in report.codes) == example.fires, (example.title, report.to_text("en"))
    mine = [r for r in report.reasons if r.code == rule.code]
    assert len(mine) == example.expected_count, (example.title, report.to_text("en"))
    if example.paths is not None:
        assert sorted({p for r in mine for p in r.paths}) == sorted(example.paths), example.title
    if example.severity is not None:
        assert {r.severity for r in mine} == {example.severity}, example.title
    for reason in mine:
        # Every placeholder had its evidence: none shows the missing-parameter fallback.
        assert not rule.message.missing(reason.evidence) | rule.remedy.missing(reason.evidence), reason.to_dict()
        assert MISSING not in reason.message["zh"] + reason.message["en"], reason.message


@pytest.mark.parametrize("province", list(__import__("beianrules").provinces.PROVINCE_CODES))
def test_base_document_of_every_province_is_clean(province, engine):
    report = beianrules.check(base_document(province), engine=engine)
    assert report.ok, report.to_text("en")
