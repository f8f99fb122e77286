"""Shanghai (沪, 31) — the Shanghai Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). Personal
filers with a non-Shanghai ID file with a Shanghai 居住证/临时居住证 valid ≥ 1
month, student ID not accepted (HW-KB); recorded as ``proof_accepted`` (the
reading that rejects less; the parameter cannot list which proofs count). No
local-number requirement documented. Not yet checkable: the 网站建设方案书 for
≥ 30 sites (HW-KB). The 《上海市互联网信息服务备案承诺书》 (RENWEN 3P only) is advice,
SH_COMMITMENT_LETTER (format 1.1, rulebook/supporting_documents.py);
the electronic business licence is refused (HW-RULES).
"""

from beianrules.provinces._schema import PreApprovalKeyword, ProvinceParameters, SiteDocumentThreshold, Sourced

PARAMETERS = ProvinceParameters(
    code="SH",
    legal_rep=Sourced("required", ("TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-KB",)),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("error", ("TC-SITE", "HW-KB")),
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
    domain_validity=Sourced(
        "three_months", ("HW-KB",),
        conflict=(
            "HW-KB: at least 3 months left; RENWEN-SH-3P: the domain certificate valid for more than 6 months. "
            "Chosen: three months, the value that rejects less (REASONS-WAVE1 c7)."
        ),
    ),
    domain_holder=Sourced("off"),
    gov_domain_suffix=Sourced("on", ("HW-KB(doc_0220)",)),
    allowed_tlds=Sourced(None),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    pre_approval_keywords=Sourced(
        (PreApprovalKeyword("展览服务", "culture"), PreApprovalKeyword("文化艺术交流", "culture")), ("RENWEN-SH-3P",)),
    mailing_address_forbidden=Sourced(()),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(
        (SiteDocumentThreshold("entity_websites", 30, ("site_construction_plan",)),), ("HW-KB",),
    ),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("passport_accepted", ("HW-KB",)),
)
