"""Fact builders of the format-1.1 registration rows (beianrules.facts.registration, and the 1.1 parts of
beianrules.facts.identity_checks and beianrules.facts.entity), at their boundaries."""

import datetime

import pytest

from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.registration import region_prefecture, registry_key
from beianrules.model import Region
from beianrules.registry import Registry

AS_OF = datetime.date(2026, 11, 28)
SNAPSHOT = {"retrieved_on": "2026-11-27"}


def facts_of(kind, *, province="ZJ", registry=None, **changes):
    document = apply_changes(base_document(province), changes)
    filing = structure_filing(document)
    index = None if registry is None else Registry.from_documents(registry)
    return [f for f in build_facts(filing, as_of=AS_OF, registry=index) if f["kind"] == kind]


def snapshot(**fields):
    return {"entity.business_registration": {**SNAPSHOT, **fields}}


# --- the registry key ---------------------------------------------------------------------------------

def test_registry_key_unifies_brackets_spaces_and_hyphens_but_keeps_bracketed_text():
    assert registry_key("杭州示例科技（浙江） 有限公司") == registry_key("杭州示例科技(浙江)有限公司")
    assert registry_key("示例路1－2号") == registry_key("示例路1-2号")
    assert registry_key("示例路1号（示例大厦）") != registry_key("示例路1号")
    assert registry_key("   ") is None
    assert registry_key(None) is None


# --- ENTITY_STATUS_ABNORMAL ---------------------------------------------------------------------------

def test_abnormal_status_and_list_one_fact_each():
    found = facts_of("registration_abnormal", **snapshot(status="revoked", on_abnormal_list=True))
    assert [(f["path"], f["problem"]) for f in found] == [
        ("entity.business_registration.status", "status"),
        ("entity.business_registration.on_abnormal_list", "abnormal_list")]
    assert found[0]["status"] == "revoked" and found[0]["retrieved_on"] == "2026-11-27"


@pytest.mark.parametrize("fields", [{}, {"status": "active"}, {"on_abnormal_list": False}])
def test_normal_or_unknown_standing_gives_no_fact(fields):
    assert facts_of("registration_abnormal", **snapshot(**fields)) == []


def test_no_snapshot_no_registration_facts():
    for kind in ("registration_abnormal", "registered_name", "registered_address", "individual_business_form"):
        assert facts_of(kind) == []


# --- names and addresses ------------------------------------------------------------------------------

def test_registered_name_case():
    (same,) = facts_of("registered_name", **snapshot(name="杭州示例科技有限公司"))
    assert same["differs"] is False
    (renamed,) = facts_of("registered_name", **snapshot(name="杭州示例数字科技有限公司",
                                                          former_names=["杭州示例科技 有限公司"]))
    assert renamed["differs"] is True and renamed["case"] == "renamed"
    (other,) = facts_of("registered_name", **snapshot(name="杭州示例数字科技有限公司"))
    assert other["case"] == "differs"


def test_individuals_names_and_addresses_are_not_compared():
    individual = {"entity.type": "individual", "entity.legal_representative": None}
    assert facts_of("registered_name", **individual, **snapshot(name="某某")) == []
    assert facts_of("registered_address", **individual, **snapshot(address="某地")) == []


def test_registered_address_needs_both_sides():
    assert facts_of("registered_address", **snapshot(name="x")) == []
    (fact,) = facts_of("registered_address", **snapshot(address="浙江省杭州市西湖区示例路１号"))
    assert fact["differs"] is False


# --- the licence number (identity_checks) --------------------------------------------------------------

def test_licence_number_against_the_snapshot():
    own = base_document("ZJ")["entity"]["certificate"]["number"]
    (plain,) = facts_of("licence_number")
    assert plain["latest_licence_required"] is False and "problem" not in plain
    (differs,) = facts_of("licence_number", **snapshot(uscc="91330106MA2YD5E6F8"))
    assert differs["problem"] == "registry_differs"
    assert differs["registry_path"] == "entity.business_registration.uscc"
    (same,) = facts_of("licence_number", **snapshot(uscc=own))
    assert "problem" not in same and "registry_path" not in same


@pytest.mark.parametrize(("province", "order_type", "required"), [
    ("HA", "new_filing", True), ("HA", "new_access", True), ("SC", "change", True), ("SC", "new_website", False),
    ("ZJ", "new_filing", False),
])
def test_latest_licence_required_by_province_and_order_type(province, order_type, required):
    own = base_document(province)["entity"]["certificate"]["number"]
    (fact,) = facts_of("licence_number", province=province, **{"order.type": order_type,
                                                                "entity.certificate.number": "123456000012345"},
                       **snapshot(uscc=own))
    assert fact["latest_licence_required"] is required
    assert fact["problem"] == "not_uscc"


# --- the region -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("region", "expected"), [
    (Region(city="330100"), "330100"),
    (Region(district="330106"), "330100"),
    (Region(city="110100", district="110105"), "110000"),
    (Region(city="419000"), None),
    (Region(city="419000", district="419001"), "419001"),
    (Region(province="330000"), None),
    (None, None),
])
def test_region_prefecture(region, expected):
    assert region_prefecture(region) == expected


def test_region_mismatch_levels():
    west_lake = {"province": "330000", "city": "330100", "district": "330106"}
    assert facts_of("region_mismatch", **{"entity.region": west_lake}) == []
    (district,) = facts_of("region_mismatch", **{"entity.region": {**west_lake, "district": "330102"}})
    assert (district["level"], district["named"], district["selected"]) == ("district", "西湖区", "上城区")
    (city,) = facts_of("region_mismatch", **{"entity.region": {"city": "330200", "district": "330203"}})
    assert (city["level"], city["region_path"]) == ("city", "entity.region.city")
    (province,) = facts_of("region_mismatch", **{"entity.mailing_address": "江苏省南京市玄武区示例路1号",
                                                  "entity.region": {"district": "330106"}})
    assert (province["level"], province["region_path"]) == ("province", "entity.region.district")


def test_region_mismatch_is_silent_where_the_address_names_nothing():
    region = {"entity.region": {"city": "330100", "district": "330102"}}
    assert facts_of("region_mismatch", **{"entity.mailing_address": "浙江省杭州市文三路5号"}, **region) == []
    assert facts_of("region_mismatch", **{"entity.mailing_address": "西湖区文三路5号"}, **region) == []


def test_cross_city_falls_back_on_the_region_city():
    (places,) = facts_of("address_places", province="HE", **{"entity.mailing_address": "竞秀区示例路1号",
                                                              "entity.region": {"city": "130600"}})
    assert places["prefecture_differs"] is True and places["region_path"] == "entity.region.city"
    (text,) = facts_of("address_places", province="HE", **{"entity.mailing_address": "河北省石家庄市桥西区示例路1号",
                                                            "entity.region": {"city": "130600"}})
    assert text["prefecture_differs"] is False and "region_path" not in text


# --- 个体工商户 -------------------------------------------------------------------------------------------

def test_individual_business_clauses_follow_the_province():
    trader = snapshot(kind="individual_business", has_trade_name=False, legal_representative="王海燕")
    zj = {f["problem"] for f in facts_of("individual_business_form", **{"entity.has_seal": False}, **trader)}
    assert zj == {"operator_name", "seal"}
    he = {f["problem"] for f in facts_of("individual_business_form", province="HE", **trader)}
    assert he == {"personal", "remark"}
    words = facts_of("individual_business_form", province="HE", **{"entity.remark": "个体户"}, **trader)
    assert {f["problem"] for f in words} == {"personal", "remark_words"}
    assert facts_of("individual_business_form", province="JS", **trader) == []


# --- the name and the certificate number changed together (and ORDER_FIELD_NOT_EDITABLE's allowance) -----

def _filed(province, number):
    document = base_document(province)
    document["order"].update(status="approved", submitted_to_authority_on="2023-05-01", id="REG-1")
    document["entity"]["filing_number"] = number
    return document


def _change(province, number, **changes):
    own = base_document(province)["entity"]
    return {"order.type": "change", "entity.filing_number": number,
            "entity.name": own["name"].replace("科技", "数字科技"),
            "entity.certificate.number": own["certificate"]["number"][:8] + "MA1XC4D5XX", **changes}


def test_name_and_certificate_change_fact():
    number = "鲁ICP备2023000777号"
    (fact,) = facts_of("name_and_certificate_change", province="SD", registry=[_filed("SD", number)],
                       **_change("SD", number))
    assert fact["name_change_certificate"] is False and "former_name_listed" not in fact
    own_name = base_document("SD")["entity"]["name"]
    assert facts_of("name_and_certificate_change", province="SD", registry=[_filed("SD", number)],
                    **_change("SD", number, **{"entity.name": own_name})) == []
    assert facts_of("name_and_certificate_change", province="SD", **_change("SD", number)) == []


def test_change_allowed_is_always_known_for_the_certificate_number():
    number = "晋ICP备2023000777号"
    registry = [_filed("SX", number)]
    own_name = base_document("SX")["entity"]["name"]

    def allowed(**changes):
        facts = facts_of("filed_difference", province="SX", registry=registry, **_change("SX", number, **changes))
        (certificate,) = [f for f in facts if f["field"] == "certificate_number"]
        assert all("change_allowed" not in f for f in facts if f["field"] != "certificate_number")
        return certificate["change_allowed"]

    assert allowed() is False
    assert allowed(**snapshot(former_names=[own_name])) is True
    assert allowed(**snapshot(former_names=["别的名称有限公司"])) is False
