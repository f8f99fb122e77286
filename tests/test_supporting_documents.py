"""Format-1.1 supporting documents, commitments and religion (FORMAT 1.1 groups A, J): the fact builder of
``facts/supporting_documents.py`` at its boundaries, and what the reasons say."""

import datetime

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.supporting_documents import ORDER_DOCUMENTS
from beianrules.provinces import PROVINCE_CODES
from beianrules.rulebook.supporting_documents import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}
CHANGE = {"order.type": "change", "entity.filing_number": "青ICP备2020000123号"}
SCOPE = "entity.business_registration.business_scope"


def facts_of(kind, province="QH", **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=AS_OF) if f["kind"] == kind]


def reasons(code, province, **changes):
    return [r for r in beianrules.check(apply_changes(base_document(province), changes)).reasons if r.code == code]


def file(kind, target=None):
    return {"type": kind, "file": f"{kind}.jpg", "for": target}


def registration(scope):
    return {"retrieved_on": "2026-11-27", "business_scope": scope}


# --- order documents ------------------------------------------------------------------------------


def test_order_documents_are_present_whatever_their_for():
    found = {f["document"]: f["present"] for f in facts_of("order_document", "ZJ",
                                                            attachments=[file("sh_commitment_letter", "apps[0]")],
                                                            apps=[{"name": "示例", "content_categories": ["tools"]}])}
    assert found == {"tj_content_statement": False, "sh_commitment_letter": True,
                     "party_building_confirmation": False}
    assert set(found) == set(ORDER_DOCUMENTS)


@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_no_base_document_gets_a_reason_of_this_group(province):
    assert not [r for r in beianrules.check(base_document(province)).reasons if r.code in MY_CODES]


@pytest.mark.parametrize("order_type, fires", [
    ("new_filing", True), ("new_website", True), ("new_app", True), ("change", False), ("new_access", False),
    ("cancel_entity", False),
])
def test_xinjiang_asks_new_filings_websites_and_apps_only(order_type, fires):
    changes = {"attachments": [], "order.type": order_type}
    if order_type != "new_filing":
        changes["entity.filing_number"] = "新ICP备2020000123号"
    assert bool(reasons("XJ_PARTY_BUILDING_PROOF", "XJ", **changes)) is fires


@pytest.mark.parametrize("order_type, fires", [
    ("new_filing", True), ("change", True), ("new_access", True), ("cancel_access", False), ("cancel_app", False),
])
def test_tianjin_and_shanghai_exempt_cancellations(order_type, fires):
    for code, province, keep in (("TJ_CONTENT_STATEMENT", "TJ", "authorization_letter"),
                                 ("SH_COMMITMENT_LETTER", "SH", None)):
        attachments = [a for a in base_document(province)["attachments"] if a["type"] == keep]
        changes = {"attachments": attachments, "order.type": order_type}
        if order_type != "new_filing":
            changes["entity.filing_number"] = f"{'津' if province == 'TJ' else '沪'}ICP备2020000123号"
        found = reasons(code, province, **changes)
        assert bool(found) is fires, (code, order_type)
        if found:
            assert found[0].kind == ("advice" if province == "SH" else "rejection")
            assert found[0].severity == ("warning" if province == "SH" else "error")


# --- QH five images -------------------------------------------------------------------------------


def test_qh_images_only_for_change_orders():
    assert facts_of("qh_image") == []
    assert facts_of("qh_image", **{**CHANGE, "order.type": "new_access"}) == []
    images = {(f["path"], f["image"]): f["present"] for f in facts_of("qh_image", **CHANGE, attachments=[])}
    assert images == {
        ("attachments", "certificate_image"): False, ("attachments", "authenticity_check_form"): False,
        ("entity.principal", "principal_id"): False, ("websites[0].principal", "site_principal_id"): False,
        ("websites[0].principal", "site_principal_photo"): False,
    }


def test_qh_images_follow_the_for_reading():
    other_person = other_entity_document("QH")["entity"]["principal"]
    files = [file("id_image_front", "entity.principal"), file("principal_photo", "entity.principal")]
    same = {f["image"]: f["present"] for f in facts_of("qh_image", **CHANGE, attachments=files)
            if f["path"] == "websites[0].principal"}
    # The base website principal has the entity principal's ID number: files for him count.
    assert same == {"site_principal_id": True, "site_principal_photo": True}
    different = {f["image"]: f["present"] for f in facts_of("qh_image", **CHANGE, attachments=files,
                                                             **{"websites[0].principal": other_person})
                 if f["path"] == "websites[0].principal"}
    assert different == {"site_principal_id": False, "site_principal_photo": False}
    for_him = files + [file("id_image_front", "websites[0].principal")]
    mixed = {f["image"]: f["present"] for f in facts_of("qh_image", **CHANGE, attachments=for_him,
                                                         **{"websites[0].principal": other_person})
             if f["path"] == "websites[0].principal"}
    assert mixed == {"site_principal_id": True, "site_principal_photo": False}


def test_qh_reason_names_the_principal():
    other_person = other_entity_document("QH")["entity"]["principal"]
    (found,) = reasons("QH_FIVE_IMAGES", "QH", **CHANGE, **{"websites[0].principal": other_person},
                       attachments=[file("certificate_image"), file("authenticity_check_form"),
                                    file("id_image_front", "entity.principal"),
                                    file("principal_photo", "websites[0].principal")])
    assert found.paths == ("websites[0].principal",)
    assert other_person["name"] in found.message["zh"] and other_person["name"] in found.message["en"]


# --- religion -------------------------------------------------------------------------------------


def test_religion_claims():
    assert facts_of("religion_claim", "XZ") == []
    content = facts_of("religion_claim", "XZ", **{"websites[0].content_categories": ["religion"]})
    assert [(f["path"], f["claim"], f["approved"]) for f in content] == [
        ("websites[0].content_categories", "content", False)]
    scope = facts_of("religion_claim", "XZ", **{"entity.business_registration": registration("藏传宗教文化研究")})
    assert [(f["path"], f["claim"], f["approved"]) for f in scope] == [(SCOPE, "business_scope", False)]
    assert "service_name" not in scope[0]
    assert facts_of("religion_claim", "XZ", **{"entity.business_registration": registration("宗 教")})
    assert not facts_of("religion_claim", "XZ", **{"entity.business_registration": registration("宗")})
    assert not facts_of("religion_claim", "XZ", **{"entity.business_registration": registration(None)})


def test_religion_approval_of_any_service_covers_the_scope_but_not_another_service():
    approval = {"industry": "religion", "number": "藏宗网〔2026〕001号", "attachment": "l.pdf"}
    app = {"name": "示例经文", "content_categories": ["religion"], "pre_approvals": []}
    found = {f["path"]: f["approved"] for f in facts_of(
        "religion_claim", "XZ", apps=[app], **{"websites[0].pre_approvals": [approval],
                                              "entity.business_registration": registration("宗教文化交流")})}
    assert found == {"apps[0].content_categories": False, SCOPE: True}


def test_religion_on_an_approved_filing_is_a_rectification():
    (found,) = reasons("PREAPPROVAL_XZ_RELIGION", "XZ", **{"websites[0].content_categories": ["religion"],
                                                           "order.status": "approved",
                                                           "order.submitted_to_authority_on": "2026-10-01"})
    assert found.kind == "rectification"


# --- Guangdong finance ----------------------------------------------------------------------------


def test_gd_finance_reads_entity_name_and_scope_only():
    found = reasons("PREAPPROVAL_GD_FINANCE", "GD", **{
        "entity.name": "广州示例理财有限公司", "websites[0].name": "示例支付官网",
        "entity.business_registration": registration("基金销售；股权众筹")})
    assert sorted(r.paths for r in found) == [(SCOPE,), ("entity.name",)]
    by_path = {r.paths[0]: r for r in found}
    assert by_path[SCOPE].evidence["keywords"] == "基金、众筹、股权众筹"
    assert by_path[SCOPE].message["zh"].startswith("经营范围「")
    assert by_path["entity.name"].message["en"].startswith("The name “")
