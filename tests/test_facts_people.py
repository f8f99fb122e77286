"""Fact builders for people, contacts, verification calls and their cross-filing comparisons."""

import datetime

import pytest

import beianrules
from beianrules import Registry
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.crossfiling import head
from beianrules.facts.people import reached_later
from beianrules.regions import normalize_phone

AS_OF = datetime.date(2026, 11, 28)
OWN = base_document("ZJ")
OTHER = other_entity_document("ZJ")
OWN_PRINCIPAL = OWN["entity"]["principal"]
OTHER_PRINCIPAL = OTHER["entity"]["principal"]

SHANGHAI_MOBILE = "13800211234"
BEIJING_MOBILE = "13800001234"
UNPLACED_MOBILE = "19912345678"


def facts_of(document, *, kind, province=None, registry=None, **changes):
    base = base_document(province) if province else document
    filing = structure_filing(apply_changes(base, changes))
    index = Registry.from_documents(registry) if registry is not None else None
    return [f for f in build_facts(filing, as_of=AS_OF, registry=index) if f["kind"] == kind]


def by_ref(facts):
    return {f["ref"]: f for f in facts}


# --- contacts: regions and local numbers ------------------------------------------------------

def test_hebei_judges_each_number_against_hebei_beijing_and_tianjin():
    contacts = by_ref(facts_of(None, kind="contact", province="HE", **{
        "entity.principal.mobile": SHANGHAI_MOBILE,
        "entity.principal.emergency_phone": BEIJING_MOBILE,
        "entity.principal.office_phone": "022-81234000",
        "websites[0].principal.mobile": UNPLACED_MOBILE,
    }))
    shanghai = contacts["entity.principal.mobile"]
    assert (shanghai["region"], shanghai["local"]) == ("SH", False)
    assert shanghai["region"] == "SH"
    assert shanghai["accepted"] == ["HE", "BJ", "TJ"]  # the bureau's own province first
    assert contacts["entity.principal.emergency_phone"]["local"] is True
    assert (contacts["entity.principal.office_phone"]["region"], contacts["entity.principal.office_phone"]["local"]) \
        == ("TJ", True)
    assert contacts["websites[0].principal.office_phone"]["local"] is True  # the base document's own landline
    unknown = contacts["websites[0].principal.mobile"]
    assert "region" not in unknown and "local" not in unknown and "accepted" not in unknown


def test_no_requirement_no_verdict():
    contact = by_ref(facts_of(None, kind="contact", province="ZJ",
                              **{"entity.principal.mobile": SHANGHAI_MOBILE}))["entity.principal.mobile"]
    assert contact["region"] == "SH" and "local" not in contact and "accepted" not in contact


@pytest.mark.parametrize("entity_type, judged", [("enterprise", False), ("individual", True)])
def test_gansu_requires_local_numbers_of_individuals_only(entity_type, judged):
    contact = by_ref(facts_of(None, kind="contact", province="GS", **{
        "entity.type": entity_type, "entity.legal_representative": None,
        "entity.principal.mobile": SHANGHAI_MOBILE}))["entity.principal.mobile"]
    assert ("local" in contact) is judged
    if judged:
        assert contact["local"] is False


@pytest.mark.parametrize("entity_type, remark, judged", [
    ("enterprise", None, True),
    ("enterprise", "   ", True),
    ("enterprise", "负责人常驻上海", False),
    ("individual", "负责人常驻上海", True),
])
def test_shanxi_units_may_explain_a_non_local_number_in_the_remark(entity_type, remark, judged):
    contact = by_ref(facts_of(None, kind="contact", province="SX", **{
        "entity.type": entity_type, "entity.remark": remark,
        "entity.principal.mobile": SHANGHAI_MOBILE}))["entity.principal.mobile"]
    assert ("local" in contact) is judged
    province = facts_of(None, kind="province", province="SX", **{
        "entity.type": entity_type, "entity.remark": remark})[0]
    assert province["local_phones_required"] is judged


def test_contacts_name_their_field_and_emails_have_no_region():
    contacts = by_ref(facts_of(OWN, kind="contact"))
    email = contacts["entity.principal.email"]
    assert email["is_phone"] is False and "region" not in email and "local" not in email
    assert email["field"] == "email"
    assert contacts["entity.principal.emergency_phone"]["field"] == "emergency_phone"
    assert contacts["websites[0].principal.mobile"]["person"] == "websites[0].principal"


def test_is_legal_rep_by_id_then_name():
    person = facts_of(OWN, kind="person")[0]
    assert person["role"] == "entity_principal" and person["is_legal_rep"] is True
    other_id = facts_of(OWN, kind="person", **{"entity.legal_representative.id_number": "330106198401011234"})[0]
    assert other_id["is_legal_rep"] is False
    by_name = facts_of(OWN, kind="person", **{"entity.legal_representative.id_number": None})[0]
    assert by_name["is_legal_rep"] is True
    unknown = facts_of(OWN, kind="person", **{"entity.legal_representative": {"name": None, "id_number": None}})[0]
    assert "is_legal_rep" not in unknown
    websites = facts_of(OWN, kind="person")[1]
    assert websites["role"] == "website_principal" and "is_legal_rep" not in websites


# --- verification calls -----------------------------------------------------------------------

def calls(*entries, **changes):
    return facts_of(OWN, kind="verification_call", **{"verification.calls": list(entries), **changes})


def test_a_call_is_paired_with_every_field_holding_the_number():
    found = calls({"phone": "+86 138 0574 1234", "result": "unreachable", "on": "2026-11-21"})
    assert OWN_PRINCIPAL["mobile"] == "13805741234"
    assert sorted(f["contact"] for f in found) == ["entity.principal.mobile", "websites[0].principal.mobile"]
    for f in found:
        assert f["path"] == "verification.calls[0].result" and f["call"] == "verification.calls[0]"
        assert (f["result"], f["reached"], f["reached_later"], f["on"]) == ("unreachable", False, False, "2026-11-21")


def test_a_call_to_a_number_outside_the_order_makes_no_fact():
    assert calls({"phone": SHANGHAI_MOBILE, "result": "unreachable", "on": "2026-11-21"}) == []


def test_a_reached_call_is_marked_reached():
    (entity, _website) = calls({"phone": OWN_PRINCIPAL["office_phone"], "result": "reached", "on": "2026-11-21"})
    assert entity["reached"] is True and "reached_later" not in entity
    assert entity["contact"] == "entity.principal.office_phone"


def test_a_failed_call_made_up_for_later():
    mobile = OWN_PRINCIPAL["mobile"]
    found = calls({"phone": mobile, "result": "refused", "on": "2026-11-21"},
                  {"phone": mobile, "result": "reached", "on": "2026-11-22"},
                  {"phone": mobile, "result": "unreachable", "on": "2026-11-23"})
    later = {f["call"]: f.get("reached_later") for f in found if f["contact"] == "entity.principal.mobile"}
    assert later == {"verification.calls[0]": True, "verification.calls[1]": None, "verification.calls[2]": False}


@pytest.mark.parametrize("failed_on, reached, expected", [
    (datetime.date(2026, 11, 21), [], False),
    (None, [], False),
    (datetime.date(2026, 11, 21), [datetime.date(2026, 11, 21)], True),
    (datetime.date(2026, 11, 21), [datetime.date(2026, 11, 22)], True),
    (datetime.date(2026, 11, 21), [datetime.date(2026, 11, 20)], False),
    (datetime.date(2026, 11, 21), [None], None),
    (None, [datetime.date(2026, 11, 22)], None),
    (datetime.date(2026, 11, 21), [None, datetime.date(2026, 11, 25)], True),
    (datetime.date(2026, 11, 21), [None, datetime.date(2026, 11, 20)], None),
])
def test_reached_later(failed_on, reached, expected):
    assert reached_later(failed_on, reached) is expected


# --- cross-filing ---------------------------------------------------------------------------

def cross(kind, registry, **changes):
    return facts_of(OWN, kind=kind, registry=registry, **changes)


def test_no_registry_no_cross_filing_facts():
    filing = structure_filing(OWN)
    kinds = {f["kind"] for f in build_facts(filing, as_of=AS_OF)}
    assert not kinds & {"other_entity_contact", "other_entity_service_principal", "principal_of_other_entity"}
    assert build_facts(filing, as_of=AS_OF, registry=Registry()) == build_facts(filing, as_of=AS_OF)


def test_emails_are_matched_case_insensitively():
    found = cross("other_entity_contact", [OTHER], **{"entity.principal.email": OTHER_PRINCIPAL["email"].upper()})
    assert [(f["path"], f["field"], f["same_legal_rep"]) for f in found] == \
        [("entity.principal.email", "email", False)]


def test_the_entitys_own_filings_are_not_another_entity():
    own_earlier = apply_changes(OTHER, {"entity.certificate.number": OWN["entity"]["certificate"]["number"]})
    by_number = apply_changes(OTHER, {"entity.filing_number": "浙ICP备2026000001号"})
    assert cross("other_entity_contact", [own_earlier], **{"entity.principal.email": OTHER_PRINCIPAL["email"]}) == []
    assert cross("other_entity_contact", [by_number], **{"entity.filing_number": "浙ICP备2026000001号",
                                                          "entity.principal.email": OTHER_PRINCIPAL["email"]}) == []


def test_head_of_a_unit_and_of_an_individual():
    assert head(structure_filing(OWN)) == (OWN_PRINCIPAL["id_document"]["number"], OWN_PRINCIPAL["name"])
    individual = structure_filing(apply_changes(OWN, {
        "entity.type": "individual", "entity.legal_representative": None, "entity.name": "王海燕",
        "entity.certificate": {"type": "resident_id", "number": OWN_PRINCIPAL["id_document"]["number"].lower()}}))
    assert head(individual) == (OWN_PRINCIPAL["id_document"]["number"].upper(), "王海燕")
    no_certificate = structure_filing(apply_changes(OWN, {
        "entity.type": "individual", "entity.legal_representative": None, "entity.certificate": None}))
    assert head(no_certificate)[0] == OWN_PRINCIPAL["id_document"]["number"]
    assert head(structure_filing(apply_changes(OWN, {"entity.legal_representative": None}))) == (None, None)


@pytest.mark.parametrize("changes, expected", [
    ({}, False),  # an enterprise headed by someone else
    ({"entity.legal_representative": OTHER["entity"]["legal_representative"]}, True),
    ({"entity.legal_representative": {"name": OTHER_PRINCIPAL["name"]}}, True),  # by name when no ID on one side
    ({"entity.legal_representative": None}, None),  # not given: unknown
    ({"entity.type": "individual", "entity.legal_representative": None}, False),  # an individual heads himself
    ({"entity.type": "individual", "entity.legal_representative": None, "entity.name": OTHER_PRINCIPAL["name"],
      "entity.certificate": {"type": "resident_id", "number": OTHER_PRINCIPAL["id_document"]["number"]}}, True),
])
def test_same_legal_rep_on_shared_mobiles(changes, expected):
    found = cross("other_entity_contact", [OTHER], **{"entity.principal.mobile": OTHER_PRINCIPAL["mobile"], **changes})
    assert [f["path"] for f in found] == ["entity.principal.mobile"]
    assert found[0].get("same_legal_rep") is expected


def test_one_exempt_entity_does_not_excuse_another():
    headed_by_us = apply_changes(OTHER, {"entity.legal_representative": OWN["entity"]["legal_representative"],
                                         "entity.certificate.number": "91330106MA2YD5E6FX",
                                         "entity.filing_number": "浙ICP备2023000888号"})
    shared = {"entity.principal.mobile": OTHER_PRINCIPAL["mobile"]}
    found = cross("other_entity_contact", [headed_by_us, OTHER], **shared)
    assert found[0]["same_legal_rep"] is False
    found = cross("other_entity_contact", [headed_by_us], **shared)
    assert found[0]["same_legal_rep"] is True


def test_service_principal_ids_count_only_service_roles():
    as_website_principal = apply_changes(OTHER, {"websites[0].principal": OWN_PRINCIPAL})
    as_app_principal = apply_changes(OTHER, {"apps": [{"name": "他方App", "principal": OWN_PRINCIPAL}]})
    as_entity_principal = apply_changes(OTHER, {"entity.principal": OWN_PRINCIPAL})
    for registry, expected in (([as_website_principal], ["websites[0].principal.id_document.number"]),
                               ([as_app_principal], ["websites[0].principal.id_document.number"]),
                               ([as_entity_principal], [])):
        found = cross("other_entity_service_principal", registry)
        assert [f["path"] for f in found] == expected
        assert all(f["person"] == "websites[0].principal" for f in found)
    # The entity principal himself is not a service principal: no fact for entity.principal.
    assert all(not f["path"].startswith("entity.")
               for f in cross("other_entity_service_principal", [as_website_principal]))


def test_principal_of_another_entity_compares_only_fields_given_on_both_sides():
    elsewhere = apply_changes(OTHER, {
        "entity.legal_representative": OWN["entity"]["legal_representative"],
        "entity.principal": {**OWN_PRINCIPAL, "mobile": OTHER_PRINCIPAL["mobile"],
                             "email": OWN_PRINCIPAL["email"].upper()}})
    found = by_ref(cross("principal_of_other_entity", [elsewhere]))
    assert {(f["path"], f["same_value"], f["same_legal_rep"]) for f in found.values()} == {
        ("entity.principal.mobile", False, True), ("entity.principal.email", True, True)}
    no_email = apply_changes(elsewhere, {"entity.principal.email": None})
    assert [f["field"] for f in cross("principal_of_other_entity", [no_email])] == ["mobile"]
    assert cross("principal_of_other_entity", [elsewhere], **{"entity.principal.mobile": None,
                                                             "entity.principal.email": None}) == []


def test_principal_of_another_entity_records_who_heads_it():
    led_by_another = apply_changes(OTHER, {"entity.principal": OWN_PRINCIPAL})
    found = cross("principal_of_other_entity", [led_by_another])
    assert {f["same_legal_rep"] for f in found} == {False} and {f["same_value"] for f in found} == {True}
    assert {f["other_is_unit"] for f in found} == {True}
    as_service_principal_only = apply_changes(OTHER, {"websites[0].principal": OWN_PRINCIPAL})
    assert cross("principal_of_other_entity", [as_service_principal_only]) == []
    personal = apply_changes(OTHER, {
        "entity.type": "individual", "entity.legal_representative": None, "entity.name": OWN_PRINCIPAL["name"],
        "entity.certificate": {"type": "resident_id", "number": OWN_PRINCIPAL["id_document"]["number"]},
        "entity.principal": OWN_PRINCIPAL})
    found = cross("principal_of_other_entity", [personal])
    assert {(f["other_is_unit"], f["same_legal_rep"]) for f in found} == {(False, True)}


# --- nothing of another entity reaches a fact or a report ------------------------------------

# Entity A is headed by our legal representative, who gives other contacts there; entity B has our
# website principal as its own website principal. Both are other entities.
ENTITY_A = apply_changes(OTHER, {
    "entity.legal_representative": OWN["entity"]["legal_representative"],
    "entity.principal": {**OWN_PRINCIPAL, "mobile": "13905719876", "email": "wang.secret@other-trade.cn",
                         "office_phone": "0571-86661234"},
})
ENTITY_B = apply_changes(OTHER, {
    "entity.name": "杭州保密网络有限公司",
    "entity.certificate.number": "91330106MA2ZZ9Y8XA",
    "entity.filing_number": "浙ICP备2024000999号",
    "websites[0].principal": OWN_PRINCIPAL,
    "websites[0].filing_number": "浙ICP备2024000999号-1",
})


def secrets():
    """Every name, ID number, phone, email and filing number of the other entities not also in our order."""
    values = set()
    for document in (ENTITY_A, ENTITY_B):
        entity = document["entity"]
        values |= {entity["name"], entity["certificate"]["number"], entity["filing_number"],
                   entity["legal_representative"]["name"], entity["legal_representative"]["id_number"]}
        for person in [entity["principal"]] + [w["principal"] for w in document["websites"]]:
            values |= {person["name"], person["id_document"]["number"], person["mobile"],
                       person["emergency_phone"], person["office_phone"], person["email"]}
            values.add(normalize_phone(person["office_phone"]))
        values |= {w["filing_number"] for w in document["websites"]}
    ours = {str(v) for v in _leaves(OWN)} | {normalize_phone(str(v)) for v in _leaves(OWN)}
    return {v for v in values if v not in ours}


def _leaves(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None:
        yield value


def test_the_secrets_are_really_the_other_entities():
    hidden = secrets()
    assert {"13905719876", "wang.secret@other-trade.cn", OTHER_PRINCIPAL["mobile"], OTHER_PRINCIPAL["name"],
            OTHER_PRINCIPAL["id_document"]["number"], "杭州保密网络有限公司"} <= hidden


def test_no_other_entity_value_in_any_fact():
    filing = structure_filing(OWN)
    facts = build_facts(filing, as_of=AS_OF, registry=Registry.from_documents([ENTITY_A, ENTITY_B]))
    hidden = secrets()
    for fact in facts:
        for field, value in fact.items():
            assert not any(secret in str(value) for secret in hidden), (fact, field)


def test_no_other_entity_value_in_the_report_of_the_cross_filing_rules(engine):
    report = beianrules.check(OWN, registry=[ENTITY_A, ENTITY_B], engine=engine)
    assert {"LEGAL_REP_CONTACTS_INCONSISTENT", "SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY",
            "CONTACT_PHONE_USED_BY_OTHER_ENTITY", "CONTACT_SHARED_ACROSS_ENTITIES"} <= set(report.codes)
    text = report.to_json()
    for secret in secrets():
        assert secret not in text, secret
    inconsistent = {tuple(r.paths) for r in report.reasons if r.code == "LEGAL_REP_CONTACTS_INCONSISTENT"}
    assert inconsistent == {("entity.principal.mobile",), ("entity.principal.email",)}


def test_an_audit_of_the_whole_registry_leaks_nothing_either(engine):
    approved = apply_changes(OWN, {"order.status": "approved", "order.submitted_to_authority_on": "2025-01-01",
                                   "entity.filing_number": "浙ICP备2025000123号"})
    reports = list(beianrules.audit([approved, ENTITY_A, ENTITY_B], engine=engine))
    first = reports[0]
    assert {r.kind for r in first.reasons} == {"rectification"}
    assert "SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY" in first.codes
    for secret in secrets():
        assert secret not in first.to_json(), secret
