"""Fact builders for services (content categories, industry claims, pre-approvals), the
industries data they rest on, and the address facts of facts/documents.py."""

import datetime
import typing

import pytest

import beianrules
from beianrules import industries, vocabulary
from beianrules.convert import structure_filing
from beianrules.examples import address, apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.model import Industry, Industry11

AS_OF = datetime.date(2026, 11, 28)
APPROVAL = {"industry": "radio_film_tv", "number": "（浙）字第00123号", "valid_until": "2028-12-31",
            "attachment": "av.pdf"}


def facts_of(changes, kind, province="ZJ"):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=AS_OF) if f["kind"] == kind]


def by_ref(facts):
    return {f["ref"]: f for f in facts}


# --- industries data ------------------------------------------------------

def test_every_format_industry_is_described():
    assert set(industries.INDUSTRIES) == set(typing.get_args(Industry)) | set(typing.get_args(Industry11))
    for industry in industries.INDUSTRIES.values():
        assert industry.name_zh and industry.name_en and industry.authority_zh and industry.authority_en
        assert industry.sources and industry.status
        assert (industry.document_zh is None) == (industry.document_en is None)


def test_cancelled_approvals_are_a_visible_choice():
    not_required = {t for t, i in industries.INDUSTRIES.items() if not i.still_required}
    # religion (FORMAT 1.1 group J): no national source yet, not a cancelled approval
    assert not_required == {"education", "healthcare", "bulletin_board", "religion"}
    for token in not_required - {"religion"}:
        assert "cancel" in industries.INDUSTRIES[token].status


def test_known_tokens_are_the_industries_and_formats_common_ones():
    common = {"company_homepage", "blog", "ecommerce", "forum", "tools", "other"}
    assert set(industries.INDUSTRIES) | common == industries.KNOWN_CONTENT_TOKENS
    for category in industries.CONTENT_CATEGORIES.values():
        assert set(category.industries) <= set(industries.INDUSTRIES)
        assert category.reading and category.sources


def test_token_mapping():
    assert industries.implied_industries(["company_homepage", "radio_film_tv", "forum", "bulletin_board"]) == (
        "radio_film_tv", "bulletin_board")
    assert industries.implied_industries(["News", "video", "blog", "tools", "other", "ecommerce"]) == ()
    assert industries.content_category("News") is None
    unit_only = {t for t, c in industries.CONTENT_CATEGORIES.items() if c.unit_only}
    assert unit_only == set(industries.INDUSTRIES) | {"company_homepage", "ecommerce", "forum"}


def test_approval_falls_back_to_the_authority_when_no_document_is_named():
    games = industries.INDUSTRIES["games"]
    assert games.document_zh is None and games.authority_zh in games.approval_zh
    assert industries.INDUSTRIES["news"].approval_zh == "《互联网新闻信息服务许可证》"


# --- content_category -----------------------------------------------------

def test_content_category_per_token():
    found = by_ref(facts_of({"entity.type": "individual", "entity.legal_representative": None,
                             "websites[0].content_categories": ["blog", "forum", "travel"],
                             "apps": [{"name": "示例App", "content_categories": ["news"]}]},
                            "content_category"))
    assert set(found) == {"websites[0].content_categories[0]", "websites[0].content_categories[1]",
                          "websites[0].content_categories[2]", "apps[0].content_categories[0]"}
    blog, forum, travel = (found[f"websites[0].content_categories[{n}]"] for n in range(3))
    assert blog["known"] is True and blog["unit_only"] is False
    assert forum["unit_only"] is True and forum["category"] == "forum"
    assert forum["filer_type"] == "individual" and forum["filer_type_path"] == "entity.type"
    assert forum["service"] == "websites[0]" and forum["service_name"] == "杭州示例科技官网"
    # Unknown: no verdict on who may declare it.
    assert travel["known"] is False and "unit_only" not in travel and "category" not in travel
    assert found["apps[0].content_categories[0]"]["service_name"] == "示例App"


def test_base_document_content_is_known_and_unit_content():
    (homepage,) = facts_of({}, "content_category")
    assert homepage["token"] == "company_homepage" and homepage["known"] and homepage["unit_only"]
    assert homepage["filer_type"] == "enterprise"


def test_religion_is_known_unit_only_content_in_any_version():
    # FORMAT 1.1 group J: a pre-approval industry, so an individual may not declare it; a 1.1 reader knows the
    # token whether or not the document declares its version.
    for version in ("1.1", None):
        (religion,) = facts_of({"format_version": version, "entity.type": "individual",
                                "entity.legal_representative": None,
                                "websites[0].content_categories": ["religion"]}, "content_category")
        assert religion["known"] is True and religion["unit_only"] is True and religion["category"] == "religion"
    codes = {r.code for r in beianrules.check(apply_changes(base_document("ZJ"), {
        "entity.type": "individual", "entity.legal_representative": None,
        "websites[0].content_categories": ["religion"]})).reasons}
    assert "SITE_CONTENT_VS_ENTITY_NATURE" in codes and "CONTENT_CATEGORY_UNKNOWN" not in codes


def test_religion_claims_need_no_national_approval():
    (claim,) = facts_of({"websites[0].content_categories": ["religion"]}, "industry_claim")
    assert claim["industry"] == "religion" and claim["approval_required"] is False
    assert claim["has_pre_approval"] is False
    (entry,) = facts_of({"websites[0].content_categories": ["religion"],
                         "websites[0].pre_approvals": [{"industry": "religion", "number": "藏宗网〔2026〕001号",
                                                        "attachment": "l.pdf"}]}, "pre_approval")
    assert entry["industry"] == "religion" and "problems" not in entry


# --- industry_claim -------------------------------------------------------

def test_industry_claims_once_per_industry_and_service():
    claims = facts_of({"websites[0].content_categories": ["forum", "bulletin_board", "radio_film_tv", "blog"],
                       "websites[0].pre_approvals": [APPROVAL]}, "industry_claim")
    found = {c["industry"]: c for c in claims}
    assert set(found) == {"bulletin_board", "radio_film_tv"}
    assert found["radio_film_tv"]["has_pre_approval"] is True
    assert found["radio_film_tv"]["approval_required"] is True
    assert found["radio_film_tv"]["path"] == "websites[0].content_categories"
    assert found["radio_film_tv"]["pre_approvals_path"] == "websites[0].pre_approvals"
    assert found["bulletin_board"]["has_pre_approval"] is False
    assert found["bulletin_board"]["approval_required"] is False


def test_an_approval_counts_only_for_its_own_service_and_industry():
    site = base_document("ZJ")["websites"][0]
    claims = facts_of({"websites": [
        {**site, "content_categories": ["radio_film_tv", "finance"], "pre_approvals": []},
        {**site, "name": "第二个网站", "content_categories": ["radio_film_tv"], "pre_approvals": [APPROVAL]}]},
        "industry_claim")
    found = {(c["service"], c["industry"]): c["has_pre_approval"] for c in claims}
    assert found == {("websites[0]", "radio_film_tv"): False, ("websites[0]", "finance"): False,
                     ("websites[1]", "radio_film_tv"): True}


def test_an_expired_approval_still_counts_as_given():
    (claim,) = facts_of({"websites[0].content_categories": ["radio_film_tv"],
                         "websites[0].pre_approvals": [{**APPROVAL, "valid_until": "2020-01-01"}]},
                        "industry_claim")
    assert claim["has_pre_approval"] is True


def test_no_claim_without_industry_content():
    assert facts_of({"websites[0].content_categories": ["company_homepage", "tools", "unknown"]},
                    "industry_claim") == []


# --- pre_approval ---------------------------------------------------------

def test_a_complete_valid_approval_has_no_fault():
    (entry,) = facts_of({"websites[0].pre_approvals": [APPROVAL]}, "pre_approval")
    assert entry["ref"] == entry["path"] == "websites[0].pre_approvals[0]"
    assert entry["expired"] is False and entry["number_missing"] is False and entry["attachment_missing"] is False
    assert not {"expired_path", "number_missing_path", "attachment_missing_path", "problems"} & set(entry)
    assert entry["valid_until"] == "2028-12-31" and entry["industry"] == "radio_film_tv"


@pytest.mark.parametrize("valid_until, expired", [("2026-11-27", True), ("2026-11-28", False),
                                                  ("长期", False), (None, None)])
def test_expiry_against_as_of(valid_until, expired):
    (entry,) = facts_of({"websites[0].pre_approvals": [{**APPROVAL, "valid_until": valid_until}]}, "pre_approval")
    assert entry.get("expired") is expired
    assert ("expired_path" in entry) is bool(expired)
    if expired:
        assert entry["expired_path"] == "websites[0].pre_approvals[0].valid_until"
        assert entry["problems"] == ["expired"]
        assert (entry["valid_until"], entry["as_of"]) == ("2026-11-27", "2026-11-28")
    if valid_until == "长期":
        assert entry["valid_until"] == "long_term"


def test_every_fault_has_its_own_path():
    (entry,) = facts_of({"apps": [{"name": "示例游戏", "content_categories": ["games"], "pre_approvals": [
        {"industry": "games", "number": " ", "valid_until": "2020-01-01"}]}]}, "pre_approval")
    assert entry["service"] == "apps[0]"
    assert entry["expired_path"] == "apps[0].pre_approvals[0].valid_until"
    assert entry["number_missing_path"] == "apps[0].pre_approvals[0].number"
    assert entry["attachment_missing_path"] == "apps[0].pre_approvals[0].attachment"
    assert entry["problems"] == ["expired", "number_missing", "attachment_missing"]
    shown = {lang: vocabulary.PRE_APPROVAL_PROBLEM.render(entry["problems"], lang, entry) for lang in ("zh", "en")}
    assert shown["zh"].count("；") == 2 and shown["en"].count("; ") == 2


def test_an_order_level_approval_document_excuses_a_missing_attachment():
    (entry,) = facts_of({"websites[0].pre_approvals": [{**APPROVAL, "attachment": None}],
                         "attachments": [{"type": "pre_approval_document", "file": "av.pdf"}]}, "pre_approval")
    assert entry["attachment_missing"] is False and "attachment_missing_path" not in entry


def test_one_reason_lists_every_field_at_fault(engine):
    document = apply_changes(base_document("ZJ"), {"websites[0].pre_approvals": [
        {"industry": "radio_film_tv", "valid_until": "2020-01-01"}]})
    reasons = [r for r in beianrules.check(document, engine=engine).reasons
               if r.code == "PREAPPROVAL_EXPIRED_OR_UNCLEAR"]
    assert len(reasons) == 1
    assert set(reasons[0].paths) == {"websites[0].pre_approvals[0].valid_until",
                                     "websites[0].pre_approvals[0].number",
                                     "websites[0].pre_approvals[0].attachment"}


# --- address (facts/documents.py) -----------------------------------------

def test_address_facts_of_the_base_document_are_in_the_province():
    for province in ("ZJ", "BJ", "NM", "XJ"):
        found = by_ref(facts_of({}, "address", province))
        assert set(found) == {"entity.certificate.address", "entity.principal.id_document.address"}
        for fact in found.values():
            assert fact["province"] == province and fact["in_filing_province"] is True
            assert fact["is_unit"] is True


def test_address_outside_the_province():
    found = by_ref(facts_of({"entity.type": "individual", "entity.legal_representative": None,
                             "entity.principal.id_document.address": address("JS", "中山路8号")},
                            "address", "JX"))
    id_address = found["entity.principal.id_document.address"]
    assert id_address["document"] == "principal_id" and id_address["is_unit"] is False
    assert id_address["province"] == "JS" and id_address["in_filing_province"] is False
    assert id_address["province"] == "JS" and id_address["filing_province"] == "JX"
    assert id_address["requirement"] == "residence_permit_only"


def test_unknown_address_province_gives_no_verdict():
    found = by_ref(facts_of({"entity.certificate.address": "朝阳区建国路1号"}, "address"))
    cert = found["entity.certificate.address"]
    assert "province" not in cert and "in_filing_province" not in cert


def test_missing_addresses_make_no_fact():
    assert facts_of({"entity.certificate.address": None, "entity.principal.id_document.address": None},
                    "address") == []


def test_region_codes_are_not_addresses():
    js = base_document("JS")["entity"]
    found = by_ref(facts_of({"entity.certificate.number": js["certificate"]["number"],
                             "entity.principal.id_document.number": js["principal"]["id_document"]["number"]},
                            "address"))
    assert all(f["in_filing_province"] is True for f in found.values())


@pytest.mark.parametrize("province, has_requirement", [("ZJ", True), ("JX", True), ("GS", True), ("JS", False)])
def test_requirement_text_follows_the_province_parameter(province, has_requirement):
    found = by_ref(facts_of({}, "address", province))
    assert ("requirement" in found["entity.principal.id_document.address"]) is has_requirement
