"""Hunan (湘, 43) — the Hunan Communications Administration's filing rules.

The principal must be the legal representative, with no alternative
(AL-HN-ZH; HW-S1; TC-SUBJ). Contact numbers must be Hunan numbers (AL-HN18;
HW-KB; KS-HN). Nothing documented on non-local personal filers. The
网站建设方案书 for entities that already have filed sites (HW-KB; KS-HN) has no
``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import (
    LocalPhones,
    MinimumAges,
    OrderLimit,
    ProvinceParameters,
    SiteDocumentThreshold,
    Sourced,
)

PARAMETERS = ProvinceParameters(
    code="HN",
    legal_rep=Sourced("required", ("AL-HN-ZH", "HW-S1", "TC-SUBJ")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(LocalPhones(accepted=frozenset({"HN"})), ("AL-HN18", "HW-KB", "KS-HN")),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("error", ("TC-SITE", "AL-HN-ZH")),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(
        MinimumAges(unit_principal=14, individual=14, service_principal=14, legal_rep=18), ("AL-HN-ZH",),
    ),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced((OrderLimit("websites", 1, ("new_filing", "new_website")),), ("HW-KB",)),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("AL-HN-ZH",)),
    domain_holder=Sourced("unit_only", ("AL-HN-ZH",)),
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
    site_document_thresholds=Sourced(
        (SiteDocumentThreshold("filed_websites", 2, ("site_construction_plan",), order_types=("new_website",)),),
        ("HW-KB(doc_0234)", "KS-HN"),
        conflict=(
            "The catalog reads 'an entity already holding >= 1 filed site' (KS-HN, and FORMAT 1.1's row) but "
            "notes that HW-KB (doc_0234) says more than one. Chosen: 2 or more filed websites, the reading "
            "that fires less."
        ),
    ),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)
