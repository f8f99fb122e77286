"""Fact builder of the wave-1b website-name rows (beianrules.facts.site_names), at their boundaries."""

import datetime

import pytest

import beianrules
from beianrules import _region_data
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.site_names import (
    core_name,
    domain_forms,
    first_place_name,
    first_special_symbol,
    letters_digits_only,
    name_as_domain,
    national_level_exempt,
    national_word,
    place_names,
    shares_with_core,
    too_short,
)
from beianrules.provinces import PROVINCE_CODES
from beianrules.provinces._table import PROVINCE_NAMES

AS_OF = datetime.date(2026, 11, 28)
OWN = base_document("ZJ")
SITE_KINDS = ("site_name_length", "site_name_symbols", "site_name_national", "site_name_domain",
              "personal_site_name", "site_name_unrelated")
INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
              "entity.name": OWN["entity"]["principal"]["name"],
              "entity.certificate": {"type": "resident_id",
                                     "number": OWN["entity"]["principal"]["id_document"]["number"]}}


def facts_of(kind, *, province="ZJ", **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=AS_OF) if f["kind"] == kind]


def codes(**changes):
    return {r.code for r in beianrules.check(apply_changes(OWN, changes)).reasons}


# --- SITE_NAME_TOO_SHORT and SITE_NAME_PURE_DIGITS_LETTERS -------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("官网", "too_short"), ("王", "too_short"), ("官网★", "too_short"), ("官 网", "too_short"),
    ("QQ音乐", "too_short_mixed"), ("１２３官网", "too_short_mixed"),  # full-width digits are ASCII after NFKC
    ("qinghe-soft.cn", "too_short_no_han"), ("HTTPS://www.QingHe-Soft.cn/", "too_short_no_han"),
    ("★★", "too_short_no_han"), ("()", "too_short_no_han"),  # nothing remains: not letters and digits only
    ("示例网", None), ("示 例 网", None), ("QQ音乐网", None), ("々〇网", None),  # 々 and 〇 are Han (W5)
    ("abc", None), ("ABC-123", None), ("（ＡＢＣ）", None),  # SITE_NAME_PURE_DIGITS_LETTERS's case
])
def test_too_short_counts_han_characters_and_leaves_letters_and_digits_to_the_other_row(name, expected):
    assert too_short(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("abc", True), ("123", True), ("ABC-123", True), ("（ＡＢＣ）－１２３", True), ("A·B", True),
    ("ABC—123", True), ("A・B", True),  # W5 hyphens read as "-", W5 separators as "·"
    ("a b c", True),  # white space is removed first
    ("()-·", False), ("", False), ("abc官网", False), ("abc.cn", False), ("abc_1", False),
])
def test_letters_digits_only(name, expected):
    assert letters_digits_only(name) is expected


@pytest.mark.parametrize("name, expected", [
    ("示例★官网!", "★"), ("示例_官网", "_"), ("《示例》", "《"), ("示例、官网", "、"), ("示例😀", "😀"),
    ("qinghe-soft.cn", "."), ("示例！", "!"),  # NFKC: the full-width ！ is !
    ("示例(官网)-1·A", None), ("示例（官网）", None), ("示例 官网", None), ("示例—官网", None), ("示例・官网", None),
    ("示例カ", "カ"),  # kana is no Han character
])
def test_first_special_symbol(name, expected):
    assert first_special_symbol(name) == expected


def test_length_and_symbol_facts_carry_what_the_rules_show():
    (short,) = facts_of("site_name_length", **{"websites[0].name": "QQ音乐"})
    assert short == {"kind": "site_name_length", "ref": "websites[0].name#site_name_length",
                     "path": "websites[0].name", "name": "QQ音乐", "content_order": True, "individual": False,
                     "problem": "too_short_mixed", "han_count": 2}
    (symbol,) = facts_of("site_name_symbols", **{"websites[0].name": "示例★官网"})
    assert symbol["problem"] == "special_symbol" and symbol["symbol"] == "★"
    assert facts_of("site_name_length", **{"websites[0].name": "示例网"}) == []


def test_a_blank_name_is_not_given():
    for kind in SITE_KINDS:
        assert facts_of(kind, **{"websites[0].name": "   "}) == []


@pytest.mark.parametrize("order_type, content", [
    ("new_filing", True), ("new_website", True), ("new_app", True), ("change", True), ("new_access", False),
])
def test_content_orders(order_type, content):
    (fact,) = facts_of("site_name_length", **{"order.type": order_type, "websites[0].name": "官网"})
    assert fact["content_order"] is content


# --- SITE_NAME_NATIONAL_PREFIX -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("中国示例网", "中国"), ("中华诗词", "中华"), ("中央示例", "中央"), ("人民示例", "人民"), ("人大示例", "人大"),
    ("国家示例", "国家"), (" 中 国示例", "中国"), ("示例中国", None), ("中外示例", None), ("国示例", None),
])
def test_national_word_is_read_at_the_start_of_the_name_key(name, expected):
    assert national_word(name) == expected


@pytest.mark.parametrize("changes, expected", [
    ({}, False),
    ({"entity.type": "government"}, True),
    ({"entity.type": "government", "entity.name": " "}, True),
    ({"entity.name": "中国示例集团有限公司"}, True),
    ({"entity.name": " 国 家示例中心"}, True),
    ({"entity.name": "示例中国有限公司"}, False),
    ({"entity.name": "  "}, None),  # unknown: no name to judge
])
def test_national_level_exemption(changes, expected):
    filing = structure_filing(apply_changes(OWN, changes))
    assert national_level_exempt(filing.entity) is expected


def test_an_unknown_exemption_is_left_out():
    (fact,) = facts_of("site_name_national", **{"entity.name": " ", "websites[0].name": "中国示例网"})
    assert "national_exempt" not in fact and fact["word"] == "中国"


# --- SITE_NAME_IS_DOMAIN -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("HTTPS://www.Example.com/", "example.com"), ("http://example.com//", "example.com"),
    ("www.example.com.", "example.com"), ("Ｅｘａｍｐｌｅ．ｃｏｍ", "example.com"), ("example .com", "example.com"),
    ("www.www.example.com", "www.example.com"),  # one leading www. only
    ("ftp://example.com", "ftp://example.com"),
])
def test_name_as_domain(name, expected):
    assert name_as_domain(name) == expected


@pytest.mark.parametrize("domain, expected", [
    ("example.com", {"example.com"}),
    ("www.Example.com.", {"example.com"}),
    ("blog.example.com.cn", {"blog.example.com.cn", "example.com.cn"}),
    ("www.例子.中国", {"例子.中国", "xn--fsqu00a.xn--fiqs8s"}),
    ("xn--fsqu00a.xn--fiqs8s", {"例子.中国", "xn--fsqu00a.xn--fiqs8s"}),
    ("a_b.example.com", {"a_b.example.com", "example.com"}),  # idna refuses the underscore: no A-form
    ("example.invalidtld", {"example.invalidtld"}),  # no registrable domain
    ("http://example.com", set()), ("example.com/path", set()), ("", set()),  # not hosts (W9)
])
def test_domain_forms(domain, expected):
    assert domain_forms(domain) == expected


def test_one_domain_fact_per_domain_the_name_spells():
    found = facts_of("site_name_domain", **{"websites[0].domains": ["example-tech.cn", "other-tech.cn",
                                                                    "shop.example-tech.cn"],
                                            "websites[0].name": "Example-Tech.cn"})
    # shop.example-tech.cn's registrable domain is the name too.
    assert [(f["domain_path"], f["domain"]) for f in found] == [
        ("websites[0].domains[0]", "example-tech.cn"), ("websites[0].domains[2]", "shop.example-tech.cn")]
    assert len({f["ref"] for f in found}) == 2


# --- SITE_NAME_PERSONAL_RESTRICTED ---------------------------------------------------------------------------

def test_place_names_are_w14s():
    names = place_names()
    for province in PROVINCE_NAMES.values():
        assert {province.name_zh, province.short_zh} <= names
    assert {"杭州市", "杭州", "延边朝鲜族自治州", "延边", "阿里地区", "阿里", "兴安盟", "兴安", "白银"} <= names
    # County-level names, former names and one-character short forms are not place names here.
    assert not {"西湖区", "西湖", "淮阴市", "淮阴", "仙桃市", "济源市"} & names
    assert all(len(name) >= 2 for name in names)
    current = {name for row in _region_data.rows() if row.code.endswith("00") and row.code[2:4] not in ("00", "90")
               for name in row.current}
    assert current <= names


@pytest.mark.parametrize("name, expected", [
    ("我的杭州美食笔记", "杭州"), ("杭州市美食", "杭州市"), ("内蒙古自治区游记", "内蒙古自治区"),
    ("西湖边的杭州", "杭州"), ("苏州与杭州", "苏州"), ("白银时代", "白银"), ("清风读书笔记", None),
    ("西湖游记", None), ("杭 州美食", "杭州"),
])
def test_first_place_name(name, expected):
    assert first_place_name(name) == expected


def test_personal_clauses_one_fact_each():
    found = facts_of("personal_site_name", **{**INDIVIDUAL, "websites[0].name": "杭州读书博客"})
    assert [(f["problem"], f.get("word")) for f in found] == [("blog_word", "博客"), ("place_name", "杭州")]
    assert all(f["individual"] for f in found) and len({f["ref"] for f in found}) == 2
    (own_name,) = facts_of("personal_site_name", **{**INDIVIDUAL, "websites[0].name": "王 海燕"})
    assert own_name["problem"] == "personal_name"
    # The principal's name counts too, also when the filer's name differs.
    (principal,) = facts_of("personal_site_name",
                            **{**INDIVIDUAL, "entity.name": "王小燕", "websites[0].name": "王海燕"})
    assert principal["problem"] == "personal_name"


# --- SITE_NAME_UNRELATED_TO_ENTITY ---------------------------------------------------------------------------

@pytest.mark.parametrize("entity_name, expected", [
    ("杭州示例科技有限公司", "示例科技"),
    ("浙江省杭州市示例科技有限公司", "示例科技"),
    ("浙江杭州西湖示例有限公司", "西湖示例"),  # one local name only (the settled reading)
    ("杭州西湖云算信息技术有限公司", "西湖云算信息技术"),
    ("西湖云算信息技术有限公司", "云算信息技术"),  # a county-level short name at the start
    ("北京市朝阳区示例科技有限公司", "示例科技"),
    ("内蒙古自治区兴安盟示例股份有限公司", "示例"),
    ("示例科技集团有限公司", "示例科技"), ("示例科技集团", "示例科技"), ("示例有限责任公司", "示例"),
    ("杭州示例投资合伙企业（有限合伙）", "示例投资合伙企业"),
    ("仙桃示例有限公司", "示例"),  # a county-level unit directly under the province
    ("襄樊示例有限公司", "襄樊示例"),  # a former name (襄樊市, now 襄阳市) stays (Reading)
    ("淮阴示例有限公司", "示例"),  # 淮阴 is a former city's name and a current district's (淮阴区)
    ("杭州ABC有限公司", "abc"), ("  ", None),
])
def test_core_name(entity_name, expected):
    assert core_name(entity_name) == expected


@pytest.mark.parametrize("site, core, expected", [
    ("示例官网", "示例科技", True), ("示范官网", "示例科技", False), ("科技在线", "示例科技", True),
    ("ABC在线", "abc科技", True), ("xAbx在线", "abc科技", True), ("A在线", "abc科技", False),
    ("任意名称", "众", None), ("任意名称", "a众b", None), ("任意名称", "", None), ("a1在线", "a1", True),
])
def test_shares_with_core(site, core, expected):
    assert shares_with_core(site, core) is expected


def test_unrelated_fact_reads_the_remark():
    (fact,) = facts_of("site_name_unrelated", **{"websites[0].name": "清风读书笔记"})
    assert fact["core"] == "示例科技" and fact["entity_path"] == "entity.name" and fact["remark_given"] is False
    (fact,) = facts_of("site_name_unrelated", **{"websites[0].name": "清风读书笔记", "websites[0].remark": "产品"})
    assert fact["remark_given"] is True
    assert facts_of("site_name_unrelated") == []


# --- the base documents and the shared cases stay silent -----------------------------------------------------

@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_base_document_has_no_site_name_fact_but_its_city(province):
    filing = structure_filing(base_document(province))
    found = [f for f in build_facts(filing, as_of=AS_OF) if f["kind"] in SITE_KINDS]
    # The unit's website names its city (a place name: only a personal website's rule reads it).
    assert [(f["kind"], f["problem"], f["individual"]) for f in found] == [("personal_site_name", "place_name", False)]


def test_the_rules_fire_through_the_checker():
    assert "SITE_NAME_TOO_SHORT" in codes(**{"websites[0].name": "官网"})
    assert "SITE_NAME_TOO_SHORT" not in codes(**{"websites[0].name": "官网", "order.type": "new_access",
                                                 "entity.filing_number": "浙ICP备2026000123号"})
    assert "SITE_NAME_UNRELATED_TO_ENTITY" in codes(**{"websites[0].name": "清风读书笔记"})
    assert not {"SITE_NAME_PERSONAL_RESTRICTED"} & codes(**{"websites[0].name": "杭州美食笔记"})


# --- SITE_NAME_NATIONAL_PREFIX: the format-1.1 proof letter ----------------------------------------------


@pytest.mark.parametrize("target, expected", [
    (None, True), ("websites[0]", True), ("entity", True), ("websites[1]", False), ("entity.principal", False),
])
def test_national_unit_proof_counts_for_the_website(target, expected):
    second = {**OWN["websites"][0], "name": "示例科技商城", "domains": ["example-tech.com.cn"]}
    [fact] = facts_of("site_name_national", **{"websites": [OWN["websites"][0], second],
                                               "websites[0].name": "中国示例官网",
                                               "attachments": [{"type": "national_unit_proof", "file": "p.pdf",
                                                                "for": target}]})
    assert fact["national_proof"] is expected


def test_no_proof_is_false_not_unknown():
    [fact] = facts_of("site_name_national", **{"websites[0].name": "中国示例官网"})
    assert fact["national_proof"] is False
