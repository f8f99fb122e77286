"""A checked fact vocabulary: what the builders make fits what the fact kinds declare."""

import datetime
import json

import pytest
from conftest import load_cases

from beianrules.convert import structure_filing
from beianrules.declaration import check_mode
from beianrules.examples import EXAMPLE_AS_OF, example_documents
from beianrules.facts import FACT_KINDS, _clean, build_facts
from beianrules.facts.schema import fact_problems
from beianrules.provinces._schema import scalar_parameters
from beianrules.registry import Registry
from beianrules.rulebook import all_rules, fact_kinds_read


def _inputs():
    for rule in all_rules():
        for example in rule.examples:
            yield f"{rule.code}: {example.title}", *example_documents(rule, example)
    for case in load_cases():
        if not case.get("input_error"):
            yield case["name"], case["document"], case["registry"]


INPUTS = list(_inputs())


@pytest.mark.parametrize("title, document, registry", INPUTS, ids=[i[0] for i in INPUTS])
def test_every_built_fact_fits_its_declared_kind(title, document, registry):
    filing = structure_filing(document)
    index = Registry.from_documents(registry) if registry else None
    facts = build_facts(filing, as_of=filing.as_of or datetime.date.fromisoformat(EXAMPLE_AS_OF), registry=index)
    for fact in facts:
        assert not fact_problems(fact, FACT_KINDS), (fact["kind"], fact_problems(fact, FACT_KINDS))
        assert None not in fact.values(), fact  # an unknown value is a field left out
        json.dumps(fact)  # JSON-safe
    # Facts are kept as built where nothing is left out: each must still be its own object, as the matcher
    # tells the facts a condition binds apart by identity.
    assert len({id(fact) for fact in facts}) == len(facts)


@pytest.mark.parametrize("title, document, registry", INPUTS, ids=[i[0] for i in INPUTS])
def test_building_only_the_kinds_a_check_reads_builds_exactly_those_facts(title, document, registry):
    # A check builds only the kinds its rulebook matches (builders skip the rest): the facts must be the
    # full build's facts of those kinds, in the same order, for every mode the examples reach.
    filing = structure_filing(document)
    index = Registry.from_documents(registry) if registry else None
    as_of = filing.as_of or datetime.date.fromisoformat(EXAMPLE_AS_OF)
    order = filing.order
    kinds = fact_kinds_read(province=order.province, mode=check_mode(order.type, order.operation, order.status),
                            as_of=as_of)
    full = build_facts(filing, as_of=as_of, registry=index)
    assert build_facts(filing, as_of=as_of, registry=index, kinds=kinds) == [f for f in full if f["kind"] in kinds]
    assert build_facts(filing, as_of=as_of, registry=index, kinds=()) == []


def test_an_undeclared_field_or_kind_is_refused_when_built():
    with pytest.raises(ValueError, match="undeclared fields"):
        _clean({"kind": "order", "ref": "order", "status_zh": "未提交"})
    with pytest.raises(ValueError, match="not declared"):
        _clean({"kind": "orders", "ref": "order"})


def test_wrong_types_are_named():
    assert fact_problems({"kind": "order", "ref": "order", "status": "aproved"}, FACT_KINDS) == [
        "order.status = 'aproved' is not a token(order_status)"]
    assert fact_problems({"kind": "order", "ref": "order", "audit": "no"}, FACT_KINDS) == [
        "order.audit = 'no' is not a flag"]


def test_the_province_fact_is_derived_from_the_parameter_schema():
    fields = FACT_KINDS["province"].fields
    for name, vocabulary in scalar_parameters().items():
        assert fields[name].vocabulary == vocabulary
    assert set(fields) == {"code", "local_phones_required", *scalar_parameters()}


def test_no_fact_carries_display_text():
    for kind in FACT_KINDS.values():
        assert not [f for f in kind.fields if f.endswith(("_zh", "_en"))], kind.name
