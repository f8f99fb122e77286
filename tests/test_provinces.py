"""Province modules: every bureau has PARAMETERS and RULES of the agreed shape."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from beianrules import provinces
from beianrules.provinces import (
    PROVINCE_CODES,
    UnknownProvinceError,
    all_parameters,
    parameters,
    province_module,
    province_rules,
)
from beianrules.provinces._base import LocalPhones, ProvinceParameters, SpecialDocument

# FORMAT.md, "Enumerations", attachments[].type
FORMAT_ATTACHMENT_TYPES = frozenset({
    "authorization_letter",
    "residence_permit",
    "address_proof",
    "authenticity_responsibility_notice",
    "authenticity_commitment",
    "service_commitment_letter",
    "authenticity_check_form",
    "pre_approval_document",
    "other",
})

# FORMAT.md, "Enumerations", entity.type
FORMAT_ENTITY_TYPES = frozenset({
    "enterprise", "public_institution", "government", "social_group",
    "private_non_enterprise", "foundation", "law_firm", "other_organization", "individual",
})

LEGAL_REP = {
    "required": set("TJ HE NM HL SH ZJ FJ JX SD HA HB HN GD GX CQ GZ YN XZ SN QH NX XJ".split()),
    "letter": set("JL AH SC GS LN JS HI".split()),
    "free": set("BJ SX".split()),
}

LOCAL_PHONES = {
    "HE": (frozenset({"HE", "BJ", "TJ"}), None),
    "SX": (frozenset({"SX"}), None),
    "HN": (frozenset({"HN"}), None),
    "GS": (frozenset({"GS"}), frozenset({"individual"})),
}

LOCAL_ID_ONLY = set("SX NM XJ QH NX GX GS XZ".split())

ALL_CODES = [
    "BJ", "TJ", "HE", "SX", "NM", "LN", "JL", "HL", "SH", "JS", "ZJ", "AH", "FJ", "JX", "SD", "HA",
    "HB", "HN", "GD", "GX", "HI", "CQ", "SC", "GZ", "YN", "XZ", "SN", "GS", "QH", "NX", "XJ",
]


def test_31_codes():
    assert list(PROVINCE_CODES) == ALL_CODES
    assert provinces.PROVINCE_CODES is PROVINCE_CODES


def test_sets_partition_the_provinces():
    union = set().union(*LEGAL_REP.values())
    assert union == set(ALL_CODES)
    assert sum(len(s) for s in LEGAL_REP.values()) == 31


@pytest.mark.parametrize("code", ALL_CODES)
def test_module_shape(code):
    module = importlib.import_module(f"beianrules.provinces.{code.lower()}")
    assert province_module(code) is module
    assert module.__doc__ and module.__doc__.strip()
    p = module.PARAMETERS
    assert isinstance(p, ProvinceParameters)
    assert p.code == code
    assert isinstance(module.RULES, tuple)
    assert province_rules(code) == module.RULES
    assert parameters(code) is p
    assert isinstance(p.conflicts, tuple)
    assert all(isinstance(c, str) and c.strip() for c in p.conflicts)


@pytest.mark.parametrize("code", ALL_CODES)
def test_sources_present_where_a_policy_is_set(code):
    p = parameters(code)
    assert p.legal_rep in ("required", "letter", "free")
    assert p.legal_rep_source, "legal_rep needs a source"
    assert all(isinstance(s, str) and s for s in p.legal_rep_source)
    assert p.out_of_province_id in ("proof_accepted", "residence_permit_only", "local_id_only", "unknown")
    if p.out_of_province_id == "unknown":
        assert p.out_of_province_id_source == ()
    else:
        assert p.out_of_province_id_source
    if p.local_phones is not None:
        assert isinstance(p.local_phones, LocalPhones)
        assert p.local_phones.source
    for doc in p.special_documents:
        assert doc.source


@pytest.mark.parametrize("code", ALL_CODES)
def test_legal_rep_policy(code):
    expected = next(policy for policy, codes in LEGAL_REP.items() if code in codes)
    assert parameters(code).legal_rep == expected


@pytest.mark.parametrize("code", ["BJ", "SX", "HI"])
def test_disputed_legal_rep_is_recorded(code):
    conflicts = " ".join(parameters(code).conflicts)
    assert "legal_rep" in conflicts


def test_tianjin_cross_province_conflict_recorded():
    p = parameters("TJ")
    assert p.out_of_province_id == "proof_accepted"
    assert any("out_of_province_id" in c for c in p.conflicts)


@pytest.mark.parametrize("code", ALL_CODES)
def test_local_phones(code):
    lp = parameters(code).local_phones
    if code not in LOCAL_PHONES:
        assert lp is None
        return
    accepted, entity_types = LOCAL_PHONES[code]
    assert lp.accepted == accepted
    assert lp.entity_types == entity_types
    assert set(lp.accepted) <= set(ALL_CODES)
    if lp.entity_types is not None:
        assert lp.entity_types <= FORMAT_ENTITY_TYPES


@pytest.mark.parametrize("code", ALL_CODES)
def test_out_of_province_id(code):
    policy = parameters(code).out_of_province_id
    if code in LOCAL_ID_ONLY:
        assert policy == "local_id_only"
    elif code == "JX":
        assert policy == "residence_permit_only"
    else:
        assert policy in ("proof_accepted", "unknown")


def test_henan_local_id_claim_is_3p_only():
    assert parameters("HA").out_of_province_id == "unknown"


@pytest.mark.parametrize("code", ["SH", "GD", "SD", "SC", "ZJ", "HB", "FJ", "SN", "TJ"])
def test_proof_accepted(code):
    assert parameters(code).out_of_province_id == "proof_accepted"


def test_guangdong_commitment_letter():
    (doc,) = parameters("GD").special_documents
    assert doc == SpecialDocument(
        attachment="service_commitment_letter",
        since=dt.date(2021, 6, 21),
        commercial=False,
        name_zh="互联网信息服务备案承诺书",
        name_en="Internet information service filing commitment letter",
        source=("SEED:L17", "HW-KB(doc_0046)", "HW-GD-P"),
    )


@pytest.mark.parametrize("code", [c for c in ALL_CODES if c not in ("GD", "JS")])
def test_no_other_special_documents(code):
    assert parameters(code).special_documents == ()


@pytest.mark.parametrize("code", ALL_CODES)
def test_special_document_attachments_are_format_types(code):
    for doc in parameters(code).special_documents:
        assert doc.attachment in FORMAT_ATTACHMENT_TYPES
        assert isinstance(doc.since, dt.date)


def test_all_parameters_in_order():
    everything = all_parameters()
    assert list(everything) == ALL_CODES
    assert all(p.code == code for code, p in everything.items())


def test_lookup_is_case_insensitive():
    assert parameters("zj") is parameters("ZJ")
    assert province_module(" gd ").__name__ == "beianrules.provinces.gd"


@pytest.mark.parametrize("bad", ["XX", "", "浙", "33", "beijing"])
def test_unknown_code(bad):
    with pytest.raises(KeyError) as info:
        province_module(bad)
    assert isinstance(info.value, UnknownProvinceError)
    assert repr(bad) in str(info.value)
    with pytest.raises(KeyError):
        parameters(bad)
