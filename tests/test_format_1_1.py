"""Format 1.1 (FORMAT.md, "Format 1.1"): every addition accepted with its validations, null as "not given"
everywhere, and every 1.0 document read as before (issue 9, parts 1 and 6)."""

import copy
import json
import subprocess
import sys
import typing

import pytest
from conftest import load_cases
from documents_1_1 import EXAMPLE_1_1, example_1_1, spec_example_1_1, with_nulls

import beianrules
from beianrules.convert import structure_filing, unstructure_filing
from beianrules.examples import apply_changes, base_document, example_documents


def issues_of(document):
    with pytest.raises(beianrules.InputError) as raised:
        structure_filing(document)
    return dict(raised.value.issues)


def changed(changes):
    """The 1.1 example with ``changes`` (dotted paths; a None value removes the key)."""
    return apply_changes(example_1_1(), changes)


# -- the example of FORMAT.md ---------------------------------------------------------------------------------

def test_the_shipped_example_is_the_one_of_format_md():
    spec = spec_example_1_1()
    if spec is None:
        pytest.skip("shared/spec/FORMAT.md is not beside this checkout")
    assert spec == example_1_1()


def test_the_1_1_example_reads_every_addition():
    filing = structure_filing(example_1_1())
    assert filing.format_version == "1.1"
    assert (filing.entity.region.province, filing.entity.region.city, filing.entity.region.district) == (
        "320000", "320100", "320102")
    assert filing.entity.business_registration.former_names == ("南京示例信息技术有限公司",)
    assert filing.entity.certificate.issued_in == "CN" and filing.entity.certificate.electronic is False
    assert filing.websites[0].ips[0].region == "JS" and filing.websites[0].observed.reachable is True
    assert filing.apps[0].kind == "mini_program" and filing.apps[0].icon.size_bytes == 48213
    assert [a.for_ for a in filing.attachments][:2] == ["entity", "entity"]
    assert filing.verification.calls[1].result == "blocked"
    assert filing.verification.identity_checks[0].person == "websites[0].principal"
    assert filing.verification.rectification_notice.deadline.isoformat() == "2026-12-10"


PREDICTED = {("CONTACT_PHONE_BLOCKING", "rejection", "error"), ("ORDER_SMS_VERIFICATION", "advice", "warning")}


def test_the_1_1_example_checks_without_input_errors_and_gives_the_predicted_reasons(engine):
    # FORMAT.md "Example (1.1)": of the 1.1 rows it triggers exactly CONTACT_PHONE_BLOCKING (the bureau's call
    # to the emergency number was blocked, an error) and ORDER_SMS_VERIFICATION as advice (the SMS check is
    # pending); the 1.0 rules find nothing.
    for document in (example_1_1(), spec_example_1_1()):
        if document is None:  # the spec is not beside this checkout
            continue
        report = beianrules.check(document, engine=engine)
        assert {(r.code, r.kind, r.severity) for r in report.reasons} == PREDICTED, report.to_text("en")
        assert "CONTACT_PHONE_UNREACHABLE" not in report.codes


def test_the_1_1_example_through_the_command_line(engine):
    result = subprocess.run([sys.executable, "-m", "beianrules", "check", str(EXAMPLE_1_1), "--format", "json",
                             "--engine", engine], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1, result.stderr  # the blocked call is an error
    report = json.loads(result.stdout)
    assert report["order_id"] == "ORD-0002"
    assert {(r["code"], r["kind"], r["severity"]) for r in report["reasons"]} == PREDICTED


def test_a_1_1_document_round_trips_with_its_keys():
    filing = structure_filing(example_1_1())
    document = unstructure_filing(filing)
    assert document["attachments"][0]["for"] == "entity" and "for_" not in document["attachments"][0]
    assert structure_filing(json.dumps(document, ensure_ascii=False)) == filing


# -- null is "not given", everywhere -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["apps", "websites", "verification", "attachments", "order.operation",
                                  "websites[0].domains", "extensions", "entity.certificate", "verification.calls",
                                  "websites[0].pre_approvals", "websites[0].principal.id_document"])
def test_null_reads_as_a_key_left_out(path):
    document = base_document("ZJ")
    nulled = copy.deepcopy(document)
    target, key = _parent(nulled, path)
    target[key] = None
    assert structure_filing(nulled) == structure_filing(apply_changes(document, {path: None}))


def _parent(document, path):
    *steps, last = path.replace("[", ".").replace("]", "").split(".")
    target = document
    for step in steps:
        target = target[int(step)] if step.isdigit() else target[step]
    return target, (int(last) if last.isdigit() else last)


def test_null_order_operation_means_submit():
    document = base_document("ZJ")
    document["order"]["operation"] = None
    assert structure_filing(document).order.operation == "submit"


def test_a_required_field_given_as_null_is_missing():
    document = base_document("ZJ")
    document["entity"]["name"] = None
    document["verification"] = {"calls": [{"phone": None, "result": "reached"}]}
    problems = issues_of(document)
    assert problems == {"entity.name": "required but missing", "verification.calls[0].phone": "required but missing"}


def test_null_inside_a_list_is_still_an_error():
    problems = issues_of(apply_changes(base_document("ZJ"), {"websites[0].domains": ["example-tech.cn", None]}))
    assert list(problems) == ["websites[0].domains[1]"]


def _example_inputs():
    for rule in beianrules.rules():
        for n, example in enumerate(rule.examples):
            yield pytest.param(rule, example, id=f"{rule.code}-{n}")


@pytest.mark.parametrize("rule, example", list(_example_inputs()))
def test_null_in_every_optional_place_checks_as_the_keys_left_out(rule, example, engine):
    document, registry = example_documents(rule, example)
    nulled = with_nulls(document)
    nulled_registry = [with_nulls(entry) for entry in registry] if registry else None
    assert nulled != document  # some optional key was left out, and is now null
    before = beianrules.check(document, registry=registry, engine=engine).to_dict()
    assert beianrules.check(nulled, registry=nulled_registry, engine=engine).to_dict() == before


@pytest.mark.parametrize("case", [c for c in load_cases() if not c.get("input_error")], ids=lambda c: c["name"])
def test_null_in_every_optional_place_of_a_case_and_of_the_1_1_example(case, engine):
    for document, registry in ((case["document"], case["registry"]), (example_1_1(), [])):
        before = beianrules.check(document, registry=registry, engine=engine).to_dict()
        nulled = beianrules.check(with_nulls(document), registry=[with_nulls(r) for r in registry], engine=engine)
        assert nulled.to_dict() == before


def test_with_nulls_reaches_nested_1_1_objects():
    nulled = with_nulls(example_1_1())
    assert nulled["entity"]["business_registration"]["kind"] == "company"
    assert nulled["apps"][0]["observed"]["checked_on"] == "2026-11-27"
    assert "resolves_to" in nulled["websites"][0]["domain_details"][0]
    assert nulled["entity"]["principal"]["emergency_contact"]["position"] == "行政经理"
    assert nulled["apps"][0]["signatures"] is None and nulled["verification"]["rectification_notice"] is not None


# -- still strict ----------------------------------------------------------------------------------------------

def test_unknown_keys_and_wrong_tokens_stay_errors_in_the_new_objects():
    problems = issues_of(changed({
        "entity.business_registration.statu": "active",
        "entity.business_registration.status": "alive",
        "apps[0].kind": "miniprogram",
        "verification.sms[0].result": "ok",
        "verification.identity_checks[0].result": "passed",
        "websites[0].domain_details[0].real_name_status": "done",
        "websites[0].observed.reachable": "yes",
        "apps[0].icon.size_bytes": -1,
        "apps[0].app_id": "  ",
        "attachments[0].type": "licence_photo",
        "verification.calls[0].result": "busy",
        "entity.region.town": "玄武区",
    }))
    assert set(problems) == {
        "entity.business_registration.statu", "entity.business_registration.status", "apps[0].kind",
        "verification.sms[0].result", "verification.identity_checks[0].result",
        "websites[0].domain_details[0].real_name_status", "websites[0].observed.reachable", "apps[0].icon.size_bytes",
        "apps[0].app_id", "attachments[0].type", "verification.calls[0].result", "entity.region.town",
    }
    assert "unknown key" in problems["entity.region.town"]
    assert "blocked" in problems["verification.calls[0].result"]


def test_inspection_objects_carry_their_date():
    problems = issues_of(changed({"websites[0].observed.checked_on": None, "entity.business_registration.retrieved_on":
                                  None, "verification.rectification_notice.deadline": None}))
    assert set(problems.values()) == {"required but missing"}
    assert set(problems) == {"websites[0].observed.checked_on", "entity.business_registration.retrieved_on",
                             "verification.rectification_notice.deadline"}


# -- format_version and order.province -------------------------------------------------------------------------

@pytest.mark.parametrize("declared", ["1.0", "1.1", None])
def test_every_1_1_field_is_read_whatever_the_declared_version(declared):
    filing = structure_filing(changed({"format_version": declared}))
    assert filing.apps[0].kind == "mini_program"
    assert filing.format_version == (declared or "1.0")


@pytest.mark.parametrize("declared, says", [(1.1, "as text"), ("2.0", "reads 1.0 and 1.1"), ("1.1.0", "1.0 and 1.1")])
def test_an_unknown_version_names_the_versions_read(declared, says):
    problems = issues_of(changed({"format_version": declared}))
    assert list(problems) == ["format_version"] and says in problems["format_version"]
    assert "1.0" in problems["format_version"] and "1.1" in problems["format_version"]


@pytest.mark.parametrize("written, code", [("320000", "JS"), (" 110000 ", "BJ"), ("650000", "XJ")])
def test_the_six_digit_province_code_is_accepted(written, code):
    document = apply_changes(base_document(code), {"order.province": written})
    assert structure_filing(document).order.province == code
    assert beianrules.check(document).to_dict() == beianrules.check(base_document(code)).to_dict()


@pytest.mark.parametrize("written", ["320100", "710000", "990000"])
def test_other_six_digit_codes_are_no_province(written):
    assert list(issues_of(apply_changes(base_document("JS"), {"order.province": written}))) == ["order.province"]


# -- paths inside the document ---------------------------------------------------------------------------------

@pytest.mark.parametrize("target, problem", [
    ("websites[1]", "does not have"),
    ("apps[0].principal.mobile", "expected a path"),
    ("websites[01]", "expected a path"),
    ("Entity", "expected a path"),
])
def test_attachment_for_must_name_something_the_document_has(target, problem):
    problems = issues_of(changed({"attachments[7].for": target}))
    assert list(problems) == ["attachments[7].for"] and problem in problems["attachments[7].for"]


def test_a_missing_legal_representative_or_principal_cannot_be_named():
    problems = issues_of(changed({"entity.legal_representative": None, "websites[0].principal": None,
                                  "attachments[0].for": "entity.legal_representative",
                                  "attachments[4].for": "websites[0].principal"}))
    # The example's other files and identity check for the website principal lose their target too.
    assert set(problems) == {"attachments[0].for", "attachments[4].for", "attachments[5].for", "attachments[6].for",
                             "verification.identity_checks[0].person"}
    assert all("does not have" in problem for problem in problems.values())


@pytest.mark.parametrize("index, target, needs", [
    (2, "websites[0]", "a person's document"),        # id_image_front names a service
    (4, "entity", "a person's document"),             # an authorization letter names the entity
    (0, "entity.principal", "the entity's document"),  # certificate_image names a person
    (1, "apps[0]", "the entity's document"),           # name_change_certificate names a service
])
def test_the_attachment_type_decides_what_for_may_name(index, target, needs):
    problems = issues_of(changed({f"attachments[{index}].for": target}))
    assert needs in problems[f"attachments[{index}].for"]


@pytest.mark.parametrize("target", ["entity", "websites[0]", "apps[0]", "websites[0].principal", "apps[0].principal"])
def test_a_document_for_any_target_may_name_every_allowed_one(target):
    structure_filing(changed({"attachments": [{"type": "promise_video", "file": "v.mp4", "for": target}]}))


def test_identity_checks_name_a_person_of_the_document():
    problems = issues_of(changed({"verification.identity_checks[0].person": "apps[0]",
                                  "verification.identity_checks[1].person": "apps[1].principal"}))
    assert "of a person" in problems["verification.identity_checks[0].person"]
    assert "does not have" in problems["verification.identity_checks[1].person"]
    assert "required but missing" in issues_of(changed({"verification.identity_checks[0].person": None}))[
        "verification.identity_checks[0].person"]


# -- identity ------------------------------------------------------------------------------------------------

def test_nationality_is_normalised_to_upper_case():
    filing = structure_filing(changed({"entity.principal.nationality": "cn", "entity.legal_representative.nationality":
                                       " Cn "}))
    assert filing.entity.principal.nationality == "CN" == filing.entity.legal_representative.nationality


@pytest.mark.parametrize("code", ["XK", "EU", "UK", "AN", "C", "CHN", 86])
def test_an_unassigned_code_is_an_error(code):
    assert list(issues_of(changed({"entity.principal.nationality": code}))) == ["entity.principal.nationality"]


@pytest.mark.parametrize("id_type, nationality, agrees", [
    ("resident_id", "CN", True), ("resident_id", "HK", False), ("temporary_resident_id", "CN", True),
    ("hk_macao_permit", "MO", True), ("hk_macao_permit", "TW", False), ("taiwan_permit", "TW", True),
    ("residence_permit", "HK", True), ("residence_permit", "CN", False),
    ("foreign_permanent_residence", "SG", True), ("foreign_permanent_residence", "HK", False),
    ("passport", "CN", True), ("passport", "SG", True),
])
def test_nationality_agrees_with_the_id_type(id_type, nationality, agrees):
    document = changed({"websites[0].principal.id_document.type": id_type,
                        "websites[0].principal.nationality": nationality})
    if agrees:
        assert structure_filing(document).websites[0].principal.nationality == nationality
    else:
        assert list(issues_of(document)) == ["websites[0].principal.nationality"]


def test_the_legal_representatives_nationality_agrees_with_his_id_type():
    # FORMAT 1.1's example of the false rejection: a Singaporean legal representative with his passport.
    rep = {"name": "TAN MING KAI", "id_number": "E1234567N", "id_type": "passport", "nationality": "SG"}
    assert structure_filing(changed({"entity.legal_representative": rep})).entity.legal_representative.nationality
    problems = issues_of(changed({"entity.legal_representative": {**rep, "id_type": "resident_id"}}))
    assert list(problems) == ["entity.legal_representative.nationality"]


def test_valid_from_is_a_day_not_after_valid_until():
    problems = issues_of(changed({"entity.principal.id_document.valid_from": "2031-05-02",
                                  "apps[0].principal.id_document.valid_from": "长期"}))
    assert "after valid_until" in problems["entity.principal.id_document.valid_from"]
    assert "long_term" in problems["apps[0].principal.id_document.valid_from"]


def test_the_new_id_and_certificate_tokens_are_read_and_judge_nothing_in_jiangsu(engine):
    document = changed({"entity.certificate.type": "foreign_representative_office_certificate",
                        "websites[0].principal.id_document.type": "temporary_resident_id",
                        "entity.legal_representative.id_type": "temporary_resident_id"})
    # temporary IDs are refused in HI and NM only (ID_TEMPORARY_CARD); the example's own reasons stay
    assert set(beianrules.check(document, engine=engine).codes) == {code for code, _kind, _severity in PREDICTED}
    problems = issues_of(apply_changes(document, {"entity.certificate.issued_in": "HK"}))
    assert list(problems) == ["entity.certificate.issued_in"]


# -- the selected region -------------------------------------------------------------------------------------

@pytest.mark.parametrize("region, codes", [
    ({"province": "江苏省", "city": "南京市", "district": "玄武区"}, ("320000", "320100", "320102")),
    ({"district": "玄武区"}, (None, None, "320102")),
    ({"city": "南京市", "district": "鼓楼区"}, (None, "320100", "320106")),
    ({"city": "320300", "district": "鼓楼区"}, (None, "320300", "320302")),
    ({"district": "白下区"}, (None, None, "320103")),  # a former name (merged into 秦淮区 in 2013)
    ({"province": " 320000 "}, ("320000", None, None)),
])
def test_region_parts_resolve_to_codes(region, codes):
    resolved = structure_filing(changed({"entity.region": region})).entity.region
    assert (resolved.province, resolved.city, resolved.district) == codes


def test_a_municipality_names_its_city_level_by_its_own_name():
    document = apply_changes(base_document("BJ"), {"entity.region": {"province": "北京市", "city": "北京市",
                                                                     "district": "朝阳区"}})
    region = structure_filing(document).entity.region
    assert (region.province, region.city, region.district) == ("110000", "110100", "110105")


def test_a_directly_administered_county_nests_under_its_xx90_city_level():
    document = apply_changes(base_document("HB"), {"entity.region": {"city": "429000", "district": "仙桃市"}})
    assert structure_filing(document).entity.region.district == "429004"


@pytest.mark.parametrize("part, value, problem", [
    ("province", 320000, "write it in quotes"),
    ("district", 320102, "write it in quotes"),
    ("city", "3201", "six-digit"),
    ("province", "320100", "ends 0000"),
    ("city", "320101", "ends 00"),
    ("district", "320100", "does not end 00"),
    ("district", "320199", "table knows"),
    ("city", "苏州", "names no city"),
    ("district", "鼓楼区", "more than one"),
    ("province", "浙江省", "order.province JS"),
    ("district", "110105", "order.province JS"),
])
def test_region_problems_are_named_by_their_part(part, value, problem):
    problems = issues_of(changed({"entity.region": {part: value}}))
    assert list(problems) == [f"entity.region.{part}"] and problem in problems[f"entity.region.{part}"], problems


def test_region_parts_must_nest():
    problems = issues_of(changed({"entity.region": {"province": "320000", "city": "330100", "district": "320302"}}))
    assert "first two digits" in problems["entity.region.city"]
    problems = issues_of(changed({"entity.region": {"city": "320100", "district": "320302"}}))
    assert "first four digits" in problems["entity.region.district"]


# -- inspections, network, verification ------------------------------------------------------------------------

def test_no_inspection_may_be_dated_after_as_of():
    problems = issues_of(changed({"websites[0].observed.checked_on": "2026-11-29",
                                  "entity.business_registration.retrieved_on": "2026-12-01",
                                  "apps[0].domain_details[0].resolved_on": "2026-11-29"}))
    assert set(problems) == {"websites[0].observed.checked_on", "entity.business_registration.retrieved_on",
                             "apps[0].domain_details[0].resolved_on"}


def test_without_its_own_as_of_a_document_is_held_to_the_check_date():
    document = changed({"as_of": None})
    beianrules.check(document, as_of="2026-11-27")
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(document, as_of="2026-11-26")
    assert {i.path for i in raised.value.issues} == {
        "websites[0].observed.checked_on", "apps[0].observed.checked_on", "entity.business_registration.retrieved_on",
        "websites[0].domain_details[0].resolved_on", "apps[0].domain_details[0].resolved_on"}
    with pytest.raises(beianrules.InputError) as raised:
        list(beianrules.audit([document], as_of="2026-11-26", strict=True))
    assert (0, "websites[0].observed.checked_on") in {(i.item, i.path) for i in raised.value.issues}


def test_a_number_recorded_as_shown_cannot_be_said_not_shown():
    problems = issues_of(changed({"websites[0].observed.shows_filing_number": False,
                                  "websites[0].observed.shows_psb_number": False,
                                  "apps[0].observed.shows_filing_number": False}))
    assert set(problems) == {"websites[0].observed.shows_filing_number", "websites[0].observed.shows_psb_number",
                             "apps[0].observed.shows_filing_number"}
    structure_filing(changed({"websites[0].observed.shows_filing_number": False,
                              "websites[0].observed.displayed_filing_number": None}))


@pytest.mark.parametrize("url, accepted", [
    ("https://www.example.com/", True), ("http://EXAMPLE.com", True), ("https://example.com.evil.cn/", False),
    ("ftp://example.com/", False), ("example.com", False), ("https://notexample.com/", False),
])
def test_the_observed_url_is_the_websites_own(url, accepted):
    document = changed({"websites[0].observed.url": url})
    if accepted:
        structure_filing(document)
    else:
        assert list(issues_of(document)) == ["websites[0].observed.url"]


def test_resolves_to_tells_not_looked_up_from_nothing_found():
    path = "websites[0].domain_details[0].resolves_to"

    def resolved(value):
        return structure_filing(changed({path: value})).websites[0].domain_details[0].resolves_to

    assert resolved(None) is None  # not looked up
    assert resolved([]) == ()  # looked up, no address
    assert resolved(["2001:0db8:0:0::1", " 10.0.0.1"]) == ("2001:db8::1", "10.0.0.1")
    assert list(issues_of(changed({path: ["example.com"]}))) == [f"{path}[0]"]


@pytest.mark.parametrize("region, read", [("outside_mainland", "outside_mainland"), ("苏", "JS"), ("320000", "JS")])
def test_a_server_region_is_a_province_or_outside_mainland(region, read):
    assert structure_filing(changed({"websites[0].ips[0].region": region})).websites[0].ips[0].region == read


@pytest.mark.parametrize("uscc, ok", [("91320102MA1W8K3R55", True), (" 91320102ma1w8k3r55 ", True),
                                      ("91320102MA1W8K3R5", False), ("9132010OMA1W8K3R55", False)])
def test_the_registry_uscc_is_of_the_gb_32100_set(uscc, ok):
    document = changed({"entity.business_registration.uscc": uscc})
    if ok:
        assert structure_filing(document).entity.business_registration.uscc == "91320102MA1W8K3R55"
    else:
        assert list(issues_of(document)) == ["entity.business_registration.uscc"]


def test_a_rectification_deadline_is_not_before_its_notice():
    problems = issues_of(changed({"verification.rectification_notice.deadline": "2026-11-09"}))
    assert list(problems) == ["verification.rectification_notice.deadline"]


def test_a_religion_approval_is_judged_like_any_industry_and_a_blocked_call_is_not_unreachable(engine):
    document = apply_changes(base_document("ZJ"), {
        "verification.calls": [{"phone": base_document("ZJ")["entity"]["principal"]["mobile"], "result": "blocked",
                                "on": "2026-11-20"}],
        "websites[0].pre_approvals": [{"industry": "religion", "number": "浙（2025）宗网许字第0001号",
                                       "valid_until": "2020-01-01"}],
    })
    report = beianrules.check(document, engine=engine)
    assert "PREAPPROVAL_EXPIRED_OR_UNCLEAR" in report.codes  # religion is an industry under 1.1 (group J)
    assert "CONTACT_PHONE_UNREACHABLE" not in report.codes


def test_every_1_1_attachment_type_is_accepted():
    from beianrules.model import ENTITY_ATTACHMENTS, PERSON_ATTACHMENTS, AttachmentType11
    attachments = [{"type": token, "file": f"{token}.jpg",
                    "for": "entity" if token in ENTITY_ATTACHMENTS
                    else "entity.principal" if token in PERSON_ATTACHMENTS else "websites[0]"}
                   for token in typing.get_args(AttachmentType11)]
    filing = structure_filing(changed({"attachments": attachments}))
    assert [a.type for a in filing.attachments] == list(typing.get_args(AttachmentType11))
