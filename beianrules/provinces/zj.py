"""Zhejiang (浙, 33) — the Zhejiang Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB); a 3P page
(XIAOSB) says 事业单位/党政 may use a letter — not adopted. Personal filers
with a non-Zhejiang ID may file with a 居住证 (HW-KB). No local-number
requirement documented. The foundations' civil-affairs registration and
financial regulator's statement (TC-PRE) have no ``attachments[].type`` in
FORMAT.md and are not yet checkable.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="ZJ",
    legal_rep=Sourced("required", ("TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-KB",)),
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
    domain_validity=Sourced("three_months", ("HW-KB",)),
    domain_holder=Sourced("off"),
    gov_domain_suffix=Sourced("on", ("HW-KB(doc_0222)",)),
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
    individual_business_form=Sourced(("enterprise", "operator_name", "seal"), ("HW-KB(ZJ)",)),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("certificate_advice", ("XIAOSB-ZJ-3P",)),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("passport_accepted", ("HW-KB",)),
)
