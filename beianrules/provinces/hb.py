"""Hubei (鄂, 42) — the Hubei Communications Administration's filing rules.

The principal must be the legal representative (HW-S4; TC-SUBJ; HW-KB); a
service principal who is not needs a 互联网信息服务负责人授权书. Contact numbers
have no attribution requirement (HW-S4). Personal filers with a non-Hubei ID
file with a residence permit (HW-KB). The 2019 annual review (TC-HB) is not a
filing document.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="HB",
    legal_rep="required",
    legal_rep_source=("HW-S4", "TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="proof_accepted",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()
