"""Liaoning (辽, 21) — the Liaoning Communications Administration's filing rules.

TC-SUBJ says the principal may be someone other than the legal representative;
Aliyun's Liaoning page (AL-LN) accepts that only with the legal
representative's 主体负责人授权委托书, and not at all for financial units (an
exception this parameter set cannot express — see ``conflicts``). No
local-number requirement or non-local personal rule documented; no special
document found.
"""

from beianrules.provinces._schema import MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="LN",
    legal_rep=Sourced(
        "letter", ("TC-SUBJ", "AL-LN"),
        conflict=(
            "TC-SUBJ lists Liaoning among provinces where the principal may be someone else (no "
            "letter mentioned); AL-LN requires the legal representative's authorization letter and, "
            "for financial units, the legal representative himself. Chosen: letter (the catalog's "
            "reading of the province page); the financial-unit exception is not modelled, so "
            "financial units are not rejected when a letter is attached."
        ),
    ),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("on", ("AL-LN",)),
    office_phone_not_mobile=Sourced("on", ("TC-SUBJ",)),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("off"),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(MinimumAges(unit_principal=14, individual=14, service_principal=14), ("AL-LN",)),
    service_principal_citizen=Sourced("on", ("AL-LN",)),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("AL-LN",)),
    domain_holder=Sourced("unit_or_legal_rep", ("AL-LN",)),
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
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(()),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("authorize_mainland", ("AL-LN",)),
)
