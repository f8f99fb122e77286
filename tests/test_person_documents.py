"""Format-1.1 person and certificate rows (``facts/person_documents.py``): the fact builders at their boundaries,
the province parameters they read, and what the reasons say."""

import datetime

import pytest
from stdnum.cn import ric

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.person_documents import holder
from beianrules.provinces import PROVINCE_CODES, parameters
from beianrules.rulebook.person_documents import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}


def resident_id(district, birth, seq="123"):
    body = f"{district}{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


def facts_of(kind, province="ZJ", as_of=AS_OF, **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=as_of) if f["kind"] == kind]


def reasons(code, province="ZJ", **changes):
    report = beianrules.check(apply_changes(base_document(province), changes))
    return [r for r in report.reasons if r.code == code]


def individual(number):
    return {"entity.type": "individual", "entity.legal_representative": None,
            "entity.name": base_document("ZJ")["entity"]["principal"]["name"],
            "entity.principal.id_document.number": number,
            "entity.certificate": {"type": "resident_id", "number": number}}


def attached(province, *files):
    return {"attachments": [*base_document(province)["attachments"], *files]}


# --- clean base documents, parameters ---------------------------------------------------------

@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_no_base_document_gives_a_reason_of_these_rows(province):
    report = beianrules.check(base_document(province))
    assert not MY_CODES & set(report.codes), report.to_text("en")


EXPECTED = {
    "age_16_18_proof": {"JS": "individual", "TJ": "legal_rep"},
    "temporary_id_refused": {"HI": "on", "NM": "on"},
    "citizen_resident_id": {"HI": "on", "BJ": "on"},
    "gov_unit_approval": {"JX": "establishment_approval", "HL": "establishment_approval",
                          "NM": "public_institution_application"},
}
DEFAULT = {"age_16_18_proof": "off", "temporary_id_refused": "off", "citizen_resident_id": "off",
           "gov_unit_approval": "domain_review_form"}


@pytest.mark.parametrize("province", PROVINCE_CODES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_province_values_and_sources(province, name):
    sourced = getattr(parameters(province), name)
    assert sourced.value == EXPECTED[name].get(province, DEFAULT[name])
    # "off" says nothing is documented: no source; every other value rests on one.
    assert bool(sourced.sources) == (sourced.value != "off")


def test_the_province_fact_carries_the_parameters():
    (bureau,) = facts_of("province", province="NM")
    assert bureau["temporary_id_refused"] == "on" and bureau["gov_unit_approval"] == "public_institution_application"


# --- the resident ID's holder -----------------------------------------------------------------

def test_holder_age_and_sex_from_a_valid_resident_id_only():
    man, woman = resident_id("120101", "19650601", "789"), resident_id("120101", "19650601", "788")
    assert holder(man, None, AS_OF, AS_OF) == (61, True)
    assert holder(woman, "resident_id", AS_OF, AS_OF) == (61, False)
    assert holder(man, "passport", AS_OF, AS_OF) is None
    assert holder(man, "temporary_resident_id", AS_OF, AS_OF) is None
    assert holder(man, None, None, AS_OF) is None
    assert holder(man[:-1] + ("0" if man[-1] != "0" else "1"), None, AS_OF, AS_OF) is None
    assert holder(f"{man[:6]} {man[6:]}", None, AS_OF, AS_OF) == (61, True)  # judged by its ID key


# --- age_proof --------------------------------------------------------------------------------

def test_age_proof_only_below_18_and_never_the_birth_date():
    assert facts_of("age_proof", province="JS", **individual(resident_id("320102", "20081128"))) == []
    (fact,) = facts_of("age_proof", province="JS", **individual(resident_id("320102", "20081129")))
    assert fact["age"] == 17 and fact["role"] == "individual" and fact["problem"] == "no_proof"
    assert fact["on"] == "2026-11-28" and "20081129" not in str(fact)


@pytest.mark.parametrize("target, counts", [(None, True), ("entity.principal", True),
                                            ("websites[0].principal", False)])
def test_age_proof_counts_for_the_person_by_the_for_reading(target, counts):
    number = resident_id("320102", "20090101")
    proof = {"type": "employment_or_income_proof", "file": "proof.jpg", **({"for": target} if target else {})}
    (fact,) = facts_of("age_proof", province="JS", **individual(number), **attached("JS", proof))
    assert fact["has_proof"] is counts and fact["lacking"] is not counts


def test_age_proof_under_16_is_lacking_whatever_is_attached():
    proof = {"type": "employment_or_income_proof", "file": "proof.jpg"}
    (fact,) = facts_of("age_proof", province="JS", **individual(resident_id("320102", "20101129")),
                       **attached("JS", proof))
    assert fact["age"] == 15 and fact["has_proof"] is True and fact["problem"] == "under_16" and fact["lacking"]


def test_age_proof_of_a_units_legal_representative_by_his_id_type():
    number = resident_id("120101", "20090101")
    (fact,) = facts_of("age_proof", province="TJ", **{"entity.legal_representative.id_number": number})
    assert fact["path"] == "entity.legal_representative.id_number" and fact["role"] == "legal_rep"
    assert facts_of("age_proof", province="TJ", **{"entity.legal_representative.id_number": number,
                                                    "entity.legal_representative.id_type": "passport"}) == []


def test_age_proof_is_measured_on_the_check_day_not_the_bureau_day():
    changes = {**individual(resident_id("320102", "20081115")), "order.status": "authority_review",
               "order.submitted_to_provider_on": "2026-10-28", "order.submitted_to_authority_on": "2026-11-01"}
    assert facts_of("age_proof", province="JS", **changes) == []


# --- retirement_age ---------------------------------------------------------------------------

@pytest.mark.parametrize("birth, seq, problem, limit", [
    ("19650601", "789", "past_retirement_male", 60), ("19660101", "789", None, 60),
    ("19700101", "788", "past_retirement_female", 55), ("19710101", "788", None, 55),
    ("19700101", "789", None, 60), ("20090101", "789", "minor_without_guardian", 18),
])
def test_retirement_age_boundaries(birth, seq, problem, limit):
    (fact,) = facts_of("retirement_age", province="TJ",
                       **{"websites[0].principal.id_document.number": resident_id("120101", birth, seq)})
    assert fact.get("problem") == problem and fact["flagged"] is (problem is not None) and fact["limit"] == limit
    assert birth not in str(fact)


def test_retirement_age_guardian_documents_for_the_minor():
    number = resident_id("120101", "20090101", "789")
    form = {"type": "guardian_documents", "file": "guardian.jpg", "for": "websites[0].principal"}
    (fact,) = facts_of("retirement_age", province="TJ", **{"websites[0].principal.id_document.number": number},
                       **attached("TJ", form))
    assert fact["flagged"] is False and "problem" not in fact


def test_retirement_age_not_for_individuals_nor_with_an_unknown_bureau_day():
    number = resident_id("120101", "19650601", "789")
    assert facts_of("retirement_age", province="TJ", **individual(number)) == []
    assert facts_of("retirement_age", province="TJ", **{"websites[0].principal.id_document.number": number,
                                                         "order.status": "authority_review"}) == []


# --- legal_rep_photo --------------------------------------------------------------------------

def test_legal_rep_photo_by_the_id_address_only():
    facts = facts_of("legal_rep_photo", province="NM", **{"entity.legal_representative.id_address": "北京市朝阳区"})
    assert [(f["document"], f["outside"], f["missing"], f["id_province"]) for f in facts] == [
        ("holding_id_photo", True, True, "BJ"), ("holding_licence_photo", True, True, "BJ")]
    assert facts_of("legal_rep_photo", province="NM") == []  # no id_address
    assert facts_of("legal_rep_photo", province="NM", **{"entity.legal_representative.id_address": "朝阳区"}) == []
    local = facts_of("legal_rep_photo", province="NM",
                     **{"entity.legal_representative.id_address": "内蒙古自治区呼和浩特市新城区"})
    assert {f["outside"] for f in local} == {False}


# --- temporary_id and citizen_id_type ---------------------------------------------------------

def test_temporary_ids_one_per_field():
    changes = {"entity.principal.id_document.type": "temporary_resident_id",
               "websites[0].principal.id_document.type": "temporary_resident_id",
               "entity.legal_representative.id_type": "temporary_resident_id"}
    facts = facts_of("temporary_id", province="HI", **changes)
    assert [(f["path"], f["holder"]) for f in facts] == [
        ("entity.principal.id_document.type", "entity_principal"),
        ("websites[0].principal.id_document.type", "website_principal"),
        ("entity.legal_representative.id_type", "legal_rep")]


def test_citizen_id_type_needs_a_stated_cn_nationality():
    passport = {"type": "passport", "number": "E12345678", "valid_until": "2033-05-01"}
    assert facts_of("citizen_id_type", **{"entity.principal.id_document": passport}) == []
    (fact,) = facts_of("citizen_id_type", **{"entity.principal.id_document": passport,
                                             "entity.principal.nationality": "cn"})
    assert fact["id_type"] == "passport" and fact["role"] == "entity_principal"


# --- certificates -----------------------------------------------------------------------------

def test_certificate_facts():
    (foreign,) = facts_of("foreign_certificate", **{"entity.certificate.issued_in": "mo"})
    assert foreign["issued_in"] == "MO" and foreign["mainland"] is False
    assert facts_of("foreign_certificate") == []
    (licence,) = facts_of("electronic_licence", **{"entity.certificate.electronic": False})
    assert licence["electronic"] is False


# --- gov_unit_document ------------------------------------------------------------------------

def test_gov_unit_documents():
    facts = facts_of("gov_unit_document", **{"entity.type": "public_institution"})
    assert [(f["document"], f["attached"]) for f in facts] == [
        ("establishment_approval", False), ("public_institution_site_application", False)]
    facts = facts_of("gov_unit_document", **{"entity.type": "government"})
    assert [(f["path"], f["document"]) for f in facts] == [
        ("attachments", "establishment_approval"), ("websites[0]", "gov_domain_review_form")]
    assert facts_of("gov_unit_document", **{"entity.type": "government", "order.type": "new_access"}) == []
    assert facts_of("gov_unit_document") == []


def test_a_review_form_for_another_website_does_not_count():
    form = {"type": "gov_domain_review_form", "file": "form.jpg", "for": "websites[0]"}
    website = base_document("ZJ")["websites"][0]
    facts = facts_of("gov_unit_document", **{"entity.type": "government", "websites": [website, website],
                                             "attachments": [form]})
    assert [(f["path"], f["attached"]) for f in facts if f["document"] == "gov_domain_review_form"] == [
        ("websites[0]", True), ("websites[1]", False)]


# --- reasons ----------------------------------------------------------------------------------

def test_gov_unit_advice_elsewhere_is_an_advice_warning():
    (reason,) = reasons("ENTITY_GOV_UNIT_APPROVAL", **{"entity.type": "government"})
    assert reason.kind == "advice" and reason.severity == "warning" and reason.paths == ("websites[0]",)
    (reason,) = reasons("ENTITY_GOV_UNIT_APPROVAL", province="JX", **{"entity.type": "government"})
    assert reason.kind == "rejection" and reason.severity == "error" and reason.paths == ("attachments",)


def test_retired_is_tianjin_advice_and_shows_no_birth_date():
    number = resident_id("120101", "19650601", "789")
    (reason,) = reasons("SERVICE_PRINCIPAL_RETIRED", province="TJ",
                        **{"websites[0].principal.id_document.number": number})
    assert reason.kind == "advice" and reason.severity == "warning"
    assert reason.evidence == {"role": "website_principal", "age": 61, "on": "2026-11-28",
                               "problem": "past_retirement_male"}


def test_foreign_certificate_is_a_rectification_on_an_audit():
    (reason,) = reasons("ENTITY_FOREIGN_COMPANY_CERT", **{"order.status": "approved",
                                                          "order.submitted_to_authority_on": "2026-06-01",
                                                          "entity.filing_number": "浙ICP备2023000777号",
                                                          "entity.certificate.issued_in": "HK"})
    assert reason.kind == "rectification" and reason.evidence == {"issued_in": "HK"}
