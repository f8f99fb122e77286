"""Fujian (闽, 35) — the Fujian Communications Administration's filing rules.

The principal must be the legal representative (AL-FJ; TC-SUBJ; HW-KB).
Personal filers with a non-Fujian ID need a 居住证/暂住证 (HW-KB). No
local-number requirement documented; no special document found. Minimum age
is disputed (AL-FJ: ≥ 14; HW-KB: enterprise principal ≥ 18) and not modelled
here.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="FJ",
    legal_rep="required",
    legal_rep_source=("AL-FJ", "TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="proof_accepted",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()
