"""The entity fact builders (beianrules.facts.entity) and the order facts they lean on."""

import datetime

import pytest

import beianrules
from beianrules import vocabulary
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.entity import held_entity_numbers
from beianrules.registry import Registry, entity_number_key

AS_OF = datetime.date(2026, 11, 28)
BASE = base_document("ZJ")
OTHER = other_entity_document("ZJ")
NUMBER = OTHER["entity"]["filing_number"]  # 浙ICP备2023000777号
SECOND = "浙ICP备2024000888号"
CERTIFICATE = BASE["entity"]["certificate"]["number"]


def filed(number=NUMBER, **changes):
    """The base entity's own approved filing under ``number`` (a registry document)."""
    return apply_changes(OTHER, {"entity": {**BASE["entity"], "filing_number": number}, **changes})


def itself(**changes):
    """A copy of the checked order, as a registry document."""
    return apply_changes(BASE, changes)


def facts_of(changes=None, registry=None, kind=None):
    filing = structure_filing(apply_changes(BASE, changes or {}))
    index = None if registry is None else Registry.from_documents(registry)
    built = build_facts(filing, as_of=AS_OF, registry=index)
    return [f for f in built if kind is None or f["kind"] == kind]


def entity_fact(changes=None, registry=None):
    (fact,) = facts_of(changes, registry, "entity_filings")
    return fact


def numbers(changes, registry=None):
    return {f["path"]: f for f in facts_of(changes, registry, "filing_number_given")}


def differences(changes, registry):
    return {f["field"]: f["differs_from_filing"] for f in facts_of(changes, registry, "filed_difference")}


# -- entity numbers -------------------------------------------------------------------------------


def test_alternate_abbreviations_and_service_numbers_are_one_entity_number():
    assert entity_number_key("蜀ICP备2023000777号") == entity_number_key("川ICP备2023000777号")
    assert entity_number_key("浙ICP备2023000777号-3A") == entity_number_key("浙ICP备2023000777号")
    assert entity_number_key("浙ICP证030173号") != entity_number_key("浙ICP备03017300号")
    assert entity_number_key(" not a number ") == "not a number"


def test_held_numbers_leave_out_cancelled_ones_and_documents_without_a_number():
    documents = [structure_filing(d) for d in (
        filed(), filed(SECOND), filed(SECOND, **{"order.type": "cancel_entity"}),
        filed(**{"entity.filing_number": None}),
    )]
    assert list(held_entity_numbers(documents).values()) == [NUMBER]


# -- entity_filings -------------------------------------------------------------------------------


@pytest.mark.parametrize("registry", [None, []])
def test_without_a_registry_or_with_an_empty_one_nothing_is_concluded(registry):
    fact = entity_fact({"order.type": "new_website", "entity.filing_number": NUMBER}, registry)
    assert fact == {"kind": "entity_filings", "ref": "entity:filings", "path": "entity",
                    "certificate_path": "entity.certificate.number", "filing_number_path": "entity.filing_number"}


def test_an_orders_other_number_is_no_second_number_but_an_approved_filings_is():
    # REASONS-WAVE1 clarification (a): only the registry's numbers count, and the checked document's own when
    # it is itself an approved filing.
    fact = entity_fact({"order.type": "new_website", "entity.filing_number": SECOND}, [filed()])
    assert (fact["several_filing_numbers"], fact["filing_number_count"]) == (False, 1)
    audited = entity_fact({"order.type": "new_website", "order.status": "approved", "entity.filing_number": SECOND},
                          [filed()])
    assert (audited["several_filing_numbers"], audited["filing_number_count"]) == (True, 2)
    assert audited["filing_numbers"] == f"{NUMBER}, {SECOND}"


def test_an_orders_entity_number_is_compared_with_its_certificates_numbers():
    assert differences({"order.type": "new_website", "entity.filing_number": SECOND}, [filed()]) == {
        "entity_filing_number": True}
    assert differences({"order.type": "new_website", "entity.filing_number": NUMBER}, [filed()])[
        "entity_filing_number"] is False
    # An approved filing's own number is ENTITY_MULTIPLE_FILING_NUMBERS' question, not a difference.
    assert "entity_filing_number" not in differences(
        {"order.status": "approved", "entity.filing_number": SECOND}, [filed()])
    # The certificate's filings hold no number: nothing to compare with.
    assert differences({"entity.filing_number": SECOND}, [filed(**{"entity.filing_number": None})]) == {}


def test_numbers_of_orders_not_approved_and_of_other_entities_do_not_count():
    registry = [filed(), filed(SECOND, **{"order.status": "rejected"}), OTHER,
                itself(**{"order.status": "provider_review", "entity.filing_number": NUMBER})]
    fact = entity_fact({"order.type": "new_website", "entity.filing_number": NUMBER}, registry)
    assert (fact["several_filing_numbers"], fact["filing_number_count"]) == (False, 1)


def test_a_mistyped_number_is_not_a_second_number():
    fact = entity_fact({"order.type": "new_website", "entity.filing_number": "浙ICP备 2023000777号"}, [filed()])
    assert (fact["several_filing_numbers"], fact["filing_number_count"]) == (False, 1)


def test_a_cancel_entity_order_is_not_reminded_to_cancel():
    fact = entity_fact({"order.type": "cancel_entity", "entity.filing_number": SECOND}, [filed()])
    assert "several_filing_numbers" not in fact


def test_certificate_already_filed_needs_an_approved_uncancelled_number():
    assert entity_fact(None, [filed()])["certificate_already_filed"] is True
    assert entity_fact(None, [OTHER])["certificate_already_filed"] is False
    assert entity_fact(None, [itself(**{"order.status": "provider_review"})])["certificate_already_filed"] is False
    cancelled = [filed(), filed(**{"order.type": "cancel_entity"})]
    assert entity_fact(None, cancelled)["certificate_already_filed"] is False


def test_the_registry_knows_the_entity_by_certificate_or_by_its_filing_number():
    assert entity_fact({"order.type": "new_website"}, [OTHER])["registry_knows_entity"] is False
    assert entity_fact({"order.type": "new_website"}, [itself()])["registry_knows_entity"] is True
    by_number = {"order.type": "new_website", "entity.filing_number": NUMBER}
    assert entity_fact(by_number, [OTHER])["registry_knows_entity"] is True


def test_the_registry_finds_a_number_under_its_alternate_abbreviation():
    registry = Registry.from_documents([apply_changes(filed("川ICP备2023000777号"),
                                                      {"entity.certificate.number": "91510104MA1XC4D5XX"})])
    assert len(registry.by_entity_number("蜀ICP备2023000777号")) == 1
    assert len(registry.by_entity_number("川ICP备2023000777号-2")) == 1
    assert registry.by_entity_number("  ") == registry.by_entity_number(None) == []
    sichuan = {"order.province": "SC", "order.type": "new_access", "entity.filing_number": "蜀ICP备2023000777号"}
    fact = entity_fact(sichuan, [apply_changes(filed("川ICP备2023000777号"),
                                               {"entity.certificate.number": "91510104MA1XC4D5XX"})])
    assert fact["registry_knows_entity"] is True
    assert differences(sichuan, [filed("川ICP备2023000777号")])["entity_name"] is False


def test_an_order_without_certificate_or_number_is_not_looked_up():
    fact = entity_fact({"entity.certificate": None}, [filed()])
    assert not {"registry_knows_entity", "certificate_already_filed", "other_order_in_flight"} & set(fact)


@pytest.mark.parametrize("other_id, own_id, expected", [
    ("EX-ZJ-0", "EX-ZJ-1", True),    # another order of the entity
    ("EX-ZJ-1", "EX-ZJ-1", False),   # the order itself
    (None, "EX-ZJ-1", None),         # may be the order itself: unknown
    ("EX-ZJ-0", None, None),
])
def test_orders_in_flight_are_told_apart_by_id(other_id, own_id, expected):
    registry = [itself(**{"order.status": "authority_review", "order.id": other_id})]
    fact = entity_fact({"order.id": own_id}, registry)
    assert fact.get("other_order_in_flight") is expected
    if expected:
        assert (fact["in_flight_order_id"], fact["in_flight_status"]) == ("EX-ZJ-0", "authority_review")


def test_finished_orders_and_other_entities_orders_are_not_in_flight():
    registry = [itself(**{"order.status": "rejected", "order.id": "EX-ZJ-0"}),
                apply_changes(OTHER, {"order.status": "provider_review", "order.id": "REG-ZJ-2"})]
    assert entity_fact(None, registry)["other_order_in_flight"] is False


# -- filing numbers the order gives ---------------------------------------------------------------


def test_numbers_at_the_right_level_that_belong_together():
    given = numbers({"entity.filing_number": NUMBER, "websites[0].filing_number": f"{NUMBER}-1",
                     "apps": [{"name": "示例App", "filing_number": f" {NUMBER}-2A "}]})
    assert set(given) == {"entity.filing_number", "websites[0].filing_number", "apps[0].filing_number"}
    assert all(f["well_formed"] and f["in_order_province"] and f["province"] == "ZJ" for f in given.values())
    assert given["apps[0].filing_number"]["number"] == f"{NUMBER}-2A"
    assert given["websites[0].filing_number"]["extends_entity_number"] is True
    assert "extends_entity_number" not in given["entity.filing_number"]


def test_a_number_that_does_not_parse_carries_the_parsers_problem_and_no_province():
    fact = numbers({"entity.filing_number": "浙ICP备 2023000777号"})["entity.filing_number"]
    assert fact["well_formed"] is False
    assert fact["problem"] == "malformed"
    shown = {lang: vocabulary.FILING_NUMBER_PROBLEM.render("malformed", lang, fact) for lang in ("zh", "en")}
    assert "space" in shown["en"] and "空格" in shown["zh"]
    assert "province" not in fact and "in_order_province" not in fact


@pytest.mark.parametrize("path, number, expected", [
    ("entity.filing_number", f"{NUMBER}-1", "entity"),
    ("websites[0].filing_number", NUMBER, "service"),
])
def test_a_number_at_the_wrong_level_is_not_well_formed_but_names_its_province(path, number, expected):
    fact = numbers({path: number})[path]
    assert (fact["well_formed"], fact["expected_level"], fact["in_order_province"]) == (False, expected, True)


def test_a_service_number_under_another_entity_number():
    fact = numbers({"entity.filing_number": NUMBER,
                    "websites[0].filing_number": "浙ICP备2023000778号-1"})["websites[0].filing_number"]
    assert (fact["well_formed"], fact["extends_entity_number"]) == (True, False)
    assert fact["entity_number"] == NUMBER and fact["entity_number_path"] == "entity.filing_number"
    assert fact["problem"] == "not_extending_entity_number" and fact["entity_number"] == NUMBER
    shown = {lang: vocabulary.FILING_NUMBER_PROBLEM.render(fact["problem"], lang, fact) for lang in ("zh", "en")}
    assert NUMBER in shown["zh"] and NUMBER in shown["en"]


def test_no_extension_verdict_across_forms_or_without_a_well_formed_entity_number():
    across = numbers({"entity.filing_number": NUMBER, "websites[0].filing_number": "浙ICP证030173号-1"})
    assert "extends_entity_number" not in across["websites[0].filing_number"]
    bad_entity = numbers({"entity.filing_number": f"{NUMBER}-1", "websites[0].filing_number": "浙ICP备2023000778号-1"})
    assert "extends_entity_number" not in bad_entity["websites[0].filing_number"]


def test_alternate_prefixes_belong_to_the_order_province():
    given = numbers({"order.province": "SC", "entity.filing_number": "蜀ICP备2023000777号",
                     "websites[0].filing_number": "川ICP备2023000777号-1"})
    assert all(f["in_order_province"] for f in given.values())
    assert given["websites[0].filing_number"]["extends_entity_number"] is True
    other = numbers({"entity.filing_number": "苏ICP备2023000777号"})["entity.filing_number"]
    assert (other["in_order_province"], other["province"]) == (False, "JS")


def test_blank_numbers_are_not_given():
    assert numbers({"entity.filing_number": "  "}) == {}


# -- filed differences ----------------------------------------------------------------------------


def test_found_by_filing_number_every_field_is_compared():
    changes = {"order.type": "new_access", "entity.filing_number": NUMBER, "entity.name": "杭州示例网络有限公司",
               "entity.certificate.number": "91330106MA1XC4D5XX"}
    assert differences(changes, [filed()]) == {
        "entity_name": True, "entity_type": False, "certificate_type": False, "certificate_number": True,
        "principal_name": False, "principal_id_number": False, "province": False}


def test_found_by_certificate_when_the_order_has_no_number():
    assert differences({"order.type": "change", "entity.type": "other_organization"}, [filed()])["entity_type"] is True
    # An order whose number the registry does not hold finds no filing by number (no fall-back to the
    # certificate for the other fields); only the number itself is compared, by certificate.
    assert differences({"entity.filing_number": SECOND, "entity.type": "other_organization"}, [filed()]) == {
        "entity_filing_number": True}


def test_only_approved_filings_are_filed_data_and_a_value_must_differ_from_all_of_them():
    in_flight = itself(**{"order.status": "provider_review", "entity.name": "别名"})
    assert differences({"entity.name": "别名"}, [in_flight]) == {}
    renamed = filed(**{"entity.name": "杭州示例网络有限公司"})
    assert differences({"entity.name": "杭州示例网络有限公司"}, [filed(), renamed])["entity_name"] is False


def test_ids_compare_normalised_and_unknown_sides_are_skipped():
    own_id = BASE["entity"]["principal"]["id_document"]["number"]
    lower = {"entity.principal.id_document.number": f" {own_id.lower()} "}
    assert differences(lower, [filed()])["principal_id_number"] is False
    no_id = filed(**{"entity.principal.id_document": None})
    assert "principal_id_number" not in differences({}, [no_id])


def test_no_registry_no_differences():
    assert facts_of({"entity.name": "别名"}, None, "filed_difference") == []


# -- order facts ----------------------------------------------------------------------------------


def test_order_fact_names_type_and_status_and_says_whether_data_is_sent():
    (order,) = facts_of({"order.type": "change", "order.status": "rejected", "order.operation": "modify"},
                        kind="order")
    assert (order["type"], order["status"], order["submits_content"]) == ("change", "rejected", True)
    (abandon,) = facts_of({"order.operation": "abandon"}, kind="order")
    assert abandon["submits_content"] is False


def test_one_fact_per_verification_statement():
    built = facts_of({"verification.statements": ["server_no_longer_used", "app_no_longer_used"]},
                     kind="verification_statement")
    assert [(f["path"], f["statement"]) for f in built] == [
        ("verification.statements[0]", "server_no_longer_used"),
        ("verification.statements[1]", "app_no_longer_used")]


# -- privacy and audits ---------------------------------------------------------------------------


def test_no_other_entitys_data_reaches_an_entity_fact():
    registry = [OTHER, apply_changes(OTHER, {"order.status": "provider_review", "order.id": "REG-ZJ-2"})]
    built = [f for f in facts_of({"order.type": "new_website"}, registry)
             if f["kind"] in ("entity_filings", "filing_number_given", "filed_difference")]
    person = OTHER["entity"]["principal"]
    secrets = {OTHER["entity"]["name"], OTHER["entity"]["certificate"]["number"], person["name"],
               person["id_document"]["number"], person["mobile"], person["email"], NUMBER, "REG-ZJ-2"}
    values = {str(v) for f in built for v in f.values()}
    assert not {s for s in secrets if any(s in v for v in values)}


def test_a_batch_audit_sees_each_filings_siblings_but_never_checks_order_types():
    first = filed()
    second = filed(SECOND, **{"order.id": "REG-ZJ-2", "order.type": "new_filing"})
    reports = list(beianrules.audit([first, second], engine="python"))
    for report in reports:
        assert "ENTITY_MULTIPLE_FILING_NUMBERS" in report.codes
        assert "ORDER_WRONG_TYPE" not in report.codes
        assert {r.kind for r in report.reasons if r.code == "ENTITY_MULTIPLE_FILING_NUMBERS"} == {"rectification"}
