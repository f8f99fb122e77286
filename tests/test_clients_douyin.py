"""Douyin submit_record_info → FORMAT 1.1 (CLIENTS.md §5; issue 10)."""

import pytest
from clients_support import (
    AS_OF,
    DOUYIN_FACE,
    MINIMAL_DOUYIN_FACTS,
    adapt_douyin,
    assert_round_trip,
    changed,
    douyin_facts,
    load,
    normal,
    tables,
)

import beianrules
from beianrules.clients import douyin


def _paths(err):
    return {i.path for i in err.value.issues}


def test_the_worked_request_maps_to_the_documented_document():
    adapted = adapt_douyin(face_check=DOUYIN_FACE)
    assert normal(adapted.document) == normal(load("douyin", "expected"))


def test_the_worked_request_checks_clean_through_the_api(engine):
    report = douyin.check(load("douyin", "request"), code_tables=tables("douyin"), facts=douyin_facts(), as_of=AS_OF,
                          face_check=DOUYIN_FACE, engine=engine)
    assert report.ok and report.reasons == ()
    assert report.to_dict() == beianrules.check(load("douyin", "expected"), engine=engine).to_dict()


def test_paths_translate_back_to_douyin_fields():
    adapted = adapt_douyin(face_check=DOUYIN_FACE)
    assert adapted.translate("entity.principal.emergency_phone") == "corp_info.incharge_people_emergency_phone"
    assert adapted.translate("entity.principal.id_document.valid_until") == \
        "corp_info.incharge_people_credentials_valid_end_time"
    assert adapted.translate("entity.region.district") == "corp_info.region_code"
    assert adapted.translate("apps[0].principal.mobile") == "app_info.incharge_people_phone"
    assert adapted.translate("apps[0].principal.name") == "apps[0].principal.name"  # the caller's fact
    assert adapted.translate("apps[0].pre_approvals[0].attachment") == \
        "app_info.pre_approval_list[0].pre_approval_files[0]"
    assert adapted.translate("attachments[0]") == "corp_info.credentials_pic"
    assert adapted.translate("verification.identity_checks[0]") == "app_info.facial_recognition_token"
    assert adapted.translate("apps[0].content_categories[0]") == "app_info.service_content_type_list[0]"


def test_emergency_equal_to_mobile_is_reported_at_the_douyin_fields(engine):
    request = load("douyin", "request")
    request = changed(request, "corp_info.incharge_people_emergency_phone",
                      request["corp_info"]["incharge_people_phone"])
    report = douyin.check(request, code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS, as_of=AS_OF,
                          engine=engine)
    assert ("CONTACT_EMERGENCY_EQUALS_PRIMARY", ("corp_info.incharge_people_emergency_phone",
                                                 "corp_info.incharge_people_phone")) in {
        (r.code, r.paths) for r in report.reasons}


# -- date forms (§2.6) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("has_end", "start", "end", "valid_from", "valid_until"), [
    (True, 1704038400, 2240582400, "2024-01-01", "2041-01-01"),  # UTC would give 2023-12-31
    (False, 1609430400, None, "2021-01-01", "long_term"),
    (None, 1609430400, 2240582400, "2021-01-01", "2041-01-01"),
    (None, None, None, None, None)])
def test_unix_seconds_in_china_time_and_has_end_time(has_end, start, end, valid_from, valid_until):
    request = load("douyin", "request")
    corp = request["corp_info"]
    for key, value in (("incharge_people_credentials_has_end_time", has_end),
                       ("incharge_people_credentials_valid_start_time", start),
                       ("incharge_people_credentials_valid_end_time", end)):
        corp.pop(key, None)
        if value is not None:
            corp[key] = value
    document = douyin.to_document(request, code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS)
    id_document = document["entity"]["principal"]["id_document"]
    assert id_document.get("valid_from") == valid_from and id_document.get("valid_until") == valid_until


def test_an_end_time_sent_with_has_end_time_false_is_dropped_and_kept():
    request = changed(load("douyin", "request"), "corp_info.incharge_people_credentials_has_end_time", False)
    document = douyin.to_document(request, code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS)
    assert document["entity"]["principal"]["id_document"]["valid_until"] == "long_term"
    assert document["extensions"]["douyin"]["incharge_people_credentials_valid_end_time"] == 2240582400


@pytest.mark.parametrize(("changes", "where"), [
    ({"corp_info.incharge_people_credentials_valid_end_time": None},
     "corp_info.incharge_people_credentials_valid_end_time"),
    ({"corp_info.incharge_people_credentials_valid_start_time": "1609430400"},
     "corp_info.incharge_people_credentials_valid_start_time"),
    ({"corp_info.city_code": "120100", "corp_info.city_name": "市辖区"}, "corp_info.city_code"),
    ({"corp_info.province_name": "四川"}, "corp_info.province_name"),
    ({"corp_info.region_code": "510104"}, "corp_info.region_name"),
    ({"corp_info.province_code": "710000"}, "corp_info.province_code"),
    ({"app_info.involve_pre_approval": False}, "app_info.involve_pre_approval"),
    ({"app_info.pre_approval_list": []}, "app_info.pre_approval_list"),
    ({"app_info.pre_approval_list": [{"pre_approval_item_id": 12}, {"pre_approval_item_id": 3}]},
     "app_info.pre_approval_list[0]"),
    ({"corp_info.corp_type": 20}, "corp_info.corp_type"),  # 社会组织: no FORMAT type by name
    ({"corp_info.corp_type": 42}, "corp_info.corp_type"),
    ({"corp_info.credentials_type": 2}, "corp_info.credentials_type"),  # not listed for corp type 4
    ({"corp_info.incharge_people_credentials_type": 99}, "corp_info.incharge_people_credentials_type"),
    ({"app_info.service_content_type_list": [1207, 9999]}, "app_info.service_content_type_list[1]"),
    ({"app_info.pre_approval_list": [{"pre_approval_item_id": 13}]},
     "app_info.pre_approval_list[0].pre_approval_item_id"),
    ({"corp_info.credentials_pic": "tos-cn-i-0813/x"}, "corp_info.credentials_pic"),
    ({"app_info.unknown": 1}, "app_info.unknown"),
])
def test_malformed_requests_contradictions_and_unknown_ids(changes, where):
    request = load("douyin", "request")
    for path, value in changes.items():
        request = changed(request, path, value)
    with pytest.raises(beianrules.InputError) as err:
        douyin.adapt(request, code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS)
    assert where in _paths(err), _paths(err)


def test_involve_pre_approval_false_gives_an_empty_list():
    request = changed(load("douyin", "request"), "app_info.involve_pre_approval", False)
    request = changed(request, "app_info.pre_approval_list", [])
    document = douyin.to_document(request, code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS)
    assert document["apps"][0]["pre_approvals"] == []


def test_every_mapped_field():
    request = load("douyin", "request")
    request["corp_info"].update({"remark": "主体备注", "corp_other_materials": [{"path": "p-corp-other"}]})
    request["app_info"].update({"app_other_materials": [{"path": "p-app-other"}],
                                "service_content_type_list": [1207, 1208, 1301, 1302, 1401]})
    request["app_info"]["pre_approval_list"][0]["pre_approval_files"].append({"path": "p-second"})
    document = douyin.to_document(request, code_tables=tables("douyin"), facts=douyin_facts(), as_of=AS_OF,
                                  face_check={"result": "face_failed", "on": "2026-11-27"})
    assert document["entity"]["remark"] == "主体备注"
    assert document["apps"][0]["content_categories"] == ["culture", "culture", "other", "ecommerce", "news"]
    files = {(a["type"], a["file"], a.get("for")) for a in document["attachments"]}
    assert {("other", "p-corp-other", "entity"), ("other", "p-app-other", "apps[0]"),
            ("pre_approval_document", "p-second", "apps[0]")} <= files
    assert document["verification"]["identity_checks"][0]["result"] == "face_failed"
    assert document["extensions"]["douyin"]["app_language"] == [1]


def test_without_the_app_principal_s_name_his_data_goes_to_extensions(engine):
    adapted = douyin.adapt(load("douyin", "request"), code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS,
                           face_check=DOUYIN_FACE, as_of=AS_OF)
    document = adapted.document
    assert "principal" not in document["apps"][0]
    assert all(a.get("for") != "apps[0].principal" for a in document["attachments"])
    kept = document["extensions"]["douyin"]
    assert kept["app_incharge_people"]["mobile"] == "13908176543"
    assert kept["app_authority_letter"] == ["tos-cn-i-0813/5b6c7d8e9f0a4b1c3d4e5f6071829304"]
    assert kept["face_check"] == {"result": "matched", "on": "2026-11-27"}
    adapted.check(engine=engine)  # a valid document: no path names a principal it lacks


def test_a_bad_face_check_result():
    with pytest.raises(beianrules.InputError) as err:
        douyin.adapt(load("douyin", "request"), code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS,
                     face_check={"result": "success"})
    assert _paths(err) == {"face_check"}


MUTATIONS = [
    {},
    {"corp_info.incharge_people_emergency_phone": "13880765432"},
    {"corp_info.incharge_people_credentials_valid_end_time": 1798732800},  # 2027-01-01: within three months
    {"corp_info.credentials_number": "91510107MA6CR8TK3A"},
    {"app_info.incharge_people_phone": "13880765432", "app_info.incharge_people_email": "zhouyu@rongjin-media.cn"},
    {"app_info.remark": "短"},
    {"app_info.pre_approval_list": [{"pre_approval_item_id": 3}]},
    {"corp_info.communication_address": "江苏省南京市玄武区示例路1号"},
]


@pytest.mark.parametrize("changes", MUTATIONS, ids=[",".join(m) or "as-is" for m in MUTATIONS])
def test_every_report_path_maps_to_a_request_field_or_a_fact(changes, engine):
    request = load("douyin", "request")
    for path, value in changes.items():
        request = changed(request, path, value)
    facts = douyin_facts()
    adapted = douyin.adapt(request, code_tables=tables("douyin"), facts=facts, as_of=AS_OF, face_check=DOUYIN_FACE)
    assert_round_trip(adapted, request, facts, engine=engine)
