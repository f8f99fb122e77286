"""Yunnan (云/滇, 53) — the Yunnan Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; BUHEP 3P agrees).
Only a 3P page (BUHEP, 2017) claims local address and phone numbers for
personal filers and a residence permit for non-local ones — not enough to
reject, so neither is set. No special document found (RULE-CATALOG §7:
Yunnan data thin).
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="YN",
    legal_rep=Sourced("required", ("TC-SUBJ",)),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("off"),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(None),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
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
    foreign_legal_rep=Sourced("unknown"),
)
