"""Format-1.1 inspection rows (group `observed`): the fact builder of ``facts/observed.py`` at its boundaries, the
province data the rows read, and what the reasons say (kind, severity, paths, evidence, privacy)."""

import datetime

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.observed import psb_well_formed, title_contains_name
from beianrules.provinces import PROVINCE_CODES, parameters
from beianrules.registry import Registry
from beianrules.rulebook.observed import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}
NUMBER = "浙ICP备2023000777号"
SITE = f"{NUMBER}-1"
APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
            "entity.filing_number": NUMBER, "websites[0].filing_number": SITE}
NEW_WEBSITE = {"order.type": "new_website", "entity.filing_number": NUMBER, "websites[0].name": "杭州示例科技商城",
               "websites[0].domains": ["example-shop.cn"]}


def seen(**fields):
    return {"checked_on": "2026-11-20", **fields}


def document(province="ZJ", **changes):
    return apply_changes(base_document(province), changes)


def facts_of(kind, province="ZJ", registry=None, **changes):
    filing = structure_filing(document(province, **changes))
    index = Registry.from_documents(registry) if registry is not None else None
    return [f for f in build_facts(filing, as_of=AS_OF, registry=index) if f["kind"] == kind]


def reasons(code, province="ZJ", registry=None, **changes):
    return [r for r in beianrules.check(document(province, **changes), registry=registry).reasons if r.code == code]


def own_filing(*sites, **changes):
    return apply_changes(other_entity_document("ZJ"), {
        "entity": base_document("ZJ")["entity"], "entity.filing_number": NUMBER, "websites": list(sites), **changes})


def filed_site(number=SITE, **observed):
    return {"name": "杭州示例科技官网", "domains": ["example-tech.cn"], "filing_number": number,
            "observed": seen(**observed)}


# -- title comparison --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "name", "expected"), [
    ("杭州示例科技官网 - 首页", "杭州示例科技官网", True),
    ("杭州·示例　科技官网｜欢迎", "杭州示例科技官网", True),  # middle dot, ideographic space, full-width bar
    ("杭州示例科技官网", "杭州示例（科技）官网", True),
    ("EXAMPLE-TECH官网", "Example Tech 官网", True),
    ("示例商城", "杭州示例科技官网", False),
    ("杭州示例科技", "杭州示例科技官网", False),
    ("", "杭州示例科技官网", None),
    ("——", "杭州示例科技官网", None),  # punctuation only: blank
    (None, "杭州示例科技官网", None),
    ("杭州示例科技官网", "（）", None),
])
def test_title_contains_name(title, name, expected):
    assert title_contains_name(title, name) is expected


# -- public-security numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "expected"), [
    ("浙公网安备33010602011234号", True),
    (" 京公网安备11010502030143号 ", True),
    ("川公网安备51010402001234号", True),
    ("蜀公网安备51010402001234号", True),  # an alternate abbreviation of the bureau
    ("浙公网安备3301060201123号", False),
    ("浙公网安备330106020112345号", False),
    ("浙公网安备33010602011234", False),
    ("火公网安备33010602011234号", False),
    ("浙公网安备 33010602011234号", False),
    ("浙ICP备2023000777号", False),
])
def test_psb_form(number, expected):
    assert psb_well_formed(number) is expected


# -- facts -------------------------------------------------------------------------------------------------------


def test_an_inspection_decides_over_dns_for_an_unfiled_site():
    resolving = [{"domain": "example-tech.cn", "resolves_to": ["203.0.113.10"]}]
    assert facts_of("unfiled_site_live", **{"websites[0].domain_details": resolving})[0]["clue"] == "resolves"
    assert facts_of("unfiled_site_live", **{"websites[0].domain_details": resolving,
                                            "websites[0].observed": seen(reachable=False)}) == []
    live = facts_of("unfiled_site_live", **{"websites[0].observed": seen(reachable=True)})
    assert [(f["path"], f["clue"], f["checked_on"]) for f in live] == [
        ("websites[0].observed.reachable", "reachable", "2026-11-20")]


def test_the_registry_is_read_for_the_entitys_filed_websites_only_on_new_website_and_change_orders():
    registry = [own_filing(filed_site(reachable=False))]
    found = facts_of("filed_site_observation", registry=registry, **NEW_WEBSITE)
    assert [(f["path"], f["in_registry"], f["filing_number"], f.get("reachable")) for f in found] == [
        ("entity", True, SITE, False)]
    for order_type in ("new_access", "new_app", "new_filing"):
        assert facts_of("filed_site_observation", registry=registry,
                        **{**NEW_WEBSITE, "order.type": order_type}) == []


def test_latest_inspections_that_disagree_are_unknown():
    registry = [own_filing(filed_site(reachable=False)),
                own_filing(filed_site(reachable=True), **{"order.id": "REG-ZJ-2", "order.type": "change"})]
    [found] = facts_of("filed_site_observation", registry=registry, **NEW_WEBSITE)
    assert "reachable" not in found


def test_an_inspection_after_the_check_day_is_not_read():
    registry = [own_filing(filed_site(reachable=False, checked_on="2026-11-29"))]
    registry[0]["as_of"] = "2026-11-30"
    assert facts_of("filed_site_observation", registry=registry, **NEW_WEBSITE) == []


def test_display_checks_name_the_number_to_show_by_the_bureaus_parameter():
    assert parameters("GD").footer_number.value == "main_number"
    assert {code for code in PROVINCE_CODES if parameters(code).footer_number.value == "main_number"} == {"GD"}
    shown = seen(reachable=True, displayed_filing_number=SITE)
    [zj] = facts_of("number_display_check", **{**APPROVED, "websites[0].observed": shown, "websites[0].filing_number":
                                               f"{NUMBER}-2"})
    assert (zj["problem"], zj["expected"], zj["expected_path"], zj["footer_number"]) == (
        "wrong_number", f"{NUMBER}-2", "websites[0].filing_number", "site_number")
    gd = {**APPROVED, "entity.filing_number": "粤ICP备2023000777号",
          "websites[0].filing_number": "粤ICP备2023000777号-1",
          "websites[0].observed": seen(reachable=True, displayed_filing_number="粤ICP备2023000777号-1")}
    [wrong] = facts_of("number_display_check", province="GD", **gd)
    assert (wrong["expected"], wrong["expected_path"], wrong["footer_number"]) == (
        "粤ICP备2023000777号", "entity.filing_number", "main_number")


def test_a_repaired_display_gives_a_repair_fact_and_no_display_problem():
    changes = {**APPROVED,
               "websites[0].observed": seen(reachable=True, displayed_filing_number="浙ICP备 2023000777-1号")}
    assert facts_of("number_display_check", **changes) == []
    [repair] = facts_of("displayed_number_repair", **changes)
    assert (repair["repaired"], repair["repairs"]) == (SITE, ["spaces_removed", "suffix_moved"])


def test_psb_facts_only_on_audits_and_after_30_days():
    audit = {**APPROVED, "websites[0].opened_on": "2026-10-28"}
    [missing] = facts_of("psb_check", **audit)
    assert (missing["problem"], missing["days_open"]) == ("missing", 31)
    assert facts_of("psb_check", **{**audit, "websites[0].opened_on": "2026-10-29"}) == []
    assert facts_of("psb_check", **{**audit, "order.status": "authority_review"}) == []


def test_threshold_facts_count_documents_per_domain():
    changes = {"websites[0].domains": [f"example{n}.cn" for n in range(5)],
               "attachments": [{"type": "domain_certificate", "file": f"d{n}.jpg"} for n in range(3)]}
    [fact] = facts_of("site_document_threshold", province="SX", **changes)
    assert (fact["count"], fact["required"], fact["attached"], fact["missing"], fact["per_domain"]) == (
        5, 5, 3, True, True)
    assert facts_of("site_document_threshold", province="ZJ", **changes) == []


def test_every_province_sets_the_new_parameters_with_sources_where_it_has_a_value():
    with_thresholds = {code for code in PROVINCE_CODES if parameters(code).site_document_thresholds.value}
    assert with_thresholds == {"SH", "HN", "GD", "NX", "SC", "SX", "JS"}
    for code in PROVINCE_CODES:
        p = parameters(code)
        assert p.footer_number.sources
        assert bool(p.site_document_thresholds.sources) == bool(p.site_document_thresholds.value)
    assert parameters("HN").site_document_thresholds.conflict
    assert [t.severity for t in parameters("JS").site_document_thresholds.value] == ["warning"]


# -- reasons -----------------------------------------------------------------------------------------------------


def test_kinds_and_severities():
    [live] = reasons("SITE_LIVE_BEFORE_APPROVAL", **{"websites[0].observed": seen(reachable=True)})
    assert (live.kind, live.severity, live.province) == ("rejection", "error", None)
    [audit] = reasons("FILED_SITE_NOT_ACCESSIBLE", **{**APPROVED, "websites[0].observed": seen(reachable=False)})
    assert audit.kind == "rectification"
    [hint] = reasons("FILING_NUMBER_NONCANONICAL_DISPLAY",
                     **{**APPROVED, "websites[0].observed": seen(displayed_filing_number="浙ICP备2023000777-1号")})
    assert (hint.kind, hint.severity) == ("rectification", "warning")
    [hint_on_order] = reasons("FILING_NUMBER_NONCANONICAL_DISPLAY",
                              **{"websites[0].observed": seen(displayed_filing_number="浙ICP备2023000777-1号")})
    assert (hint_on_order.kind, hint_on_order.severity) == ("rectification", "warning")
    [psb] = reasons("PSB_NUMBER_MISSING", **{**APPROVED, "websites[0].opened_on": "2024-01-01"})
    assert (psb.kind, psb.severity) == ("rectification", "error")
    report = beianrules.check(document(**{**APPROVED, "websites[0].observed": seen(
        displayed_filing_number="浙ICP备2023000777-1号")}))
    assert report.ok or not ({r.code for r in report.reasons if r.severity == "error"} & MY_CODES)


def test_the_footer_message_names_what_is_shown_and_what_should_be():
    [reason] = reasons("FOOTER_FILING_NUMBER", **{**APPROVED, "websites[0].observed": seen(
        reachable=True, displayed_filing_number=NUMBER)})
    assert reason.paths == ("websites[0].observed.displayed_filing_number", "websites[0].filing_number")
    assert NUMBER in reason.message["zh"] and SITE in reason.message["zh"]
    assert "网站备案号" in reason.remedy["zh"]


def test_a_registry_site_reason_shows_nothing_of_another_entity():
    other = other_entity_document("ZJ")
    other["entity"]["filing_number"] = "浙ICP备2023000888号"
    other["websites"][0]["filing_number"] = "浙ICP备2023000888号-1"
    other["websites"][0]["observed"] = seen(reachable=False, title="他方秘密标题")
    registry = [own_filing(filed_site(reachable=False)), other]
    report = beianrules.check(document(**NEW_WEBSITE), registry=registry)
    [reason] = [r for r in report.reasons if r.code == "FILED_SITE_NOT_ACCESSIBLE"]
    assert reason.paths == ("entity",) and reason.evidence["filing_number"] == SITE
    text = report.to_json() + report.to_text("zh") + report.to_text("en")
    for secret in ("他方秘密标题", "浙ICP备2023000888号", other["entity"]["name"], "other-trade.cn"):
        assert secret not in text


def test_thresholds_give_one_reason_per_missing_document():
    individual = {"entity.type": "individual", "entity.legal_representative": None,
                  "entity.name": base_document("GD")["entity"]["principal"]["name"],
                  "entity.certificate": {"type": "resident_id",
                                         "number": base_document("GD")["entity"]["principal"]["id_document"]["number"]},
                  "websites[0].domains": [f"example{n}.cn" for n in range(6)]}
    found = reasons("SITE_EXTRA_DOCS_THRESHOLD", province="GD", **individual)
    assert sorted(r.evidence["document"] for r in found) == [
        "access_contract", "certificate_image", "domain_certificate", "site_construction_plan"]
    assert {r.evidence["required"] for r in found if r.evidence["document"] == "domain_certificate"} == {6}
    assert all(r.paths == ("attachments",) and r.province is None for r in found)
