"""Shandong (鲁, 37) — the Shandong Communications Administration's filing rules.

The principal must be the legal representative; a legal representative outside
the mainland authorizes a mainland resident (AL-SD; TC-SUBJ; HW-KB). Personal
filers with a non-Shandong ID file with a Shandong student ID or 居住证
(HW-KB). No local-number requirement documented; no special document found.
Personal minimum age is disputed (HW-KB 17 vs KNAME 3P 16) and not modelled.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="SD",
    legal_rep="required",
    legal_rep_source=("AL-SD", "TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="proof_accepted",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()
