"""Wave-1b domain rows: the province parameters, the fact builder of ``facts/domain_checks.py`` at its boundaries,
and what the reasons say (paths in the row's order, severity, kind, province, evidence)."""

import datetime

import pytest

import beianrules
from beianrules import Registry
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.domain_checks import (
    _website_key,
    comparable_registrant,
    live_domain_keys_of_other_entities,
    national_word_left_of_suffix,
    real_name_day,
)
from beianrules.provinces import PROVINCE_CODES, parameters
from beianrules.provinces._schema import TldWhitelist
from beianrules.rulebook.domain_checks import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}
OWN = base_document("ZJ")
DOMAIN = OWN["websites"][0]["domains"][0]
PRINCIPAL = OWN["entity"]["principal"]
INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None, "entity.name": PRINCIPAL["name"],
              "entity.certificate": {"type": "resident_id", "number": PRINCIPAL["id_document"]["number"]}}


def filing_of(province="ZJ", **changes):
    return structure_filing(apply_changes(base_document(province), changes))


def facts_of(kind, province="ZJ", registry=None, as_of=AS_OF, **changes):
    index = Registry.from_documents(registry) if registry is not None else None
    return [f for f in build_facts(filing_of(province, **changes), as_of=as_of, registry=index) if f["kind"] == kind]


def by_path(facts):
    return {f["path"]: f for f in facts}


def detail(**fields):
    return {"websites[0].domain_details": [{"domain": DOMAIN, **fields}]}


def reasons(code, province="ZJ", registry=None, as_of=None, **changes):
    document = apply_changes(base_document(province), changes)
    if as_of:
        document["as_of"] = as_of
    report = beianrules.check(document, registry=registry)
    return [r for r in report.reasons if r.code == code]


def other_with(**changes):
    return apply_changes(other_entity_document("ZJ"), changes)


# --- province parameters -------------------------------------------------------------------------------------------

THREE_MONTHS = {"BJ", "TJ", "HE", "SX", "NM", "LN", "SH", "JS", "ZJ", "FJ", "HN", "GZ", "GS", "QH"}
UNIT_OR_LEGAL_REP = {"HE", "LN", "FJ", "SD", "SC", "QH"}
UNIT_ONLY = {"HB", "HN", "GZ", "XZ", "NX"}
GOV_SUFFIX = {"NM": "HW-KB(doc_0218)", "SH": "HW-KB(doc_0220)", "JS": "HW-KB(doc_0221)", "ZJ": "HW-KB(doc_0222)",
              "HB": "HW-KB(doc_0233)"}


@pytest.mark.parametrize("code", PROVINCE_CODES)
def test_domain_parameters_of_every_province(code):
    p = parameters(code)
    validity = "forty_five_days" if code == "SD" else "three_months" if code in THREE_MONTHS else "off"
    holder = "unit_or_legal_rep" if code in UNIT_OR_LEGAL_REP else "unit_only" if code in UNIT_ONLY else "off"
    assert p.domain_validity.value == validity
    assert p.domain_holder.value == holder
    assert p.gov_domain_suffix.value == ("on" if code in GOV_SUFFIX else "off")
    assert p.gov_domain_suffix.sources == ((GOV_SUFFIX[code],) if code in GOV_SUFFIX else ())
    # A value that turns a check on rests on sources; "off" rests on none (BJ and NM: a conflict instead).
    for sourced in (p.domain_validity, p.domain_holder):
        assert bool(sourced.sources) == (sourced.value != "off")
    assert (p.allowed_tlds.value is not None) == (code == "BJ")
    assert p.refused_access_tlds.value == (("org",) if code == "NX" else ())
    assert p.refused_access_tlds.sources == (("HW-S4",) if code == "NX" else ())


def test_domain_conflicts_are_written_down():
    assert "c5" in parameters("BJ").domain_holder.conflict and "KEMOK-3P" in parameters("BJ").domain_holder.conflict
    assert "c6" in parameters("NM").domain_holder.conflict and "MUCHS-3P" in parameters("NM").domain_holder.conflict
    shanghai = parameters("SH").domain_validity
    assert shanghai.value == "three_months" and "c7" in shanghai.conflict and "RENWEN-SH-3P" in shanghai.conflict
    assert parameters("SD").domain_validity.sources == ("AL-SD",)
    assert parameters("NX").domain_holder.sources == ("HW-KB(doc_0239)",)


def test_beijing_tld_list():
    sourced = parameters("BJ").allowed_tlds
    whitelist = sourced.value
    assert isinstance(whitelist, TldWhitelist) and whitelist.han_tlds
    # The row's 70 TLDs in its order; TC-PROV's 71st entry, ".中文域名", is ``han_tlds``.
    assert len(whitelist.tlds) == 70 and len(set(whitelist.tlds)) == 70
    assert whitelist.tlds[:3] == ("wang", "ren", "citic") and whitelist.tlds[-3:] == ("tv", "icu", "tel")
    assert {"com", "cn", "net", "中国", "icu", "tel", "cc", "tv"} <= set(whitelist.tlds)
    assert not {"hk", "tw", "asia", "jp", "io", "me", "win", "org", "so"} & set(whitelist.tlds)
    assert all(t == t.lower() and not t.startswith(".") for t in whitelist.tlds)
    assert sourced.sources == ("TC-PROV", "AL-BJ-2025")
    assert ".icu" in sourced.conflict and "AL-BJ-2025" in sourced.conflict
    assert str(whitelist).startswith(".wang .ren") and "Han characters" in str(whitelist)


# --- no base document trips a row ---------------------------------------------------------------------------------

@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_no_base_document_gives_a_reason_of_these_rows(province):
    report = beianrules.check(base_document(province))
    assert not MY_CODES & set(report.codes), report.to_text("en")


# --- DOMAIN_EXPIRED_OR_SHORT ----------------------------------------------------------------------------------------

EXPIRES = "websites[0].domain_details[0].expires_on"


@pytest.mark.parametrize("province, expires_on, expired, short, needed", [
    ("ZJ", "2026-11-27", True, None, None),           # the day before the check day: lapsed
    ("ZJ", "2026-11-28", False, True, "2027-02-28"),  # the check day itself: still registered, but short
    ("ZJ", "2027-02-27", False, True, "2027-02-28"),
    ("ZJ", "2027-02-28", False, False, "2027-02-28"),  # exactly three months
    ("SD", "2027-01-11", False, True, "2027-01-12"),  # 44 days
    ("SD", "2027-01-12", False, False, "2027-01-12"),  # 45 days
    ("JL", "2026-11-28", False, None, None),           # no minimum in Jilin
    ("ZJ", "长期", False, False, None),
])
def test_expiry_fact_boundaries(province, expires_on, expired, short, needed):
    (fact,) = facts_of("domain_expiry", province, **detail(expires_on=expires_on))
    assert fact["path"] == EXPIRES and fact["domain"] == DOMAIN
    assert fact["expired"] is expired
    assert fact.get("short") is short
    assert fact.get("needed_until") == needed


def test_expiry_is_measured_from_the_bureau_day_and_not_short_on_audits():
    at_bureau = {"order.status": "authority_review", "order.submitted_to_authority_on": "2026-10-01"}
    (fact,) = facts_of("domain_expiry", **at_bureau, **detail(expires_on="2027-01-01"))
    assert (fact["bureau_day"], fact["needed_until"], fact["short"]) == ("2026-10-01", "2027-01-01", False)
    (fact,) = facts_of("domain_expiry", **{"order.status": "authority_review"}, **detail(expires_on="2026-12-01"))
    assert "short" not in fact and fact["expired"] is False  # R unknown
    approved = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}
    (fact,) = facts_of("domain_expiry", **approved, **detail(expires_on="2026-12-01"))
    assert "short" not in fact
    (fact,) = facts_of("domain_expiry", **approved, **detail(expires_on="2026-11-27"))
    assert fact["expired"] is True


def test_expired_domain_of_an_approved_filing_is_a_rectification_short_one_is_not_reported():
    approved = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}
    (found,) = reasons("DOMAIN_EXPIRED_OR_SHORT", **approved, **detail(expires_on="2026-11-01"))
    assert (found.kind, found.severity, found.province, found.paths) == ("rectification", "error", None, (EXPIRES,))
    assert reasons("DOMAIN_EXPIRED_OR_SHORT", **approved, **detail(expires_on="2026-12-01")) == []


def test_non_hosts_make_no_domain_facts():
    changes = {"websites[0].domains": ["https://example-tech.cn/", "example-tech.cn:8080", "a.cn b.cn", DOMAIN],
               "websites[0].domain_details": [{"domain": "http://example-tech.cn", "expires_on": "2026-11-01"}]}
    assert facts_of("domain_expiry", **changes) == []
    assert list(by_path(facts_of("website_domain", **changes))) == ["websites[0].domains[3]"]


# --- DOMAIN_NOT_REAL_NAME -------------------------------------------------------------------------------------------

VERIFIED = "websites[0].domain_details[0].real_name_verified_on"


@pytest.mark.parametrize("as_of, verified_on, working_days, too_soon", [
    ("2026-11-25", "2026-11-23", 2, True),   # Monday to Wednesday
    ("2026-11-26", "2026-11-23", 3, False),  # Thursday is the first day that passes
    ("2026-11-28", "2026-11-28", 0, True),   # the same day
    ("2026-10-08", "2026-09-30", 1, True),   # National Day holidays do not count
    ("2026-10-10", "2026-09-30", 3, False),  # the make-up working Saturday does
    ("2027-01-04", "2026-12-31", 0, None),   # 2027 is beyond chinese-calendar 1.11: unknown, silent
])
def test_real_name_wait_boundaries(as_of, verified_on, working_days, too_soon):
    (fact,) = facts_of("domain_real_name_wait", as_of=datetime.date.fromisoformat(as_of),
                       **detail(real_name_verified_on=verified_on))
    assert fact["path"] == VERIFIED and fact["day"] == as_of
    assert fact.get("too_soon") is too_soon
    if too_soon is not None:
        assert fact["working_days"] == working_days


def test_real_name_day_by_status():
    def day(**changes):
        return real_name_day(filing_of(**changes), AS_OF)

    assert day() == AS_OF
    assert day(**{"order.status": "rejected"}) == AS_OF
    assert day(**{"order.status": "provider_review"}) == AS_OF
    assert day(**{"order.status": "provider_review", "order.submitted_to_provider_on": "2026-11-25"}) == \
        datetime.date(2026, 11, 25)
    # A draft's earlier provider day is not used: it has not been sent yet.
    assert day(**{"order.submitted_to_provider_on": "2026-11-25"}) == AS_OF
    assert day(**{"order.status": "authority_review", "order.submitted_to_authority_on": "2026-11-25"}) is None
    assert day(**{"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}) is None


def test_real_name_wait_not_built_after_the_day():
    assert facts_of("domain_real_name_wait", **detail(real_name_verified_on="2026-11-29")) == []


def test_real_name_reason_is_a_warning_that_keeps_ok():
    document = apply_changes(base_document("ZJ"), detail(real_name_verified_on="2026-11-26"))  # Thu; checked Sat
    report = beianrules.check(document)
    (found,) = [r for r in report.reasons if r.code == "DOMAIN_NOT_REAL_NAME"]
    assert (found.severity, found.kind, found.paths) == ("warning", "rejection", (VERIFIED,))
    assert found.evidence["working_days"] == 1
    assert report.ok


# --- DOMAIN_HOLDER_MISMATCH -----------------------------------------------------------------------------------------

REGISTRANT = "websites[0].domain_details[0].registrant"


@pytest.mark.parametrize("registrant, comparable", [
    ("李建国", True), ("杭州示例科技有限公司", True), ("Li Jianguo", False), ("李*国", False), ("李＊国", False),
    ("隐私保护", False), ("Privacy 隐私", False), ("REDACTED FOR PRIVACY", False), ("Example 科技 Ltd", True),
])
def test_comparable_registrant(registrant, comparable):
    assert comparable_registrant(registrant) is comparable


def test_registrant_fact_compares_name_keys():
    (fact,) = facts_of("domain_registrant", **detail(registrant=" 杭州示例科技有限公司 "))
    assert (fact["matches_entity"], fact["matches_legal_rep"], fact["individual"]) == (True, False, False)
    assert (fact["path"], fact["entity_path"]) == (REGISTRANT, "entity.name")
    (fact,) = facts_of("domain_registrant", **detail(registrant="王 海燕"))  # the legal representative, a space
    assert (fact["matches_entity"], fact["matches_legal_rep"]) == (False, True)
    (fact,) = facts_of("domain_registrant", **{"entity.legal_representative.name": None}, **detail(registrant="李建国"))
    assert "matches_legal_rep" not in fact and "legal_rep" not in fact
    (fact,) = facts_of("domain_registrant", **INDIVIDUAL, **detail(registrant="王海燕"))
    assert (fact["individual"], fact["matches_entity"], fact["expected"]) == (True, True, "filer")
    assert "matches_legal_rep" not in fact
    assert facts_of("domain_registrant", **detail(registrant="Wang Haiyan")) == []


@pytest.mark.parametrize("province, expected", [("HE", "unit_or_legal_rep"), ("HB", "unit"), ("ZJ", None)])
def test_registrant_expected_holder_by_province(province, expected):
    (fact,) = facts_of("domain_registrant", province, **detail(registrant="李建国"))
    assert fact.get("expected") == expected


@pytest.mark.parametrize("province, registrant, fires", [
    ("HE", "李建国", True), ("HE", "王海燕", False), ("LN", "李建国", True), ("SC", "王海燕", False),
    ("HB", "王海燕", True), ("NX", "王海燕", True), ("GZ", "贵阳示例科技有限公司", False),
    ("BJ", "李建国", False), ("NM", "李建国", False), ("ZJ", "李建国", False),
])
def test_unit_holder_by_province(province, registrant, fires):
    found = reasons("DOMAIN_HOLDER_MISMATCH", province, **detail(registrant=registrant))
    assert bool(found) is fires
    for reason in found:
        assert reason.paths == (REGISTRANT, "entity.name")  # the row's order
        assert reason.province is None and reason.evidence["province"] == province


def test_individual_holder_is_compared_everywhere_and_audited():
    for province in ("ZJ", "BJ", "HE", "HB"):
        changes = {**INDIVIDUAL, "entity.name": base_document(province)["entity"]["principal"]["name"]}
        assert reasons("DOMAIN_HOLDER_MISMATCH", province, **changes, **detail(registrant="李建国"))
    approved = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}
    (found,) = reasons("DOMAIN_HOLDER_MISMATCH", **approved, **INDIVIDUAL, **detail(registrant="李建国"))
    assert found.kind == "rectification"


# --- website_domain: suffixes, TLDs, words, subdomains --------------------------------------------------------------

def domain_fact(domain, province="ZJ", **changes):
    (fact,) = facts_of("website_domain", province, **{"websites[0].domains": [domain]}, **changes)
    return fact


def test_website_domain_reads_w9():
    fact = domain_fact("WWW.xn--fsqu00a.xn--fiqs8s.")
    assert (fact["registrable"], fact["suffix"], fact["tld"]) == ("例子.中国", "中国", "中国")
    assert fact["files_subdomain"] is True
    fact = domain_fact("example-tech.invalidtld")
    assert fact["tld"] == "invalidtld" and "suffix" not in fact and "registrable" not in fact
    assert "files_subdomain" not in fact and "has_national_word" not in fact
    fact = domain_fact("192.0.2.1")
    assert "tld" not in fact and "access_refused" not in fact


@pytest.mark.parametrize("entity_type, domain, wrong", [
    ("public_institution", "example.cn", False), ("public_institution", "example.com.cn", False),
    ("public_institution", "example.org.cn", False), ("public_institution", "示例.公益", False),
    ("public_institution", "example.com", True), ("public_institution", "示例.中国", True),
    ("public_institution", "example.gov.cn", False),
    ("government", "example.gov.cn", False), ("government", "www.example.gov.cn", False),
    ("government", "示例.政务", False), ("government", "example.cn", True), ("government", "example.org", True),
    ("government", "example.invalidtld", None),
    ("enterprise", "example.com", None),
])
def test_gov_suffix(entity_type, domain, wrong):
    fact = domain_fact(domain, **{"entity.type": entity_type})
    assert fact.get("wrong_gov_suffix") is wrong


@pytest.mark.parametrize("domain, allowed", [
    ("example.cn", True), ("example.com.cn", True), ("example.icu", True), ("示例.中国", True),
    ("example.xn--55qx5d", True),  # .公司: Han characters only
    ("example.org", False), ("example.org.cn", True), ("example.io", False), ("example.so", False),
    ("example.invalidtld", False), ("EXAMPLE.HK.", False),
])
def test_beijing_tld_allowed(domain, allowed):
    assert domain_fact(domain, "BJ")["tld_allowed"] is allowed
    assert "tld_allowed" not in domain_fact(domain, "ZJ")  # no list outside Beijing


@pytest.mark.parametrize("domain, word", [
    ("中国示例.cn", "中国"), ("示例国家.com", "国家"), ("xn--fiqs8s.cn", "中国"), ("中国.example.cn", "中国"),
    ("例子.中国", None), ("zhongguo.cn", None), ("中华.cn", None),
])
def test_national_words_left_of_the_suffix(domain, word):
    fact = domain_fact(domain, "BJ")
    assert fact.get("national_word") == word and fact["has_national_word"] is (word is not None)


def test_national_word_needs_a_known_suffix():
    assert national_word_left_of_suffix("中国示例.invalidtld", None) is None
    assert "has_national_word" not in domain_fact("中国示例.invalidtld", "BJ")


@pytest.mark.parametrize("changes, exempt", [
    ({}, False), ({"entity.type": "government"}, True), ({"entity.name": "中华示例协会"}, True),
    ({"entity.name": " 国家示例中心"}, True), ({"entity.name": "北京中国示例有限公司"}, False),
])
def test_national_exemption_w13(changes, exempt):
    assert domain_fact("中国示例.cn", "BJ", **changes)["national_exempt"] is exempt


def test_nx_refuses_org_only_as_the_tld():
    assert domain_fact("example.org", "NX")["access_refused"] is True
    assert domain_fact("example.org.cn", "NX")["access_refused"] is False
    assert domain_fact("example.org", "ZJ")["access_refused"] is False


def test_nx_reason_is_operation_blocked_for_ningxia():
    (found,) = reasons("DOMAIN_NX_ORG_ACCESS", "NX", **{"order.type": "new_access", "websites[0].domains": ["a.org"]})
    assert (found.kind, found.severity, found.province) == ("operation_blocked", "error", "NX")


@pytest.mark.parametrize("domain, changes, subdomain", [
    ("www.example.cn", {}, True), ("blog.example.com.cn", {}, True), ("example.com.cn", {}, False),
    ("www.example.gov.cn", {}, False), ("www.示例.政务", {}, False),
    ("www.example.cn", {"entity.type": "government"}, False), ("www.example.invalidtld", {}, None),
])
def test_subdomain(domain, changes, subdomain):
    assert domain_fact(domain, **changes).get("files_subdomain") is subdomain


def test_bj_rules_report_beijing():
    (suffix,) = reasons("DOMAIN_BJ_SUFFIX_LIST", "BJ", **{"websites[0].domains": ["a.org"]})
    (words,) = reasons("DOMAIN_BJ_NATIONAL_WORDS", "BJ", **{"websites[0].domains": ["中国示例.cn"]})
    assert suffix.province == words.province == "BJ"
    assert suffix.evidence["tld"] == "org" and words.evidence["word"] == "中国"


def test_gov_suffix_paths_in_the_rows_order():
    (found,) = reasons("DOMAIN_GOV_SUFFIX", **{"entity.type": "government", "websites[0].domains": ["a.cn"]})
    assert found.paths == ("websites[0].domains[0]", "entity.type")
    assert found.evidence["required"] == "gov_cn_or_zhengwu"


# --- DOMAIN_HAS_FOREIGN_FILING --------------------------------------------------------------------------------------

def test_cancellations_match_website_numbers_by_key_and_others_as_written():
    assert _website_key("川ICP备2023000777号-2") == _website_key("蜀ICP备2023000777号-2")
    assert _website_key("浙ICP备2023000777号-1") == ("ZJ", "filing", "2023000777", 1)
    assert _website_key(" 浙ICP备2023000777号-1A ") == "浙ICP备2023000777号-1A"  # an APP's
    assert _website_key("not a number") == "not a number"


def keys(*registry, **changes):
    asked = ("example-tech.cn", "second.cn", "unlisted.cn")  # every key the tests list, and one nobody does
    return live_domain_keys_of_other_entities(filing_of(**changes), Registry.from_documents(registry), asked)


def test_live_keys_of_other_entities():
    listing = other_with(**{"websites[0].domains": ["www.Example-Tech.cn", "second.cn"]})
    assert keys(listing) == {"example-tech.cn", "second.cn"}
    # Not approved, a cancellation, or the entity's own documents: nothing.
    assert keys(other_with(**{"order.status": "authority_review"})) == frozenset()
    assert keys(other_with(**{"order.type": "cancel_website"})) == frozenset()
    own = apply_changes(other_entity_document("ZJ"), {"entity": OWN["entity"]})
    assert keys(own) == frozenset()
    # A cancel_website of that entity removes the keys it lists, and its website numbers' domains.
    cancel = other_with(**{"order.type": "cancel_website", "order.id": "REG-2", "websites[0].domains": ["second.cn"],
                           "websites[0].filing_number": "浙ICP备2023000777号-9"})
    assert keys(listing, cancel) == {"example-tech.cn"}
    by_number = other_with(**{"order.type": "cancel_website", "order.id": "REG-2", "websites[0].domains": []})
    assert keys(listing, by_number) == frozenset()
    # A cancel_entity sharing the listing's entity number removes everything; one not approved does not.
    gone = other_with(**{"order.type": "cancel_entity", "order.id": "REG-2", "websites": []})
    assert keys(listing, gone) == frozenset()
    pending = other_with(**{"order.type": "cancel_entity", "order.id": "REG-2", "websites": [],
                            "order.status": "authority_review"})
    assert keys(listing, pending) == {"example-tech.cn", "second.cn"}


def test_foreign_filing_fact_needs_a_registry_and_a_key():
    assert "filed_by_other_entity" not in domain_fact(DOMAIN)
    listing = other_with(**{"websites[0].domains": [DOMAIN]})
    (fact,) = facts_of("website_domain", registry=[listing])
    assert fact["filed_by_other_entity"] is True
    (fact,) = facts_of("website_domain", registry=[listing], **{"websites[0].domains": ["example.invalidtld"]})
    assert "filed_by_other_entity" not in fact


def test_foreign_filing_evidence_names_nothing_of_the_other_entity():
    listing = other_with(**{"websites[0].domains": [DOMAIN]})
    (found,) = reasons("DOMAIN_HAS_FOREIGN_FILING", registry=[listing])
    assert found.evidence == {"domain": DOMAIN}
    shown = found.message["zh"] + found.message["en"] + found.remedy["zh"] + found.remedy["en"]
    for secret in (listing["entity"]["name"], listing["entity"]["filing_number"], listing["websites"][0]["name"]):
        assert secret not in shown


# --- modes --------------------------------------------------------------------------------------------------------

def test_audit_rows_and_order_only_rows():
    audited = {rule.code for rule in RULES if "audit" in rule.modes}
    # DOMAIN_NOT_REAL_NAME: its 1.1 status clause judges approved filings; the waiting period never does.
    assert audited == {"DOMAIN_EXPIRED_OR_SHORT", "DOMAIN_HOLDER_MISMATCH", "DOMAIN_NOT_REAL_NAME"}
    assert all("operation" not in rule.modes for rule in RULES)


# -- format 1.1: registrant certificates, real-name status, APPs' domain details ------------------------------------

def cert(kind, number):
    return {"registrant_certificate_type": kind, "registrant_certificate_number": number}


def test_registrant_certificate_fact_compares_id_keys_and_types():
    hebei = base_document("HE")["entity"]
    number = hebei["certificate"]["number"]
    (fact,) = facts_of("domain_registrant", "HE", **detail(**cert("business_license", f" {number[:6]} {number[6:]}")))
    assert (fact["problem"], fact["path"], fact["entity_path"]) == (
        "certificate", "websites[0].domain_details[0].registrant_certificate_number", "entity.certificate.number")
    assert (fact["matches_entity"], fact["service"]) == (True, "website")
    (fact,) = facts_of("domain_registrant", "HE", **detail(**cert("organization_code", number)))
    assert fact["matches_entity"] is False
    rep = hebei["legal_representative"]["id_number"]
    (fact,) = facts_of("domain_registrant", "HE", **detail(**cert("resident_id", rep)))
    assert (fact["matches_entity"], fact["matches_legal_rep"]) == (False, True)
    (fact,) = facts_of("domain_registrant", "HE", **{"entity.legal_representative.id_type": "passport"},
                       **detail(**cert("resident_id", rep)))
    assert fact["matches_legal_rep"] is False
    (fact,) = facts_of("domain_registrant", "HE", **{"entity.legal_representative.id_number": None},
                       **detail(**cert("resident_id", rep)))
    assert "matches_legal_rep" not in fact


def test_registrant_certificate_needs_type_and_number():
    assert facts_of("domain_registrant", **detail(registrant_certificate_type="resident_id")) == []
    assert facts_of("domain_registrant", **detail(registrant_certificate_number="330106199001011234")) == []
    assert facts_of("domain_registrant", **{"entity.certificate.number": None},
                    **detail(**cert("business_license", "91330106MA1XC4D5E8"))) == []


def test_individual_registrant_certificate_may_be_the_principals_id():
    changes = {**INDIVIDUAL, "entity.certificate.number": "330106199001011234"}
    (fact,) = facts_of("domain_registrant", **changes,
                       **detail(**cert("resident_id", PRINCIPAL["id_document"]["number"])))
    assert (fact["individual"], fact["matches_entity"], fact["expected"]) == (True, True, "filer")


def test_real_name_status_fact():
    (fact,) = facts_of("domain_real_name_status", **detail(real_name_status="pending"))
    assert (fact["path"], fact["status"], fact["verified"], fact["service"]) == (
        "websites[0].domain_details[0].real_name_status", "pending", False, "website")


def test_app_domain_details_are_read_for_holder_and_real_name():
    app = {"name": "示例小程序", "kind": "mini_program", "platforms": ["wechat"],
           "domain_details": [{"domain": "api.example-tech.cn", "registrant": "李建国",
                               "real_name_status": "unverified", "expires_on": "2020-01-01"},
                              {"domain": "https://api.example-tech.cn/", "real_name_status": "unverified"}]}
    (holder,) = facts_of("domain_registrant", "HE", apps=[app])
    assert (holder["path"], holder["service"], holder["problem"]) == (
        "apps[0].domain_details[0].registrant", "mini_program", "name")
    (status,) = facts_of("domain_real_name_status", apps=[app])
    assert status["path"] == "apps[0].domain_details[0].real_name_status"
    assert facts_of("domain_expiry", apps=[app]) == []  # DOMAIN_EXPIRED_OR_SHORT stays a website row


def test_app_domain_reasons_say_whose_domain():
    app = {"name": "示例小程序", "kind": "mini_program", "platforms": ["wechat"],
           "domain_details": [{"domain": "api.example-tech.cn", "real_name_status": "unverified"}]}
    (reason,) = reasons("DOMAIN_NOT_REAL_NAME", apps=[app])
    assert reason.severity == "error"
    assert reason.message["zh"].startswith("小程序域名 api.example-tech.cn 的实名状态为“未实名认证”")
    assert reason.message["en"].startswith("The mini-program domain api.example-tech.cn has the real-name status")
