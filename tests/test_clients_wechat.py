"""WeChat applyIcpFiling → FORMAT 1.1 (CLIENTS.md §3, §4; issue 10)."""

import copy
import json

import pytest
from clients_support import (
    AS_OF,
    MINIMAL_WECHAT_FACTS,
    WECHAT_FACTS,
    WECHAT_TASKS,
    adapt_wechat,
    assert_round_trip,
    changed,
    load,
    normal,
    tables,
)

import beianrules
from beianrules.clients import Reading, wechat


def _issues(err):
    return {(i.path, i.problem) for i in err.value.issues}


def _paths(err):
    return {i.path for i in err.value.issues}


# -- the worked example ---------------------------------------------------------------------------------------------

def test_the_worked_request_maps_to_the_documented_document():
    adapted = adapt_wechat(verify_tasks=WECHAT_TASKS)
    assert normal(adapted.document) == normal(load("wechat", "expected"))
    assert adapted.document["apps"][0]["pre_approvals"] == []  # 以上都不涉及: a statement, not "not given"


def test_the_worked_request_checks_clean_through_the_api(engine):
    report = wechat.check(load("wechat", "request"), code_tables=tables("wechat"), facts=WECHAT_FACTS, as_of=AS_OF,
                          verify_tasks=WECHAT_TASKS, engine=engine)
    assert report.ok and report.reasons == ()
    assert report.to_dict() == beianrules.check(load("wechat", "expected"), engine=engine).to_dict()


def test_request_as_json_text_and_to_document():
    text = json.dumps(load("wechat", "request"), ensure_ascii=False)
    document = wechat.to_document(text, code_tables=tables("wechat"), facts=WECHAT_FACTS, as_of=AS_OF,
                                  verify_tasks=WECHAT_TASKS)
    assert normal(document) == normal(load("wechat", "expected"))


# -- Done when: reasons at the request's own fields --------------------------------------------------------------

def test_principal_mobile_equal_to_the_emergency_number_is_reported_at_emergency_contact(engine):
    request = load("wechat", "request")
    request = changed(request, "icp_subject.principal_info.emergency_contact",
                      request["icp_subject"]["principal_info"]["mobile"])
    report = wechat.check(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF,
                          engine=engine)
    found = {(r.code, r.paths) for r in report.reasons}
    assert ("CONTACT_EMERGENCY_EQUALS_PRIMARY", ("icp_subject.principal_info.emergency_contact",
                                                 "icp_subject.principal_info.mobile")) in found
    assert not report.ok


@pytest.mark.parametrize("end", ["20270115", "20261201"])
def test_an_id_expiring_within_three_months_is_reported_at_the_end_date(engine, end):
    request = changed(load("wechat", "request"), "icp_subject.principal_info.certificate_validity_date_end", end)
    report = wechat.check(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF,
                          engine=engine)
    assert ("ID_VALIDITY_UNDER_3_MONTHS", ("icp_subject.principal_info.certificate_validity_date_end",)) in {
        (r.code, r.paths) for r in report.reasons}


def test_the_applet_principal_is_reported_at_icp_applets(engine):
    request = load("wechat", "request")
    request = changed(request, "icp_applets.principal_info.emergency_contact",
                      request["icp_applets"]["principal_info"]["mobile"])
    report = wechat.check(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF,
                          engine=engine)
    assert any(r.paths == ("icp_applets.principal_info.emergency_contact", "icp_applets.principal_info.mobile")
               for r in report.reasons)


# -- every mapped field ------------------------------------------------------------------------------------------

def _full_request():
    """The worked request with every optional field of §3.1 filled in."""
    request = load("wechat", "request")
    subject = request["icp_subject"]
    subject["base_info"]["comment"] = "主体备注"
    subject["base_info"]["record_number"] = "浙ICP备2024012345号"
    subject["personal_info"] = {"residence_permit": "media-residence"}
    subject["principal_info"]["authorization_letter"] = "media-subject-letter"
    subject["principal_info"]["verify_task_id"] = "TASK-SUBJECT"
    subject["legal_person_info"] = {"name": "王立新", "certificate_number": "330106197001011234"}
    applet = request["icp_applets"]["base_info"]
    applet.update({"appid": "wx3f7a9c21b8e04d65", "name": "青藤生活缴费助手", "record_number": "浙ICP备2024012345号-1X",
                   "service_content_types": [1, 3, 4, 601, 702],
                   "nrlx_details": [{"type": 9, "code": "浙网文〔2024〕0001-001号", "media": "media-culture"},
                                    {"type": 14, "code": "浙教培001", "media": "media-training"}]})
    request["icp_materials"] = {key: [f"media-{key}"] for key in (
        "commitment_letter", "business_name_change_letter", "party_building_confirmation_letter", "promise_video",
        "authenticity_responsibility_letter", "authenticity_commitment_letter", "website_construction_proposal",
        "subject_other_materials", "applets_other_materials", "holding_certificate_photo")}
    return request


def test_every_mapped_field():
    request = _full_request()
    adapted = wechat.adapt(request, code_tables=tables("wechat"),
                           facts={"order.type": "new_app", "order.status": "draft"}, as_of=AS_OF,
                           verify_tasks={"TASK-SUBJECT": Reading({"is_finish": False, "face_status": 1}, "2026-11-26"),
                                         **WECHAT_TASKS})
    d = adapted.document
    assert d["entity"]["remark"] == "主体备注" and d["entity"]["filing_number"] == "浙ICP备2024012345号"
    assert d["entity"]["legal_representative"] == {"name": "王立新", "id_number": "330106197001011234"}
    app = d["apps"][0]
    assert (app["app_id"], app["name"], app["filing_number"]) == (
        "wx3f7a9c21b8e04d65", "青藤生活缴费助手", "浙ICP备2024012345号-1X")
    # 生活缴费 → other, 综合商城 → ecommerce, 社区论坛 → forum, 非遗传承 under 文化 → culture, 效率工具 → tools
    assert app["content_categories"] == ["other", "ecommerce", "forum", "culture", "tools"]
    assert app["pre_approvals"] == [
        {"industry": "culture", "number": "浙网文〔2024〕0001-001号", "attachment": "media-culture"},
        {"industry": "education", "number": "浙教培001", "attachment": "media-training"}]
    kinds = {(a["type"], a["file"], a.get("for")) for a in d["attachments"]}
    assert {
        ("address_proof", "media-residence", "entity.principal"),
        ("authorization_letter", "media-subject-letter", "entity.principal"),
        ("service_commitment_letter", "media-commitment_letter", None),
        ("name_change_certificate", "media-business_name_change_letter", "entity"),
        ("party_building_confirmation", "media-party_building_confirmation_letter", None),
        ("promise_video", "media-promise_video", None),
        ("authenticity_responsibility_notice", "media-authenticity_responsibility_letter", None),
        ("authenticity_commitment", "media-authenticity_commitment_letter", None),
        ("site_construction_plan", "media-website_construction_proposal", "apps[0]"),
        ("other", "media-subject_other_materials", "entity"),
        ("other", "media-applets_other_materials", "apps[0]"),
        ("holding_id_photo", "media-holding_certificate_photo", None),
    } <= kinds
    assert d["verification"]["identity_checks"] == [
        {"person": "entity.principal", "result": "pending", "on": "2026-11-26"},
        {"person": "apps[0].principal", "result": "matched", "on": "2026-11-27"}]
    assert d["extensions"]["wechat"]["subject_verify_task_id"] == "TASK-SUBJECT"
    assert [n["name"] for n in d["extensions"]["wechat"]["nrlx_details"]] == ["文化", "校外培训"]
    assert adapted.translate("attachments[0]") == "icp_subject.personal_info.residence_permit"
    assert adapted.translate("apps[0].content_categories[3]") == "icp_applets.base_info.service_content_types[3]"
    assert adapted.translate("apps[0].pre_approvals[1].number") == "icp_applets.base_info.nrlx_details[1].code"
    assert adapted.translate("entity.legal_representative.id_number") == \
        "icp_subject.legal_person_info.certificate_number"
    assert adapted.translate("verification.identity_checks[0]") == "icp_subject.principal_info.verify_task_id"
    assert adapted.translate("order.type") == "order.type"  # a caller fact keeps its FORMAT path
    assert adapted.origin("order.type").kind == "fact"


def test_residence_permit_when_the_caller_says_so():
    request = changed(load("wechat", "request"), "icp_subject.personal_info", {"residence_permit": "m1"})
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS,
                                  residence_proof="residence_permit")
    assert {"type": "residence_permit", "file": "m1", "for": "entity.principal"} in document["attachments"]


def test_the_legal_representative_is_the_principal_without_legal_person_info():
    adapted = adapt_wechat()
    assert adapted.document["entity"]["legal_representative"]["name"] == "陈建华"
    assert adapted.translate("entity.legal_representative") == "icp_subject.principal_info"


def test_an_individual_has_no_copied_legal_representative_and_a_person_certificate():
    request = load("wechat", "request")
    request["icp_subject"]["base_info"].update({"type": 5, "name": "陈建华"})
    request["icp_subject"]["organize_info"] = {"certificate_type": 2, "certificate_number": "330106198406120034",
                                               "certificate_address": "浙江省杭州市西湖区文三路1号"}
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF)
    assert document["entity"]["type"] == "individual"
    assert document["entity"]["certificate"]["type"] == "resident_id"
    assert "legal_representative" not in document["entity"]


@pytest.mark.parametrize(("subject", "token"), [(1, "other_organization"), (2, "government"), (3, "public_institution"),
                                                (6, "social_group"), (9, "law_firm")])
def test_subject_types_by_name(subject, token):
    request = changed(load("wechat", "request"), "icp_subject.base_info.type", subject)
    request = changed(request, "icp_subject.organize_info", None)
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    assert document["entity"]["type"] == token
    if token == "other_organization":  # the source name is kept
        assert document["extensions"]["wechat"]["source_names"] == [
            {"field": "icp_subject.base_info.type", "id": 1, "name": "国防机构"}]


@pytest.mark.parametrize(("cert", "number", "token", "nationality"), [
    (2, "330106198406120034", "resident_id", "CN"), (16, "330106198406120034", "temporary_resident_id", "CN"),
    (6, "01234567", "taiwan_permit", "TW"), (7, "H01234567", "hk_macao_permit", "HK"),
    (7, "M01234567", "hk_macao_permit", "MO"), (7, "01234567", "hk_macao_permit", None),
    (14, "810000199001011234", "residence_permit", "HK"), (15, "830000199001011234", "residence_permit", "TW"),
    (8, "E12345678", "passport", None), (11, "USA330000000000", "foreign_permanent_residence", None)])
def test_person_id_types_and_the_nationality_they_admit(cert, number, token, nationality):
    request = load("wechat", "request")
    request["icp_applets"]["principal_info"].update({"certificate_type": cert, "certificate_number": number})
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF)
    principal = document["apps"][0]["principal"]
    assert principal["id_document"]["type"] == token
    assert principal.get("nationality") == nationality


def test_the_nationality_the_request_cannot_say_comes_from_a_fact():
    request = load("wechat", "request")
    request["icp_applets"]["principal_info"].update({"certificate_type": 8, "certificate_number": "E12345678"})
    document = wechat.to_document(request, code_tables=tables("wechat"),
                                  facts={**MINIMAL_WECHAT_FACTS, "apps[0].principal.nationality": "SG"})
    assert document["apps"][0]["principal"]["nationality"] == "SG"


# -- date forms --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "end", "valid_from", "valid_until"), [
    ("20160315", "20360315", "2016-03-15", "2036-03-15"),
    ("20160315", "长期", "2016-03-15", "long_term"),
    ("20240229", "", "2024-02-29", None),
    ("", "20360315", None, "2036-03-15")])
def test_wechat_date_forms(start, end, valid_from, valid_until):
    request = load("wechat", "request")
    request["icp_subject"]["principal_info"].update(
        {"certificate_validity_date_start": start, "certificate_validity_date_end": end})
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    id_document = document["entity"]["principal"]["id_document"]
    assert id_document.get("valid_from") == valid_from and id_document.get("valid_until") == valid_until


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("certificate_validity_date_start", "长期", "only allowed as an end date"),
    ("certificate_validity_date_start", "2016-03-15", "YYYYmmdd"),
    ("certificate_validity_date_end", "20230230", "not a real calendar date"),
    ("certificate_validity_date_end", 20360315, "expected text")])
def test_bad_dates_are_input_errors_at_the_request_path(field, value, problem):
    request = changed(load("wechat", "request"), f"icp_subject.principal_info.{field}", value)
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    [(path, text)] = _issues(err)
    assert path == f"icp_subject.principal_info.{field}" and problem in text


# -- empty is "not given"; nothing invented ----------------------------------------------------------------------

def test_empty_strings_and_lists_are_not_given():
    request = load("wechat", "request")
    request["icp_subject"]["principal_info"].update({"email": "", "emergency_contact": ""})
    request["icp_applets"]["base_info"].update({"service_content_types": [], "nrlx_details": [], "comment": ""})
    request["icp_materials"] = {"applets_other_materials": [], "commitment_letter": [""]}
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    principal = document["entity"]["principal"]
    assert "email" not in principal and "emergency_phone" not in principal
    app = document["apps"][0]
    assert not {"content_categories", "pre_approvals", "remark"} & set(app)
    assert all(a["type"] != "other" and a["type"] != "service_commitment_letter" for a in document["attachments"])
    assert "remark" not in document["entity"]  # comment "" in the worked request


def test_nothing_is_defaulted_order_type_status_and_app_name_must_be_given():
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"))
    assert _paths(err) == {"fact:order.type", "fact:order.status", "fact:apps[0].name"}


def test_the_app_name_may_come_from_the_request():
    request = changed(load("wechat", "request"), "icp_applets.base_info.name", "青藤缴费")
    adapted = wechat.adapt(request, code_tables=tables("wechat"), facts={"order.type": "new_filing",
                                                                        "order.status": "draft"})
    assert adapted.document["apps"][0]["name"] == "青藤缴费"
    assert adapted.translate("apps[0].name") == "icp_applets.base_info.name"


def test_a_fact_may_not_replace_what_the_request_says():
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"),
                     facts={**MINIMAL_WECHAT_FACTS, "entity.principal.mobile": "13900000000"})
    [(path, problem)] = _issues(err)
    assert path == "fact:entity.principal.mobile" and "icp_subject.principal_info.mobile" in problem
    # the same value is no contradiction
    wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"),
                 facts={**MINIMAL_WECHAT_FACTS, "entity.principal.mobile": "13588006621"})


def test_facts_add_what_wechat_never_sends(engine):
    facts = {**MINIMAL_WECHAT_FACTS, "entity.principal.id_document.address": "浙江省杭州市西湖区文三路1号",
             "attachments[6].size_bytes": 123456, "apps[0].domains": ["api.qingteng-tech.cn"]}
    adapted = wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"), facts=facts, as_of=AS_OF)
    assert adapted.document["attachments"][6]["size_bytes"] == 123456
    assert adapted.translate("attachments[6].size_bytes") == "attachments[6].size_bytes"
    assert adapted.translate("attachments[6]") == "icp_materials.applets_other_materials[0]"
    assert adapted.check(engine=engine).ok


# -- malformed requests and code tables --------------------------------------------------------------------------

def test_a_malformed_request_lists_every_problem_at_its_request_path():
    request = load("wechat", "request")
    request["icp_subject"]["principal_info"]["mobile"] = 13588006621
    request["icp_subject"]["base_info"]["typo"] = 1
    request["icp_applets"]["base_info"]["service_content_types"] = ["1"]
    request["icp_subject"]["base_info"]["type"] = True
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    assert _paths(err) == {"icp_subject.principal_info.mobile", "icp_subject.base_info.typo",
                           "icp_applets.base_info.service_content_types[0]", "icp_subject.base_info.type"}


@pytest.mark.parametrize("text", ["not json", "[]", "{\"icp_subject\": []}"])
def test_a_request_that_is_not_an_object(text):
    with pytest.raises(beianrules.InputError):
        wechat.adapt(text, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)


@pytest.mark.parametrize(("path", "value", "where", "words"), [
    ("icp_subject.base_info.type", 99, "icp_subject.base_info.type", "99"),
    ("icp_subject.organize_info.certificate_type", 99, "icp_subject.organize_info.certificate_type", "99"),
    ("icp_subject.principal_info.certificate_type", 1, "icp_subject.principal_info.certificate_type", "not a person"),
    ("icp_subject.principal_info.certificate_type", 30, "icp_subject.principal_info.certificate_type",
     "网络身份认证凭证"),
    ("icp_applets.base_info.service_content_types", [1, 77], "icp_applets.base_info.service_content_types[1]", "77"),
    ("icp_applets.base_info.nrlx_details", [{"type": 17}], "icp_applets.base_info.nrlx_details[0].type", "网络直播"),
    ("icp_subject.base_info.district", "330999", "icp_subject.base_info.district", "330999"),
])
def test_an_unknown_code_table_id_or_name_is_an_error_naming_field_and_id(path, value, where, words):
    request = changed(load("wechat", "request"), path, value)
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    assert any(p == where and words in problem for p, problem in _issues(err)), _issues(err)


def test_a_missing_list_response_is_named():
    partial = wechat.CodeTables({k: v for k, v in tables("wechat").responses.items()
                                 if k != "query_icp_nrlx_types"})
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=partial, facts=MINIMAL_WECHAT_FACTS)
    [(path, problem)] = _issues(err)
    assert path == "icp_applets.base_info.nrlx_details[0].type" and "query_icp_nrlx_types" in problem


def test_a_failed_list_call_is_refused():
    responses = dict(tables("wechat").responses)
    responses["query_icp_subject_types"] = {"errcode": 40001, "errmsg": "invalid credential"}
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=wechat.CodeTables(responses), facts=MINIMAL_WECHAT_FACTS)
    assert "query_icp_subject_types.errcode" in _paths(err)


@pytest.mark.parametrize(("changes", "where"), [
    ({"icp_subject.base_info.city": "320100"}, "icp_subject.base_info.city"),
    ({"icp_subject.base_info.district": "330203"}, "icp_subject.base_info.district"),
    ({"icp_subject.base_info.province": "810000"}, "icp_subject.base_info.province"),
    ({"icp_subject.base_info.province": "3300"}, "icp_subject.base_info.province"),
    ({"icp_subject.organize_info.certificate_type": 4}, "icp_subject.organize_info.certificate_type"),
    ({"icp_applets.base_info.nrlx_details": [{"type": 15}, {"type": 9, "code": "x", "media": "m"}]},
     "icp_applets.base_info.nrlx_details[0]"),
])
def test_contradictions_are_adapter_errors(changes, where):
    request = load("wechat", "request")
    for path, value in changes.items():
        request = changed(request, path, value)
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    assert where in _paths(err)


def test_a_library_input_error_is_reported_at_the_request_path():
    request = load("wechat", "request")
    request["icp_subject"]["principal_info"].update({"certificate_validity_date_start": "20400101"})
    with pytest.raises(beianrules.InputError) as err:
        wechat.check(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF)
    assert _paths(err) <= {"icp_subject.principal_info.certificate_validity_date_start",
                                        "icp_subject.principal_info.certificate_validity_date_end"}


# -- mailing address ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("region", "address", "expected"), [
    (("330000", "330100", "330106"), "文三路90号", "浙江省杭州市西湖区文三路90号"),
    (("330000", "330100", "330106"), "杭州市西湖区文三路90号", "杭州市西湖区文三路90号"),
    (("110000", "110100", "110101"), "东长安街1号", "北京市东城区东长安街1号"),
])
def test_the_mailing_address_gets_the_region_names_in_front(region, address, expected):
    request = load("wechat", "request")
    levels = dict(zip(("province", "city", "district"), region, strict=True))
    request["icp_subject"]["base_info"].update(levels, address=address)
    facts = MINIMAL_WECHAT_FACTS
    document = wechat.to_document(request, code_tables=tables("wechat"), facts=facts)
    assert document["entity"]["mailing_address"] == expected


# -- status codes (§4.1) and face checks (§4.2) ------------------------------------------------------------------

def _status(status, **info):
    return Reading({"errcode": 0, "info": {"status": status, **info}}, "2026-11-27")


@pytest.mark.parametrize(("status", "order_status"), sorted(wechat.ORDER_STATUS.items()))
def test_every_status_code(status, order_status):
    facts = {"order.type": "new_filing", "apps[0].name": "青藤生活缴费助手"}
    if status == 5:
        facts["order.submitted_to_authority_on"] = "2026-11-20"
    if status == 6:
        facts["entity.filing_number"] = "浙ICP备2024012345号"
    adapted = wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"), facts=facts, as_of=AS_OF,
                           entrance=_status(status))
    order = adapted.document["order"]
    assert order["status"] == order_status
    assert adapted.translate("order.status") == "getIcpEntranceInfo.info.status"
    assert order.get("submitted_to_provider_on") == ("2026-11-27" if status == 2 else None)
    assert order.get("submitted_to_authority_on") == {4: "2026-11-27", 5: "2026-11-20"}.get(status)


@pytest.mark.parametrize(("sms", "result"), [(1, "pending"), (2, "verified"), (3, "timeout")])
def test_sms_verify_status_with_status_4(sms, result):
    document = wechat.to_document(load("wechat", "request"), code_tables=tables("wechat"),
                                  facts={"order.type": "new_filing", "apps[0].name": "x"},
                                  entrance=_status(4, sms_verify_status=sms))
    assert document["verification"]["sms"] == [{"result": result, "on": "2026-11-27"}]


def test_audit_data_is_kept_beside_the_document_not_in_it():
    audit = [{"key_name": "主体负责人应急联系方式", "error": "与手机号相同", "suggest": "请填写其他联系人号码"}]
    adapted = wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"),
                           facts={"order.type": "new_filing", "apps[0].name": "x",
                                  "order.submitted_to_authority_on": "2026-11-20"},
                           entrance=_status(5, audit_data=audit, is_canceling=False))
    assert adapted.audit_data == tuple(audit)
    assert "audit_data" not in json.dumps(adapted.document)
    info = wechat.entrance_info({"info": {"status": 6, "is_canceling": True, "available": 1}})
    assert info["order_status"] == "approved" and info["is_canceling"] is True


@pytest.mark.parametrize(("entrance", "facts", "where"), [
    (_status(7), {}, "getIcpEntranceInfo.info.status"),
    (_status(5), {}, "fact:order.submitted_to_authority_on"),
    (_status(3), {"order.submitted_to_authority_on": "2026-11-20"}, "fact:order.submitted_to_authority_on"),
    (_status(2), {"order.status": "draft"}, "fact:order.status"),
    (_status(4, sms_verify_status=9), {}, "getIcpEntranceInfo.info.sms_verify_status"),
    (Reading({"errcode": 61007}, "2026-11-27"), {}, "getIcpEntranceInfo.errcode"),
])
def test_bad_or_contradicting_status(entrance, facts, where):
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"),
                     facts={"order.type": "new_filing", "apps[0].name": "x", **facts}, entrance=entrance)
    assert where in _paths(err)


@pytest.mark.parametrize(("finished", "face", "result"), [
    (True, 3, "matched"), (True, 2, "face_failed"), (True, 1, "pending"), (True, 0, "pending"),
    (False, 3, "pending")])
def test_verify_task_results(finished, face, result):
    document = wechat.to_document(load("wechat", "request"), code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS,
                                  verify_tasks={"R5PqRPNb6GmG3i0rqd4pTg": Reading(
                                      {"is_finish": finished, "face_status": face}, "2026-11-27")})
    assert document["verification"]["identity_checks"] == [
        {"person": "apps[0].principal", "result": result, "on": "2026-11-27"}]


def test_a_verify_task_the_request_does_not_carry_is_refused():
    with pytest.raises(beianrules.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS,
                     verify_tasks={"OTHER": Reading({"is_finish": True, "face_status": 3}, "2026-11-27")})
    assert _paths(err) == {"queryIcpVerifyTask[OTHER]"}


def test_icp_applets_as_the_one_element_list_of_get_online_icp_order():
    request = load("wechat", "request")
    request["icp_applets"] = [request["icp_applets"]]
    request = changed(request, "icp_applets", [dict(request["icp_applets"][0])])
    adapted = wechat.adapt(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS)
    assert adapted.translate("apps[0].principal.mobile") == "icp_applets[0].principal_info.mobile"


# -- the round trip ----------------------------------------------------------------------------------------------

MUTATIONS = [
    {},
    {"icp_subject.principal_info.emergency_contact": "13588006621"},
    {"icp_subject.principal_info.certificate_validity_date_end": "20261215"},
    {"icp_subject.principal_info.certificate_validity_date_end": "20251215",
     "icp_subject.principal_info.certificate_validity_date_start": "20151215"},
    {"icp_subject.principal_info.certificate_number": "330106198406120035"},
    {"icp_applets.principal_info.mobile": "13588006621",
     "icp_applets.principal_info.email": "chenjh@qingteng-tech.cn"},
    {"icp_applets.base_info.comment": "太短"},
    {"icp_subject.organize_info.certificate_number": "91330106MA2H4QX70A"},
    {"icp_applets.base_info.nrlx_details": [{"type": 1}]},
    {"icp_applets.base_info.service_content_types": [1, 1, 2, 2, 3, 3]},
    {"icp_subject.base_info.address": "江苏省南京市玄武区示例路1号"},
    {"icp_subject.legal_person_info": {"name": "王立新", "certificate_number": "330106197001011234"}},
    {"icp_subject.principal_info.email": "bad-email", "icp_subject.principal_info.mobile": "12345"},
]


@pytest.mark.parametrize("changes", MUTATIONS, ids=[",".join(m) or "as-is" for m in MUTATIONS])
def test_every_report_path_maps_to_a_request_field_or_a_fact(changes, engine):
    request = load("wechat", "request")
    for path, value in changes.items():
        request = changed(request, path, value)
    facts = {**MINIMAL_WECHAT_FACTS, "order.commercial": True}
    adapted = wechat.adapt(request, code_tables=tables("wechat"), facts=facts, as_of=AS_OF)
    assert_round_trip(adapted, request, facts, engine=engine)


def test_the_round_trip_sees_reasons_at_all():
    """The mutations above must exercise the property: most of them produce reasons."""
    with_reasons = 0
    for changes in MUTATIONS:
        request = copy.deepcopy(load("wechat", "request"))
        for path, value in changes.items():
            request = changed(request, path, value)
        report = wechat.check(request, code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS, as_of=AS_OF,
                              engine="python")
        with_reasons += bool(report.reasons)
    assert with_reasons >= len(MUTATIONS) // 2
