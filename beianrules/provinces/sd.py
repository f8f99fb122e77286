"""Shandong (鲁, 37) — the Shandong Communications Administration's filing rules.

The principal must be the legal representative; a legal representative outside
the mainland authorizes a mainland resident (AL-SD; TC-SUBJ; HW-KB). Personal
filers with a non-Shandong ID file with a Shandong student ID or 居住证
(HW-KB). No local-number requirement documented; no special document found.
Personal minimum age is disputed (HW-KB 17 vs KNAME 3P 16) and not modelled.
"""

from beianrules.provinces._schema import MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="SD",
    legal_rep=Sourced("required", ("AL-SD", "TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-KB",)),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("warning", ("SD-COPY-3P",)),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(
        MinimumAges(unit_principal=18, individual=16), ("AL-SD", "HW-KB", "KNAME-3P"),
        conflict=(
            "HW-KB asks 17 of a personal filer; KNAME-3P accepts 16 with a guardian. Chosen: 16 (REASONS-WAVE1 "
            "c3)."
        ),
    ),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("error", ("AL-SD",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("forty_five_days", ("AL-SD",)),
    domain_holder=Sourced("unit_or_legal_rep", ("AL-SD",)),
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
    name_and_certificate_change=Sourced("certificate", ("AL-SD",)),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("authorize_mainland", ("AL-SD",)),
)
