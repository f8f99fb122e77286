"""Guangdong (粤, 44) — the Guangdong Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). From
2021-06-21 every non-commercial filing needs the 《互联网信息服务备案承诺书》
(SEED:L17; HW-KB doc_0046; HW-GD-P); its signature is valid for 60 working
days (HW-GD-P, GD_COMMITMENT_LETTER_STALE). Personal filers with a non-Guangdong
ID file with a 居住证, 房产证 or 3 months of 社保, no student ID (HW-GD-P). No attribution
requirement for personal numbers (HW-GD-P). The finance 承诺书 (TC-PROV,
2016-06-20) is PREAPPROVAL_GD_FINANCE's (format 1.1, rulebook/supporting_documents.py).
Not yet checkable: the website construction statement (AL-IDX).
"""

from datetime import date

from beianrules.provinces._schema import (
    DocumentExample,
    DocumentRequirement,
    MinimumAges,
    ProvinceParameters,
    SiteDocumentThreshold,
    Sourced,
    Wording,
)

_WITHOUT_LETTER: dict[str, list[str]] = {"attachments": []}

COMMITMENT_LETTER = DocumentRequirement(
    code="GD_COMMITMENT_LETTER",
    attachments=("service_commitment_letter",),
    # Unlike Jiangsu's, the seed names no month before the start date in which orders had to comply:
    # checks for days before it stay silent.
    since=date(2021, 6, 21),
    commercial=False,
    signer="legal_rep_or_individual",
    sources=("SEED:L17", "HW-KB(doc_0046)", "HW-GD-P"),
    requirement=Wording(
        zh="所有非经营性互联网信息服务备案提供《{document:attachment_type}》",
        en="the {document:attachment_type} for every non-commercial filing",
    ),
    remedy=Wording(
        zh="请下载《互联网信息服务备案承诺书》模板（不得修改），单位由法定代表人、个人由本人用黑色笔以正楷签字"
           "（个人还需填写身份证号、按手印并注明日期），扫描或拍照后上传；签字日期 60 个工作日内有效。",
        en="Download the commitment letter template (not to be altered); a unit's legal representative, or "
           "the individual filer, signs it in black ink in regular script (individuals also write their ID "
           "number, add a fingerprint and the date); upload a scan or photo. The signature date is valid "
           "for 60 working days.",
    ),
    why="From 2021-06-21 all non-commercial filings submitted to the Guangdong bureau need the "
        "《互联网信息服务备案承诺书》; orders at the provider before that day but not yet at the bureau "
        "had to add it. The seed's sentence on orders the bureau rejected before that day is cut off "
        "(RULE-CATALOG §1.8, §7); REASONS.md's reading of start dates decides them.",
    why_zh="自 2021-06-21 起，所有提交广东管局的非经营性备案都须提供《互联网信息服务备案承诺书》；在此之前已在"
           "接入商处、尚未提交管局的订单也须补充。种子资料中关于此前已被管局驳回的订单的那句话被截断了"
           "（RULE-CATALOG §1.8、§7）；这类订单按 REASONS.md 对起始日期的解读处理。",
    notes="The 60-working-day validity of the signature date is GD_COMMITMENT_LETTER_STALE's.",
    notes_zh="签字日期 60 个工作日的有效期由 GD_COMMITMENT_LETTER_STALE 检查。",
    # HW-GD-P (the personal page): the signature date is valid for 60 working days.
    valid_working_days=60,
    examples=(
        DocumentExample("a Guangdong draft without the letter", fires=True, changes=_WITHOUT_LETTER,
                        paths=("attachments",)),
        DocumentExample("an individual's draft without the letter", fires=True,
                        changes={"entity.type": "individual", "entity.legal_representative": None, "attachments": []},
                        paths=("attachments",)),
        DocumentExample("at the provider before the start date, not yet at the bureau", fires=True, as_of="2021-06-25",
                        changes={"order.status": "provider_review", "order.submitted_to_provider_on": "2021-06-15",
                                 "attachments": []},
                        paths=("attachments",)),
        DocumentExample("rejected by the bureau before the start date, sent again", fires=True, as_of="2021-06-25",
                        changes={"order.status": "rejected", "order.submitted_to_authority_on": "2021-06-10",
                                 "attachments": []},
                        paths=("attachments",)),
        DocumentExample("an approved filing that reached the bureau after the start date, without the letter",
                        fires=True,
                        changes={"order.status": "approved", "order.submitted_to_authority_on": "2022-03-02",
                                 "attachments": []},
                        paths=("attachments",)),
        DocumentExample("the letter is attached", fires=False),
        DocumentExample("at the bureau before the start date", fires=False, as_of="2021-06-25",
                        changes={"order.status": "authority_review", "order.submitted_to_authority_on": "2021-06-18",
                                 "attachments": []}),
        DocumentExample("approved before the start date (audit)", fires=False,
                        changes={"order.status": "approved", "order.submitted_to_authority_on": "2020-03-02",
                                 "attachments": []}),
        DocumentExample("a commercial filing", fires=False, changes={"order.commercial": True, "attachments": []}),
        DocumentExample("commercial or not is not given", fires=False,
                        changes={"order.commercial": None, "attachments": []}),
        DocumentExample("a check made before the start date: a warning (REASONS-WAVE1 clarification (b))",
                        fires=True, as_of="2021-06-20", changes=_WITHOUT_LETTER, paths=("attachments",),
                        severity="warning"),
        DocumentExample("a Zhejiang order needs no Guangdong letter", fires=False, province="ZJ"),
    ),
)

PARAMETERS = ProvinceParameters(
    code="GD",
    legal_rep=Sourced("required", ("TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-GD-P", "HW-KB")),
    local_phones=Sourced(None, ("HW-GD-P",)),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("off"),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(
        MinimumAges(unit_principal=16, individual=16), ("HW-GD-P", "HW-KB"),
        conflict=(
            "HW-GD-P asks 18 of a personal filer; HW-KB accepts 16. Chosen: 16, for the entity principal of any "
            "filer (REASONS-WAVE1 c4)."
        ),
    ),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("error", ("HW-GD-P",)),
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
    check_form_months=Sourced(3, ("CHINACC-3P",)),
    pre_approval_keywords=Sourced(()),
    mailing_address_forbidden=Sourced(()),
    documents=(COMMITMENT_LETTER,),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("main_number", ("HW-KB(doc_0033)",)),
    site_document_thresholds=Sourced(
        (SiteDocumentThreshold("domains", 6, ("site_construction_plan", "certificate_image", "access_contract"),
                               per_domain=("domain_certificate",), entity_types=("individual",)),),
        ("HW-GD-P",),
    ),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)
