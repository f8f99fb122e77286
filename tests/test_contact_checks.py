"""Wave-1a contact checks: the fact builder at its boundaries, and what the reasons say."""

import datetime

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts
from beianrules.facts.contact_checks import segment_valid
from beianrules.regions import phone_shape

AS_OF = datetime.date(2026, 11, 28)
OWN = base_document("ZJ")
OWN_PRINCIPAL = OWN["entity"]["principal"]
OTHER_PRINCIPAL = other_entity_document("ZJ")["entity"]["principal"]


def facts_of(kind, province="ZJ", **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return {f["ref"]: f for f in build_facts(filing, as_of=AS_OF) if f["kind"] == kind}


def check(province="ZJ", **changes):
    return beianrules.check(apply_changes(base_document(province), changes))


# --- W6 shapes and phonenumbers ------------------------------------------------------------------

@pytest.mark.parametrize("number, shape", [
    ("13812345678", "mobile"),
    ("1381234567", None),          # ten digits
    ("138123456789", None),        # twelve digits
    ("23812345678", None),
    ("0258312345", "landline"),    # 0 + area digit + 8: the shortest
    ("025831234", None),           # one digit short
    ("057181234000", "landline"),  # 0 + area digit + 10: the longest
    ("0571812340001", None),       # one digit over
    ("00258312345", None),         # the second digit must be 1-9
    ("025-83123456转801", None),
    ("", None),
    (None, None),
])
def test_phone_shapes(number, shape):
    assert phone_shape(number) == shape


@pytest.mark.parametrize("number, valid", [
    ("13812345678", True), ("14512345678", True), ("16212345678", True), ("17012345678", True),
    ("19012345678", True), ("19212345678", True), ("19912345678", True),
    ("10012345678", False), ("10612345678", False), ("11012345678", False), ("12012345678", False),
    ("14012345678", False), ("14112345678", False), ("14612345678", False), ("14812345678", False),
    ("15412345678", False), ("16012345678", False), ("17412345678", False),
])
def test_segment_validity_follows_phonenumbers(number, valid):
    assert segment_valid(number) is valid


def test_text_phonenumbers_cannot_parse_is_unknown():
    assert segment_valid("not a number") is None


# --- a principal's own numbers -------------------------------------------------------------------

def test_emergency_and_office_compared_with_the_mobile_in_normalised_form():
    mobile = OWN_PRINCIPAL["mobile"]
    spaced = f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}"
    phones = facts_of("principal_phones", **{"entity.principal.emergency_phone": spaced,
                                             "entity.principal.office_phone": OWN_PRINCIPAL["mobile"]})
    principal = phones["entity.principal#phones"]
    assert principal["emergency_is_mobile"] is True and principal["office_is_mobile"] is True
    assert principal["mobile"] == OWN_PRINCIPAL["mobile"]
    assert (principal["emergency_path"], principal["mobile_path"]) == (
        "entity.principal.emergency_phone", "entity.principal.mobile")
    assert (principal["entity_type"], principal["is_unit"]) == ("enterprise", True)
    website = phones["websites[0].principal#phones"]
    assert website["emergency_is_mobile"] is False and website["office_is_mobile"] is False


def test_a_number_not_given_leaves_the_comparison_unknown():
    principal = facts_of("principal_phones", **{"entity.principal.emergency_phone": None,
                                                "entity.principal.mobile": None})["entity.principal#phones"]
    assert "emergency_is_mobile" not in principal and "office_is_mobile" not in principal
    assert "mobile" not in principal


def test_each_phone_given_has_its_shape_and_only_mobiles_a_segment_verdict():
    phones = facts_of("principal_phone", **{"entity.principal.office_phone": "17412345678",
                                            "entity.principal.emergency_phone": None})
    assert "entity.principal.emergency_phone#phone" not in phones
    office = phones["entity.principal.office_phone#phone"]
    assert (office["field"], office["role"], office["person"]) == ("office_phone", "entity_principal",
                                                                   "entity.principal")
    assert (office["mobile_shaped"], office["landline_shaped"], office["segment_valid"]) == (True, False, False)
    landline = phones["websites[0].principal.office_phone#phone"]
    assert (landline["mobile_shaped"], landline["landline_shaped"]) == (False, True)
    assert "segment_valid" not in landline
    assert phones["entity.principal.mobile#phone"]["segment_valid"] is True


# --- the entity principal against each service principal -----------------------------------------

def test_one_person_fields_compared_by_name_key_number_and_folded_email():
    pairs = facts_of("principal_pair_field", **{
        "websites[0].principal.name": "王 海燕",
        "websites[0].principal.email": " " + OWN_PRINCIPAL["email"].upper(),
        "websites[0].principal.mobile": "13805749876",
    })
    assert {ref: (f["same_person"], f.get("problem")) for ref, f in pairs.items()} == {
        "websites[0].principal.name#pair": (True, None),
        "websites[0].principal.email#pair": (True, None),
        "websites[0].principal.mobile#pair": (True, "differs"),
    }
    mobile = pairs["websites[0].principal.mobile#pair"]
    assert (mobile["path"], mobile["entity_path"], mobile["service"], mobile["service_role"]) == (
        "websites[0].principal.mobile", "entity.principal.mobile", "websites[0].principal", "website_principal")


def test_different_persons_share_only_mobile_and_email_findings():
    pairs = facts_of("principal_pair_field", **{
        "websites[0].principal": OTHER_PRINCIPAL,
        "websites[0].principal.name": OWN_PRINCIPAL["name"],
        "websites[0].principal.mobile": OWN_PRINCIPAL["mobile"],
    })
    assert {ref: (f["same_person"], f.get("problem")) for ref, f in pairs.items()} == {
        "websites[0].principal.name#pair": (False, None),  # two persons may share a name
        "websites[0].principal.mobile#pair": (False, "shared"),
        "websites[0].principal.email#pair": (False, None),
    }


def test_unknown_sameness_compares_nothing_and_a_field_not_given_is_not_compared():
    assert facts_of("principal_pair_field", **{"websites[0].principal.id_document": None,
                                               "websites[0].principal.mobile": "13805749876"}) == {}
    assert facts_of("principal_pair_field", **{"entity.principal.id_document.number": None}) == {}
    pairs = facts_of("principal_pair_field", **{"websites[0].principal.email": "  "})
    assert "websites[0].principal.email#pair" not in pairs


def test_emergency_pairs_in_both_directions_between_different_persons():
    pairs = facts_of("emergency_pair", **{"websites[0].principal": OTHER_PRINCIPAL,
                                          "websites[0].principal.mobile": OWN_PRINCIPAL["emergency_phone"]})
    ours = pairs["entity.principal.emergency_phone->websites[0].principal.mobile"]
    assert (ours["path"], ours["mobile_path"], ours["emergency_role"], ours["mobile_role"]) == (
        "entity.principal.emergency_phone", "websites[0].principal.mobile", "entity_principal", "website_principal")
    assert (ours["same_person"], ours["holds_other_mobile"], ours["shared_emergency"], ours["cross_use"]) == (
        False, True, False, True)
    theirs = pairs["websites[0].principal.emergency_phone->entity.principal.mobile"]
    assert (theirs["holds_other_mobile"], theirs["cross_use"]) == (False, False)


def test_a_shared_emergency_number_is_not_cross_use():
    pairs = facts_of("emergency_pair", **{"websites[0].principal": OTHER_PRINCIPAL,
                                          "websites[0].principal.mobile": OWN_PRINCIPAL["emergency_phone"],
                                          "websites[0].principal.emergency_phone": OWN_PRINCIPAL["emergency_phone"]})
    ours = pairs["entity.principal.emergency_phone->websites[0].principal.mobile"]
    assert (ours["holds_other_mobile"], ours["shared_emergency"], ours["cross_use"]) == (True, True, False)


def test_one_person_or_unknown_sameness_is_never_cross_use():
    same = facts_of("emergency_pair", **{"websites[0].principal.emergency_phone": OWN_PRINCIPAL["mobile"]})
    assert all(f["same_person"] is True and "cross_use" not in f for f in same.values())
    unknown = facts_of("emergency_pair", **{"websites[0].principal": OTHER_PRINCIPAL,
                                            "websites[0].principal.id_document": None,
                                            "websites[0].principal.mobile": OWN_PRINCIPAL["emergency_phone"]})
    assert unknown and all("same_person" not in f and "cross_use" not in f for f in unknown.values())


def test_no_emergency_pair_without_both_numbers():
    pairs = facts_of("emergency_pair", **{"websites[0].principal": OTHER_PRINCIPAL,
                                          "entity.principal.emergency_phone": None})
    assert list(pairs) == ["websites[0].principal.emergency_phone->entity.principal.mobile"]


# --- the reasons ---------------------------------------------------------------------------------

def test_consistency_message_names_the_field_and_the_case():
    report = check(**{"websites[0].principal.mobile": "13805749876"})
    (reason,) = [r for r in report.reasons if r.code == "PRINCIPAL_SAME_PERSON_CONSISTENCY"]
    assert reason.paths == ("websites[0].principal.mobile", "entity.principal.mobile")
    assert reason.message["zh"] == "网站负责人与主体负责人证件号码相同（同一人），但手机号码不一致。"
    assert reason.message["en"] == ("The website principal has the entity principal's ID number (the same person) "
                                    "but another mobile number.")
    shared = check(**{"websites[0].principal": OTHER_PRINCIPAL,
                      "websites[0].principal.email": OWN_PRINCIPAL["email"]})
    (reason,) = [r for r in shared.reasons if r.code == "PRINCIPAL_SAME_PERSON_CONSISTENCY"]
    assert reason.paths == ("websites[0].principal.email", "entity.principal.email")
    assert "不同的人" in reason.message["zh"] and "the same email address" in reason.message["en"]


def test_cross_use_reports_the_emergency_field_first_with_the_parameter_as_evidence():
    report = check("FJ", **{"websites[0].principal": other_entity_document("FJ")["entity"]["principal"],
                            "websites[0].principal.emergency_phone": base_document("FJ")["entity"]["principal"][
                                "mobile"]})
    (reason,) = [r for r in report.reasons if r.code == "CONTACT_EMERGENCY_CROSS_USE"]
    assert reason.paths == ("websites[0].principal.emergency_phone", "entity.principal.mobile")
    assert reason.province is None  # a national row decided by a parameter (W3)
    assert reason.evidence["policy"] == "on" and reason.evidence["province"] == "FJ"
    assert (reason.kind, reason.severity) == ("rejection", "error")


def test_equal_emergency_paths_in_the_rows_order():
    report = check(**{"entity.principal.emergency_phone": OWN_PRINCIPAL["mobile"]})
    (reason,) = [r for r in report.reasons if r.code == "CONTACT_EMERGENCY_EQUALS_PRIMARY"]
    assert reason.paths == ("entity.principal.emergency_phone", "entity.principal.mobile")
    assert not report.ok


def test_office_phone_paths_in_the_rows_order():
    principal = base_document("BJ")["entity"]["principal"]
    report = check("BJ", **{"entity.principal.office_phone": principal["mobile"]})
    (reason,) = [r for r in report.reasons if r.code == "CONTACT_OFFICE_PHONE_RULES"]
    assert reason.paths == ("entity.principal.office_phone", "entity.principal.mobile")


def test_jiangsu_landline_is_a_province_rule():
    mobile = base_document("JS")["entity"]["principal"]["emergency_phone"]
    report = check("JS", **{"entity.principal.office_phone": mobile})
    (reason,) = [r for r in report.reasons if r.code == "CONTACT_LANDLINE_REQUIRED"]
    assert (reason.province, reason.paths, reason.evidence) == ("JS", ("entity.principal.office_phone",),
                                                                 {"phone": mobile})


def test_unsupported_segment_is_advice_that_keeps_the_order_acceptable():
    report = check(**{"entity.principal.office_phone": "14012345678"})
    (reason,) = [r for r in report.reasons if r.code == "CONTACT_SEGMENT_UNSUPPORTED"]
    assert (reason.kind, reason.severity, reason.paths) == ("advice", "warning", ("entity.principal.office_phone",))
    assert report.ok
