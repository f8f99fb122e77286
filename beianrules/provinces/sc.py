"""Sichuan (川/蜀, 51) — the Sichuan Communications Administration's filing rules.

A principal other than the legal representative is accepted with a
主体负责人授权书 (TC-SC; TC-SUBJ). Non-Sichuan ID addresses need a 居住证 or
3–6 months of 社保 (TC-SC) — for personal filers and, per TC-SC, also for the
principals of 个体工商户/商贸公司, which this parameter set cannot express.
Local numbers: only a 3P page (GUOKEYUN: office phone local, mobile not) —
not set. The sealed 情况说明 for > 5 domains (TC-SC) has no
``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import (
    MinimumAges,
    OrderLimit,
    PreApprovalKeyword,
    ProvinceParameters,
    SiteDocumentThreshold,
    Sourced,
)

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
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced((OrderLimit("domains", 5, ("new_filing",), severity="warning"),), ("XIAOSB-SC-3P",)),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("off"),
    domain_holder=Sourced("unit_or_legal_rep", ("TC-SC",)),
    gov_domain_suffix=Sourced("off"),
    allowed_tlds=Sourced(None),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    # TC-SC's compound categories 广播电影电视, 药品器械 and 动漫动画 split into the terms names use.
    pre_approval_keywords=Sourced(
        (PreApprovalKeyword("新闻", "news"),
         PreApprovalKeyword("广播电视", "radio_film_tv"), PreApprovalKeyword("电影", "radio_film_tv"),
         PreApprovalKeyword("游戏", "games"),
         PreApprovalKeyword("药品", "drugs_medical_devices"), PreApprovalKeyword("医疗器械", "drugs_medical_devices"),
         PreApprovalKeyword("网约车", "ride_hailing"),
         PreApprovalKeyword("动漫", "culture"), PreApprovalKeyword("动画", "culture"),
         PreApprovalKeyword("教育培训", "education"),
         PreApprovalKeyword("金融", "finance")),
        ("TC-SC",),
    ),
    mailing_address_forbidden=Sourced(()),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(
        (SiteDocumentThreshold("domains", 6, ("site_situation_statement",)),), ("TC-SC",),
    ),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(("new_filing", "change"), ("TC-SC",)),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)
