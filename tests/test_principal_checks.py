"""Wave-1a principal rows: the fact builder of ``facts/principal_checks.py`` at its boundaries, and what the
reasons say (paths in the row's order, severity per province, kind, evidence)."""

import datetime

import pytest
from stdnum.cn import ric

import beianrules
from beianrules import Registry
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.context import bureau_day
from beianrules.facts.people import is_legal_rep
from beianrules.facts.principal_checks import age
from beianrules.provinces import PROVINCE_CODES
from beianrules.rulebook.principal_checks import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}


def resident_id(district, birth, seq="123"):
    body = f"{district}{birth}{seq}"
    return body + ric.calc_check_digit(body + "0")


def facts_of(kind, province="ZJ", registry=None, as_of=AS_OF, **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    index = Registry.from_documents(registry) if registry is not None else None
    return [f for f in build_facts(filing, as_of=as_of, registry=index) if f["kind"] == kind]


def by_ref(facts):
    return {f["ref"]: f for f in facts}


def reasons(code, province="ZJ", registry=None, **changes):
    document = apply_changes(base_document(province), changes)
    report = beianrules.check(document, registry=registry)
    return [r for r in report.reasons if r.code == code]


def other_with(province="ZJ", **changes):
    return apply_changes(other_entity_document(province), changes)


OWN_PRINCIPAL = base_document("ZJ")["entity"]["principal"]
OTHER_PRINCIPAL = other_entity_document("ZJ")["entity"]["principal"]
INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
              "entity.name": OWN_PRINCIPAL["name"],
              "entity.certificate": {"type": "resident_id", "number": OWN_PRINCIPAL["id_document"]["number"]}}


# --- no base document trips a row -------------------------------------------------------------

@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_no_base_document_gives_a_reason_of_these_rows(province):
    report = beianrules.check(base_document(province))
    assert not MY_CODES & set(report.codes), report.to_text("en")


def test_tianjin_base_has_its_own_website_principal_and_a_letter():
    document = base_document("TJ")
    assert document["websites"][0]["principal"]["id_document"]["number"] != \
        document["entity"]["principal"]["id_document"]["number"]
    assert any(a["type"] == "authorization_letter" for a in document["attachments"])
    service = facts_of("service_principal", province="TJ")[0]
    assert service["same_as_entity_principal"] is False and service["is_legal_rep"] is False


# --- is_legal_rep, generalised ----------------------------------------------------------------

def test_is_legal_rep_keeps_its_default_and_compares_any_principal():
    filing = structure_filing(apply_changes(base_document("ZJ"), {"websites[0].principal": OTHER_PRINCIPAL}))
    assert is_legal_rep(filing) is True
    assert is_legal_rep(filing, filing.websites[0].principal) is False
    by_name = structure_filing(apply_changes(base_document("ZJ"), {"entity.legal_representative.id_number": None}))
    assert is_legal_rep(by_name, by_name.websites[0].principal) is True
    no_rep = structure_filing(apply_changes(base_document("ZJ"), {"entity.legal_representative": None}))
    assert is_legal_rep(no_rep, no_rep.websites[0].principal) is None


# --- service_principal ------------------------------------------------------------------------

def test_service_principal_sameness_is_by_id_key_only():
    same = facts_of("service_principal")[0]
    assert same["path"] == "websites[0].principal" and same["same_as_entity_principal"] is True
    assert same["id_number_path"] == "websites[0].principal.id_document.number"
    assert same["principal_id_number_path"] == "entity.principal.id_document.number"
    spaced = OWN_PRINCIPAL["id_document"]["number"]
    spaced = f"{spaced[:6]} {spaced[6:14]}-{spaced[14:]}"
    assert facts_of("service_principal", **{"websites[0].principal.id_document.number": spaced,
                                            "websites[0].principal.name": "别名"})[0]["same_as_entity_principal"]
    named = facts_of("service_principal", **{"websites[0].principal.id_document.number":
                                             OTHER_PRINCIPAL["id_document"]["number"]})[0]
    assert named["same_as_entity_principal"] is False  # the same name, another ID: different persons
    unknown = facts_of("service_principal", **{"websites[0].principal.id_document": None})[0]
    assert "same_as_entity_principal" not in unknown


def test_service_principal_legal_rep_test_is_for_units_only():
    unit = facts_of("service_principal", **{"websites[0].principal": OTHER_PRINCIPAL})[0]
    assert unit["is_legal_rep"] is False and unit["legal_rep_path"] == "entity.legal_representative"
    person = facts_of("service_principal", **INDIVIDUAL)[0]
    assert "is_legal_rep" not in person and "legal_rep_path" not in person and person["is_unit"] is False


@pytest.mark.parametrize("id_type, expected", [
    ("foreign_permanent_residence", True), ("passport", False), ("residence_permit", False), (None, None)])
def test_foreign_permanent_residence_is_known_only_from_the_type(id_type, expected):
    document = {"number": "USA330085010101", **({"type": id_type} if id_type else {})}
    service = facts_of("service_principal", **{"websites[0].principal.id_document": document})[0]
    assert service.get("foreign_permanent_residence") is expected
    assert service["id_type_path"] == "websites[0].principal.id_document.type"


@pytest.mark.parametrize("nationality, id_type, foreign, basis, path", [
    (None, "foreign_permanent_residence", True, "foreign_permanent_residence", "id_document.type"),
    ("SG", "passport", True, "nationality", "nationality"),
    ("us", "foreign_permanent_residence", True, "nationality", "nationality"),  # normalised to US
    ("CN", "passport", False, None, None), ("HK", "passport", False, None, None),
    ("TW", "taiwan_permit", False, None, None), (None, "hk_macao_permit", False, None, None),
    (None, "passport", None, None, None), (None, None, None, None, None),
])
def test_a_service_principal_is_foreign_by_nationality_or_card(nationality, id_type, foreign, basis, path):
    document = {"number": "USA330085010101", **({"type": id_type} if id_type else {})}
    changes = {"websites[0].principal.id_document": document}
    if nationality:
        changes["websites[0].principal.nationality"] = nationality
    service = facts_of("service_principal", **changes)[0]
    assert service.get("foreign") is foreign and service.get("foreign_basis") == basis
    assert service.get("foreign_path") == (f"websites[0].principal.{path}" if path else None)
    assert service.get("nationality") == ("US" if nationality == "us" else nationality if basis == "nationality"
                                          else None)


@pytest.mark.parametrize("target, counts", [
    (None, True), ("websites[0].principal", True), ("apps[0].principal", True),  # the app's has his ID number
    ("entity.principal", False), ("entity.legal_representative", False),
])
def test_a_letter_counts_for_the_service_principal_it_names(target, counts):
    letter = {"type": "authorization_letter", "file": "a.jpg", **({"for": target} if target else {})}
    facts = by_ref(facts_of("service_principal", **{"websites[0].principal": OTHER_PRINCIPAL,
                                                    "apps": [{"name": "示例", "principal": OTHER_PRINCIPAL}],
                                                    "attachments": [letter]}))
    service = facts["websites[0].principal:service_principal"]
    assert service["letter"] is counts and service["attachments_path"] == "attachments"
    assert facts_of("service_principal")[0]["letter"] is False  # no letter at all


def test_an_app_principal_is_a_service_principal():
    facts = by_ref(facts_of("service_principal", apps=[{"name": "示例", "principal": OTHER_PRINCIPAL}]))
    assert facts["apps[0].principal:service_principal"]["role"] == "app_principal"
    assert facts["websites[0].principal:service_principal"]["role"] == "website_principal"


# --- filer_mismatch ---------------------------------------------------------------------------

def test_filer_compared_by_id_key_and_name_key():
    number = OWN_PRINCIPAL["id_document"]["number"]
    facts = by_ref(facts_of("filer_mismatch", **{**INDIVIDUAL, "entity.certificate.number": f" {number[:9]} "
                                                  f"{number[9:]}".lower(), "entity.name": "王　海燕"}))
    assert facts["filer:id_number"]["differs"] is False and facts["filer:name"]["differs"] is False
    differ = by_ref(facts_of("filer_mismatch", **{**INDIVIDUAL, "entity.principal": OTHER_PRINCIPAL}))
    assert differ["filer:id_number"]["differs"] is True
    assert (differ["filer:id_number"]["path"], differ["filer:id_number"]["filer_path"]) == (
        "entity.principal.id_document.number", "entity.certificate.number")
    assert (differ["filer:name"]["path"], differ["filer:name"]["filer_path"]) == ("entity.principal.name",
                                                                                 "entity.name")
    assert differ["filer:name"]["value"] == OTHER_PRINCIPAL["name"]


def test_filer_side_not_given_is_not_compared_and_units_are_not_compared():
    assert not facts_of("filer_mismatch", **{**INDIVIDUAL, "entity.certificate": None, "entity.name": "  "})
    assert not facts_of("filer_mismatch")


# --- ages ---------------------------------------------------------------------------------------

def test_bureau_day():
    draft = structure_filing(base_document("ZJ"))
    assert bureau_day(draft, AS_OF) == AS_OF
    at_bureau = structure_filing(apply_changes(base_document("ZJ"), {
        "order.status": "authority_review", "order.submitted_to_authority_on": "2026-11-02"}))
    assert bureau_day(at_bureau, AS_OF) == datetime.date(2026, 11, 2)
    unknown = structure_filing(apply_changes(base_document("ZJ"), {"order.status": "authority_review"}))
    assert bureau_day(unknown, AS_OF) is None
    rejected = structure_filing(apply_changes(base_document("ZJ"), {
        "order.status": "rejected", "order.submitted_to_authority_on": "2026-11-02"}))
    assert bureau_day(rejected, AS_OF) == AS_OF


def test_age_at_the_boundaries():
    number = resident_id("120101", "20101128")
    assert age(number, "resident_id", AS_OF, AS_OF) == 16  # the birthday itself
    assert age(number, None, AS_OF - datetime.timedelta(days=1), AS_OF) == 15
    leap = resident_id("120101", "20080229")
    assert age(leap, "resident_id", datetime.date(2026, 2, 28), AS_OF) == 17
    assert age(leap, "resident_id", datetime.date(2026, 3, 1), AS_OF) == 18
    assert age(leap, "resident_id", datetime.date(2028, 2, 29), AS_OF) == 20


def test_no_age_without_a_valid_resident_id_or_a_day():
    number = resident_id("120101", "20101128")
    assert age(number, "passport", AS_OF, AS_OF) is None
    assert age(number, "resident_id", None, AS_OF) is None
    assert age(number[:-1] + ("0" if number[-1] != "0" else "1"), "resident_id", AS_OF, AS_OF) is None
    assert age(resident_id("120101", "20261129"), "resident_id", AS_OF, AS_OF) is None  # born after the check day
    assert age(resident_id("990101", "20101128"), "resident_id", AS_OF, AS_OF) is None  # no such province


def test_person_age_facts_by_role_in_tianjin():
    young = resident_id("120101", "20101129")
    facts = by_ref(facts_of("person_age", province="TJ", **{
        "entity.principal.id_document.number": young, "entity.legal_representative.id_number": young,
        "websites[0].principal.id_document.number": young}))
    principal = facts["entity.principal.id_document.number:age"]
    assert (principal["role"], principal["age"], principal["minimum"], principal["under_minimum"]) == (
        "unit_principal", 15, 16, True)
    assert principal["on"] == "2026-11-28"
    assert facts["entity.legal_representative.id_number:age"]["role"] == "legal_rep"
    service = facts["websites[0].principal.id_document.number:age"]
    assert (service["role"], service["minimum"], service["under_minimum"]) == ("service_principal", 18, True)
    # The birth date never reaches a fact.
    assert not any("2010" in str(value) for fact in facts.values() for value in fact.values())


def test_exactly_the_minimum_is_enough():
    fact = facts_of("person_age", province="TJ",
                    **{"entity.principal.id_document.number": resident_id("120101", "20101128")})[0]
    assert (fact["age"], fact["under_minimum"]) == (16, False)


def test_roles_without_a_minimum_and_individual_service_principals_make_no_fact():
    young = resident_id("130102", "20130601")
    he = by_ref(facts_of("person_age", province="HE", **{"entity.legal_representative.id_number": young}))
    assert "entity.legal_representative.id_number:age" not in he  # Hebei: no minimum for the legal rep
    assert not facts_of("person_age", province="ZJ")  # Zhejiang: no minimums at all
    tj = by_ref(facts_of("person_age", province="TJ", **{
        **INDIVIDUAL, "entity.certificate.number": resident_id("120101", "19900101"),
        "entity.principal.id_document.number": resident_id("120101", "19900101"),
        "websites[0].principal.id_document.number": resident_id("120101", "20130601")}))
    assert set(tj) == {"entity.principal.id_document.number:age"}
    assert tj["entity.principal.id_document.number:age"]["role"] == "individual"
    assert tj["entity.principal.id_document.number:age"]["minimum"] == 18


def test_ages_are_measured_on_the_day_the_order_reached_the_bureau():
    number = resident_id("120101", "20101115")
    fact = facts_of("person_age", province="TJ", **{
        "order.status": "authority_review", "order.submitted_to_authority_on": "2026-11-01",
        "entity.principal.id_document.number": number})[0]
    assert (fact["age"], fact["on"], fact["under_minimum"]) == (15, "2026-11-01", True)
    assert not facts_of("person_age", province="TJ", **{"order.status": "authority_review",
                                                         "entity.principal.id_document.number": number})


def test_the_min_age_reason_shows_age_and_minimum_never_the_birth_date():
    number = resident_id("120101", "20110601")
    [reason] = reasons("PRINCIPAL_MIN_AGE", province="TJ", **{"entity.principal.id_document.number": number})
    assert reason.evidence["age"] == 15 and reason.evidence["minimum"] == 16
    assert reason.paths == ("entity.principal.id_document.number",)
    assert reason.province is None and reason.kind == "rejection" and reason.severity == "error"
    assert "20110601" not in str(reason.to_dict()) and "2011-06-01" not in str(reason.to_dict())


# --- principal_id_elsewhere -------------------------------------------------------------------

def test_principal_elsewhere_folds_the_heads_of_every_other_entity():
    ours = {"entity.principal": OWN_PRINCIPAL}
    headed_by_us = {**ours, "entity.legal_representative": base_document("ZJ")["entity"]["legal_representative"]}
    second = {"entity.name": "杭州他方物流有限公司", "entity.filing_number": "浙ICP备2023000888号",
              "entity.certificate.number": "91330106MA2YD5E7XH"}
    cases = [
        ([ours], False),
        ([headed_by_us], True),
        ([{**ours, "entity.legal_representative": None}], None),
        ([headed_by_us, {**ours, **second}], False),
        ([headed_by_us, {**ours, **second, "entity.legal_representative": None}], None),
    ]
    for registry, expected in cases:
        [fact] = facts_of("principal_id_elsewhere", registry=[other_with(**c) for c in registry])
        assert fact.get("same_legal_rep") is expected, registry
        assert fact["path"] == "entity.principal.id_document.number"


def test_principal_elsewhere_ignores_own_filings_service_roles_and_no_registry():
    own_filing = {"entity": base_document("ZJ")["entity"], "entity.filing_number": "浙ICP备2023000777号"}
    assert not facts_of("principal_id_elsewhere", registry=[other_with(**own_filing)])
    assert not facts_of("principal_id_elsewhere",
                        registry=[other_with(**{"websites[0].principal": OWN_PRINCIPAL})])
    assert not facts_of("principal_id_elsewhere", registry=[other_with()])
    assert not facts_of("principal_id_elsewhere")


def test_principal_elsewhere_compares_id_keys():
    number = OWN_PRINCIPAL["id_document"]["number"]
    registry = [other_with(**{"entity.principal": OWN_PRINCIPAL})]
    spaced = facts_of("principal_id_elsewhere", registry=registry,
                      **{"entity.principal.id_document.number": f"{number[:6]} {number[6:]}"})
    assert spaced and spaced[0]["same_legal_rep"] is False


@pytest.mark.parametrize("province, severity", [("HA", "error"), ("SC", "error"), ("JX", "error"),
                                                ("TJ", "warning")])
def test_principal_id_used_by_other_entity_severity_by_province(province, severity):
    registry = [other_with(province, **{"entity.principal": base_document(province)["entity"]["principal"]})]
    [reason] = reasons("PRINCIPAL_ID_USED_BY_OTHER_ENTITY", province=province, registry=registry)
    assert reason.severity == severity and reason.province is None
    assert reason.evidence == {"province": province, "requirement": severity}
    other = other_entity_document(province)
    assert other["entity"]["name"] not in str(reason.to_dict())
    assert other["entity"]["legal_representative"]["name"] not in str(reason.to_dict())


# --- legal_rep_id -----------------------------------------------------------------------------

def test_legal_rep_id_fact():
    [fact] = facts_of("legal_rep_id", **{"entity.legal_representative": {"name": "钱国华", "id_number": " "}})
    assert (fact["name_differs"], fact["id_number_missing"], fact["is_unit"]) == (True, True, True)
    [same] = facts_of("legal_rep_id", **{"entity.legal_representative.name": " 王海燕 "})
    assert (same["name_differs"], same["id_number_missing"]) == (False, False)
    [blank] = facts_of("legal_rep_id", **{"entity.legal_representative.name": ""})
    assert "name_differs" not in blank
    assert not facts_of("legal_rep_id", **{"entity.legal_representative": None})


def test_legal_person_info_missing_is_advice():
    [reason] = reasons("LEGAL_PERSON_INFO_MISSING", **{"entity.legal_representative": {"name": "钱国华"}})
    assert (reason.kind, reason.severity, reason.paths) == (
        "advice", "warning", ("entity.legal_representative.id_number",))


# --- finance_content --------------------------------------------------------------------------

def test_finance_content_is_the_first_in_document_order():
    approval = {"industry": "finance", "number": "1", "attachment": "f.pdf"}
    assert facts_of("finance_content", **{"websites[0].content_categories": ["company_homepage", "finance"],
                                          "websites[0].pre_approvals": [approval]})[0]["path"] == \
        "websites[0].content_categories[1]"
    assert facts_of("finance_content", **{"websites[0].pre_approvals": [approval],
                                          "apps": [{"name": "示例", "content_categories": ["finance"]}]}
                    )[0]["path"] == "websites[0].pre_approvals[0]"
    assert facts_of("finance_content", apps=[{"name": "示例", "content_categories": ["finance"]}])[0]["path"] == \
        "apps[0].content_categories[0]"
    assert not facts_of("finance_content", **{"websites[0].content_categories": ["Finance", "tools"]})


@pytest.mark.parametrize("scope, keywords", [
    ("软件开发；金融信息服务；股权投资", "金融、股权投资"),
    ("投资管理（未经金融等监管部门批准，不得从事吸收存款、代客理财等金融业务）", "投资管理"),
    ("信息咨询（不含金融、理财业务）", None), ("为基金会提供软件服务", None),
    ("互联网信息服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）", None),
    ("P2P 网络借贷信息中介", "网络借贷、P2P"), (None, None),
])
def test_finance_keywords_of_the_business_scope(scope, keywords):
    registration = {"retrieved_on": "2026-11-27", **({"business_scope": scope} if scope else {})}
    found = facts_of("finance_content", **{"entity.business_registration": registration,
                                           "websites[0].content_categories": ["finance"]})[0]
    if keywords is None:
        assert (found["basis"], found["path"]) == ("content", "websites[0].content_categories[0]")
        assert "keywords" not in found
    else:
        assert (found["basis"], found["path"], found["keywords"]) == (
            "business_scope", "entity.business_registration.business_scope", keywords)


def test_finance_scope_reason_is_a_liaoning_error():
    changes = {"entity.legal_representative": {"name": "钱国华", "id_number": resident_id("210102", "19840101")},
               "attachments": [{"type": "authorization_letter", "file": "a.jpg"}],
               "entity.business_registration": {"retrieved_on": "2026-11-27", "business_scope": "金融信息服务"}}
    [reason] = reasons("PRINCIPAL_FINANCE_UNIT_NO_AUTH", province="LN", **changes)
    assert (reason.severity, reason.kind) == ("error", "rejection")
    assert reason.paths == ("entity.principal", "entity.legal_representative",
                            "entity.business_registration.business_scope")
    assert "金融" in reason.message["zh"] and "金融" in reason.message["en"]


def test_finance_unit_reason_is_a_liaoning_warning_in_the_rows_path_order():
    changes = {"entity.legal_representative": {"name": "钱国华", "id_number": resident_id("210102", "19840101")},
               "attachments": [{"type": "authorization_letter", "file": "a.jpg"}],
               "websites[0].content_categories": ["finance"]}
    [reason] = reasons("PRINCIPAL_FINANCE_UNIT_NO_AUTH", province="LN", **changes)
    assert (reason.severity, reason.province) == ("warning", "LN")
    assert reason.paths == ("entity.principal", "entity.legal_representative", "websites[0].content_categories[0]")


# --- severities and paths of the other rows ---------------------------------------------------

@pytest.mark.parametrize("province, severity", [("SH", "error"), ("NM", "error"), ("SD", "warning")])
def test_service_principal_letter_severity_by_province(province, severity):
    other = other_entity_document(province)["entity"]["principal"]
    [reason] = reasons("SERVICE_PRINCIPAL_AUTH_LETTER", province=province, **{"websites[0].principal": other})
    assert reason.severity == severity and reason.province is None
    assert reason.paths == ("websites[0].principal", "entity.legal_representative", "attachments")
    assert reason.evidence["requirement"] == severity


def test_service_principal_letter_off_in_beijing():
    other = other_entity_document("BJ")["entity"]["principal"]
    assert not reasons("SERVICE_PRINCIPAL_AUTH_LETTER", province="BJ", **{"websites[0].principal": other})


def test_tianjin_rule_reports_tianjin_and_the_service_principal_first():
    principal = base_document("TJ")["entity"]["principal"]
    [reason] = reasons("TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL", province="TJ", **{"websites[0].principal": principal})
    assert reason.province == "TJ" and reason.severity == "error"
    assert reason.paths == ("websites[0].principal.id_document.number", "entity.principal.id_document.number")
    assert not reasons("TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL", province="ZJ")  # Tianjin's rule only


def test_auth_requires_same_person_paths():
    other = other_entity_document("JS")["entity"]["principal"]
    [reason] = reasons("PRINCIPAL_AUTH_REQUIRES_SAME_PERSON", province="JS", **{
        "entity.legal_representative": {"name": "钱国华", "id_number": resident_id("320102", "19840101")},
        "websites[0].principal": other})
    assert reason.paths == ("websites[0].principal.id_document.number", "entity.principal.id_document.number")
    assert reason.province is None


def test_personal_principal_not_filer_paths_per_clause():
    found = reasons("PERSONAL_PRINCIPAL_NOT_FILER", **{**INDIVIDUAL, "entity.principal": OTHER_PRINCIPAL})
    assert sorted(r.paths for r in found) == [
        ("entity.principal.id_document.number", "entity.certificate.number"),
        ("entity.principal.name", "entity.name"),
    ]


def test_not_citizen_path_is_the_id_type():
    [reason] = reasons("SERVICE_PRINCIPAL_NOT_CITIZEN", province="JX", **{
        "websites[0].principal.id_document": {"type": "foreign_permanent_residence", "number": "USA360085010101"}})
    assert reason.paths == ("websites[0].principal.id_document.type",)


def test_no_row_runs_on_an_approved_filing():
    young = resident_id("120101", "20110601")
    changes = {"order.submitted_to_authority_on": "2026-01-05",
               "entity.principal.id_document.number": young,
               "websites[0].principal": base_document("TJ")["entity"]["principal"],
               "websites[0].principal.id_document.number": young}
    order = beianrules.check(apply_changes(base_document("TJ"), changes))
    assert {"PRINCIPAL_MIN_AGE", "TJ_PRINCIPAL_EQUALS_SERVICE_PRINCIPAL"} <= set(order.codes)
    audit = beianrules.check(apply_changes(base_document("TJ"), {**changes, "order.status": "approved"}))
    assert not MY_CODES & set(audit.codes)
