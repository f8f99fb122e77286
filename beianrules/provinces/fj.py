"""Fujian (闽, 35) — the Fujian Communications Administration's filing rules.

The principal must be the legal representative (AL-FJ; TC-SUBJ; HW-KB).
Personal filers with a non-Fujian ID need a 居住证/暂住证 (HW-KB). No
local-number requirement documented; no special document found. Minimum age
is disputed (AL-FJ: ≥ 14; HW-KB: enterprise principal ≥ 18) and not modelled
here.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="FJ",
    legal_rep=Sourced("required", ("AL-FJ", "TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-KB",)),
    local_phones=Sourced(None),
)
