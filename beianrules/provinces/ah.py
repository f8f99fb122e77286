"""Anhui (皖, 34) — the Anhui Communications Administration's filing rules.

A principal other than the legal representative is accepted with the legal
representative's authorization letter, and then the principal must be the same
person as every service principal (HW-KB doc_0223; TC-SUBJ) — the same-person
condition is a separate rule (PRINCIPAL_AUTH_REQUIRES_SAME_PERSON). No
local-number requirement, nothing on non-local personal filers, no special
document found.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="AH",
    legal_rep="letter",
    legal_rep_source=("HW-KB", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(),
)

RULES = ()
