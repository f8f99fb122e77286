"""Jiangxi (赣, 36) — the Jiangxi Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; VE-JX; KS-JX; HW-KB).
Personal filers with a non-Jiangxi ID may file only with a valid Jiangxi 居住证
(HW-JX-P; KS-JX). Contact numbers have no attribution requirement (HW-JX-P).
The establishment office's pre-approval for 党政机关/事业单位 (HW-KB doc_0226)
has no ``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import MinimumAges, OrderLimit, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="JX",
    legal_rep=Sourced("required", ("TC-SUBJ", "VE-JX", "KS-JX", "HW-KB")),
    out_of_province_id=Sourced("residence_permit_only", ("HW-JX-P", "KS-JX")),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("on", ("VE-JX",)),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("error", ("TC-SITE",)),
    principal_id_exclusive=Sourced("error", ("VE-JX",)),
    minimum_ages=Sourced(MinimumAges(individual=16), ("HW-JX-P",)),
    service_principal_citizen=Sourced("on", ("VE-JX",)),
    id_validity=Sourced("error", ("VE-JX",)),
    address_same=Sourced("province", ("KS-JX",)),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("refused", ("HW-JX-P",)),
    order_limits=Sourced((
        OrderLimit("domains", 1, ("new_website",), entity_types=("individual",), filed_at_least=8),
        OrderLimit("domains", 1, ("new_website",), entity_types=("enterprise",), filed_at_least=16),
    ), ("HW-KB",)),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("off"),
    domain_holder=Sourced("off"),
    gov_domain_suffix=Sourced("off"),
    allowed_tlds=Sourced(None),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    pre_approval_keywords=Sourced(()),
    mailing_address_forbidden=Sourced(()),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("establishment_approval", ("HW-KB(doc_0226)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(()),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("authorize_mainland_unlisted", ("VE-JX",)),
)
