"""Province modules: every bureau has sourced PARAMETERS of the agreed shape, and nothing else."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect

import pytest

from beianrules import provinces
from beianrules.provinces import (
    PROVINCE_CODES,
    UnknownProvinceError,
    all_parameters,
    parameters,
    province_module,
)
from beianrules.provinces._schema import LocalPhones, ProvinceParameters, Sourced, parameter_fields

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
    "required": {"TJ", "HE", "NM", "HL", "SH", "ZJ", "FJ", "JX", "SD", "HA", "HB", "HN", "GD", "GX", "CQ", "GZ",
                 "YN", "XZ", "SN", "QH", "NX", "XJ"},
    "letter": {"JL", "AH", "SC", "GS", "LN", "JS", "HI"},
    "free": {"BJ", "SX"},
}

LOCAL_PHONES = {
    "HE": (frozenset({"HE", "BJ", "TJ"}), None),
    "SX": (frozenset({"SX"}), None),
    "HN": (frozenset({"HN"}), None),
    "GS": (frozenset({"GS"}), frozenset({"individual"})),
}

LOCAL_ID_ONLY = {"SX", "NM", "XJ", "QH", "NX", "GX", "GS", "XZ"}

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
    assert parameters(code) is p
    assert all(isinstance(getattr(p, f.name), Sourced) for f in parameter_fields() if f.name != "documents")


@pytest.mark.parametrize("code", ALL_CODES)
def test_province_modules_are_data_only(code):
    module = province_module(code)
    tree = ast.parse(inspect.getsource(module))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert imported <= {"beianrules.provinces._schema", "datetime"}, imported
    assert not hasattr(module, "RULES")


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_value_carries_its_sources(code):
    p = parameters(code)
    assert p.legal_rep.value in ("required", "letter", "free")
    assert p.legal_rep.sources, "legal_rep needs a source"
    assert all(isinstance(s, str) and s for s in p.legal_rep.sources)
    assert p.out_of_province_id.value in ("proof_accepted", "residence_permit_only", "local_id_only", "unknown")
    # "unknown" says nothing is documented: it rests on no source, any other value on at least one.
    assert bool(p.out_of_province_id.sources) == (p.out_of_province_id.value != "unknown")
    if p.local_phones.value is not None:
        assert isinstance(p.local_phones.value, LocalPhones)
        assert p.local_phones.sources
    for requirement in p.documents:
        assert requirement.sources
    for f in parameter_fields():
        value = getattr(p, f.name)
        if isinstance(value, Sourced) and value.conflict is not None:
            assert value.conflict.strip()


@pytest.mark.parametrize("code", ALL_CODES)
def test_legal_rep_policy(code):
    expected = next(policy for policy, codes in LEGAL_REP.items() if code in codes)
    assert parameters(code).legal_rep.value == expected


@pytest.mark.parametrize("code", ["BJ", "SX", "HI", "LN", "JS"])
def test_disputed_legal_rep_is_recorded(code):
    assert parameters(code).legal_rep.conflict


def test_tianjin_cross_province_conflict_recorded():
    p = parameters("TJ")
    assert p.out_of_province_id.value == "proof_accepted"
    assert "GUOKEYUN-TJ-3P" in p.out_of_province_id.conflict


@pytest.mark.parametrize("code", ALL_CODES)
def test_local_phones(code):
    lp = parameters(code).local_phones.value
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
    policy = parameters(code).out_of_province_id.value
    if code in LOCAL_ID_ONLY:
        assert policy == "local_id_only"
    elif code == "JX":
        assert policy == "residence_permit_only"
    else:
        assert policy in ("proof_accepted", "unknown")


def test_henan_local_id_claim_is_3p_only():
    assert parameters("HA").out_of_province_id.value == "unknown"


@pytest.mark.parametrize("code", ["SH", "GD", "SD", "SC", "ZJ", "HB", "FJ", "SN", "TJ"])
def test_proof_accepted(code):
    assert parameters(code).out_of_province_id.value == "proof_accepted"


def test_guangdong_commitment_letter():
    (doc,) = parameters("GD").documents
    assert (doc.code, doc.attachments, doc.since, doc.commercial, doc.max_bytes, doc.transition_from) == (
        "GD_COMMITMENT_LETTER", ("service_commitment_letter",), dt.date(2021, 6, 21), False, None, None)
    assert doc.sources == ("SEED:L17", "HW-KB(doc_0046)", "HW-GD-P")


def test_jiangsu_authenticity_letters():
    (doc,) = parameters("JS").documents
    assert (doc.code, doc.attachments, doc.since, doc.transition_from, doc.max_bytes, doc.commercial) == (
        "JS_AUTHENTICITY_LETTERS", ("authenticity_responsibility_notice", "authenticity_commitment"),
        dt.date(2021, 6, 1), dt.date(2021, 5, 1), 4 * 1024 * 1024, None)


@pytest.mark.parametrize("code", [c for c in ALL_CODES if c not in ("GD", "JS")])
def test_no_other_province_documents(code):
    assert parameters(code).documents == ()


@pytest.mark.parametrize("code", ALL_CODES)
def test_province_document_attachments_are_format_types(code):
    for doc in parameters(code).documents:
        assert set(doc.attachments) <= FORMAT_ATTACHMENT_TYPES
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


# -- format 1.1: authorization --

FOREIGN_LEGAL_REP = {"HE": "authorize_mainland", "SX": "authorize_mainland", "SD": "authorize_mainland",
                     "LN": "authorize_mainland", "JX": "authorize_mainland_unlisted",
                     "NM": "passport_accepted", "SH": "passport_accepted", "ZJ": "passport_accepted"}


@pytest.mark.parametrize("code", ALL_CODES)
def test_foreign_legal_rep(code):
    value = parameters(code).foreign_legal_rep
    assert value.value == FOREIGN_LEGAL_REP.get(code, "unknown")
    assert bool(value.sources) == (code in FOREIGN_LEGAL_REP)
