"""Wave-1b rows of ``facts/site_counts.py``: one domain per website, limits per order and per entity, personal
websites' remark and content, APP names and feature data — the helpers at their boundaries (W9 domain keys, W10
filed websites), the facts, the province parameters, and what the reasons say."""

import datetime
import doctest

import pytest

import beianrules
from beianrules import Registry
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts, site_counts
from beianrules.facts.site_counts import (
    added_websites,
    domain_keys,
    filed_websites,
    fingerprint_well_formed,
    first_emoji,
    personal_choices,
    website_number_key,
)
from beianrules.provinces import PROVINCE_CODES, parameters
from beianrules.provinces._schema import EntityLimit, OrderLimit
from beianrules.rulebook.site_counts import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}
OWN = base_document("ZJ")
PRINCIPAL = OWN["entity"]["principal"]
INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None, "entity.name": PRINCIPAL["name"],
              "entity.certificate": {"type": "resident_id", "number": PRINCIPAL["id_document"]["number"]}}


def filing(province="ZJ", **changes):
    return structure_filing(apply_changes(base_document(province), changes))


def facts_of(kind, province="ZJ", registry=None, as_of=AS_OF, **changes):
    index = Registry.from_documents(registry) if registry is not None else None
    return [f for f in build_facts(filing(province, **changes), as_of=as_of, registry=index) if f["kind"] == kind]


def reasons(code, province="ZJ", registry=None, **changes):
    report = beianrules.check(apply_changes(base_document(province), changes), registry=registry)
    return [r for r in report.reasons if r.code == code]


def own_filing(province="ZJ", number="浙ICP备2023000777号", **changes):
    """The checked entity's own approved filing (the other example document carrying the base entity)."""
    document = other_entity_document(province)
    document["entity"] = {**base_document(province)["entity"], "filing_number": number}
    return apply_changes(document, changes)


def sites(count, number=None, first=1):
    return [{"name": f"站点{n}", "domains": [f"site{n}.cn"], **({"filing_number": f"{number}-{n}"} if number else {})}
            for n in range(first, first + count)]


def test_the_module_doctests_pass():
    assert doctest.testmod(site_counts).failed == 0


@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_no_base_document_gives_a_reason_of_these_rows(province):
    report = beianrules.check(base_document(province))
    assert not MY_CODES & set(report.codes), report.to_text("en")


# --- province parameters ------------------------------------------------------------------------

_NEW = ("new_filing", "new_website")
ORDER_LIMITS = {
    "SX": ((OrderLimit("domains", 3, _NEW),), ("HW-KB",)),
    "HA": ((OrderLimit("domains", 5, _NEW, entity_types=("enterprise",)),), ("HW-KB",)),
    "HN": ((OrderLimit("websites", 1, _NEW),), ("HW-KB",)),
    "HB": ((OrderLimit("websites", 1, _NEW),), ("HW-KB(doc_0146)",)),
    "JX": ((OrderLimit("domains", 1, ("new_website",), entity_types=("individual",), filed_at_least=8),
            OrderLimit("domains", 1, ("new_website",), entity_types=("enterprise",), filed_at_least=16)), ("HW-KB",)),
    "HI": ((OrderLimit("domains", 1, ("new_filing",), entity_types=("individual",)),), ("HW-HAINAN",)),
    "SC": ((OrderLimit("domains", 5, ("new_filing",), severity="warning"),), ("XIAOSB-SC-3P",)),
}
REMARK_ERROR = {"GS": ("FC-GS",), "GD": ("HW-GD-P",), "BJ": ("AL-BJ18",)}


@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_wave_1b_site_count_parameters(province):
    p = parameters(province)
    if province in REMARK_ERROR:
        assert (p.personal_remark.value, p.personal_remark.sources) == ("error", REMARK_ERROR[province])
    else:
        assert p.personal_remark.value == "warning"
        assert p.personal_remark.sources == (("IN800-TJ-3P",) if province == "TJ" else ())
    expected_blog = ("refused", ("HW-JX-P",)) if province == "JX" else ("allowed", ())
    assert (p.personal_blog.value, p.personal_blog.sources) == expected_blog
    assert (p.order_limits.value, p.order_limits.sources) == ORDER_LIMITS.get(province, ((), ()))
    expected_entity = (((EntityLimit("individual", 5), EntityLimit("enterprise", 30)), ("HW-S2", "HW-KB(doc_0236)"))
                       if province == "SN" else ((), ()))
    assert (p.entity_limits.value, p.entity_limits.sources) == expected_entity
    for value in (p.personal_remark, p.personal_blog, p.order_limits, p.entity_limits):
        assert value.conflict is None


def test_personal_choices_follow_the_blog_parameter():
    assert personal_choices(parameters("ZJ")) == ["blog", "other"]
    assert personal_choices(parameters("JX")) == ["other"]


# --- W9 domain keys and W10 website numbers ---------------------------------------------------------

def test_domain_keys_are_distinct_registrable_domains_in_first_seen_order():
    assert domain_keys(["www.b.cn", "a.com.cn", "B.CN.", "http://c.cn", "", "x.invalidtld", "blog.a.com.cn"]) == [
        "b.cn", "a.com.cn"]
    assert domain_keys([]) == []


@pytest.mark.parametrize("text, key", [
    ("浙ICP备2023000777号-1", ("ZJ", "filing", "2023000777", 1)),
    ("  浙ICP备2023000777号-12 ", ("ZJ", "filing", "2023000777", 12)),
    ("蜀ICP备2023000777号-2", ("SC", "filing", "2023000777", 2)),
    ("川ICP备2023000777号-2", ("SC", "filing", "2023000777", 2)),
    ("京ICP证030173号-1", ("BJ", "icp_licence", "030173", 1)),
    ("浙ICP备2023000777号-1A", None),  # an APP
    ("浙ICP备2023000777号-3X", None),  # a mini-program
    ("浙ICP备2023000777号-4K", None),  # a quick app
    ("浙ICP备2023000777号", None),  # the entity's number
    ("浙ICP备2023000777-1号", None),  # does not parse
    ("", None), ("  ", None), (None, None),
])
def test_website_number_key(text, key):
    assert website_number_key(text) == key


def _document(order_type="new_filing", number="浙ICP备2023000777号", websites=()):
    return structure_filing(apply_changes(other_entity_document("ZJ"), {
        "order.type": order_type, "entity.filing_number": number, "websites": list(websites)}))


def test_filed_websites_subtract_cancelled_websites_and_entities():
    number = "浙ICP备2023000777号"
    filed = _document(websites=sites(3, number))
    assert filed_websites([filed]) == {("ZJ", "filing", "2023000777", n) for n in (1, 2, 3)}
    cancel_one = _document("cancel_website", websites=sites(1, number, first=2))
    assert filed_websites([filed, cancel_one]) == {("ZJ", "filing", "2023000777", n) for n in (1, 3)}
    # a cancel_entity of the same number (written with another alternate abbreviation would be the same bureau)
    assert filed_websites([filed, _document("cancel_entity")]) == set()
    # a cancel_entity of another number leaves these
    assert len(filed_websites([filed, _document("cancel_entity", number="浙ICP备2023000888号")])) == 3
    # a cancel_access document neither lists nor cancels
    assert filed_websites([_document("cancel_access", websites=sites(2, number))]) == set()
    # later documents (a change, a new website) list more; an APP number is no website
    app_number = {"name": "x", "filing_number": f"{number}-5A"}
    more = _document("new_website", websites=[*sites(1, number, first=4), app_number])
    assert len(filed_websites([filed, more])) == 4


def test_added_websites_count_new_and_unknown_numbers_only():
    number = "浙ICP备2023000777号"
    filed = {("ZJ", "filing", "2023000777", 1)}
    order = structure_filing(apply_changes(OWN, {"websites": [
        {"name": "a", "domains": ["a.cn"]},  # no number: added
        {"name": "b", "domains": ["b.cn"], "filing_number": " "},  # blank: added
        {"name": "c", "domains": ["c.cn"], "filing_number": f"{number}-1"},  # filed: not added
        {"name": "d", "domains": ["d.cn"], "filing_number": f"{number}-2"},  # not filed: added
        {"name": "e", "domains": ["e.cn"], "filing_number": "浙ICP备2023000777-3号"},  # no website number: not counted
    ]}))
    assert added_websites(order, filed) == 3


# --- SITE_ONE_DOMAIN ------------------------------------------------------------------------------

def test_one_domain_facts_of_new_sites():
    (fact,) = facts_of("one_domain_site", **{"websites[0].domains": ["a.cn", "www.a.cn", "b.com"]})
    assert (fact["breaks"], fact["problem"], fact["count"], fact["keys"]) == (True, "several_domains", 2, "a.cn, b.com")
    (fact,) = facts_of("one_domain_site", **{"websites[0].domains": ["http://a.cn"]})
    assert fact["breaks"] is False and fact["count"] == 0 and "keys" not in fact
    assert facts_of("one_domain_site", **{"order.type": "new_access", "websites[0].domains": ["a.cn", "b.cn"]}) == []


CHANGE = {"order.type": "change", "entity.filing_number": "浙ICP备2023000777号",
          "websites[0].filing_number": "浙ICP备2023000777号-1"}


def _filed_with(*domains, **changes):
    return own_filing(**{"websites[0].domains": list(domains), **changes})


def test_one_domain_facts_of_a_change():
    registry = [_filed_with("example-tech.cn")]
    (fact,) = facts_of("one_domain_site", registry=registry, **CHANGE, **{"websites[0].domains": ["new.cn"]})
    assert (fact["breaks"], fact["problem"], fact["added"]) == (True, "domain_replaced", "new.cn")
    (fact,) = facts_of("one_domain_site", registry=registry, **CHANGE)
    assert fact["breaks"] is False and "problem" not in fact
    multi = [_filed_with("a.cn", "b.cn")]
    (fact,) = facts_of("one_domain_site", registry=multi, **CHANGE, **{"websites[0].domains": ["b.cn"]})
    assert fact["breaks"] is False
    (fact,) = facts_of("one_domain_site", registry=multi, **CHANGE, **{"websites[0].domains": ["b.cn", "c.cn"]})
    assert (fact["breaks"], fact["problem"], fact["added"]) == (True, "domain_added", "c.cn")
    # unknown: the order's website has no domain key, the listing has none, listings disagree, no registry
    assert facts_of("one_domain_site", registry=registry, **CHANGE, **{"websites[0].domains": ["not a host"]}) == []
    assert facts_of("one_domain_site", registry=[_filed_with("http://x")], **CHANGE) == []
    assert facts_of("one_domain_site", registry=[*registry, _filed_with("other.cn", **{"order.type": "change"})],
                    **CHANGE) == []
    assert facts_of("one_domain_site", **CHANGE, **{"websites[0].domains": ["new.cn"]}) == []
    # another entity's filing of the same number is not the entity's
    foreign = apply_changes(other_entity_document("ZJ"), {"entity.filing_number": "浙ICP备2023000999号",
                                                          "websites[0].filing_number": "浙ICP备2023000777号-1"})
    assert facts_of("one_domain_site", registry=[foreign], **CHANGE, **{"websites[0].domains": ["new.cn"]}) == []


def test_one_domain_reason_names_the_domains_field():
    (reason,) = reasons("SITE_ONE_DOMAIN", **{"websites[0].domains": ["a.cn", "b.cn"]})
    assert reason.paths == ("websites[0].domains",) and reason.kind == "rejection" and reason.severity == "error"
    assert "a.cn, b.cn" in reason.message["zh"] and "2 different domains" in reason.message["en"]


# --- SITE_COUNT_PER_ORDER and SITE_COUNT_PER_ENTITY --------------------------------------------------

JX_NUMBER = "赣ICP备2023000777号"


def _jx_registry(filed, *, individual=True):
    document = own_filing("JX", JX_NUMBER, websites=sites(filed, JX_NUMBER))
    if individual:
        document = apply_changes(document, INDIVIDUAL | {
            "entity.name": base_document("JX")["entity"]["principal"]["name"],
            "entity.certificate": {"type": "resident_id",
                                   "number": base_document("JX")["entity"]["principal"]["id_document"]["number"]}})
    return [document]


def _jx_order(domains, *, individual=True):
    principal = base_document("JX")["entity"]["principal"]
    person = ({"entity.type": "individual", "entity.legal_representative": None, "entity.name": principal["name"],
               "entity.certificate": {"type": "resident_id", "number": principal["id_document"]["number"]}}
              if individual else {})
    return {**person, "order.type": "new_website", "entity.filing_number": JX_NUMBER,
            "websites": sites(domains, first=50)}


@pytest.mark.parametrize("filed, individual, over", [
    (7, True, False), (8, True, True), (15, False, False), (16, False, True)])
def test_jiangxi_limit_applies_from_its_threshold(filed, individual, over):
    (fact,) = facts_of("order_limit_count", "JX", registry=_jx_registry(filed, individual=individual),
                       **_jx_order(2, individual=individual))
    assert (fact["filed"], fact["count"], fact["maximum"], fact["limit"], fact["over"]) == (
        filed, 2, 1, "domains_once_filed", over)
    assert fact["threshold"] == (8 if individual else 16)


def test_jiangxi_limit_needs_a_registry_and_applies_to_two_filer_types():
    assert facts_of("order_limit_count", "JX", **_jx_order(2)) == []
    assert facts_of("order_limit_count", "JX", registry=_jx_registry(20, individual=False),
                    **{**_jx_order(2, individual=False), "entity.type": "social_group"}) == []


def test_order_limit_reason_evidence_and_severity():
    (reason,) = reasons("SITE_COUNT_PER_ORDER", "SC", websites=sites(6))
    assert reason.severity == "warning" and reason.paths == ("websites",)
    assert {k: reason.evidence[k] for k in ("count", "maximum", "limit", "counted", "province")} == {
        "count": 6, "maximum": 5, "limit": "domains", "counted": "domains", "province": "SC"}
    (reason,) = reasons("SITE_COUNT_PER_ORDER", "HN", websites=sites(2))
    assert reason.severity == "error" and reason.evidence["counted"] == "websites"
    assert "最多包含 1 个网站" in reason.message["zh"]
    (reason,) = reasons("SITE_COUNT_PER_ORDER", "JX", registry=_jx_registry(9), **_jx_order(2))
    assert "9" in reason.message["en"] and "8 or more filed websites" in reason.message["en"]


def test_entity_count_facts():
    sn = "陕ICP备2023000777号"
    registry = [own_filing("SN", sn, websites=sites(29, sn))]
    order = {"order.type": "new_website", "entity.filing_number": sn, "websites": sites(2, first=40)}
    (fact,) = facts_of("entity_site_count", "SN", registry=registry, **order)
    assert (fact["filed"], fact["added"], fact["count"], fact["maximum"], fact["over"]) == (29, 2, 31, 30, True)
    (fact,) = facts_of("entity_site_count", "SN", **order)  # without a registry: the order's own websites
    assert (fact["filed"], fact["count"], fact["over"]) == (0, 2, False)
    assert facts_of("entity_site_count", "SN", registry=registry, **{**order, "order.type": "new_app"}) == []
    assert facts_of("entity_site_count", "SN", registry=registry, **{**order, "entity.type": "foundation"}) == []
    assert facts_of("entity_site_count", "ZJ", **order) == []


# --- PERSONAL_REMARK_MISSING and PERSONAL_SERVICE_CONTENT ---------------------------------------------

@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_personal_remark_severity_by_province(province):
    principal = base_document(province)["entity"]["principal"]
    person = {"entity.type": "individual", "entity.legal_representative": None, "entity.name": principal["name"],
              "entity.certificate": {"type": "resident_id", "number": principal["id_document"]["number"]}}
    (reason,) = reasons("PERSONAL_REMARK_MISSING", province, **person)
    assert reason.severity == ("error" if province in REMARK_ERROR else "warning")
    assert reason.paths == ("websites[0].remark",) and reason.evidence["policy"] == reason.severity


def test_site_remark_facts():
    (fact,) = facts_of("site_remark", **INDIVIDUAL, **{"websites[0].remark": "\t"})
    assert fact["missing"] is True
    (fact,) = facts_of("site_remark", **INDIVIDUAL, **{"websites[0].remark": "个人随笔"})
    assert fact["missing"] is False
    assert facts_of("site_remark", **{"websites[0].remark": None}) == []  # a unit
    assert facts_of("site_remark", **INDIVIDUAL, **{"order.type": "new_access"}) == []


def test_personal_content_facts_leave_out_unknown_and_unit_only_tokens():
    tokens = ["blog", "tools", "other", "forum", "finance", "Blog", "company_homepage"]
    found = facts_of("personal_content", "JX", **INDIVIDUAL, **{"websites[0].content_categories": tokens})
    assert [(f["category"], f["not_personal"], f["blog"]) for f in found] == [
        ("blog", False, True), ("tools", True, False), ("other", False, False)]
    assert {tuple(f["allowed"]) for f in found} == {("other",)}
    assert [f["path"] for f in found] == [f"websites[0].content_categories[{n}]" for n in range(3)]


def test_personal_content_message_names_what_the_bureau_accepts():
    (reason,) = reasons("PERSONAL_SERVICE_CONTENT", **INDIVIDUAL, **{"websites[0].content_categories": ["tools"]})
    assert "以下选项中选择：博客/个人空间、其他" in reason.message["zh"] and "工具" in reason.message["zh"]
    principal = base_document("JX")["entity"]["principal"]
    (reason,) = reasons("PERSONAL_SERVICE_CONTENT", "JX", **{
        "entity.type": "individual", "entity.legal_representative": None, "entity.name": principal["name"],
        "entity.certificate": {"type": "resident_id", "number": principal["id_document"]["number"]},
        "websites[0].content_categories": ["blog"], "websites[0].remark": "读书笔记"})
    assert "以下选项中选择：其他。" in reason.message["zh"] and reason.evidence["policy"] == "refused"


# --- APP_NAME_RULES ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, emoji", [
    ("天气😀", "😀"), ("天气🌤\ufe0f", "🌤\ufe0f"), ("天气🌤", None), ("©\ufe0f出品", "©\ufe0f"), ("微信®™©", None),
    ("🇨🇳中国", "🇨🇳"), ("🇨中国", "🇨"), ("⌚表", "⌚"), ("☺", None),
    ("1\ufe0f\u20e3号", "1\ufe0f\u20e3"), ("#\ufe0f号", "#\ufe0f"), ("\ufe0f", None), ("", None),
    (None, None), ("ＡＢＣ", None),
])
def test_first_emoji(name, emoji):
    assert first_emoji(name) == emoji


# --- APP_FEATURE_INFO --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, field, ok", [
    ("9f2c4a710b8ed356a1c07e4419b26df8", "md5", True),
    ("9F:2C:4A:71:0B:8E:D3:56:A1:C0:7E:44:19:B2:6D:F8", "md5", True),
    ("9F-2C 4A71\t0B8ED356A1C07E4419B26DF8", "md5", True),
    ("９F2C4A710B8ED356A1C07E4419B26DF8", "md5", True),  # a full-width digit reads as ASCII (W5)
    ("9F2C4A710B8ED356A1C07E4419B26DF", "md5", False),
    ("9F2C4A710B8ED356A1C07E4419B26DF80", "md5", False),
    ("9F2C4A710B8ED356A1C07E4419B26DFG", "md5", False),
    ("9F2C4A710B8ED356A1C07E4419B26DF8", "sha1", False),
    ("3A4F9C0D7E12B85A6C9F0E3D21B74A58C6E90F12", "sha1", True),
    ("3A4F9C0D7E12B85A6C9F0E3D21B74A58C6E90F1", "sha1", False),
    ("0x9F2C4A710B8ED356A1C07E4419B26DF8", "md5", False),
])
def test_fingerprint_shape(value, field, ok):
    assert fingerprint_well_formed(value, field) is ok


ANDROID = {"platform": "android", "md5": "9F2C4A710B8ED356A1C07E4419B26DF8", "public_key": "MIIB"}
IOS = {"platform": "ios", "sha1": "3A4F9C0D7E12B85A6C9F0E3D21B74A58C6E90F12", "public_key": "MIIB"}


def _app(**fields):
    return {"apps": [{"name": "示例天气", "platforms": ["android", "ios"], "package_names": ["cn.example.weather"],
                      "signatures": [ANDROID, IOS], **fields}]}


def _failing(**fields):
    return [(f["path"], f["problem"], f.get("platform") or f.get("fingerprint"))
            for f in facts_of("app_feature_check", **_app(**fields)) if f["fails"]]


def test_app_feature_checks():
    assert _failing() == []
    assert len(facts_of("app_feature_check", **_app())) == 5  # package names, 2 platforms, 2 fingerprints
    assert _failing(package_names=[]) == [("apps[0].package_names", "package_names_missing", None)]
    assert _failing(signatures=[]) == [("apps[0].signatures", "signature_missing", "android"),
                                       ("apps[0].signatures", "signature_missing", "ios")]
    # a malformed fingerprint is (c)'s only; a missing public key is (b)'s
    assert _failing(signatures=[{**ANDROID, "md5": "12"}, IOS]) == [
        ("apps[0].signatures[0].md5", "fingerprint_malformed", "md5")]
    assert _failing(signatures=[{**ANDROID, "md5": "12", "public_key": " "}, IOS]) == [
        ("apps[0].signatures", "signature_missing", "android"), ("apps[0].signatures[0].md5", "fingerprint_malformed",
                                                                 "md5")]
    # the Android signature must be an Android entry; one entry must carry both fingerprint and key
    assert _failing(signatures=[{**ANDROID, "platform": "ios"}, IOS]) == [
        ("apps[0].signatures", "signature_missing", "android")]
    assert _failing(signatures=[{**ANDROID, "public_key": None}, {"platform": "Android", "public_key": "K"}, IOS]) == [
        ("apps[0].signatures", "signature_missing", "android")]
    # platforms other than android/ios are not judged, nor signature entries of other platforms
    assert facts_of("app_feature_check", **_app(platforms=["wechat", "harmonyos"], signatures=[])) == []
    assert _failing(signatures=[ANDROID, IOS, {"platform": "harmonyos", "md5": "1"}, {"md5": "2"}]) == []


def test_app_feature_reason_shows_the_malformed_value():
    (reason,) = reasons("APP_FEATURE_INFO", **_app(signatures=[{**ANDROID, "md5": "AB:CD"}, IOS]))
    assert reason.paths == ("apps[0].signatures[0].md5",)
    assert "AB:CD" in reason.message["en"] and "32 hexadecimal digits" in reason.message["en"]
    (reason, other) = reasons("APP_FEATURE_INFO", **_app(signatures=[]))
    assert "Android" in reason.message["en"] and "iOS" in other.message["en"]


def test_facts_are_built_for_content_orders_only():
    changes = {**_app(package_names=[]), **INDIVIDUAL, "websites[0].domains": ["a.cn", "b.cn"]}
    assert facts_of("app_feature_check", **changes)
    for order_type in ("new_access", "cancel_website", "cancel_entity", "cancel_access", "cancel_app"):
        built = build_facts(filing(**changes, **{"order.type": order_type}), as_of=AS_OF)
        assert not [f for f in built if f["kind"] in {k.name for k in site_counts.KINDS}], order_type


def test_app_feature_checks_only_for_kind_app():
    """Format 1.1: a mini-program or quick app has no package name or signature, whatever its platforms."""
    def checks(kind):
        app = {"name": "示例", "platforms": ["android"], "kind": kind}
        filing = structure_filing(apply_changes(base_document("ZJ"), {"apps": [app]}))
        return [f for f in build_facts(filing, as_of=datetime.date(2026, 11, 28)) if f["kind"] == "app_feature_check"]

    assert checks(None) and checks("app")
    assert checks("mini_program") == [] and checks("quick_app") == []
