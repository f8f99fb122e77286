"""Beijing (京, 11) — the Beijing Communications Administration's filing rules.

Whether a unit's principal must be the legal representative is disputed
(TC-SUBJ: no; AL-BJ18 and HW-KB: yes); the module stays silent (``free``).
No local-number requirement and nothing on non-local personal filers is
documented. Aliyun lists Beijing among provinces with special materials, but
their content was not captured (3P code: superior-unit letters for
government/public units), so no document is checked. The suffix whitelist
from 2019-01-01 (TC-PROV; DOMAIN_BJ_SUFFIX_LIST) and office phone ≠ principal
mobile (TC-SUBJ; CONTACT_OFFICE_PHONE_RULES) are checked; foreign-registrar or
ccTLD domains (AL-BJ18) are not yet checkable.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced, TldWhitelist

PARAMETERS = ProvinceParameters(
    code="BJ",
    legal_rep=Sourced(
        "free", ("TC-SUBJ",),
        conflict=(
            "TC-SUBJ says the principal need not be the legal representative; AL-BJ18 (2018-04-10) "
            "and HW-KB say it must be. Chosen: free (silent) — a rejection needs the sources to "
            "agree."
        ),
    ),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("on", ("TC-SUBJ",)),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced(
        "off",
        conflict=(
            "TC-SITE says a service principal needs no letter; GZIDC-3P asks for a sealed letter. Chosen: off "
            "(REASONS-WAVE1 c1)."
        ),
    ),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(None),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("error", ("AL-BJ18",)),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("HW-KB",)),
    domain_holder=Sourced(
        "off",
        conflict=(
            "AL-BJ-2025 (unverified) and KEMOK-3P: a unit's domain may be held by the unit or its legal "
            "representative; HW-KB's general reading also admits shareholders, the main principal or senior "
            "managers, which the document cannot show. Chosen: off, a unit's registrant is not compared "
            "(REASONS-WAVE1 c5)."
        ),
    ),
    gov_domain_suffix=Sourced("off"),
    allowed_tlds=Sourced(
        TldWhitelist(
            tlds=(
                "wang", "ren", "citic", "xin", "shop", "ltd", "vip", "ink", "club", "site", "biz", "com", "cn",
                "net", "fun", "online", "store", "tech", "work", "law", "beer", "design", "wiki", "art", "love",
                "xyz", "group", "center", "chat", "city", "company", "cool", "email", "fund", "gold", "guru",
                "pub", "run", "show", "social", "team", "today", "video", "world", "zone", "life", "live",
                "plus", "info", "中国", "pro", "auto", "co", "cloud", "fashion", "fit", "host", "link", "luxe",
                "mobi", "press", "sohu", "space", "top", "website", "yoga", "cc", "tv", "icu", "tel",
            ),
            han_tlds=True,
        ),
        ("TC-PROV", "AL-BJ-2025"),
        conflict=(
            "TC-PROV lists .icu among the suffixes Beijing accepts; AL-BJ-2025 (unverified) lists .icu and .so as "
            "refused. Chosen: .icu accepted, the reading that rejects less; .so is on neither list and is refused "
            "either way."
        ),
    ),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    pre_approval_keywords=Sourced(()),
    mailing_address_forbidden=Sourced(()),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("on", ("AL-BJ18",)),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(()),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(
        ("seal",), ("AL-BJ-2025",),
        conflict="AL-BJ-2025 (Aliyun 北京备案规则, 2025-01-02) is the only source and its URL was not captured "
                 "(RULE-CATALOG §6: unverified); kept because FORMAT 1.1 names BJ in the row's scope."),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("refused", ("AL-BJ18", "HW-KB")),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)
