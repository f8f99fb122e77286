"""Every enumerated token the facts, rules and messages use, declared once with its labels.

A :class:`Vocabulary` is a closed set of tokens (order statuses, contact
fields, provinces, each province parameter's values, …), each a
:class:`Term` with its Chinese and English label and a one-line meaning.
Facts carry tokens only; a message names the vocabulary of a placeholder —
``{status:order_status}`` — and the label is rendered when the reason is made
(:func:`render`), so the evidence a caller gets holds the raw tokens and a
portal can render them itself.

Vocabularies that mirror a ``Literal`` of the model or of the province schema
are built from it (:meth:`Vocabulary.of_literal`): a token added to one and
not the other fails the import, so the two cannot drift apart.

A label may be a template that reads other evidence of the same reason
(``"expired (valid until {valid_until}, …)"``) or a function of it (a
filing number's parse error); :data:`FORMATS` render values that are not
tokens (sizes in bytes).
"""

from __future__ import annotations

import functools
import string
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from beianrules import model
from beianrules.errors import FilingNumberError
from beianrules.filing_number import parse_filing_number
from beianrules.industries import CONTENT_CATEGORIES, INDUSTRIES
from beianrules.provinces import _schema
from beianrules.provinces._table import PROVINCE_NAMES

Lang = typing.Literal["zh", "en"]
RuleKind = typing.Literal["rejection", "rectification", "operation_blocked", "advice"]
Severity = typing.Literal["error", "warning"]
LANGS: tuple[Lang, ...] = ("zh", "en")
Params = Mapping[str, Any]

ComputedLabel = Callable[[Params, Lang], str]
"""A label computed from the reason's evidence (in the language asked for)."""


@attrs.frozen
class Term:
    token: str
    zh: str | ComputedLabel
    en: str | ComputedLabel
    meaning: str

    def label(self, lang: Lang) -> str | ComputedLabel:
        return self.zh if lang == "zh" else self.en


@attrs.frozen
class Vocabulary:
    name: str
    meaning: str
    terms: Mapping[str, Term]
    joiners: tuple[str, str] = ("、", ", ")
    """How a list of tokens is joined, in zh and in en."""

    @classmethod
    def of(cls, name: str, meaning: str, terms: Mapping[str, tuple[Any, Any, str]],
           joiners: tuple[str, str] = ("、", ", ")) -> Vocabulary:
        return cls(name, meaning, {token: Term(token, zh, en, what) for token, (zh, en, what) in terms.items()},
                   joiners)

    @classmethod
    def of_literal(cls, name: str, meaning: str, literal: Any, terms: Mapping[str, tuple[Any, Any, str]],
                   joiners: tuple[str, str] = ("、", ", ")) -> Vocabulary:
        """A vocabulary whose tokens are exactly the values of ``literal`` (in its order)."""
        tokens = typing.get_args(literal)
        if set(tokens) != set(terms):
            raise ValueError(f"vocabulary {name}: labels for {sorted(terms)} but the type allows {sorted(tokens)}")
        return cls.of(name, meaning, {t: terms[t] for t in tokens}, joiners)

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.terms)

    def __contains__(self, token: object) -> bool:
        return token in self.terms

    def templates(self) -> list[str]:
        """Every label that is a template (it may read other evidence)."""
        return [label for term in self.terms.values() for lang in LANGS
                if isinstance(label := term.label(lang), str)]

    def render(self, value: Any, lang: Lang, params: Params, missing: set[str] | None = None) -> str:
        if isinstance(value, (list, tuple)):
            return self.joiners[0 if lang == "zh" else 1].join(self.render(v, lang, params, missing) for v in value)
        label = self.terms[value].label(lang)
        if callable(label):
            return label(params, lang)
        return render(label, lang, params, missing)


@attrs.frozen
class Format:
    """A way to show a value that is not a token (``{size_bytes:size}``)."""

    name: str
    meaning: str
    show: Callable[[Any, Lang], str]

    def templates(self) -> list[str]:
        return []

    def render(self, value: Any, lang: Lang, params: Params, missing: set[str] | None = None) -> str:
        return self.show(value, lang)


# -- the model's enumerations ------------------------------------------------------------------

ORDER_TYPE = Vocabulary.of_literal("order_type", "What an order asks for (`order.type`).", model.OrderType, {
    "new_filing": ("首次备案", "first filing", "the entity's first filing, with its first website or APP"),
    "new_website": ("新增网站", "new website", "a website added to an entity already filed"),
    "new_app": ("新增APP", "new APP", "an APP added to an entity already filed"),
    "new_access": ("新增接入", "new access", "a filed service moved to (or added at) this provider"),
    "change": ("变更备案", "change", "a change of filed data"),
    "cancel_access": ("取消接入", "access cancellation", "the service leaves this provider"),
    "cancel_website": ("注销网站", "website cancellation", "one website's filing is cancelled"),
    "cancel_app": ("注销APP", "APP cancellation", "one APP's filing is cancelled"),
    "cancel_entity": ("注销主体", "entity cancellation", "the entity's whole filing is cancelled"),
})

ORDER_STATUS = Vocabulary.of_literal("order_status", "Where an order stands (`order.status`).", model.OrderStatus, {
    "draft": ("未提交", "draft", "not yet sent to the provider"),
    "provider_review": ("接入商初审中", "under the provider's review", "at the provider's first review"),
    "authority_review": ("管局审核中", "under the bureau's review", "sent to the bureau, not yet decided"),
    "rejected": ("已驳回", "rejected", "returned by the provider or the bureau"),
    "approved": ("已通过", "approved", "approved: the document is an existing filing"),
    "abandoned": ("已放弃", "abandoned", "given up by the applicant"),
})

OPERATION = Vocabulary.of_literal("operation", "What the applicant asks to do with the order (`order.operation`).",
                                  model.Operation, {
    "submit": ("提交", "submit", "send the order onwards"),
    "withdraw": ("撤销", "withdraw", "take the order back from review"),
    "abandon": ("放弃备案", "abandon", "give the order up"),
    "modify": ("修改", "modify", "edit the order's data"),
})

ENTITY_TYPE = Vocabulary.of_literal("entity_type", "The filer's nature (`entity.type`).", model.EntityType, {
    "enterprise": ("企业", "enterprise", "a company or other business"),
    "public_institution": ("事业单位", "public institution", "a state-funded institution"),
    "government": ("政府机关", "government body", "an organ of the state"),
    "social_group": ("社会团体", "social group", "an association registered as such"),
    "private_non_enterprise": ("民办非企业单位", "private non-enterprise unit", "a non-profit private unit"),
    "foundation": ("基金会", "foundation", "a registered foundation"),
    "law_firm": ("律师执业机构", "law firm", "a law firm"),
    "other_organization": ("其他组织", "other organisation", "any other unit"),
    "individual": ("个人", "individual", "a natural person filing for himself"),
})

ATTACHMENT_TYPE = Vocabulary.of_literal("attachment_type", "What an uploaded file is (`attachments[].type`).",
                                        Literal[model.AttachmentType, model.AttachmentType11], {
    "authorization_letter": ("法定代表人授权委托书", "legal representative's authorization letter",
                             "the legal representative authorizes another person as principal"),
    "residence_permit": ("居住证", "residence permit", "proof of residence in the filing province"),
    "address_proof": ("住所证明", "address proof", "another proof of an address in the filing province"),
    "authenticity_responsibility_notice": ("ICP备案信息真实性责任告知书",
                                           "ICP filing authenticity responsibility notice",
                                           "Jiangsu's signed notice of responsibility for true data"),
    "authenticity_commitment": ("ICP备案信息真实性承诺书", "ICP filing authenticity commitment",
                                "Jiangsu's signed commitment to true data"),
    "service_commitment_letter": ("互联网信息服务备案承诺书", "Internet information service filing commitment letter",
                                  "Guangdong's signed commitment for non-commercial filings"),
    "authenticity_check_form": ("网站备案信息真实性核验单", "authenticity check form",
                                "the provider's check form, signed by the applicant"),
    "pre_approval_document": ("前置审批文件", "pre-approval document",
                              "an industry authority's approval, not tied to one entry"),
    "other": ("其他材料", "other document", "any other file"),
    # format 1.1 (FORMAT.md group A)
    "certificate_image": ("主体证件照片", "photo of the entity's certificate",
                          "a colour photo or scan of the certificate's original"),
    "id_image_front": ("证件正面照片", "photo of the ID's front", "the ID's portrait side"),
    "id_image_back": ("证件背面照片", "photo of the ID's back", "the ID's emblem side"),
    "holding_id_photo": ("手持证件照", "photo holding the ID", "the person photographed holding his ID"),
    "holding_licence_photo": ("手持营业执照照片", "photo holding the business licence",
                              "the person photographed holding the unit's licence"),
    "principal_photo": ("负责人核验照片", "principal's verification photo", "the curtain or portrait photo"),
    "promise_video": ("承诺视频", "commitment video", "a video of the filer reading the commitment"),
    "name_change_certificate": ("名称变更证明", "name change certificate",
                                "the registry's notice approving the change of name (主体更名函)"),
    "establishment_approval": ("机构编制部门批复", "establishment authority's approval",
                               "the approval for a government or public-institution unit to open a website"),
    "public_institution_site_application": ("事业单位网站开办审核申请表",
                                            "public institution website application form",
                                            "Inner Mongolia's form for public institutions"),
    "gov_domain_review_form": ("政府网站域名业务审核表", "government website domain review form",
                               "the review form for a government website's domain"),
    "party_building_confirmation": ("党建确认函", "party-building confirmation", "Xinjiang's party-building proof"),
    "tj_content_statement": ("天津地区互联网信息服务内容说明",
                             "Tianjin Internet information service content statement",
                             "Tianjin's statement of the service's content"),
    "sh_commitment_letter": ("上海市互联网信息服务备案承诺书",
                             "Shanghai Internet information service filing commitment",
                             "Shanghai's signed commitment"),
    "site_construction_plan": ("网站建设方案书", "website construction plan",
                               "the plan of the website (or mini-program)"),
    "site_situation_statement": ("网站情况说明书", "website situation statement", "a stamped statement on the sites"),
    "domain_certificate": ("域名证书", "domain certificate", "the registrar's certificate of a domain"),
    "access_contract": ("接入服务协议", "access service contract", "the contract signed with the access provider"),
    "finance_commitment_letter": ("不开展金融服务承诺书", "finance commitment letter",
                                  "Guangdong's commitment to offer no financial service before approval"),
    "no_pre_approval_commitment": ("不涉及前置审批承诺书", "no-pre-approval commitment",
                                   "a commitment that the services need no pre-approval"),
    "national_unit_proof": ("国家级单位证明函", "national-level unit proof",
                            "a stamped letter proving a national-level unit"),
    "employment_or_income_proof": ("工作证明或收入证明", "proof of employment or income",
                                   "for a person aged 16 or 17"),
    "guardian_documents": ("监护人材料", "guardian's documents", "the guardian's ID and household register"),
})

CALL_RESULT = Vocabulary.of_literal("call_result", "How a verification call ended (`verification.calls[].result`).",
                                    Literal[model.CallResult, model.CallResult11], {
    "reached": ("已接通", "reached", "the principal answered"),
    "unreachable": ("未接通", "not reached", "nobody answered, or the number was off"),
    "refused": ("拒绝核验", "verification refused", "the person answering refused the check"),
    "wrong_person": ("非本人接听", "answered by someone other than the principal",
                     "someone other than the principal answered"),
    "blocked": ("被拦截", "blocked", "the call was intercepted (the number blocks unknown or bureau callers)"),
})

SMS_RESULT = Vocabulary.of_literal("sms_result", "How a bureau SMS verification stands (`verification.sms[].result`).",
                                   model.SmsResult, {
    "verified": ("已验证", "verified", "the filer answered the SMS"),
    "pending": ("待验证", "pending", "the SMS was sent and not yet answered"),
    "timeout": ("验证超时", "timed out", "not answered within 24 hours"),
    "failed": ("验证失败", "failed", "the answer was wrong"),
})

IDENTITY_CHECK_RESULT = Vocabulary.of_literal("identity_check_result", "The outcome of an identity check the "
                                              "provider ran (`verification.identity_checks[].result`).",
                                              model.IdentityCheckResult, {
    "matched": ("核验一致", "matched", "name, ID number and face agree"),
    "mismatch": ("姓名与证件号码不一致", "name and ID number do not match", "the ID authority's check failed"),
    "face_failed": ("人脸核验未通过", "face verification failed", "the face does not match the ID photo"),
    "pending": ("核验中", "pending", "the check has not finished"),
})

REGISTRATION_STATUS = Vocabulary.of_literal("registration_status", "The entity's status in the business registry "
                                            "(`entity.business_registration.status`).", model.RegistrationStatus, {
    "active": ("存续（在营、开业、在册）", "active", "registered and operating"),
    "suspended": ("停业", "suspended", "business suspended"),
    "liquidating": ("清算", "in liquidation", "being wound up"),
    "revoked": ("吊销", "licence revoked", "the licence was revoked"),
    "deregistered": ("注销", "deregistered", "removed from the register"),
    "cancelled": ("撤销", "registration cancelled", "the registration was annulled"),
    "moved_out": ("迁出", "moved out", "moved to another registration authority"),
    "not_found": ("查无此主体", "not found", "the registry has no such subject"),
})

REGISTRATION_KIND = Vocabulary.of_literal("registration_kind", "What kind of subject the business registry records "
                                          "(`entity.business_registration.kind`).", model.RegistrationKind, {
    "company": ("公司", "company", "a company"),
    "branch": ("分公司", "branch", "a branch of a company"),
    "individual_business": ("个体工商户", "individual business", "a registered sole trader (个体工商户)"),
    "partnership": ("合伙企业", "partnership", "a partnership"),
    "sole_proprietorship": ("个人独资企业", "sole proprietorship", "a sole proprietorship enterprise"),
    "farmers_cooperative": ("农民专业合作社", "farmers' cooperative", "a farmers' specialised cooperative"),
    "foreign_representative_office": ("外国（地区）企业常驻代表机构", "foreign enterprise's representative office",
                                      "a resident representative office"),
    "other": ("其他", "other", "any other kind"),
})

REAL_NAME_STATUS = Vocabulary.of_literal("real_name_status", "A domain holder's real-name status "
                                         "(`domain_details[].real_name_status`).", model.RealNameStatus, {
    "verified": ("已实名认证", "real-name verified", "the registrar verified the holder"),
    "pending": ("实名审核中", "real-name review pending", "the registrar's review has not finished"),
    "unverified": ("未实名认证", "not real-name verified", "no verification passed"),
})

APP_KIND = Vocabulary.of_literal("app_kind", "What kind of APP an `apps[]` entry is (`apps[].kind`).",
                                 model.AppKind, {
    "app": ("APP", "APP", "a native application"),
    "mini_program": ("小程序", "mini-program", "a mini-program hosted by a platform"),
    "quick_app": ("快应用", "quick app", "a quick app"),
})

STATEMENT = Vocabulary.of_literal("statement", "What the filer said on a verification call "
                                  "(`verification.statements[]`).", model.Statement, {
    "app_no_longer_used": ("APP已不再使用", "the APP is no longer used", "the filed APP is no longer run"),
    "server_no_longer_used": ("已不再使用本接入商的服务器", "the provider's servers are no longer used",
                              "the service no longer runs at this provider"),
    "website_no_longer_used": ("网站已不再使用", "the website is no longer used", "the filed website is no longer run"),
})

CONTACT_FIELD = Vocabulary.of("contact_field", "A principal's phone or email field.", {
    "mobile": ("手机号码", "mobile number", "`mobile`"),
    "emergency_phone": ("应急联系电话", "emergency phone", "`emergency_phone`"),
    "office_phone": ("办公电话", "office phone", "`office_phone`"),
    "email": ("电子邮箱", "email address", "`email`"),
})

PERSON_ROLE = Vocabulary.of("person_role", "Which principal a person record is.", {
    "entity_principal": ("主体负责人", "entity principal", "`entity.principal`"),
    "website_principal": ("网站负责人", "website principal", "`websites[i].principal`"),
    "app_principal": ("APP负责人", "APP principal", "`apps[i].principal`"),
})

COMPARED_FIELD = Vocabulary.of("compared_field", "A field of an order compared with the entity's approved filing.", {
    "entity_name": ("主办单位名称", "entity name", "`entity.name`"),
    "entity_type": ("主办单位性质", "entity type", "`entity.type`"),
    "certificate_type": ("主体证件类型", "certificate type", "`entity.certificate.type`"),
    "certificate_number": ("主体证件号码", "certificate number", "`entity.certificate.number`"),
    "principal_name": ("主体负责人姓名", "principal's name", "`entity.principal.name`"),
    "principal_id_number": ("主体负责人证件号码", "principal's ID number", "`entity.principal.id_document.number`"),
    "province": ("备案省份（管局）", "filing province (bureau)", "`order.province`"),
    "entity_filing_number": ("主体备案号", "entity filing number", "`entity.filing_number`"),
})

FILED_STATE = Vocabulary.of("filed_state", "What the registry says of the entity, for ORDER_WRONG_TYPE.", {
    "filed": ("该主体证件已取得主体备案号", "the entity's certificate already holds an entity filing number",
              "an approved filing holds an entity number under the certificate"),
    "unknown": ("备案信息中没有该主体的备案记录", "the registry has no filing of this entity",
                "no document of the entity in the registry"),
})

# -- provinces and their parameters ------------------------------------------------------------

PROVINCE = Vocabulary.of("province", "A provincial bureau (管局), by its two-letter code (full name).", {
    code: (name.name_zh, name.name_en, f"{name.name_zh} ({name.abbreviation}, GB/T 2260 {name.gb_code})")
    for code, name in PROVINCE_NAMES.items()
})

PROVINCE_SHORT = Vocabulary.of("province_short", "A province by its two-letter code (short name).", {
    code: (name.short_zh, name.name_en, name.name_zh) for code, name in PROVINCE_NAMES.items()
})

LEGAL_REP_POLICY = Vocabulary.of_literal(
    "legal_rep_policy", "Who may be a unit's principal (主体负责人): the `legal_rep` province parameter.",
    _schema.LegalRepPolicy, {
        "required": ("主体负责人须为法定代表人", "the principal must be the legal representative",
                     "only the legal representative (RULE-CATALOG §1.2 P_LR_REQUIRED)"),
        "letter": ("主体负责人非法定代表人时须上传法定代表人授权委托书",
                   "a principal other than the legal representative needs his authorization letter",
                   "someone else, with the legal representative's authorization letter (P_LR_OR_LETTER)"),
        "free": ("主体负责人可由他人担任", "the principal may be another person",
                 "anyone; or the sources disagree, and the rule stays silent"),
    })

OUT_OF_PROVINCE_ID = Vocabulary.of_literal(
    "out_of_province_id", "What an individual whose ID address lies in another province may do: the "
    "`out_of_province_id` province parameter.", _schema.OutOfProvinceId, {
        "proof_accepted": ("需上传居住证或住所证明", "a residence permit or another address proof must be attached",
                           "file with a residence permit or another address proof"),
        "residence_permit_only": ("只接受本省居住证作为证明",
                                  "only a residence permit of this province is accepted as proof",
                                  "file with a residence permit (居住证) only"),
        "local_id_only": ("该省管局只接受本省身份证的个人备案",
                          "this bureau accepts personal filings with a local ID only",
                          "cannot file here (local ID only)"),
        "unknown": ("该省管局未见相关说明", "nothing is documented for this bureau",
                    "nothing documented; the rule stays silent"),
    })

SIGNER = Vocabulary.of_literal("signer", "Who signs a province document by hand.", _schema.Signer, {
    "service_principal": ("互联网信息服务负责人", "the service principal", "the website's or APP's principal"),
    "legal_rep_or_individual": ("单位法定代表人或个人备案者本人",
                                "the unit's legal representative, or the individual filer",
                                "a unit's legal representative; an individual filer himself"),
})

SWITCH = Vocabulary.of_literal("switch", "Whether a bureau checks a requirement.", _schema.Switch, {
    "on": ("检查", "checked", "the bureau holds to it; the rule fires there"),
    "off": ("不检查", "not checked", "not documented there; the rule is silent"),
})

REQUIREMENT = Vocabulary.of_literal("requirement", "How a bureau holds to a requirement.", _schema.Requirement, {
    "error": ("必须满足", "required", "its own pages say so: a filing that fails it is rejected (error)"),
    "warning": ("可能要求", "may be required", "only weaker sources say so: a filing may be rejected (warning)"),
    "off": ("不要求", "not required", "not documented there; the rule is silent"),
})

STRICTNESS = Vocabulary.of_literal("strictness", "How surely a requirement every bureau holds rejects.",
                                   _schema.Strictness, {
    "error": ("必须满足", "required", "the bureau's own pages say so (error)"),
    "warning": ("可能要求", "may be required", "a general provider rule no page of the bureau confirms (warning)"),
})

ADDRESS_SCOPE = Vocabulary.of_literal("address_scope", "Where a unit's mailing address must lie.",
                                      _schema.AddressScope, {
    "city": ("通信地址须与证件住所在同一地市", "the mailing address must be in the certificate address's city",
             "same prefecture-level city"),
    "province": ("通信地址须与证件住所在同一省份", "the mailing address must be in the certificate address's province",
                 "same province"),
    "off": ("不要求", "not required", "no such requirement documented"),
})

# -- findings' own tokens ----------------------------------------------------------------------


def _size(size_bytes: int, lang: Lang) -> str:
    """``4194304`` → ``4MB`` / ``4 MB``; ``4194305`` → ``4194305 字节`` / ``bytes``: exact, never rounded into a
    limit."""
    mib, rest = divmod(size_bytes, 1024 * 1024)
    if not rest:
        return f"{mib}MB" if lang == "zh" else f"{mib} MB"
    return f"{size_bytes} 字节" if lang == "zh" else f"{size_bytes} bytes"


SIZE = Format("size", "A file size in bytes, shown in MB when it is a whole number of MiB.", _size)

DOCUMENT_PROBLEM = Vocabulary.of("document_problem", "What is wrong with a required province document.", {
    "missing": ("未上传", "it is missing", "no attachment of its type"),
    "oversize": ("上传的文件为 {size_bytes:size}，超过 {max_bytes:size} 的上限",
                 "the uploaded file is {size_bytes:size}, over the {max_bytes:size} limit",
                 "an attachment of its type is larger than the bureau accepts"),
    "missing_when_sent": ("本单如在 {needed_from} 当日或之后到达管局即须提供，目前未上传",
                          "it will be needed if the order reaches the bureau on or after {needed_from}, and it is "
                          "missing", "checked before the start date: none attached yet"),
    "oversize_when_sent": ("本单如在 {needed_from} 当日或之后到达管局即须提供，而上传的文件为 {size_bytes:size}，"
                           "超过 {max_bytes:size} 的上限",
                           "it will be needed if the order reaches the bureau on or after {needed_from}, and the "
                           "uploaded file is {size_bytes:size}, over the {max_bytes:size} limit",
                           "checked before the start date: the attachment is too large"),
})

PRE_APPROVAL_PROBLEM = Vocabulary.of("pre_approval_problem", "What is wrong with a pre-approval entry.", {
    "expired": ("已过有效期（有效期至 {valid_until}，早于检查日期 {as_of}）",
                "expired (valid until {valid_until}, before the check date {as_of})",
                "`valid_until` is before the check day"),
    "number_missing": ("未填写审批号", "no approval number", "`number` is blank"),
    "attachment_missing": ("未上传审批文件", "no approval document attached", "`attachment` is blank"),
}, joiners=("；", "; "))


def _parse_problem(params: Params, lang: Lang) -> str:
    """The parser's own wording for the number in ``params["number"]``: it names the character at fault."""
    try:
        parse_filing_number(params["number"])
    except FilingNumberError as err:
        return err.problem_zh if lang == "zh" else err.problem
    raise ValueError(f"{params['number']!r} parses: not a malformed filing number")


FILING_NUMBER_PROBLEM = Vocabulary.of("filing_number_problem", "What is wrong with a filing number an order gives.", {
    "malformed": (_parse_problem, _parse_problem, "it does not parse (the parser names what is wrong)"),
    "entity_number_with_suffix": ("主体备案号不带“-n”网站/APP序号",
                                  "the entity filing number has no '-n' website/APP suffix",
                                  "a service number given as the entity's number"),
    "service_number_without_suffix": ("网站/APP备案号应为主体备案号加“-n”序号（如“…号-1”）",
                                      "a website's or APP's filing number is the entity number followed by '-n' "
                                      "(e.g. '…号-1')",
                                      "an entity number given as a website's or APP's number"),
    "not_extending_entity_number": ("未沿用主体备案号“{entity_number}”（网站/APP备案号为主体备案号加“-n”序号）",
                                    "it does not extend the entity filing number '{entity_number}' (a website's "
                                    "or APP's number is the entity number followed by '-n')",
                                    "a service number whose entity part is not the entity's number"),
    # -- format 1.1: apps_access --
    "letter_not_kind": ("后缀字母与该条目的类型不符（APP为A，小程序为X，快应用为K，网站不带字母）",
                        "its suffix letter does not match the entry's kind (A for an APP, X for a mini-program, K "
                        "for a quick app, none for a website)",
                        "an `apps[i]` service number whose suffix letter names another kind than `apps[i].kind`"),
})

INDUSTRY = Vocabulary.of("industry", "A pre-approval (前置审批) industry (`pre_approvals[].industry`).", {
    token: (i.name_zh, i.name_en, f"content needing the approval of {i.authority_en}")
    for token, i in INDUSTRIES.items()
})

INDUSTRY_AUTHORITY = Vocabulary.of("industry_authority", "The authority that approves an industry's content.", {
    token: (i.authority_zh, i.authority_en, f"who approves {i.name_en}") for token, i in INDUSTRIES.items()
})

INDUSTRY_APPROVAL = Vocabulary.of("industry_approval", "The approval document an industry's content needs.", {
    token: (i.approval_zh, i.approval_en, f"what {i.name_en} content must obtain") for token, i in INDUSTRIES.items()
})

CONTENT_CATEGORY = Vocabulary.of("content_category", "A content category the library knows "
                                 "(`content_categories[]`; any other token is unknown).", {
    token: (c.name_zh, c.name_en, c.reading) for token, c in CONTENT_CATEGORIES.items()
})

RULE_KIND = Vocabulary.of_literal("rule_kind", "What a reason means for the order (REASONS.md, \"Kind\").",
                                  RuleKind, {
    "rejection": ("驳回", "rejection", "the order would be rejected"),
    "rectification": ("整改通知", "rectification", "an approved filing must be corrected"),
    "operation_blocked": ("操作不允许", "operation blocked", "the requested operation is refused"),
    "advice": ("建议", "advice", "worth knowing; never a cause of rejection"),
})

SEVERITY = Vocabulary.of_literal("severity", "How sure a reason is.", Severity, {
    "error": ("错误", "error", "the order is not acceptable"),
    "warning": ("警告", "warning", "it may be rejected; `ok` stays true"),
})

# -- wave 1a: contact checks (facts/contact_checks.py) ------------------------------------------

PRINCIPAL_FIELD = Vocabulary.of("principal_field", "A field of a principal compared between two principals.", {
    "name": ("姓名", "name", "`name` (compared by name key, W5)"),
    "mobile": ("手机号码", "mobile number", "`mobile` (normalised, W6)"),
    "email": ("电子邮箱", "email address", "`email` (trimmed, case-insensitive)"),
})

PRINCIPAL_CONSISTENCY = Vocabulary.of("principal_consistency", "What is wrong between the entity principal and a "
                                      "service principal (PRINCIPAL_SAME_PERSON_CONSISTENCY).", {
    "differs": ("与主体负责人证件号码相同（同一人），但{field:principal_field}不一致",
                "has the entity principal's ID number (the same person) but another {field:principal_field}",
                "one person (same ID key) whose field differs between the two records"),
    "shared": ("与主体负责人证件号码不同（不同的人），却使用相同的{field:principal_field}",
               "has another ID number than the entity principal (a different person) but the same "
               "{field:principal_field}",
               "two persons (different ID keys) who give the same mobile or email"),
})

# -- wave 1a: principal checks (facts/principal_checks.py) ---------------------------------------

FILER_FIELD = Vocabulary.of("filer_field", "What of an individual filer's principal is compared with the filer "
                            "(PERSONAL_PRINCIPAL_NOT_FILER).", {
    "id_number": ("证件号码", "ID number",
                  "`entity.principal.id_document.number` against `entity.certificate.number` (ID key, W8)"),
    "name": ("姓名", "name", "`entity.principal.name` against `entity.name` (name key, W5)"),
})

AGE_ROLE = Vocabulary.of("age_role", "The role a minimum age applies to (the `minimum_ages` province parameter).", {
    "unit_principal": ("单位主体负责人", "unit's entity principal", "`entity.principal` of a unit"),
    "individual": ("个人备案的主体负责人", "individual filer", "`entity.principal` of an individual filer"),
    "service_principal": ("网站/APP负责人", "website/APP principal", "a unit's `websites[i]`/`apps[i].principal`"),
    "legal_rep": ("法定代表人", "legal representative", "`entity.legal_representative` (from its `id_number`)"),
})

# -- wave 1a: identity checks (facts/identity_checks.py) ----------------------------------------

ID_NUMBER_PROBLEM = Vocabulary.of("id_number_problem", "What makes an ID or certificate number invalid "
                                  "(ID_NUMBER_INVALID, W8).", {
    "resident_shape": ("不是18位居民身份证号码（17位数字加1位数字或X）",
                       "it is not an 18-character resident ID number (17 digits, then a digit or X)",
                       "a `resident_id` number without the resident-ID shape (15-digit numbers are not judged)"),
    "resident_check_digit": ("第18位校验码与前17位不符", "the 18th (check) character does not match the first 17",
                             "GB 11643's check character is wrong"),
    "resident_birth_date": ("第7–14位不是真实的出生日期，或晚于检查日期",
                            "characters 7–14 are not a real birth date, or one after the check date",
                            "the birth date is not a calendar date or lies after the check day"),
    "resident_province_code": ("前两位不是大陆省级行政区划代码",
                               "the first two digits are not a mainland province code",
                               "the first two digits are none of the 31 province codes"),
    "uscc_check_digit": ("统一社会信用代码第18位校验码与前17位不符",
                         "the unified social credit code's 18th (check) character does not match the first 17",
                         "GB 32100's check character is wrong"),
})

MAILING_ADDRESS_PROBLEM = Vocabulary.of("mailing_address_problem", "How a mailing address falls short of a "
                                        "detailed one (ENTITY_MAILING_ADDRESS_NOT_DETAILED).", {
    "shorthand": ("含有“{shorthand}”这样以“-”连接的数字简写，未写明楼栋、单元、门牌号",
                  "it contains the shorthand '{shorthand}' (numbers joined by '-') instead of naming the "
                  "building, unit and door number",
                  "three or more digit groups joined by '-'"),
    "no_door_number": ("未写到门牌号（不含号、室、栋、幢、座、单元、楼、层、户、组、门等字样），"
                       "备注中也未说明已是最详细地址",
                       "it stops short of a door number (none of 号 室 栋 幢 座 单元 楼 层 户 组 门) and the remark "
                       "does not say it is the most detailed address",
                       "no door or room marker, and no remark explaining why"),
    "forbidden_word": ("含有管局不接受的“{words}”字样", "it contains '{words}', which the bureau does not accept",
                       "a word of the bureau's `mailing_address_forbidden` list"),
})

ENTITY_NATURE_PROBLEM = Vocabulary.of("entity_nature_problem", "How the filer's nature contradicts its certificate "
                                      "or name (ENTITY_NATURE_MISMATCH).", {
    "unit_certificate_for_individual": ("主体性质为“个人”，证件类型却是单位证件",
                                        "the filer is an individual but the certificate is a unit's",
                                        "(a) `individual` with a unit certificate type (W8)"),
    "person_id_for_unit": ("主体性质为“{entity_type:entity_type}”（单位），证件类型却是个人证件",
                           "the filer is a unit ({entity_type:entity_type}) but the certificate is a person's ID",
                           "(b) a unit type with a person ID type"),
    "company_name_for_individual": ("主体性质为“个人”，主体名称却以“公司”结尾",
                                    "the filer is an individual but its name ends with 公司 (company)",
                                    "(c) `individual` whose name key ends with 公司"),
    "uscc_kind": ("统一社会信用代码前两位“{uscc_prefix}”表示的登记管理部门和机构类别"
                  "与主体性质“{entity_type:entity_type}”不符",
                  "the unified social credit code's first two characters '{uscc_prefix}' (registration authority "
                  "and kind) do not fit the nature {entity_type:entity_type}",
                  "(d) a valid USCC whose positions 1–2 contradict `entity.type` (GB 32100)"),
})

SITE_NAME_LENGTH = Vocabulary.of("site_name_length", "How a website name is too short (SITE_NAME_TOO_SHORT).", {
    "too_short": ("只有 {han_count} 个汉字，少于 3 个", "it has only {han_count} Chinese character(s), fewer than 3",
                  "fewer than 3 Han characters and no ASCII letter or digit (an error)"),
    "too_short_mixed": ("除字母或数字外只有 {han_count} 个汉字，可能被认为少于 3 个字",
                        "besides letters or digits it has only {han_count} Chinese character(s), which may count "
                        "as fewer than 3",
                        "fewer than 3 Han characters, mixed with ASCII letters or digits (a warning)"),
    "too_short_no_han": ("不含汉字", "it has no Chinese character",
                         "no Han character, and not letters and digits only (a warning)"),
})

SITE_NAME_SYMBOLS = Vocabulary.of("site_name_symbols", "How a website name is only letters and digits, or carries a "
                                  "special symbol (SITE_NAME_PURE_DIGITS_LETTERS).", {
    "letters_digits_only": ("只由字母和数字组成", "it consists of letters and digits only",
                            "with ( ) - · removed, only ASCII letters and digits remain (an error)"),
    "special_symbol": ("含有特殊符号“{symbol}”", "it contains the special symbol '{symbol}'",
                       "a character other than a Han character, an ASCII letter or digit, or ( ) - · (a warning)"),
})

PERSONAL_SITE_NAME = Vocabulary.of("personal_site_name", "What a personal website's name may not use "
                                   "(SITE_NAME_PERSONAL_RESTRICTED).", {
    "personal_name": ("就是备案人或负责人本人的姓名", "it is the filer's or the principal's own name",
                      "the name key equals the filer's or the principal's name key (an error)"),
    "blog_word": ("含有“{word}”字样", "it contains the word '{word}'", "the name contains 博客, blog (a warning)"),
    "place_name": ("含有地名“{word}”", "it contains the place name '{word}'",
                   "the name contains a province or prefecture name, W14 (a warning)"),
})

# -- wave 1b: site counts, personal content, APPs (facts/site_counts.py) --------------------------

PERSONAL_BLOG = Vocabulary.of_literal("personal_blog", "Whether an individual filer may choose 博客/个人空间 "
                                      "(the `personal_blog` province parameter).", _schema.PersonalBlog, {
    "allowed": ("个人备案可选择博客/个人空间", "personal filings may choose blog / personal space",
                "nothing else documented"),
    "refused": ("个人备案不可选择博客/个人空间", "personal filings may not choose blog / personal space",
                "the bureau refuses it (PERSONAL_SERVICE_CONTENT clause (b))"),
})

COUNTED_ITEM = Vocabulary.of_literal("counted_item", "What a per-order limit counts (`order_limits`).",
                                     _schema.CountedItem, {
    "domains": ("域名", "domain(s)", "the order's distinct domain keys (W9: registrable domains)"),
    "websites": ("网站", "website(s)", "the order's `websites` entries"),
})

ORDER_LIMIT = Vocabulary.of("order_limit", "Which limit of the bureau's `order_limits` an order exceeds "
                            "(SITE_COUNT_PER_ORDER).", {
    "domains": ("最多包含 {maximum} 个域名", "at most {maximum} domain(s)", "a number of distinct domain keys (W9)"),
    "websites": ("最多包含 {maximum} 个网站", "at most {maximum} website(s)", "a number of `websites` entries"),
    "domains_once_filed": ("在主体已备案网站达到 {threshold} 个及以上时最多包含 {maximum} 个域名（备案记录显示已有 "
                           "{filed} 个）",
                           "at most {maximum} domain(s) once the entity has {threshold} or more filed websites (the "
                           "registry shows {filed})",
                           "a number of domain keys, once the entity's filed websites (W10) reach a threshold"),
})

ONE_DOMAIN_PROBLEM = Vocabulary.of("one_domain_problem", "How a website breaks one domain per website "
                                   "(SITE_ONE_DOMAIN).", {
    "several_domains": ("填写了 {count} 个不同的域名（{keys}）；首次备案和新增网站时，每个网站只能填写一个域名",
                        "lists {count} different domains ({keys}); in a first filing or a new-website order each "
                        "website may list one domain only",
                        "(a) two or more domain keys on a first filing or a new website"),
    "domain_replaced": ("备案时只有一个域名，变更时不能更换或增加域名（本次填写了 {added}）",
                        "was filed with one domain, which a change may not replace or add to (this change "
                        "lists {added})",
                        "(b) a single-domain filed site whose change lists another set of domain keys"),
    "domain_added": ("备案时有多个域名，变更时只能保留或删除已备案的域名，不能新增（本次新增了 {added}）",
                     "was filed with several domains, of which a change may keep or remove some but add none "
                     "(this change adds {added})",
                     "(b) a multi-domain filed site whose change lists a domain key not filed"),
})

APP_PLATFORM = Vocabulary.of("app_platform", "A native APP platform whose feature data APP_FEATURE_INFO checks.", {
    "android": ("Android", "Android", "`platforms` / `signatures[].platform` `android` (case-insensitive)"),
    "ios": ("iOS", "iOS", "`platforms` / `signatures[].platform` `ios` (case-insensitive)"),
})

FINGERPRINT = Vocabulary.of("fingerprint", "A signing-certificate fingerprint of an APP signature.", {
    "md5": ("MD5 签名指纹", "MD5 fingerprint", "`signatures[].md5`: 32 hexadecimal digits (Android)"),
    "sha1": ("SHA-1 签名指纹", "SHA-1 fingerprint", "`signatures[].sha1`: 40 hexadecimal digits (iOS)"),
})

APP_FEATURE_PROBLEM = Vocabulary.of("app_feature_problem", "What an APP's feature data lacks (APP_FEATURE_INFO).", {
    "package_names_missing": ("未填写包名（Bundle ID / 包名）", "gives no package name (bundle ID)",
                              "(a) `package_names` is empty"),
    "signature_missing": ("未提供{platform:app_platform}平台的签名信息（同一签名条目中的{fingerprint:fingerprint}"
                          "和公钥）",
                          "gives no {platform:app_platform} signature with both its {fingerprint:fingerprint} "
                          "and its public key",
                          "(b) no `signatures` entry of the platform gives both the fingerprint and `public_key`"),
    "fingerprint_malformed": ("所填{fingerprint:fingerprint}“{value}”格式不正确（去掉“:”“-”和空白后应为 {digits} 位"
                              "十六进制数字）",
                              "gives the {fingerprint:fingerprint} '{value}', which is not {digits} hexadecimal "
                              "digits (after removing ':', '-' and white space)",
                              "(c) a given `md5` / `sha1` of the wrong shape"),
})

# -- wave 1b: domains (facts/domain_checks.py) ------------------------------------------------------

DOMAIN_VALIDITY = Vocabulary.of_literal("domain_validity", "How long a website's domain must still be registered "
                                        "when the order reaches the bureau (the `domain_validity` parameter).",
                                        _schema.DomainValidity, {
    "three_months": ("至少还有三个月的注册有效期", "at least three months of registration left",
                     "`expires_on` not before `add_months(R, 3)` (W4): a date exactly three months away is enough"),
    "forty_five_days": ("至少还有45天的注册有效期", "at least 45 days of registration left",
                        "`(expires_on − R).days` at least 45"),
    "off": ("不要求剩余有效期", "no remaining validity required",
            "no minimum documented there: only an expired domain is rejected"),
})

DOMAIN_HOLDER = Vocabulary.of_literal("domain_holder", "Whom a unit's domain registrant may be (the `domain_holder` "
                                      "parameter).", _schema.DomainHolder, {
    "unit_or_legal_rep": ("域名持有者须为主办单位或其法定代表人",
                          "the unit or its legal representative holds the domain",
                          "the registrant is the unit's name or its legal representative's"),
    "unit_only": ("域名持有者须为主办单位本身", "the unit itself holds the domain",
                  "the registrant is the unit's name (not its legal representative's)"),
    "off": ("不比对单位的域名持有者", "a unit's domain holder is not compared",
            "the general reading (the unit, its shareholders, main principal or senior managers) cannot be verified "
            "from the document"),
})

DOMAIN_EXPIRY_PROBLEM = Vocabulary.of("domain_expiry_problem", "What is wrong with a domain's registration period "
                                      "(DOMAIN_EXPIRED_OR_SHORT).", {
    "expired": ("已于 {expires_on} 到期（早于检查日 {check_day}）", "expired on {expires_on}, before the check day "
                "{check_day}", "(a) `expires_on` is before the check day D"),
    "short": ("注册有效期至 {expires_on}，而管局要求自 {bureau_day}（已提交管局的为提交管局之日，否则为检查日）起"
              "{validity:domain_validity}，即至少有效至 {needed_until}",
              "is registered until {expires_on}, but from {bureau_day} (the day the order reached the bureau, else "
              "the check day) the bureau wants {validity:domain_validity}, i.e. registration until at least "
              "{needed_until}",
              "(b) short of the bureau's `domain_validity` at the bureau day R (W4)"),
})

DOMAIN_HOLDER_EXPECTED = Vocabulary.of("domain_holder_expected", "Who should hold a website's domain "
                                       "(DOMAIN_HOLDER_MISMATCH).", {
    "filer": ("备案人本人“{entity_name}”", "the filer himself ('{entity_name}')",
              "(a) an individual filer: the registrant is the filer"),
    "unit": ("主办单位“{entity_name}”本身（{province:province}管局不接受由法定代表人或其他人持有）",
             "the unit '{entity_name}' itself ({province:province} accepts neither its legal representative nor "
             "anyone else)",
             "(b) a unit where the bureau's `domain_holder` is `unit_only`"),
    "unit_or_legal_rep": ("主办单位“{entity_name}”或其法定代表人“{legal_rep}”",
                          "the unit '{entity_name}' or its legal representative '{legal_rep}'",
                          "(c) a unit where the bureau's `domain_holder` is `unit_or_legal_rep`"),
})

REQUIRED_DOMAIN_SUFFIX = Vocabulary.of("required_domain_suffix", "The suffixes a public institution's or a "
                                       "government organ's domains must end in (DOMAIN_GOV_SUFFIX).", {
    "cn_or_gongyi": (".cn 或 .公益", ".cn or .公益", "a public institution: `cn`, a suffix ending in `.cn`, or `公益`"),
    "gov_cn_or_zhengwu": (".gov.cn 或 .政务", ".gov.cn or .政务",
                          "a government organ: `gov.cn`, a suffix ending in `.gov.cn`, or `政务`"),
})

# -- format 1.1: supporting_documents --
KEYWORD_FIELD = Vocabulary.of("keyword_field", "Which text a pre-approval keyword was found in "
                              "(PREAPPROVAL_KEYWORD_SCREEN, PREAPPROVAL_GD_FINANCE).", {
    "name": ("名称", "The name", "`entity.name`, `websites[i].name` or `apps[i].name`"),
    "business_scope": ("经营范围", "The business scope", "`entity.business_registration.business_scope` (format 1.1)"),
})

QH_IMAGE = Vocabulary.of("qh_image", "One of the five images Qinghai asks of a change order (QH_FIVE_IMAGES).", {
    "certificate_image": ("主体证件照片", "the photo of the entity's certificate", "a `certificate_image`"),
    "authenticity_check_form": ("网站备案信息真实性核验单", "the website filing authenticity check form",
                                "an `authenticity_check_form`"),
    "principal_id": ("主体负责人{name}的证件正面照片", "the front photo of the ID of the entity principal {name}",
                     "an `id_image_front` counting for `entity.principal`"),
    "site_principal_id": ("网站负责人{name}的证件正面照片", "the front photo of the ID of the website principal {name}",
                          "an `id_image_front` counting for `websites[i].principal`"),
    "site_principal_photo": ("网站负责人{name}的核验照片（幕布照）",
                             "the verification (curtain) photo of the website principal {name}",
                             "a `principal_photo` counting for `websites[i].principal`"),
})

RELIGION_CLAIM = Vocabulary.of("religion_claim", "What makes religion a service's business "
                               "(PREAPPROVAL_XZ_RELIGION).", {
    "content": ("「{service}」申报了宗教类服务内容", "“{service}” declares religion content",
                "a website's or APP's `content_categories` hold `religion`"),
    "business_scope": ("主体的经营范围含有“宗教”", "the entity's business scope mentions 宗教 (religion)",
                       "`entity.business_registration.business_scope` contains 宗教 (W5)"),
})

# -- format 1.1: verification --
EMERGENCY_PROBLEM = Vocabulary.of("emergency_problem", "What is wrong with a principal's emergency phone or its "
                                  "contact (CONTACT_EMERGENCY_THIRD_PERSON, CONTACT_EMERGENCY_MISSING).", {
    "principal_mobile": ("应急联系电话 {value} 是{other_role:person_role}的手机号码",
                         "the emergency phone {value} is the {other_role:person_role}'s mobile",
                         "the emergency phone equals the mobile of the entity principal or of a website principal"),
    "principal_name": ("应急联系人“{value}”是{other_role:person_role}本人",
                       "the emergency contact '{value}' is the {other_role:person_role} himself",
                       "`emergency_contact.name` is the entity principal's or a website principal's name (W5)"),
    "no_contact": ("填写了应急联系电话 {value}，但未填写应急联系人",
                   "the emergency phone {value} is given without its emergency contact",
                   "`emergency_phone` given, `emergency_contact` not (or with neither name nor position)"),
})

DEADLINE_STATE = Vocabulary.of("deadline_state", "Where a rectification notice's deadline stands against the check "
                               "day (ORDER_RECTIFY_DEADLINE).", {
    "passed": ("整改期限 {deadline} 已过（检查日 {as_of}）", "the deadline {deadline} has passed (check day {as_of})",
               "`deadline` is before the check day"),
    "running": ("距整改期限 {deadline} 还有 {days_left} 天",
                "{days_left} day(s) are left until the deadline {deadline}",
                "`deadline` is the check day or later"),
})

# -- format 1.1: person_documents --
AGE_16_18_PROOF = Vocabulary.of_literal("age_16_18_proof", "Whose age of 16 or 17 needs a proof of employment or "
                                        "income (the `age_16_18_proof` province parameter).", _schema.AgeProofRole, {
    "individual": ("个人备案者本人（主体负责人）", "the individual filer (his principal)",
                   "an `individual` filer's `entity.principal`"),
    "legal_rep": ("单位法定代表人", "the unit's legal representative", "a unit's `entity.legal_representative`"),
    "off": ("不检查", "not checked", "not documented there; the rule is silent"),
})

GOV_UNIT_APPROVAL = Vocabulary.of_literal("gov_unit_approval", "What a government or public-institution unit adding "
                                          "a website must attach (the `gov_unit_approval` province parameter).",
                                          _schema.GovUnitApproval, {
    "establishment_approval": ("党政机关、事业单位须上传机构编制部门批复",
                               "government organs and public institutions attach the establishment authority's "
                               "approval", "`establishment_approval` (an error)"),
    "public_institution_application": ("事业单位须上传事业单位网站开办审核申请表",
                                       "public institutions attach the public institution website application form",
                                       "`public_institution_site_application` (an error)"),
    "domain_review_form": ("政府网站建议上传政府网站域名业务审核表",
                           "a government website should have the government website domain review form",
                           "`gov_domain_review_form` for each new website of a government organ (advice)"),
})

AGE_PROOF_PROBLEM = Vocabulary.of("age_proof_problem", "Why a person under 18 is refused "
                                   "(PRINCIPAL_AGE_16_18_PROOF).", {
    "under_16": ("未满16周岁，不予备案", "he is under 16, which the bureau refuses", "aged under 16"),
    "no_proof": ("年满16周岁未满18周岁，须提供工作证明或收入证明，而订单中没有适用于他的该材料",
                 "he is 16 or 17 and must show a proof of employment or income, and no such file counts for him",
                 "aged 16 or 17, no `employment_or_income_proof` counts for him"),
})

RETIREMENT_PROBLEM = Vocabulary.of("retirement_problem", "Why Tianjin may not accept a website/APP principal "
                                   "(SERVICE_PRINCIPAL_RETIRED).", {
    "past_retirement_male": ("已超过男性法定退休年龄（60周岁）", "past the statutory retirement age for men (60)",
                             "a man older than 60 (by his resident ID)"),
    "past_retirement_female": ("已超过女性法定退休年龄（55周岁）", "past the statutory retirement age for women (55)",
                               "a woman older than 55 (by her resident ID)"),
    "minor_without_guardian": ("未满18周岁，且订单中没有适用于他的监护人材料",
                               "under 18, and no guardian's documents count for him",
                               "under 18 without `guardian_documents` counting for him"),
})

ID_HOLDER = Vocabulary.of("id_holder", "Whose identity document an ID-type rule judges (ID_TEMPORARY_CARD).", {
    "entity_principal": ("主体负责人的证件", "entity principal's ID", "`entity.principal.id_document.type`"),
    "website_principal": ("网站负责人的证件", "website principal's ID", "`websites[i].principal.id_document.type`"),
    "app_principal": ("APP负责人的证件", "APP principal's ID", "`apps[i].principal.id_document.type`"),
    "legal_rep": ("法定代表人的证件", "legal representative's ID", "`entity.legal_representative.id_type`"),
    "individual_certificate": ("个人备案的主体证件", "individual filer's certificate",
                               "`entity.certificate.type` of an `individual` filer"),
})

PERSON_ID_TYPE = Vocabulary.of_literal("person_id_type", "A person's ID type (`id_document.type`, "
                                       "`entity.legal_representative.id_type`).",
                                       Literal[model.PersonIdType, model.PersonIdType11], {
    "resident_id": ("居民身份证", "resident ID card", "the mainland 居民身份证"),
    "passport": ("护照", "passport", "a passport of any country"),
    "hk_macao_permit": ("港澳居民来往内地通行证", "Mainland Travel Permit for Hong Kong and Macao Residents",
                        "回乡证"),
    "taiwan_permit": ("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan Residents", "台胞证"),
    "foreign_permanent_residence": ("外国人永久居留身份证", "Foreign Permanent Resident ID Card", "for foreigners"),
    "residence_permit": ("港澳台居民居住证", "Residence Permit for Hong Kong, Macao and Taiwan Residents",
                         "as an ID document (FORMAT 1.1 group D)"),
    "temporary_resident_id": ("临时居民身份证", "temporary resident ID card", "the mainland 临时居民身份证"),
})

# -- format 1.1: observed --

FOOTER_NUMBER = Vocabulary.of_literal("footer_number", "Which filing number a website's home page must show at its "
                                      "bottom (the `footer_number` province parameter).", _schema.FooterNumber, {
    "site_number": ("网站备案号（主体备案号加“-n”序号）", "the website's own number (the entity number with its -n)",
                    "the website's `filing_number` (`…号-n`), not the main number"),
    "main_number": ("主体备案号（不带“-n”序号）", "the entity's main number (without -n)",
                    "Guangdong: the entity's `entity.filing_number`"),
})

SITE_COUNT = Vocabulary.of_literal("site_count", "What a document threshold counts (`site_document_thresholds`).",
                                   _schema.SiteCount, {
    "entity_websites": ("该主体的网站（已备案的和本次新增的）", "the entity's websites (filed and added by the order)",
                        "W10: the entity's filed websites plus those the order adds (a lower bound)"),
    "filed_websites": ("该主体已备案的网站", "the entity's filed websites",
                       "W10: the websites filed under the entity in the registry (a lower bound)"),
    "domains": ("本次提交的域名", "domains in the order", "the distinct domain keys (W9) of the order's websites"),
})

DISPLAY_PROBLEM = Vocabulary.of("display_problem", "What is wrong with the filing number a live website or an APP "
                                "shows (FOOTER_FILING_NUMBER, APP_FILING_NUMBER_DISPLAY).", {
    "not_shown": ("未展示备案号", "no filing number is shown", "`observed.shows_filing_number` is false"),
    "not_linked": ("展示的备案号未链接到 https://beian.miit.gov.cn", "the number shown does not link to "
                   "https://beian.miit.gov.cn", "`observed.filing_number_links_to_miit` is false"),
    "unparsable": ("展示的“{displayed}”不是格式正确的备案号", "'{displayed}', the text shown, is not a filing number",
                   "`observed.displayed_filing_number` does not parse, not even after the repairs of "
                   "FILING_NUMBER_NONCANONICAL_DISPLAY"),
    "wrong_number": ("展示的是“{displayed}”，应为“{expected}”", "'{displayed}' is shown instead of '{expected}'",
                     "`observed.displayed_filing_number` parses (after the repairs) to another number than the "
                     "one to show"),
})

DISPLAY_REPAIR = Vocabulary.of("display_repair", "A repair that makes a displayed filing number parse "
                               "(FILING_NUMBER_NONCANONICAL_DISPLAY; "
                               "`beianrules.filing_number.parse_displayed_number`).", {
    "spaces_removed": ("去掉空格", "remove the spaces", "white space inside the number removed"),
    "hao_added": ("补上“号”", "add the missing 号", "号 added after the serial"),
    "suffix_moved": ("将“-n”序号移到“号”之后", "move the -n after 号", "a `-n` written before 号 moved after it"),
})

LIVE_CLUE = Vocabulary.of("live_clue", "What shows that a website not yet filed is already online "
                          "(SITE_LIVE_BEFORE_APPROVAL).", {
    "reachable": ("{checked_on} 检查时网站首页可以访问", "its home page answered when checked on {checked_on}",
                  "`observed.reachable` is true"),
    "resolves": ("域名 {domain} 已解析到 {addresses}", "its domain {domain} resolves to {addresses}",
                 "`observed` absent, a `domain_details[].resolves_to` not empty"),
})

PSB_PROBLEM = Vocabulary.of("psb_problem", "What is wrong with a website's public-security filing (公安联网备案) "
                            "(PSB_NUMBER_MISSING).", {
    "missing": ("未填写公安联网备案号", "no public-security filing number is given", "`psb_number` is not given"),
    "malformed": ("公安联网备案号“{psb_number}”不符合“省份简称 + 公网安备 + 14 位数字 + 号”的格式",
                  "the public-security filing number '{psb_number}' is not of the form: province abbreviation, "
                  "公网安备, 14 digits, 号",
                  "`psb_number` is not a province abbreviation, `公网安备`, 14 digits and `号`"),
    "not_shown": ("网站未展示公安联网备案号", "the website shows no public-security filing number",
                  "`observed.shows_psb_number` is false"),
    "display_differs": ("网站展示的公安联网备案号“{displayed}”与“{psb_number}”不一致",
                        "the website shows the public-security filing number '{displayed}', not '{psb_number}'",
                        "`observed.displayed_psb_number` differs from `psb_number`"),
})

# -- format 1.1: apps_access --

SERVICE_KIND = Vocabulary.of("service_kind", "What a service is: a website, or an `apps[]` entry by its `kind` (also "
                             "what a service number's suffix letter names).", {
    "website": ("网站", "website", "a `websites[]` entry; a service number without a suffix letter"),
    "app": ("APP", "APP", "an `apps[]` entry of kind `app`; the suffix letter A"),
    "mini_program": ("小程序", "mini-program", "an `apps[]` entry of kind `mini_program`; the suffix letter X"),
    "quick_app": ("快应用", "quick app", "an `apps[]` entry of kind `quick_app`; the suffix letter K"),
})

DOMAIN_HOLDER_PROBLEM = Vocabulary.of("domain_holder_problem", "What DOMAIN_HOLDER_MISMATCH compared and found "
                                      "wrong.", {
    "name": ("的持有者（注册人）为“{registrant}”，应为{expected:domain_holder_expected}",
             "is held (registered) by '{registrant}'; it should be held by {expected:domain_holder_expected}",
             "the registrant's name is not the expected holder's (`domain_details[j].registrant`)"),
    "certificate": ("的持有者证件号码为“{registrant_number}”，不是{expected:domain_holder_certificate}",
                    "is held under the certificate number '{registrant_number}', which is not "
                    "{expected:domain_holder_certificate}",
                    "the registrant's certificate is not the expected holder's "
                    "(`registrant_certificate_type` / `registrant_certificate_number`)"),
})

DOMAIN_HOLDER_CERTIFICATE = Vocabulary.of("domain_holder_certificate", "Whose certificate a domain's registrant "
                                          "certificate should be (DOMAIN_HOLDER_MISMATCH, 1.1).", {
    "filer": ("备案人本人的证件号码（{entity_number}）", "the filer's own ID number ({entity_number})",
              "an individual filer: his ID"),
    "unit": ("主办单位“{entity_name}”本身的证件号码（{entity_number}；{province:province}管局不接受由法定代表人或"
             "其他人持有）",
             "the number of the unit '{entity_name}' itself ({entity_number}; {province:province} accepts neither "
             "its legal representative nor anyone else)",
             "a unit where the bureau's `domain_holder` is `unit_only`: the unit's certificate"),
    "unit_or_legal_rep": ("主办单位“{entity_name}”的证件号码（{entity_number}），也不是其法定代表人的证件号码",
                          "the number of the unit '{entity_name}' ({entity_number}) nor its legal "
                          "representative's ID number",
                          "a unit where the bureau's `domain_holder` is `unit_or_legal_rep`: the unit's "
                          "certificate or the legal representative's ID"),
})

DOMAIN_HOLDER_REMEDY = Vocabulary.of("domain_holder_remedy", "What to do about a domain held by the wrong holder "
                                     "(DOMAIN_HOLDER_MISMATCH), by what was compared.", {
    "name": ("请在域名注册商处将域名持有者变更为{expected:domain_holder_expected}并重新完成实名认证，"
             "或改用其持有的域名。",
             "Have the registrar change the domain's holder to {expected:domain_holder_expected} and verify it "
             "again, or file a domain that they hold.",
             "the registrant's name was compared"),
    "certificate": ("请在域名注册商处将域名过户给“{entity_name}”（或管局接受的持有者），"
                    "以其证件重新完成实名认证，或改用其持有的域名；如持有者无误，请更正所填的持有者证件类型和号码。",
                    "Have the registrar transfer the domain to '{entity_name}' (or a holder the bureau accepts) and "
                    "verify it again with that holder's certificate, or file a domain they hold; if the holder is "
                    "right, correct the registrant certificate type and number entered.",
                    "the registrant's certificate was compared"),
})

DOMAIN_REAL_NAME_PROBLEM = Vocabulary.of("domain_real_name_problem", "Why a domain's real-name verification does "
                                         "not yet let it be filed (DOMAIN_NOT_REAL_NAME).", {
    "too_soon": ("于 {verified_on} 完成实名认证，到 {day} 只过了 {working_days} 个工作日；实名信息通常约3个工作日"
                 "（有的接入商说3–5个）才同步到工信部，此时提交可能因“域名未实名认证”被驳回。",
                 "was real-name verified on {verified_on}; by {day} only {working_days} working day(s) have passed, "
                 "and the data take about 3 working days (some providers say 3–5) to reach the MIIT database, so "
                 "the order may be rejected as 'domain not real-name verified'.",
                 "fewer than 3 working days since `real_name_verified_on`"),
    "not_verified": ("的实名状态为“{status:real_name_status}”：域名须完成实名认证才能备案。",
                     "has the real-name status '{status:real_name_status}': a domain must be real-name verified "
                     "to be filed.",
                     "`real_name_status` `unverified` or `pending`"),
})

DOMAIN_REAL_NAME_REMEDY = Vocabulary.of("domain_real_name_remedy", "What to do about a domain not yet real-name "
                                        "verified (DOMAIN_NOT_REAL_NAME).", {
    "too_soon": ("请在域名实名认证完成满3个工作日后再提交（法定节假日不计，调休上班日计入）。",
                 "Submit once 3 working days have passed since the real-name verification (public holidays do not "
                 "count, make-up working days do).",
                 "wait for the data to reach the MIIT database"),
    "not_verified": ("请在域名注册商处以域名持有者的证件完成实名认证；认证通过满3个工作日后再提交"
                     "（已备案的请尽快完成认证）。",
                     "Have the domain real-name verified at the registrar with its holder's certificate, and submit "
                     "3 working days after it passed (for a filed domain: verify it without delay).",
                     "verify the domain first"),
})

ATTACHMENT_SLOT = Vocabulary.of("attachment_slot", "Whose files a limit on a mini-program's attachments counts "
                                "(MINIPROGRAM_FIELD_LIMITS).", {
    "entity": ("主体材料", "entity's files", "files whose `for` is `entity`"),
    "service": ("小程序材料", "mini-program's files", "files whose `for` is `apps[i]`"),
    "principal": ("小程序负责人材料", "mini-program principal's files",
                  "files whose `for` counts for `apps[i].principal`"),
})

MINIPROGRAM_LIMIT = Vocabulary.of("miniprogram_limit", "Which of WeChat's field limits a mini-program breaks "
                                  "(MINIPROGRAM_FIELD_LIMITS).", {
    "too_many_categories": ("选择了 {count} 项服务内容，微信备案接口最多允许 5 项",
                            "has {count} content categories; WeChat's filing interface allows at most 5",
                            "more than 5 distinct `content_categories`"),
    "duplicate_pre_approval": ("的前置审批中“{industry:industry}”行业有 {count} 项，同一行业只能填写一项",
                               "lists {count} pre-approvals of the industry {industry:industry}; one industry may "
                               "appear only once",
                               "two or more `pre_approvals` of one industry"),
    "remark_too_short": ("的备注只有 {count} 个字符，应为20–200个字符",
                         "has a remark of {count} characters; it must have 20 to 200",
                         "a `remark` shorter than 20 characters"),
    "remark_too_long": ("的备注有 {count} 个字符，应为20–200个字符",
                        "has a remark of {count} characters; it must have 20 to 200",
                        "a `remark` longer than 200 characters"),
    "too_many_other": ("的{slot:attachment_slot}中有 {count} 份“其他材料”，最多 10 份",
                       "has {count} 'other' files among its {slot:attachment_slot}; at most 10 are allowed",
                       "more than 10 `other` attachments for `apps[i]` or for `entity`"),
    "repeated_single_file": ("的{slot:attachment_slot}中有 {count} 份《{document:attachment_type}》，"
                             "该材料只能上传一份",
                             "has {count} copies of the {document:attachment_type} among its "
                             "{slot:attachment_slot}; only one may be uploaded",
                             "more than one attachment of a single-file type"),
})

SERVER_LOCATION = Vocabulary.of("server_location", "Why a website cannot be filed with this provider at all "
                                "(ACCESS_WHERE_SERVER_IS).", {
    "other_provider": ("的接入IP（{ips}）都不属于本接入商：网站使用哪家接入商的服务器，就应在哪家接入商处备案",
                       "is served from addresses ({ips}) none of which belongs to this access provider; a site is "
                       "filed with the provider whose servers host it",
                       "every `ips` entry has `at_provider` `false`"),
    "outside_mainland": ("的接入IP（{ips}）都在境外（含港澳台）：只使用境外服务器的网站无需也不能在境内接入备案",
                         "is served only from outside the mainland ({ips}; Hong Kong, Macao and Taiwan included); "
                         "such a site needs, and can have, no access filing here",
                         "every `ips` entry has `region` `outside_mainland`"),
})

RESOLUTION_PROBLEM = Vocabulary.of("resolution_problem", "What is wrong with where a filed website's domain "
                                   "resolves (DOMAIN_RESOLUTION_NOT_PROVIDER).", {
    "no_address": ("查询不到解析记录（A/AAAA记录为空）", "has no address records (A/AAAA)",
                   "`resolves_to` given and empty"),
    "not_filed_ip": ("解析到 {address}，不是该网站备案的接入IP", "resolves to {address}, which is not one of the "
                     "website's filed server addresses", "an address not among `websites[i].ips[].ip`"),
    "not_at_provider": ("解析到 {address}，该地址不属于接入商", "resolves to {address}, which does not belong to "
                        "the access provider", "its `ips` entry has `at_provider` `false`"),
    "outside_mainland": ("解析到境外地址 {address}", "resolves to {address}, outside the mainland",
                         "its `ips` entry has `region` `outside_mainland`"),
})

# -- format 1.1: registration --
REGISTRATION_ABNORMALITY = Vocabulary.of("registration_abnormality", "What the business registration snapshot says "
                                         "is wrong with the entity (ENTITY_STATUS_ABNORMAL).", {
    "status": ("登记状态为“{status:registration_status}”", "its registration status is “{status:registration_status}”",
               "`business_registration.status` is not `active`"),
    "abnormal_list": ("已被列入经营异常名录", "it is on the list of businesses with abnormal operations (经营异常名录)",
                      "`business_registration.on_abnormal_list` is true"),
})

REGISTRY_NAME_CASE = Vocabulary.of("registry_name_case", "How `entity.name` differs from the registered name "
                                   "(ENTITY_NAME_REGISTRY_MISMATCH).", {
    "differs": ("主办单位名称“{name}”与国家企业信用信息公示系统登记的名称“{registered_name}”"
                "（{retrieved_on} 查询）不一致",
                "The entity name “{name}” differs from the name registered in the national enterprise credit "
                "information publicity system, “{registered_name}” (retrieved {retrieved_on})",
                "the names differ"),
    "renamed": ("主办单位名称“{name}”是该单位的曾用名：国家企业信用信息公示系统显示（{retrieved_on} 查询）"
                "该单位已更名为"
                "“{registered_name}”",
                "“{name}” is a former name of the unit: the national enterprise credit information publicity system "
                "shows (retrieved {retrieved_on}) that it has been renamed “{registered_name}”",
                "`entity.name` is among `business_registration.former_names`"),
})

LICENCE_NUMBER_PROBLEM = Vocabulary.of("licence_number_problem", "What is wrong with a business licence number "
                                       "(ENTITY_CERT_NUMBER_NOT_USCC's message).", {
    "not_uscc": ("营业执照号码“{number}”不是18位统一社会信用代码（如15位的工商注册号）：自2015年10月1日“三证合一”起，"
                 "营业执照以统一社会信用代码为号码。",
                 "The business licence number '{number}' is not an 18-character unified social credit code (an old "
                 "15-digit registration number, say): since 1 October 2015 licences carry the unified code.",
                 "the number does not have the USCC shape"),
    "registry_differs": ("营业执照号码“{number}”与国家企业信用信息公示系统登记的统一社会信用代码“{registered_uscc}”"
                         "（{retrieved_on} 查询）不一致。",
                         "The business licence number '{number}' differs from the unified social credit code "
                         "registered in the national enterprise credit information publicity system, "
                         "'{registered_uscc}' (retrieved {retrieved_on}).",
                         "a valid USCC other than `business_registration.uscc`"),
})

LICENCE_NUMBER_REMEDY = Vocabulary.of("licence_number_remedy", "How to correct a business licence number "
                                      "(ENTITY_CERT_NUMBER_NOT_USCC's remedy).", {
    "not_uscc": ("请换领载有统一社会信用代码的新版营业执照，填写18位统一社会信用代码并上传新执照"
                 "（已备案的请提交变更备案）。",
                 "Obtain the new licence with the unified social credit code, enter that code and upload the new "
                 "licence (for an approved filing, file a change).",
                 "file with the new licence"),
    "registry_differs": ("请对照最新的营业执照核对并填写登记的统一社会信用代码；执照已换发的，请上传最新营业执照"
                         "（已备案的请提交变更备案）。",
                         "Check the number against the current licence and enter the registered unified social credit "
                         "code; if the licence was reissued, upload the current one (for an approved filing, file a "
                         "change).",
                         "enter the registered code"),
})

INDIVIDUAL_BUSINESS_PROBLEM = Vocabulary.of("individual_business_problem", "How a 个体工商户's order breaks its "
                                            "province's form (ENTITY_INDIVIDUAL_BUSINESS_FORM).", {
    "enterprise": ("个体工商户须以“企业”性质备案，本单的主体性质为“{entity_type:entity_type}”",
                   "a 个体工商户 files as an enterprise, but the order says {entity_type:entity_type}",
                   "`entity.type` is not `enterprise`"),
    "operator_name": ("无字号的个体工商户须以“经营者姓名（个体工商户）”为主办单位名称，即“{expected_name}”",
                      "a 个体工商户 without a trade name files under its operator's name followed by （个体工商户）, "
                      "that is “{expected_name}”",
                      "`entity.name` is not the operator's name followed by （个体工商户）"),
    "seal": ("个体工商户须有单位公章，本单说明该单位没有公章",
             "a 个体工商户 must have a seal, and the order says it has none",
             "`entity.has_seal` is false"),
    "operator_principal": ("个体工商户的主体负责人须为经营者“{operator}”",
                           "a 个体工商户's principal must be its operator, "
                           "{operator}", "the entity principal is not the registered operator"),
    "personal": ("无字号的个体工商户须以“个人”性质备案，本单的主体性质为“{entity_type:entity_type}”",
                 "a 个体工商户 without a trade name files as an individual, but the order says "
                 "{entity_type:entity_type}",
                 "`entity.type` is not `individual`"),
    "remark": ("无字号的个体工商户（以个人性质备案）须在备注中说明是无字号的个体工商户，本单备注为空",
               "a 个体工商户 without a trade name (filing as an individual) says so in the remark, and the "
               "remark is empty", "`entity.remark` is blank"),
    "remark_words": ("无字号的个体工商户（以个人性质备案）须在备注中注明“{remark_words}”",
                     "a 个体工商户 without a trade name (filing as an individual) writes “{remark_words}” in the "
                     "remark", "`entity.remark` lacks the bureau's words"),
})

NAME_AND_CERTIFICATE_CHANGE = Vocabulary.of_literal(
    "name_and_certificate_change", "Whether a change order may alter the entity name and certificate number together "
    "(the `name_and_certificate_change` province parameter).", _schema.NameCertificateChange, {
        "refused": ("不允许同时变更，须注销后重新备案", "not allowed: cancel the filing and file anew",
                    "a change order may not alter both"),
        "former_name": ("仅当原备案名称是登记的曾用名（新旧名称有关联）时允许",
                        "allowed only if the filed name is a registered former name (the names are related)",
                        "allowed when the filed name is in `business_registration.former_names`"),
        "certificate": ("须提供名称变更证明（如准予变更登记通知书）", "allowed only with the name change certificate",
                        "allowed when a `name_change_certificate` counts for `entity`"),
        "certificate_advice": ("须提供名称变更证明（第三方资料，仅供参考）",
                               "allowed only with the name change certificate (third-party pages: advice)",
                               "as `certificate`, a warning"),
        "off": ("无特别规定", "no rule documented", "the bureau documents nothing: silent"),
    })

REGION_LEVEL = Vocabulary.of("region_level", "A level of `entity.region`.", {
    "province": ("省份", "province", "`entity.region.province`"),
    "city": ("地市", "city", "`entity.region.city`"),
    "district": ("区县", "district", "`entity.region.district`"),
})

FOREIGN_FILER = Vocabulary.of("foreign_filer", "How an individual filer is foreign (ID_FOREIGN_PERSONAL).", {
    "permanent_residence_card": ("河北管局不受理以外国人永久居留身份证办理的个人备案。",
                                 "Hebei does not accept personal filings made with a Foreign Permanent Resident ID "
                                 "Card.", "an ID type `foreign_permanent_residence`"),
    "foreign_nationality": ("河北管局不受理外国人的个人备案：主体负责人的国籍为“{nationality}”。",
                            "Hebei does not accept personal filings by foreign nationals: the principal's nationality "
                            "is {nationality}.", "a foreign `nationality`"),
})

HMT_FILER_ID = Vocabulary.of("hmt_filer_id", "How a Hong Kong or Macao individual filer's ID is not the one Guangdong "
                             "accepts (ID_HMT_DOCS).", {
    "travel_permit": ("广东管局的个人备案不接受港澳居民来往内地通行证：港澳居民须使用港澳居民居住证备案。",
                      "Guangdong does not accept the Mainland Travel Permit for Hong Kong and Macao Residents for a "
                      "personal filing: Hong Kong and Macao residents file with their Residence Permit.",
                      "an ID type `hk_macao_permit`"),
    "other_id": ("广东管局的个人备案中，港澳居民（国籍或地区“{nationality}”）须使用港澳居民居住证备案，"
                 "不接受其他证件。",
                 "In Guangdong a Hong Kong or Macao resident (nationality {nationality}) files as an individual with "
                 "the Residence Permit for Hong Kong and Macao Residents, not with another ID.",
                 "`nationality` HK or MO with another person ID type"),
})

# -- format 1.1: authorization --

FOREIGN_LEGAL_REP = Vocabulary.of_literal(
    "foreign_legal_rep", "What a bureau asks of a unit whose legal representative is not a mainland resident: the "
    "`foreign_legal_rep` province parameter.", _schema.ForeignLegalRep, {
        "authorize_mainland": ("法定代表人非内地居民的，须授权一名内地居民担任主体负责人，并上传法定代表人签署的授权书",
                               "a legal representative who is not a mainland resident must authorize a mainland "
                               "resident as principal, with his signed letter",
                               "PRINCIPAL_FOREIGN_LEGAL_REP judges such orders (PRINCIPAL_NOT_LEGAL_REP is silent)"),
        "authorize_mainland_unlisted": (
            "法定代表人非内地居民的，须授权一名内地居民担任主体负责人并上传授权书，且该负责人的证件号码、手机号码和"
            "电子邮箱不得出现在其他主体的备案中",
            "a legal representative who is not a mainland resident must authorize a mainland resident as principal, "
            "with his letter, whose ID number, mobile and email appear in no other entity's filing",
            "as `authorize_mainland`, and the authorized principal's data in no other entity's approved filing"),
        "passport_accepted": ("接受外籍法定代表人以护照登记（主体负责人按通常规则判断）",
                              "a foreign legal representative's passport is accepted (the usual principal rule "
                              "applies)",
                              "PRINCIPAL_NOT_LEGAL_REP applies as usual; PRINCIPAL_FOREIGN_LEGAL_REP is silent"),
        "unknown": ("未见规定", "nothing documented",
                    "PRINCIPAL_NOT_LEGAL_REP applies as usual; PRINCIPAL_FOREIGN_LEGAL_REP is silent"),
    })

LEGAL_REP_FINDING = Vocabulary.of("legal_rep_finding", "What PRINCIPAL_NOT_LEGAL_REP found.", {
    "not_legal_rep": ("主体负责人不是单位的法定代表人，而{province:province}管局规定：{policy:legal_rep_policy}。",
                      "The entity principal is not the unit's legal representative, and in {province:province} "
                      "{policy:legal_rep_policy}.",
                      "the entity principal is not the legal representative (W7)"),
    "changed": ("国家企业信用信息公示系统登记的法定代表人（{registered}）与备案的法定代表人（{filed}）不一致，"
                "法定代表人已变更而备案信息未更新；{province:province}管局规定：{policy:legal_rep_policy}。",
                "The business registration names {registered} as legal representative, but the filing names "
                "{filed}: the legal representative has changed and the filing was not updated, and in "
                "{province:province} {policy:legal_rep_policy}.",
                "an audit: `business_registration.legal_representative` differs from the filed legal representative"),
})

LEGAL_REP_REMEDY = Vocabulary.of("legal_rep_remedy", "What to do about PRINCIPAL_NOT_LEGAL_REP's finding.", {
    "not_legal_rep": ("请将主体负责人改为单位的法定代表人；管局接受授权的省份，也可上传法定代表人签署的授权委托书。",
                      "Make the unit's legal representative the principal; where the bureau accepts it, upload the "
                      "legal representative's signed authorization letter instead.",
                      "the entity principal is not the legal representative"),
    "changed": ("请提交变更备案，将法定代表人（及主体负责人）更新为现登记的法定代表人{registered}。",
                "Submit a change filing that gives the registered legal representative, {registered} (and, where "
                "the bureau requires it, makes him the principal).",
                "the legal representative changed after filing"),
})

FOREIGN_REP_FINDING = Vocabulary.of("foreign_rep_finding", "What PRINCIPAL_FOREIGN_LEGAL_REP found.", {
    "principal_not_mainland": ("主体负责人不是内地居民", "the entity principal is not a mainland resident",
                               "the entity principal is non-mainland (or is the non-mainland legal representative)"),
    "no_letter": ("订单中没有为主体负责人出具的授权书", "no authorization letter counts for the entity principal",
                  "no `authorization_letter` counts for `entity.principal` (group A's `for` reading)"),
    "id_number_elsewhere": ("主体负责人的证件号码已出现在其他主体的备案中",
                            "the entity principal's ID number appears in another entity's filing",
                            "JX: his ID number is a principal's in another entity's approved filing"),
    "mobile_elsewhere": ("主体负责人的手机号码已出现在其他主体的备案中",
                         "the entity principal's mobile number appears in another entity's filing",
                         "JX: his mobile is a principal's phone in another entity's approved filing"),
    "email_elsewhere": ("主体负责人的电子邮箱已出现在其他主体的备案中",
                        "the entity principal's email address appears in another entity's filing",
                        "JX: his email is a principal's in another entity's approved filing"),
})

FOREIGN_BASIS = Vocabulary.of("foreign_basis", "How a service principal is known to be foreign "
                              "(SERVICE_PRINCIPAL_NOT_CITIZEN).", {
    "foreign_permanent_residence": ("的证件为外国人永久居留身份证", "holds a foreign permanent residence card",
                                    "no `nationality`, and `id_document.type` `foreign_permanent_residence`"),
    "nationality": ("的国籍为 {nationality}（外国）", "is a national of {nationality} (a foreign country)",
                    "`nationality` is none of CN, HK, MO, TW"),
})

FINANCE_UNIT_BASIS = Vocabulary.of("finance_unit_basis", "Why a unit counts as a financial unit "
                                   "(PRINCIPAL_FINANCE_UNIT_NO_AUTH).", {
    "content": ("从其网站或APP内容看似为金融类单位",
                "appears to be a financial unit from its websites' or APPs' content",
                "a service declares `finance` content or holds a `finance` pre-approval"),
    "business_scope": ("的经营范围含金融类关键词（{keywords}），为金融类单位",
                       "is a financial unit: its business scope contains the finance keywords {keywords}",
                       "`business_registration.business_scope` contains a keyword of the national finance list"),
})

VOCABULARIES: dict[str, Vocabulary | Format] = {v.name: v for v in (
    # -- format 1.1: authorization --
    FOREIGN_LEGAL_REP, LEGAL_REP_FINDING, LEGAL_REP_REMEDY, FOREIGN_REP_FINDING, FOREIGN_BASIS, FINANCE_UNIT_BASIS,
    # -- format 1.1: registration --
    REGISTRATION_ABNORMALITY, REGISTRY_NAME_CASE, LICENCE_NUMBER_PROBLEM, LICENCE_NUMBER_REMEDY,
    INDIVIDUAL_BUSINESS_PROBLEM, NAME_AND_CERTIFICATE_CHANGE, REGION_LEVEL, FOREIGN_FILER, HMT_FILER_ID,
    # format 1.1: person_documents
    AGE_16_18_PROOF, GOV_UNIT_APPROVAL, AGE_PROOF_PROBLEM, RETIREMENT_PROBLEM, ID_HOLDER, PERSON_ID_TYPE,
    ORDER_TYPE, ORDER_STATUS, OPERATION, ENTITY_TYPE, ATTACHMENT_TYPE, CALL_RESULT, STATEMENT, CONTACT_FIELD,
    PERSON_ROLE, COMPARED_FIELD, FILED_STATE, PROVINCE, PROVINCE_SHORT, LEGAL_REP_POLICY,
    OUT_OF_PROVINCE_ID, SIGNER, SWITCH, REQUIREMENT, STRICTNESS, ADDRESS_SCOPE, SIZE, DOCUMENT_PROBLEM,
    PRE_APPROVAL_PROBLEM, FILING_NUMBER_PROBLEM, INDUSTRY, INDUSTRY_AUTHORITY, INDUSTRY_APPROVAL, CONTENT_CATEGORY,
    RULE_KIND, SEVERITY, PRINCIPAL_FIELD, PRINCIPAL_CONSISTENCY, FILER_FIELD, AGE_ROLE,
    ID_NUMBER_PROBLEM, MAILING_ADDRESS_PROBLEM, ENTITY_NATURE_PROBLEM,
    SITE_NAME_LENGTH, SITE_NAME_SYMBOLS, PERSONAL_SITE_NAME,
    PERSONAL_BLOG, COUNTED_ITEM, ORDER_LIMIT, ONE_DOMAIN_PROBLEM, APP_PLATFORM, FINGERPRINT, APP_FEATURE_PROBLEM,
    DOMAIN_VALIDITY, DOMAIN_HOLDER, DOMAIN_EXPIRY_PROBLEM, DOMAIN_HOLDER_EXPECTED, REQUIRED_DOMAIN_SUFFIX,
    SMS_RESULT, IDENTITY_CHECK_RESULT, REGISTRATION_STATUS, REGISTRATION_KIND, REAL_NAME_STATUS, APP_KIND,
    # -- format 1.1: observed --
    FOOTER_NUMBER, SITE_COUNT, DISPLAY_PROBLEM, DISPLAY_REPAIR, LIVE_CLUE, PSB_PROBLEM,
    EMERGENCY_PROBLEM, DEADLINE_STATE,  # format 1.1: verification
    KEYWORD_FIELD, QH_IMAGE, RELIGION_CLAIM,
    SERVICE_KIND, DOMAIN_HOLDER_PROBLEM, DOMAIN_HOLDER_CERTIFICATE, DOMAIN_HOLDER_REMEDY,  # format 1.1: apps_access
    DOMAIN_REAL_NAME_PROBLEM, DOMAIN_REAL_NAME_REMEDY, ATTACHMENT_SLOT, MINIPROGRAM_LIMIT, SERVER_LOCATION,
    RESOLUTION_PROBLEM,
)}


# -- rendering ---------------------------------------------------------------------------------

def placeholders(template: str) -> list[tuple[str, str]]:
    """``(name, vocabulary or "")`` for every ``{name}`` / ``{name:vocabulary}`` of a template."""
    return [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name]


@functools.cache
def parameters_read(template: str) -> frozenset[str]:
    """Every evidence name a template reads, including those its vocabularies' label templates read."""
    names = set()
    for name, spec in placeholders(template):
        names.add(name)
        vocabulary = VOCABULARIES.get(spec)
        if vocabulary is not None:
            for label in vocabulary.templates():
                names |= parameters_read(label)
    return frozenset(names)


MISSING = "—"
"""What a placeholder shows when the facts could not supply its evidence (no firing example may show it)."""


class _Missing:
    pass


class _Renderer(string.Formatter):
    def __init__(self, lang: Lang, params: Params, missing: set[str] | None):
        self.lang, self.params, self.missing = lang, params, missing

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str) and key in self.params:
            return self.params[key]
        if self.missing is not None:
            self.missing.add(str(key))
        return _Missing

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is _Missing:
            return MISSING
        if not format_spec:
            return str(value)
        return VOCABULARIES[format_spec].render(value, self.lang, self.params, self.missing)


def render(template: str, lang: Lang, params: Params, missing: set[str] | None = None) -> str:
    """``template`` with each placeholder filled from ``params``.

    A placeholder without a value shows :data:`MISSING`, and its name is added
    to ``missing`` when a set is given (the rule-example tests require none).
    """
    pieces = _pieces(template)
    renderer = _Renderer(lang, params, missing)
    if pieces is None:
        return renderer.format(template)
    return "".join(literal if name is None else literal + renderer.format_field(renderer.get_value(name, (), {}), spec)
                   for literal, name, spec in pieces)


@functools.lru_cache(maxsize=4096)
def _pieces(template: str) -> tuple[tuple[str, str | None, str], ...] | None:
    """``(literal text, placeholder name or None, vocabulary or "")`` in order, read once per template (every
    reason renders two or four), each then filled as :class:`_Renderer` fills it; None for a template with more
    than plain named placeholders, which :class:`_Renderer` renders as :class:`string.Formatter` does."""
    pieces = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if conversion or (name is not None and not name.isidentifier()) or (spec and "{" in spec):
            return None
        pieces.append((literal, name, spec or ""))
    return tuple(pieces)


def label(vocabulary: str, token: str, lang: Lang) -> str:
    """The static label of ``token`` (for docs and UIs); a computed or templated label is shown as declared."""
    term = VOCABULARIES[vocabulary]
    if not isinstance(term, Vocabulary):
        raise KeyError(f"{vocabulary} is a format, not a vocabulary")
    text = term.terms[token].label(lang)
    return text if isinstance(text, str) else f"({term.terms[token].meaning})"
