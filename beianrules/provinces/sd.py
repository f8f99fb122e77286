"""Shandong (鲁, 37) — the Shandong Communications Administration's filing rules.

The principal must be the legal representative; a legal representative outside
the mainland authorizes a mainland resident (AL-SD; TC-SUBJ; HW-KB). Personal
filers with a non-Shandong ID file with a Shandong student ID or 居住证
(HW-KB). No local-number requirement documented; no special document found.
Personal minimum age is disputed (HW-KB 17 vs KNAME 3P 16) and not modelled.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="SD",
    legal_rep=Sourced("required", ("AL-SD", "TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-KB",)),
    local_phones=Sourced(None),
)
