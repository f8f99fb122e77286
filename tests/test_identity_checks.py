"""Fact builder of the wave-1a identity and entity rows (beianrules.facts.identity_checks), at their boundaries."""

import datetime

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.context import bureau_day

AS_OF = datetime.date(2026, 11, 28)
OWN = base_document("ZJ")
PRINCIPAL_ID = OWN["entity"]["principal"]["id_document"]["number"]
USCC = OWN["entity"]["certificate"]["number"]
INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
              "entity.name": OWN["entity"]["principal"]["name"],
              "entity.certificate": {"type": "resident_id", "number": PRINCIPAL_ID}}


def _with_x_check():
    from stdnum.cn import ric
    for seq in range(100, 1000):
        body = f"33010619850312{seq}"
        if ric.calc_check_digit(body + "0") == "X":
            return body + "X"
    raise AssertionError("no sequence gives X")


X_ID = _with_x_check()


def facts_of(kind, *, province="ZJ", as_of=AS_OF, **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=as_of) if f["kind"] == kind]


def by_path(facts):
    return {f["path"]: f for f in facts}


def wrong_check(number):
    return number[:17] + ("1" if number[17] != "1" else "2")


# --- the bureau day and the validity window (ID_VALIDITY_UNDER_3_MONTHS) ---------------------------

def test_bureau_day_is_the_day_at_the_bureau_or_the_check_day():
    def day(**changes):
        return bureau_day(structure_filing(apply_changes(OWN, changes)), AS_OF)

    assert day() == AS_OF
    assert day(**{"order.status": "provider_review"}) == AS_OF
    assert day(**{"order.status": "authority_review",
                  "order.submitted_to_authority_on": "2026-10-01"}) == datetime.date(2026, 10, 1)
    assert day(**{"order.status": "authority_review"}) is None
    # Only an order at the bureau uses the submission day (a rejected one is sent again).
    assert day(**{"order.status": "rejected", "order.submitted_to_authority_on": "2026-10-01"}) == AS_OF


@pytest.mark.parametrize("valid_until, short", [
    ("2027-02-27", True),   # a day short
    ("2027-02-28", False),  # exactly three months: enough
    ("2026-11-28", True),   # valid through the check day
])
def test_validity_window_boundaries(valid_until, short):
    window = by_path(facts_of("id_validity_window", **{"entity.principal.id_document.valid_until": valid_until}))
    fact = window["entity.principal.id_document.valid_until"]
    assert fact["under_three_months"] is short
    assert (fact["bureau_day"], fact["three_months_after"]) == ("2026-11-28", "2027-02-28")


def test_validity_window_is_not_built_for_expired_long_term_or_missing_validity():
    for value in ("2026-11-27", "长期", None):
        window = by_path(facts_of("id_validity_window", **{"entity.principal.id_document.valid_until": value}))
        assert "entity.principal.id_document.valid_until" not in window, value
    # The certificate is not a principal's ID.
    assert not any(f["path"].startswith("entity.certificate")
                   for f in facts_of("id_validity_window", **{"entity.certificate.valid_until": "2026-12-01"}))


def test_month_end_clamps_and_bureau_day_is_used_when_at_the_bureau():
    window = by_path(facts_of("id_validity_window", as_of=datetime.date(2026, 11, 30),
                              **{"entity.principal.id_document.valid_until": "2027-02-28"}))
    assert window["entity.principal.id_document.valid_until"]["three_months_after"] == "2027-02-28"
    assert window["entity.principal.id_document.valid_until"]["under_three_months"] is False
    at_bureau = {"order.status": "authority_review", "order.submitted_to_authority_on": "2026-10-01"}
    window = by_path(facts_of("id_validity_window", **at_bureau,
                              **{"entity.principal.id_document.valid_until": "2027-01-01"}))
    assert window["entity.principal.id_document.valid_until"]["three_months_after"] == "2027-01-01"
    assert window["entity.principal.id_document.valid_until"]["under_three_months"] is False
    # Unknown bureau day: nothing built, so the rule is silent.
    assert facts_of("id_validity_window", **{"order.status": "authority_review"}) == []


def test_every_principal_is_measured():
    window = by_path(facts_of("id_validity_window", **{"websites[0].principal.id_document.valid_until": "2026-12-01"}))
    assert window["websites[0].principal.id_document.valid_until"]["under_three_months"] is True
    assert window["entity.principal.id_document.valid_until"]["under_three_months"] is False


# --- ID numbers (ID_NUMBER_INVALID) ------------------------------------------------------------------

def test_base_numbers_are_valid():
    checks = by_path(facts_of("id_number_check"))
    assert {f["invalid"] for f in checks.values()} == {False}
    assert set(checks) == {"entity.principal.id_document.number", "websites[0].principal.id_document.number",
                           "entity.certificate.number", "entity.legal_representative.id_number"}


@pytest.mark.parametrize("number, problem", [
    (wrong_check(PRINCIPAL_ID), "resident_check_digit"),
    (PRINCIPAL_ID[:17], "resident_shape"),
    ("330106202611291237", "resident_birth_date"),  # born the day after the check day
    ("330106199902291232", "resident_birth_date"),  # 29 February 1999
    ("710106198503121232", "resident_province_code"),
    ("330106202611281231", None),  # born on the check day
    ("330106200002291232", None),  # 29 February 2000
    (f" {PRINCIPAL_ID[:6]}-{PRINCIPAL_ID[6:14]} {PRINCIPAL_ID[14:]} ", None),  # spaces and a hyphen
    (X_ID.lower(), None),  # a final x is X
    (X_ID.replace("X", "0"), "resident_check_digit"),
])
def test_resident_id_problems(number, problem):
    check = by_path(facts_of("id_number_check", **{"entity.principal.id_document.number": number}))
    fact = check["entity.principal.id_document.number"]
    assert fact.get("problem") == problem
    assert fact["invalid"] is (problem is not None)


def test_numbers_not_judged():
    # A first-generation 15-digit resident ID, another ID type, an untyped number without the resident-ID shape.
    for changes in ({"entity.principal.id_document.number": "330106850312123"},
                    {"entity.principal.id_document.type": "passport", "entity.principal.id_document.number": "E1"},
                    {"entity.principal.id_document.type": None, "entity.principal.id_document.number": "E12345678"}):
        assert "entity.principal.id_document.number" not in by_path(facts_of("id_number_check", **changes)), changes
    # An untyped number with the resident-ID shape is judged.
    check = by_path(facts_of("id_number_check", **{"entity.principal.id_document.type": None,
                                                    "entity.principal.id_document.number": wrong_check(PRINCIPAL_ID)}))
    assert check["entity.principal.id_document.number"]["problem"] == "resident_check_digit"
    # The legal representative's number: only with the resident-ID shape.
    assert "entity.legal_representative.id_number" not in by_path(
        facts_of("id_number_check", **{"entity.legal_representative.id_number": "E12345678"}))


def test_certificate_numbers():
    def check(**changes):
        return by_path(facts_of("id_number_check", **changes)).get("entity.certificate.number")

    assert check(**{"entity.certificate.number": wrong_check(USCC)})["problem"] == "uscc_check_digit"
    assert check(**{"entity.certificate.number": "A1330106MA1XC4D5E7"})["invalid"] is False  # authority A
    assert check(**{"entity.certificate.number": USCC.lower()})["invalid"] is False
    assert check(**{"entity.certificate.number": "330106000012345"}) is None  # no USCC shape: not judged
    # An individual's resident-ID certificate, typed or untyped.
    assert check(**{**INDIVIDUAL, "entity.certificate.number": wrong_check(PRINCIPAL_ID)})["problem"] == \
        "resident_check_digit"
    assert check(**{**INDIVIDUAL, "entity.certificate.type": None,
                     "entity.certificate.number": wrong_check(PRINCIPAL_ID)})["invalid"] is True
    # A unit's untyped certificate is neither kind.
    assert check(**{"entity.certificate.type": None, "entity.certificate.number": wrong_check(USCC)}) is None


# --- ID types (ID_HMT_DOCS, ID_FOREIGN_PERSONAL) -------------------------------------------------------

def test_filer_id_types_are_built_for_individuals_only():
    permit = {"type": "hk_macao_permit", "number": "H1234567801"}
    types = by_path(facts_of("filer_id_type", **INDIVIDUAL, **{"entity.principal.id_document": permit}))
    assert types["entity.principal.id_document.type"]["hk_macao_permit"] is True
    assert types["entity.certificate.type"]["hk_macao_permit"] is False
    assert facts_of("filer_id_type", **{"entity.principal.id_document": permit}) == []
    card = {"type": "foreign_permanent_residence", "number": "USA110085031210"}
    types = by_path(facts_of("filer_id_type", **{**INDIVIDUAL, "entity.certificate": card}))
    assert types["entity.certificate.type"]["foreign_permanent_residence"] is True


# --- business licence numbers (ENTITY_CERT_NUMBER_NOT_USCC) --------------------------------------------

def test_licence_number_shape_and_old_licence_exemption():
    [fact] = facts_of("licence_number", **{"entity.certificate.number": "330106000012345"})
    assert (fact["uscc_shaped"], fact["old_licence_accepted"]) == (False, False)
    [fact] = facts_of("licence_number", **{"entity.certificate.number": wrong_check(USCC)})
    assert fact["uscc_shaped"] is True
    [fact] = facts_of("licence_number", province="SC", **{"order.type": "new_access"})
    assert fact["old_licence_accepted"] is True
    [fact] = facts_of("licence_number", province="SC")
    assert fact["old_licence_accepted"] is False
    assert facts_of("licence_number", **{"entity.certificate.type": "organization_code"}) == []
    assert facts_of("licence_number", **{"entity.certificate.number": None}) == []
    assert facts_of("licence_number", **{"entity.type": "individual"}) == []


# --- mailing address (ENTITY_MAILING_ADDRESS_NOT_DETAILED) -----------------------------------------------

def problems(province="ZJ", **changes):
    return sorted(f["problem"] for f in facts_of("mailing_address_issue", province=province, **changes))


def test_mailing_address_clauses():
    assert problems() == []
    assert problems(**{"entity.mailing_address": "浙江省杭州市西湖区文三路5号1-2-3"}) == ["shorthand"]
    assert problems(**{"entity.mailing_address": "浙江省杭州市西湖区文三路5号 1 ‐ 2 — 3"}) == ["shorthand"]
    assert problems(**{"entity.mailing_address": "浙江省杭州市西湖区文三路5号1-2"}) == []
    assert problems(**{"entity.mailing_address": "浙江省杭州市西湖区文三路"}) == ["no_door_number"]
    assert problems(**{"entity.mailing_address": "浙江省杭州市西湖区文三路1-2-3"}) == ["no_door_number", "shorthand"]
    for marker in ("号", "室", "栋", "幢", "座", "单元", "楼", "层", "户", "组", "门"):
        assert problems(**{"entity.mailing_address": f"浙江省杭州市西湖区文三路{marker}"}) == [], marker
    for remark in ("最详细", "无门牌", "没有 门牌"):
        assert problems(**{"entity.mailing_address": "浙江省杭州市西湖区某村", "entity.remark": remark}) == [], remark
    assert problems(**{"entity.mailing_address": "   "}) == []
    assert problems(province="TJ", **{"entity.mailing_address": "天津市市辖区和平区示例路1号"}) == ["forbidden_word"]
    assert problems(**{"entity.mailing_address": "浙江省杭州市市辖区示例路1号"}) == []


def test_mailing_address_facts_carry_their_evidence_and_paths():
    found = {f["problem"]: f for f in facts_of("mailing_address_issue",
                                               **{"entity.mailing_address": "浙江省杭州市西湖区文三路１－２－３"})}
    assert found["shorthand"]["shorthand"] == "1-2-3"
    assert "remark_path" not in found["shorthand"]
    assert found["no_door_number"]["remark_path"] == "entity.remark"
    [tianjin] = facts_of("mailing_address_issue", province="TJ",
                         **{"entity.mailing_address": "天津市市辖区和平区示例路1号"})
    assert tianjin["words"] == "市辖区"


# --- addresses compared (ENTITY_ADDRESS_CROSS_CITY) ------------------------------------------------------

def places(province="HE", **changes):
    found = facts_of("address_places", province=province, **changes)
    return found[0] if found else None


def test_address_places_by_scope():
    same = places()
    assert (same["prefecture_differs"], same["province_differs"]) == (False, False)
    assert (same["mailing_place"], same["certificate_place"]) == ("石家庄市", "石家庄市")
    baoding = places(**{"entity.mailing_address": "河北省保定市竞秀区示例路1号"})
    assert (baoding["prefecture_differs"], baoding["province_differs"]) == (True, False)
    assert baoding["mailing_place"] == "保定市"
    jiangxi = places("JX", **{"entity.mailing_address": "湖南省长沙市芙蓉区示例路1号"})
    assert (jiangxi["province_differs"], jiangxi["mailing_place"], jiangxi["certificate_place"]) == \
        (True, "湖南省", "江西省")
    off = places("ZJ")
    assert "mailing_place" not in off and off["prefecture_differs"] is False


def test_address_places_unknown_sides_and_individuals():
    county = places(**{"entity.mailing_address": "河北省三河市燕郊镇示例路1号"})
    assert "prefecture_differs" not in county and county["province_differs"] is False
    district = places(**{"entity.mailing_address": "竞秀区示例路1号"})
    assert "prefecture_differs" not in district and "province_differs" not in district
    assert places(**INDIVIDUAL) is None
    assert places(**{"entity.mailing_address": None}) is None
    assert places(**{"entity.certificate.address": " "}) is None


# --- the entity's nature (ENTITY_NATURE_MISMATCH) -------------------------------------------------------

def clauses(**changes):
    return {f["problem"]: f for f in facts_of("entity_nature_mismatch", **changes)}


def test_nature_clauses():
    assert clauses() == {}
    assert clauses(**INDIVIDUAL) == {}
    assert set(clauses(**{"entity.type": "individual"})) == {"unit_certificate_for_individual",
                                                             "company_name_for_individual"}
    assert set(clauses(**{"entity.certificate.type": "passport"})) == {"person_id_for_unit"}
    assert set(clauses(**{**INDIVIDUAL, "entity.name": "示例 有限公司 "})) == {"company_name_for_individual"}
    assert set(clauses(**{**INDIVIDUAL, "entity.name": "公司里的王海燕"})) == set()


@pytest.mark.parametrize("entity_type, prefix, fires", [
    ("enterprise", "12", True), ("enterprise", "51", True), ("enterprise", "59", True), ("enterprise", "91", False),
    ("enterprise", "92", False), ("enterprise", "A1", False),
    ("public_institution", "91", True), ("government", "93", True), ("foundation", "92", False),
    ("public_institution", "12", False), ("law_firm", "91", False), ("other_organization", "11", False),
])
def test_uscc_kind_clause(entity_type, prefix, fires):
    from stdnum.cn import uscc
    body = f"{prefix}330106MA1XC4D5E"
    number = body + uscc.calc_check_digit(body)
    found = clauses(**{"entity.type": entity_type, "entity.certificate.type": "other_certificate",
                       "entity.certificate.number": number})
    assert ("uscc_kind" in found) is fires
    if fires:
        assert (found["uscc_kind"]["uscc_prefix"], found["uscc_kind"]["heuristic"]) == (prefix, True)
        assert found["uscc_kind"]["path"] == "entity.certificate.number"


def test_uscc_kind_needs_a_valid_code():
    assert "uscc_kind" not in clauses(**{"entity.certificate.number": "12330106MA1XC4D5E1"})


# --- severities through a check ---------------------------------------------------------------------------

def reasons(code, province="ZJ", **changes):
    document = apply_changes(base_document(province), changes)
    return [r for r in beianrules.check(document, engine="python").reasons if r.code == code]


def test_id_validity_severity_follows_the_province():
    change = {"entity.principal.id_document.valid_until": "2026-12-31"}
    assert [r.severity for r in reasons("ID_VALIDITY_UNDER_3_MONTHS", "HE", **change)] == ["error"]
    assert [r.severity for r in reasons("ID_VALIDITY_UNDER_3_MONTHS", "ZJ", **change)] == ["warning"]
    [reason] = reasons("ID_VALIDITY_UNDER_3_MONTHS", "JX", **change)
    assert reason.evidence["strictness"] == "error" and reason.province is None


def test_nature_severity_per_clause():
    assert [r.severity for r in reasons("ENTITY_NATURE_MISMATCH", **{"entity.certificate.type": "passport"})] == \
        ["error"]
    assert [r.severity for r in reasons("ENTITY_NATURE_MISMATCH",
                                        **{"entity.certificate.number": "12330106MA1XC4D5ED"})] == ["warning"]


def test_mailing_address_is_a_warning_and_a_province_rule_names_its_province():
    [reason] = reasons("ENTITY_MAILING_ADDRESS_NOT_DETAILED", **{"entity.mailing_address": "浙江省杭州市西湖区文三路"})
    assert reason.severity == "warning" and reason.paths == ("entity.mailing_address", "entity.remark")
    individual_gd = {**INDIVIDUAL, "entity.principal.id_document": {"type": "hk_macao_permit", "number": "H1"}}
    [reason] = reasons("ID_HMT_DOCS", "GD", **individual_gd)
    assert reason.province == "GD"


def test_cross_city_paths_in_the_rows_order():
    [reason] = reasons("ENTITY_ADDRESS_CROSS_CITY", "HE", **{"entity.mailing_address": "河北省保定市竞秀区示例路1号"})
    assert reason.paths == ("entity.mailing_address", "entity.certificate.address")
    assert reason.evidence["scope"] == "city"
