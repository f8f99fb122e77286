"""The registry: indexes built once, same-entity reading, precise errors."""

import json

import pytest

from beianrules import InputError, Registry
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.registry import EntityKey


def test_lookups():
    other = other_entity_document("ZJ")
    registry = Registry.from_documents([other, base_document("ZJ")])
    assert len(registry) == 2
    principal = other["entity"]["principal"]
    assert [r.filing.index for r in registry.by_phone(principal["mobile"])] == [0, 0]  # entity + website principal
    assert registry.by_email(principal["email"].upper())
    assert registry.by_person_id(principal["id_document"]["number"].lower())
    assert [e.index for e in registry.by_entity_number(other["entity"]["filing_number"])] == [0]
    assert [e.index for e in registry.by_entity_number(other["entity"]["filing_number"] + "-1")] == [0]
    assert [e.index for e in registry.by_status("approved")] == [0]
    assert registry.by_phone(None) == [] and registry.by_email("") == []


def test_same_entity_by_certificate_or_filing_number():
    mine = EntityKey(("business_license", "X1"), None)
    assert mine.same_entity(EntityKey(("business_license", "X1"), "浙ICP备1号"))
    assert not mine.same_entity(EntityKey(("organization_code", "X1"), None))
    assert EntityKey(None, "浙ICP备1号").same_entity(EntityKey(("business_license", "Y"), "浙ICP备1号"))
    assert not EntityKey(None, None).same_entity(EntityKey(None, None))


def test_alternate_abbreviations_are_one_entity_number():
    from beianrules.model import Certificate, Entity, Person
    def entity(number, cert):
        return Entity(type="enterprise", name="x", principal=Person(name="p"), filing_number=number,
                      certificate=Certificate(type="business_license", number=cert))
    assert EntityKey.of(entity("蜀ICP备19026949号", "A")).same_entity(EntityKey.of(entity("川ICP备19026949号", "B")))
    assert not EntityKey.of(entity("川ICP备19026948号", "A")).same_entity(
        EntityKey.of(entity("川ICP备19026949号", "B")))


def test_errors_name_the_document_and_the_path():
    with pytest.raises(InputError) as raised:
        Registry.from_documents([base_document("ZJ"), apply_changes(base_document("ZJ"), {"order.province": "ZZ"})])
    assert [(i.source, i.item, i.path) for i in raised.value.issues] == [("registry", 1, "order.province")]
    assert str(raised.value.issues[0]).startswith("registry [1]: order.province: unknown province")


def test_jsonl(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(other_entity_document("ZJ"), ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert len(Registry.from_jsonl(path)) == 1
    path.write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        Registry.from_jsonl(path)
    assert {(i.source, i.line, i.path) for i in raised.value.issues} == {("registry", 1, "order"),
                                                                        ("registry", 1, "entity")}
    assert {str(i) for i in raised.value.issues} == {"registry line 1: order: required but missing",
                                                     "registry line 1: entity: required but missing"}
