"""The durable-rules path against ENGINE.md: safe definitions, identical results, no shared-state surprises."""

import json
import random
import subprocess
import sys
import threading

import pytest
from conftest import load_cases

import beianrules
from beianrules import engine
from beianrules.evaluator import evaluate as reference_evaluate
from beianrules.examples import (
    apply_changes,
    base_document,
    example_documents,
    other_entity_document,
    resolve,
)
from beianrules.facts import FACT_KINDS
from beianrules.provinces import PROVINCE_CODES
from beianrules.rulebook import all_rules

needs_durable = pytest.mark.skipif(not engine.AVAILABLE, reason="durable-rules is not installed on this Python")

_ALLOWED_TOP = {"$and"}
_FORBIDDEN_OPS = {"$or", "$any", "$all", "$not", "$neq", "$lt", "$gt", "$lte", "$gte", "$nex", "$ex",
                  "$iall", "$iany", "$mt", "$imt", "$add", "$sub", "$mul", "$div"}


def _every_rulebook():
    for province in PROVINCE_CODES:
        yield province, engine.compile_rulebook(all_rules(province))


def shape_problems(definition):
    """Every forbidden shape in a compiled definition (ENGINE.md, the pattern, point 3)."""
    problems = []
    for rule_name, body in definition.items():
        if set(body) != {"all"}:
            problems.append(f"{rule_name}: only 'all' is allowed, found {sorted(body)}")
            continue
        bound = set()
        for pattern in body["all"]:
            ((alias, expr),) = pattern.items()
            if rule_name == engine.SINK and expr == {"$ex": {"kind": 1}}:
                continue  # the one presence test, on a single fact, observed clean under memcheck
            if set(expr) - _ALLOWED_TOP:
                problems.append(f"{rule_name}/{alias}: top-level operator {sorted(expr)}")
                continue
            for test in expr["$and"]:
                ((field, value),) = test.items()
                if field in ("id", "sid") or field.startswith("$"):
                    problems.append(f"{rule_name}/{alias}: tests {field!r}")
                if isinstance(value, dict):
                    if len(value) != 1:
                        problems.append(f"{rule_name}/{alias}: compound value {value}")
                        continue
                    ((other_alias, other_field),) = value.items()
                    if other_alias.startswith("$") or other_alias in _FORBIDDEN_OPS:
                        problems.append(f"{rule_name}/{alias}: operator {other_alias} on {field}")
                    elif other_alias not in bound:
                        problems.append(f"{rule_name}/{alias}: joins {other_alias!r}, not bound earlier")
                    elif other_field in ("id", "sid"):
                        problems.append(f"{rule_name}/{alias}: joins on {other_field!r}")
                elif isinstance(value, list) or value is None:
                    problems.append(f"{rule_name}/{alias}: array or null test on {field}")
            bound.add(alias)
    return problems


def test_every_compiled_rulebook_has_only_safe_shapes():
    for province, definition in _every_rulebook():
        assert shape_problems(definition) == [], province


@pytest.mark.parametrize("bad", [
    {"X": {"all": [{"m": {"$or": [{"kind": "a"}, {"kind": "b"}]}}]}},
    {"X": {"all": [{"a": {"$and": [{"kind": "a"}]}}, {"b": {"$and": [{"kind": "b"}, {"n": {"$gt": {"a": "n"}}}]}}]}},
    {"X": {"all": [{"a": {"$and": [{"kind": "a"}]}}, {"b": {"$and": [{"kind": "b"}, {"ref": {"a": "id"}}]}}]}},
    {"X": {"all": [{"a": {"$and": [{"kind": "a"}, {"sid": "1"}]}}]}},
    {"X": {"all": [{"a": {"$and": [{"kind": "a"}, {"xs": {"$iany": {"$and": [{"m": 1}]}}}]}}]}},
    {"X": {"all": [{"a": {"$and": [{"kind": "a"}, {"x": {"b": "y"}}]}}]}},
    {"X": {"any": [{"a": {"$and": [{"kind": "a"}]}}]}},
])
def test_the_inspection_catches_forbidden_shapes(bad):
    assert shape_problems(bad)


def test_fnv1a_matches_known_vectors():
    assert engine.fnv1a_32("") == 0x811C9DC5
    assert engine.fnv1a_32("a") == 0xE40C292C
    assert engine.fnv1a_32("foobar") == 0xBF9CF968


def test_no_two_names_in_the_vocabulary_share_a_hash():
    vocabulary = {"id", "sid", "kind", "start", *engine.fact_ids(engine.CHECKED_AT_IMPORT)}
    for kind in FACT_KINDS.values():
        vocabulary |= {kind.name, *kind.all_fields()}
    for _province, definition in _every_rulebook():
        for rule_name, body in definition.items():
            vocabulary.add(rule_name)
            for pattern in body["all"]:
                vocabulary |= set(pattern)
    hashes = {}
    for name in sorted(vocabulary):
        other = hashes.setdefault(engine.fnv1a_32(name), name)
        assert other == name, f"{other!r} and {name!r} share an FNV-1a hash"


def _example_inputs():
    for rule in all_rules():
        for example in rule.examples:
            yield example_documents(rule, example)
    for case in load_cases():
        if not case.get("input_error"):
            yield case["document"], case["registry"]


def _generated_inputs(count=150, seed=20261128):
    """Documents that mix several rules' example changes, in random provinces and states."""
    rng = random.Random(seed)
    changes = [(e.changes, e.registry) for r in all_rules() for e in r.examples]
    statuses = ["draft", "provider_review", "authority_review", "rejected", "approved"]
    for _ in range(count):
        province = rng.choice(PROVINCE_CODES)
        document = base_document(province)
        registry = []
        for picked, reg in rng.sample(changes, k=rng.randint(1, 4)):
            try:
                document = apply_changes(document, resolve(dict(picked), province))
            except (KeyError, IndexError, TypeError):
                continue
            registry += [apply_changes(other_entity_document(province), resolve(dict(c), province)) for c in reg]
        document = apply_changes(document, {
            "order.status": rng.choice(statuses),
            "order.submitted_to_authority_on": rng.choice([None, "2021-05-01", "2026-11-01"]),
        })
        yield document, registry


def _reasons(document, registry, engine_name):
    try:
        return beianrules.check(document, registry=registry or None, engine=engine_name).to_dict()
    except beianrules.InputError as err:  # a generated mix may not fit the format: both must say so alike
        return {"input_error": [tuple(i) for i in err.issues]}


@needs_durable
def test_both_engines_give_identical_reports():
    compared = 0
    for document, registry in [*_example_inputs(), *_generated_inputs()]:
        assert _reasons(document, registry, "durable") == _reasons(document, registry, "python"), document
        compared += 1
    assert compared > 150


@needs_durable
def test_input_order_does_not_change_findings():
    import datetime

    from beianrules.convert import structure_filing
    from beianrules.facts import build_facts
    filing = structure_filing(apply_changes(base_document("ZJ"), {
        "entity.principal.id_document.valid_until": "2020-01-01",
        "websites[0].principal.id_document.valid_until": "2020-01-01",
        "entity.legal_representative.id_number": "330106198401011234"}))
    facts = build_facts(filing, as_of=datetime.date(2026, 11, 28))
    rules = all_rules("ZJ")
    forward = engine.evaluate(rules, facts)
    assert len(forward) >= 3
    assert engine.evaluate(rules, list(reversed(facts))) == forward == reference_evaluate(rules, facts)


@needs_durable
def test_checks_from_four_threads_at_once_agree_with_sequential_checks():
    inputs = list(_example_inputs())[:60]
    expected = [_reasons(d, r, "durable") for d, r in inputs]
    results = [None] * 4
    errors = []

    def work(slot):
        try:
            results[slot] = [_reasons(d, r, "durable") for d, r in inputs]
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(r == expected for r in results)


@needs_durable
def test_recreating_engines_and_rulebooks_is_harmless():
    document = apply_changes(base_document("ZJ"), {"entity.principal.id_document.valid_until": "2020-01-01"})
    first = engine.DurableEngine()
    second = engine.DurableEngine()
    import datetime

    from beianrules.convert import structure_filing
    from beianrules.facts import build_facts
    facts = build_facts(structure_filing(document), as_of=datetime.date(2026, 11, 28))
    rules = all_rules("ZJ")
    assert first.evaluate(rules, facts) == second.evaluate(rules, facts) == first.evaluate(rules, facts)
    # More checks than durable's 1024 live sessions per ruleset: every session is deleted after use.
    for _ in range(1100):
        first.evaluate(rules[:2], facts)


@needs_durable
def test_importing_the_package_twice_in_one_process():
    script = """
import sys, json
import beianrules
from beianrules.examples import base_document, apply_changes
doc = apply_changes(base_document("JS"), {"attachments": []})
first = beianrules.check(doc, engine="durable").codes
for name in [m for m in sys.modules if m == "beianrules" or m.startswith("beianrules.")]:
    del sys.modules[name]
import beianrules as again
second = again.check(doc, engine="durable").codes
print(json.dumps([first, second]))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    first, second = json.loads(result.stdout)
    assert first == second == ["JS_AUTHENTICITY_LETTERS", "JS_AUTHENTICITY_LETTERS"]


@needs_durable
def test_an_exception_recorded_by_the_engine_becomes_an_engine_error(monkeypatch):
    fresh = engine.DurableEngine()
    fresh.evaluate(all_rules("ZJ")[:1], [{"kind": "order", "ref": "order"}])  # creates the host
    deleted = []
    monkeypatch.setattr(type(fresh._host), "get_state", lambda self, name, sid: {"sid": sid, "exception": "boom"})
    original_delete = type(fresh._host).delete_state
    monkeypatch.setattr(type(fresh._host), "delete_state",
                        lambda self, name, sid: (deleted.append(sid), original_delete(self, name, sid)))
    with pytest.raises(engine.EngineFailure, match="boom"):
        fresh.evaluate(all_rules("ZJ")[:1], [{"kind": "order", "ref": "order"}])
    assert deleted, "the session must be deleted even when the check fails"


@needs_durable
def test_a_forked_process_gets_its_own_host(monkeypatch):
    fresh = engine.DurableEngine()
    fresh.evaluate(all_rules("ZJ")[:1], [{"kind": "order", "ref": "order"}])
    host = fresh._host
    monkeypatch.setattr(engine.os, "getpid", lambda: -1)
    fresh.evaluate(all_rules("ZJ")[:1], [{"kind": "order", "ref": "order"}])
    assert fresh._host is not host


@needs_durable
def test_facts_no_rule_mentions_are_handled():
    assert engine.evaluate(all_rules("ZJ"), [{"kind": "nothing_matches_this", "ref": "x"}]) == []


def test_the_host_starts_no_threads():
    if not engine.AVAILABLE:
        pytest.skip("durable-rules is not installed")
    before = threading.active_count()
    fresh = engine.DurableEngine()
    fresh.evaluate(all_rules("ZJ"), [{"kind": "order", "ref": "order"}])
    assert threading.active_count() == before


def test_python_engine_is_always_available():
    report = beianrules.check(base_document("ZJ"), engine="python")
    assert report.ok


@pytest.mark.skipif(not engine.AVAILABLE, reason="durable-rules is not installed")
def test_a_filing_of_more_facts_than_the_ids_made_at_import_checks_on_both_engines():
    import copy
    import datetime

    from beianrules.convert import structure_filing
    from beianrules.examples import base_document
    from beianrules.facts import build_facts

    document = base_document("ZJ")
    site = document["websites"][0]
    document["websites"] = [dict(copy.deepcopy(site), name=f"杭州示例科技网站{k}", domains=[f"site{k}.example.cn"])
                            for k in range(200)]
    facts = build_facts(structure_filing(document), as_of=datetime.date(2026, 11, 28))
    assert len(facts) > engine.CHECKED_AT_IMPORT
    durable = beianrules.check(document, engine="durable")
    assert durable.to_dict() == beianrules.check(document, engine="python").to_dict()
    assert durable.reasons  # 200 websites are too many for one order: the check did run


def test_fact_ids_never_collide_when_extended():
    ids = engine.fact_ids(engine.CHECKED_AT_IMPORT + 500)
    assert len({engine.fnv1a_32(i) for i in ids}) == len(ids) == engine.CHECKED_AT_IMPORT + 500
    assert engine.fact_ids(3) == ids[:3]
