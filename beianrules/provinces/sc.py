"""Sichuan (川/蜀, 51) — the Sichuan Communications Administration's filing rules.

A principal other than the legal representative is accepted with a
主体负责人授权书 (TC-SC; TC-SUBJ). Non-Sichuan ID addresses need a 居住证 or
3–6 months of 社保 (TC-SC) — for personal filers and, per TC-SC, also for the
principals of 个体工商户/商贸公司, which this parameter set cannot express.
Local numbers: only a 3P page (GUOKEYUN: office phone local, mobile not) —
not set. The sealed 情况说明 for > 5 domains (TC-SC) has no
``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="SC",
    legal_rep=Sourced("letter", ("TC-SC", "TC-SUBJ")),
    out_of_province_id=Sourced("proof_accepted", ("TC-SC",)),
    local_phones=Sourced(None),
)
