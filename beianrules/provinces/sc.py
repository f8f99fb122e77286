"""Sichuan (川/蜀, 51) — the Sichuan Communications Administration's filing rules.

A principal other than the legal representative is accepted with a
主体负责人授权书 (TC-SC; TC-SUBJ). Non-Sichuan ID addresses need a 居住证 or
3–6 months of 社保 (TC-SC) — for personal filers and, per TC-SC, also for the
principals of 个体工商户/商贸公司, which this parameter set cannot express.
Local numbers: only a 3P page (GUOKEYUN: office phone local, mobile not) —
not set. The sealed 情况说明 for > 5 domains (TC-SC) has no
``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="SC",
    legal_rep=Sourced("letter", ("TC-SC", "TC-SUBJ")),
    out_of_province_id=Sourced("proof_accepted", ("TC-SC",)),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("error", ("TC-SC",)),
    principal_id_exclusive=Sourced("error", ("TC-SC",)),
    minimum_ages=Sourced(MinimumAges(unit_principal=18, individual=18), ("TC-SC",)),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(("new_access", "new_website"), ("TC-SC",)),
    # -- wave 1b: site names, counts, personal content, APPs --
    # -- wave 1b: domains --
    # -- wave 1b: documents and pre-approval keywords --
    mailing_address_forbidden=Sourced(()),
)
