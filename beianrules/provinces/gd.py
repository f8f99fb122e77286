"""Guangdong (粤, 44) — the Guangdong Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). From
2021-06-21 every non-commercial filing needs the 《互联网信息服务备案承诺书》
(SEED:L17; HW-KB doc_0046; HW-GD-P; its 60-working-day signature validity is
not modelled). Personal filers with a non-Guangdong ID file with a 居住证,
房产证 or 3 months of 社保, no student ID (HW-GD-P). No attribution
requirement for personal numbers (HW-GD-P). Not yet checkable: the finance
承诺书 (TC-PROV, 2016-06-20) and the website construction statement (AL-IDX).
"""
from datetime import date

from beianrules.provinces._base import ProvinceParameters, SpecialDocument
from beianrules.rules.declaration import (
    Doc,
    Effective,
    Example,
    Ref,
    Rule,
    Text,
    fact,
    when,
)

PARAMETERS = ProvinceParameters(
    code="GD",
    legal_rep="required",
    legal_rep_source=("TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="proof_accepted",
    out_of_province_id_source=("HW-GD-P", "HW-KB"),
    special_documents=(
        SpecialDocument(
            attachment="service_commitment_letter",
            since=date(2021, 6, 21),
            commercial=False,
            name_zh="互联网信息服务备案承诺书",
            name_en="Internet information service filing commitment letter",
            source=("SEED:L17", "HW-KB(doc_0046)", "HW-GD-P"),
        ),
    ),
    conflicts=(),
)

# The rule reads the letter's start date and sources from PARAMETERS, so the two cannot drift apart.
_LETTER = PARAMETERS.special_documents[0]
COMMITMENT_START = _LETTER.since
_SOURCES = _LETTER.source

GD_COMMITMENT_LETTER = Rule(
    code="GD_COMMITMENT_LETTER",
    kind="rejection",
    province="GD",
    # Unlike Jiangsu's, the seed names no month before the start date in which orders had to comply:
    # checks for days before it stay silent.
    effective=Effective(since=COMMITMENT_START),
    # The required_document fact exists only for orders whose ``order.commercial`` is false
    # (SpecialDocument.commercial): commercial and undeclared orders stay silent.
    conditions=when(fact("required_document", "letter", province="GD", document="service_commitment_letter",
                         applies=True, present=False)),
    paths=(Ref("letter", "path"),),
    evidence={"document_zh": Ref("letter", "name_zh"), "document_en": Ref("letter", "name_en"),
              "since": Ref("letter", "since")},
    message=Text(
        zh="广东省管局自 {since} 起要求所有非经营性互联网信息服务备案提供《{document_zh}》：未上传。",
        en="From {since} the Guangdong bureau requires the {document_en} for every non-commercial filing: "
           "it is missing.",
    ),
    remedy=Text(
        zh="请下载《互联网信息服务备案承诺书》模板（不得修改），单位由法定代表人、个人由本人用黑色笔以正楷签字"
           "（个人还需填写身份证号、按手印并注明日期），扫描或拍照后上传；签字日期 60 个工作日内有效。",
        en="Download the commitment letter template (not to be altered); a unit's legal representative, or "
           "the individual filer, signs it in black ink in regular script (individuals also write their ID "
           "number, add a fingerprint and the date); upload a scan or photo. The signature date is valid "
           "for 60 working days.",
    ),
    doc=Doc(
        what="`order.province` is GD, `order.commercial` is false (not given: silent), the order had not "
             "reached the bureau before 2021-06-21 (orders in draft or at the provider always need it; "
             "an order rejected by the bureau needs it when resent — REASONS.md \"Start dates\"; orders at "
             "the bureau, or approved, before that day are exempt), and no `service_commitment_letter` "
             "is attached. The 60-working-day validity of the signature date is not checked.",
        why="From 2021-06-21 all non-commercial filings submitted to the Guangdong bureau need the "
            "《互联网信息服务备案承诺书》; orders at the provider before that day but not yet at the bureau "
            "had to add it. The seed's sentence on orders the bureau rejected before that day is cut off "
            "(RULE-CATALOG §1.8, §7); REASONS.md's reading of start dates decides them.",
        fix="Sign the unaltered template as required and upload it.",
        sources=_SOURCES,
    ),
    examples=(
        Example("a Guangdong draft without the letter", fires=True, province="GD", changes={"attachments": []}),
        Example("an individual's draft without the letter", fires=True, province="GD",
                changes={"entity.type": "individual", "entity.legal_representative": None, "attachments": []}),
        Example("at the provider before the start date, not yet at the bureau", fires=True, province="GD",
                as_of="2021-06-25",
                changes={"order.status": "provider_review", "order.submitted_to_provider_on": "2021-06-15",
                         "attachments": []}),
        Example("rejected by the bureau before the start date, sent again", fires=True, province="GD",
                as_of="2021-06-25",
                changes={"order.status": "rejected", "order.submitted_to_authority_on": "2021-06-10",
                         "attachments": []}),
        Example("an approved filing that reached the bureau after the start date, without the letter",
                fires=True, province="GD",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2022-03-02",
                         "attachments": []}),
        Example("the letter is attached", fires=False, province="GD"),
        Example("at the bureau before the start date", fires=False, province="GD", as_of="2021-06-25",
                changes={"order.status": "authority_review", "order.submitted_to_authority_on": "2021-06-18",
                         "attachments": []}),
        Example("approved before the start date (audit)", fires=False, province="GD",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2020-03-02",
                         "attachments": []}),
        Example("a commercial filing", fires=False, province="GD",
                changes={"order.commercial": True, "attachments": []}),
        Example("commercial or not is not given", fires=False, province="GD",
                changes={"order.commercial": None, "attachments": []}),
        Example("a check made before the start date", fires=False, province="GD", as_of="2021-06-20",
                changes={"attachments": []}),
        Example("a Zhejiang order needs no Guangdong letter", fires=False, province="ZJ"),
    ),
)

RULES = (GD_COMMITMENT_LETTER,)
