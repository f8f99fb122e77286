"""The shape every province module fills in: its parameters, as sourced data.

Each ``beianrules/provinces/<code>.py`` defines ``PARAMETERS``, a
:class:`ProvinceParameters`, and imports nothing but this module: a province
module is data, never rule machinery. Every parameter value is
:class:`Sourced`: it carries the catalog source keys (RULE-CATALOG §6) it
rests on and, where providers disagree, the conflict and why this value was
chosen — always the reading that rejects less (a legitimate filing rejected is
worse than a bad one missed).

The parameters themselves are declared once, here, as the fields of
:class:`ProvinceParameters` with their meaning in the field's metadata
(:func:`parameter`). The province fact (``beianrules.facts.province``), the
parameter checks of rule declarations and ``docs/provinces.md`` are derived
from these declarations: a new scalar parameter needs its field here, its
value in the 31 modules and the rule that reads it — nothing else.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Generic, Literal, TypeVar

import attrs

LegalRepPolicy = Literal["required", "letter", "free"]
"""Who may be a unit's principal (主体负责人); labels and meanings in ``beianrules.vocabulary``."""

OutOfProvinceId = Literal["proof_accepted", "residence_permit_only", "local_id_only", "unknown"]
"""What an individual filer whose ID address lies in another province may do."""

Signer = Literal["service_principal", "legal_rep_or_individual"]
"""Who signs a province document by hand."""

Switch = Literal["on", "off"]
"""Whether the bureau checks a requirement (``off``: the rule is silent there)."""

Requirement = Literal["error", "warning", "off"]
"""How a bureau holds to a requirement: ``error`` on its own pages, ``warning`` on weaker sources only (REASONS-WAVE1
W1: one provider's practice or third-party pages), ``off`` not at all."""

Strictness = Literal["error", "warning"]
"""A requirement every bureau holds to, as an error or as a warning."""

AddressScope = Literal["city", "province", "off"]
"""Where a unit's mailing address must lie relative to its certificate address."""

# -- format 1.1: registration --
IndividualBusinessClause = Literal["enterprise", "operator_name", "seal", "operator_principal", "personal", "remark"]
"""A clause of ENTITY_INDIVIDUAL_BUSINESS_FORM a bureau applies to a registered 个体工商户: ``enterprise`` — it
files as an enterprise; ``operator_name`` — without a 字号 its name is the operator's followed by （个体工商户）;
``seal`` — it must have a seal; ``operator_principal`` — its principal is the operator; ``personal`` — without a
字号 it files as an individual; ``remark`` — without a 字号 its remark says so (``individual_business_remark``)."""

NameCertificateChange = Literal["refused", "former_name", "certificate", "certificate_advice", "off"]
"""Whether a change order may alter the entity name and the certificate number together, and what allows it;
labels in ``beianrules.vocabulary``."""

T = TypeVar("T")


@attrs.frozen
class Sourced(Generic[T]):
    """A parameter value with what it rests on."""

    value: T
    sources: tuple[str, ...] = ()
    """Catalog source keys; empty only for a value that says "nothing documented"."""
    conflict: str | None = None
    """Where the sources disagree: what each side says, and why ``value`` was chosen."""


@attrs.frozen
class Wording:
    """A phrase in both languages; it may hold ``{name}`` / ``{name:vocabulary}`` placeholders."""

    zh: str
    en: str


@attrs.frozen
class LocalPhones:
    """Contact numbers must belong to these provinces' number segments."""

    accepted: frozenset[str]
    entity_types: frozenset[str] | None = None
    """Filer types the requirement applies to; None means all."""
    remark_exempts_units: bool = False
    """A unit (any filer but an individual) that gives a reason in ``entity.remark`` is exempt."""


@attrs.frozen
class MinimumAges:
    """The youngest age the bureau accepts, by role (None: no minimum documented for that role)."""

    unit_principal: int | None = None
    """The entity principal of a unit."""
    individual: int | None = None
    """The entity principal of an individual filer (the filer himself)."""
    service_principal: int | None = None
    """A unit's website or APP principal."""
    legal_rep: int | None = None
    """``entity.legal_representative``."""


# -- wave 1b: site counts and personal content (site_counts) --------------------------------------

PersonalBlog = Literal["allowed", "refused"]
"""Whether an individual filer may choose 博客/个人空间 (``blog``) as a website's content."""

CountedItem = Literal["domains", "websites"]
"""What a per-order limit counts: the order's distinct domain keys (W9), or its ``websites`` entries."""


@attrs.frozen(repr=False)
class OrderLimit:
    """One limit on what a single order may carry (SITE_COUNT_PER_ORDER); it applies to the orders named."""

    counts: CountedItem
    maximum: int
    """The most the order may carry; one more is over the limit."""
    order_types: tuple[str, ...]
    """``order.type`` tokens the limit applies to."""
    entity_types: tuple[str, ...] | None = None
    """``entity.type`` tokens the limit applies to; None means every filer."""
    filed_at_least: int | None = None
    """Only once the entity already holds at least this many filed websites (REASONS-WAVE1 W10, the order's
    own new websites not counted); None: always."""
    severity: Strictness = "error"

    def __repr__(self) -> str:
        """As the references list it: ``individual: ≤ 1 domains per new_website order once ≥ 8 websites are filed``."""
        filers = f"{'/'.join(self.entity_types)}: " if self.entity_types is not None else ""
        once = f" once ≥ {self.filed_at_least} websites are filed" if self.filed_at_least is not None else ""
        severity = " (warning)" if self.severity == "warning" else ""
        return f"{filers}≤ {self.maximum} {self.counts} per {'/'.join(self.order_types)} order{once}{severity}"


@attrs.frozen(repr=False)
class EntityLimit:
    """The most websites one entity of a type may hold, filed and added by the order (SITE_COUNT_PER_ENTITY)."""

    entity_type: str
    maximum: int

    def __repr__(self) -> str:
        """As the references list it: ``individual ≤ 5 websites``."""
        return f"{self.entity_type} ≤ {self.maximum} websites"


# -- wave 1b: domains (domain_checks): types ------------------------------------------------------

DomainValidity = Literal["three_months", "forty_five_days", "off"]
"""How long a website's domain must still be registered when the order reaches the bureau (W4)."""

DomainHolder = Literal["unit_or_legal_rep", "unit_only", "off"]
"""Whom a unit's domain registrant may be (``off``: units are not compared)."""


@attrs.frozen
class TldWhitelist:
    """The top-level domains a bureau accepts for a new website's domains (DOMAIN_BJ_SUFFIX_LIST)."""

    tlds: tuple[str, ...]
    """TLDs as W9 reads them: the last label in U-form, lower case, without the dot (``com``, ``中国``)."""
    han_tlds: bool = False
    """Any TLD made only of Han characters is accepted as well (the source's ".中文域名")."""

    def __str__(self) -> str:
        listed = " ".join(f".{name}" for name in self.tlds)
        return listed + ("; and any TLD of Han characters only" if self.han_tlds else "")


@attrs.frozen
class DocumentExample:
    """An example of a province document rule, beyond the generated boundary examples (plain data)."""

    title: str
    fires: bool
    changes: dict[str, Any] = attrs.field(factory=dict)
    as_of: str | None = None
    province: str | None = None
    paths: tuple[str, ...] | None = None
    count: int | None = None
    severity: Literal["error", "warning"] | None = None


@attrs.frozen
class DocumentRequirement:
    """Documents a bureau requires from a start date on; ``beianrules.rulebook.province_documents`` makes the rule.

    The start date applies as REASONS.md reads it ("Start dates"): every order
    that has not reached the bureau before ``since`` needs them; orders at the
    bureau before ``since``, and filings approved before it, are exempt; one
    that the bureau rejected must carry them when sent again.
    """

    code: str
    """The rule's code (its catalog id)."""
    attachments: tuple[str, ...]
    """``attachments[].type`` tokens, one per document required."""
    since: _dt.date
    sources: tuple[str, ...]
    signer: Signer
    requirement: Wording
    """What the bureau asks, as the message says it: ``{document:attachment_type}`` names the document."""
    remedy: Wording
    why: str
    why_zh: str
    """``why`` in Chinese: the rule's ``doc.zh.why``."""
    transition_from: _dt.date | None = None
    """A window before ``since`` in which orders already had to comply (checks from this day on)."""
    max_bytes: int | None = None
    commercial: bool | None = None
    """Only orders whose ``order.commercial`` equals this; None means all."""
    notes: str = ""
    """What the rule does not check, for its doc."""
    notes_zh: str = ""
    """``notes`` in Chinese, for ``doc.zh.what``; required when ``notes`` is given."""
    examples: tuple[DocumentExample, ...] = ()
    valid_working_days: int | None = None
    """How many working days after its ``signed_on`` a signed copy stays valid (REASONS-WAVE1 W4: the known
    working days, a lower bound where the calendar ends); None: no limit documented. The province's
    ``<code>_STALE`` rule checks it (``beianrules.rulebook.document_checks``)."""

    @property
    def effective_from(self) -> _dt.date:
        return self.transition_from or self.since


# -- wave 1b: documents and pre-approval keywords (document_checks) --------------------------------


@attrs.frozen(repr=False)
class PreApprovalKeyword:
    """A word in an entity, website or APP name that implies a pre-approval industry (PREAPPROVAL_KEYWORD_SCREEN)."""

    term: str
    """Found by REASONS-WAVE1 W5 *contains* (NFKC, white space removed, Latin letters case-folded)."""
    industry: str
    """The ``pre_approvals[].industry`` token it implies (a key of ``beianrules.industries.INDUSTRIES``)."""
    not_followed_by: tuple[str, ...] = ()
    """An occurrence immediately followed by one of these does not count (基金 in 基金会: a foundation)."""

    def __repr__(self) -> str:
        """As the references list it: ``基金 (not before 会) → finance``."""
        excluded = f" (not before {'/'.join(self.not_followed_by)})" if self.not_followed_by else ""
        return f"{self.term}{excluded} → {self.industry}"


# -- format 1.1: person_documents --

AgeProofRole = Literal["individual", "legal_rep", "off"]
"""Whose age of 16 or 17 needs a proof of employment or income, and under 16 is refused (PRINCIPAL_AGE_16_18_PROOF):
an individual filer's principal, a unit's legal representative, or nobody."""

GovUnitApproval = Literal["establishment_approval", "public_institution_application", "domain_review_form"]
"""What a government or public-institution unit opening a website must attach (ENTITY_GOV_UNIT_APPROVAL)."""


# -- format 1.1: observed --

FooterNumber = Literal["site_number", "main_number"]
"""Which filing number a website's home page shows at its bottom (FOOTER_FILING_NUMBER): the website's own
number (``…号-n``) or the entity's main number (``entity.filing_number``, Guangdong)."""

SiteCount = Literal["entity_websites", "filed_websites", "domains"]
"""What a document threshold counts (SITE_EXTRA_DOCS_THRESHOLD): the entity's websites, filed and added by the
order (REASONS-WAVE1 W10); its filed websites alone (W10's ``F``); or the distinct domain keys (W9) of the order's
websites."""


@attrs.frozen(repr=False)
class SiteDocumentThreshold:
    """Documents a bureau asks for once a count reaches a threshold (SITE_EXTRA_DOCS_THRESHOLD)."""

    counts: SiteCount
    at_least: int
    """The threshold: a count of this many or more needs the documents."""
    documents: tuple[str, ...] = ()
    """``attachments[].type`` tokens needed once each."""
    per_domain: tuple[str, ...] = ()
    """``attachments[].type`` tokens needed once per counted domain (as many copies as domains)."""
    order_types: tuple[str, ...] | None = None
    """``order.type`` tokens the threshold applies to; None: every content order (REASONS-WAVE1 W2)."""
    entity_types: tuple[str, ...] | None = None
    """``entity.type`` tokens it applies to; None: every filer."""
    severity: Strictness = "error"

    def __repr__(self) -> str:
        """As the references list it: ``individual: ≥ 6 domains → site_construction_plan, domain_certificate per
        domain``."""
        filers = f"{'/'.join(self.entity_types)}: " if self.entity_types is not None else ""
        orders = f" on {'/'.join(self.order_types)} orders" if self.order_types is not None else ""
        needed = [*self.documents, *(f"{document} per domain" for document in self.per_domain)]
        severity = " (warning)" if self.severity == "warning" else ""
        return f"{filers}≥ {self.at_least} {self.counts}{orders} → {', '.join(needed)}{severity}"


# -- format 1.1: authorization --

ForeignLegalRep = Literal["authorize_mainland", "authorize_mainland_unlisted", "passport_accepted", "unknown"]
"""What a bureau asks of a unit whose legal representative is not a mainland resident (PRINCIPAL_FOREIGN_LEGAL_REP,
PRINCIPAL_NOT_LEGAL_REP)."""


def parameter(zh: str, en: str, meaning: str, *, vocabulary: str | None = None, default: Any = attrs.NOTHING) -> Any:
    """Declare one province parameter: its labels, its meaning and, for a scalar, its vocabulary.

    A scalar parameter (one token per province, ``vocabulary`` given) becomes
    a field of the province fact under its own name; the others are read by
    fact builders.
    """
    return attrs.field(default=default, metadata={"zh": zh, "en": en, "meaning": meaning, "vocabulary": vocabulary})


@attrs.frozen
class ProvinceParameters:
    code: str
    legal_rep: Sourced[LegalRepPolicy] = parameter(
        "主体负责人与法定代表人", "principal and legal representative",
        "Whether a unit's principal (主体负责人) must be its legal representative, or may be another person "
        "with his authorization letter, or anyone (RULE-CATALOG §1.2, §2).",
        vocabulary="legal_rep_policy")
    out_of_province_id: Sourced[OutOfProvinceId] = parameter(
        "外省证件的个人备案", "individuals with an ID from another province",
        "What an individual filer whose ID address lies in another province must attach, or whether he may "
        "file here at all (RULE-CATALOG §1.4, §2).",
        vocabulary="out_of_province_id")
    local_phones: Sourced[LocalPhones | None] = parameter(
        "本地号码", "local numbers",
        "Whether contact numbers must belong to this province's number segments (and which others are "
        "accepted, for which filers); None: no requirement documented from a provider's own page.")
    emergency_cross_use: Sourced[Switch] = parameter(
        "应急电话交叉使用", "emergency phones used across principals",
        "Whether the entity principal's emergency phone may be another principal's mobile (and the reverse).",
        vocabulary="switch")
    office_phone_not_mobile: Sourced[Switch] = parameter(
        "办公电话不得为手机", "office phone other than the mobile",
        "Whether a unit's principal must give an office phone other than his mobile.", vocabulary="switch")
    letter_requires_same_person: Sourced[Switch] = parameter(
        "授权时负责人须为同一人", "with a letter, one principal",
        "Whether, when the principal is authorized by the legal representative's letter, every service "
        "principal must be that same person.", vocabulary="switch")
    service_principal_letter: Sourced[Requirement] = parameter(
        "网站负责人授权书", "service principal's authorization letter",
        "Whether a unit's website/APP principal other than the legal representative needs an authorization "
        "letter, and how surely a filing without one is rejected.", vocabulary="requirement")
    principal_id_exclusive: Sourced[Requirement] = parameter(
        "主体负责人证件唯一", "one entity per principal",
        "Whether a person may be the entity principal of only one entity (unless one legal representative "
        "heads both).", vocabulary="requirement")
    minimum_ages: Sourced[MinimumAges | None] = parameter(
        "最低年龄", "minimum ages",
        "The youngest age accepted for each role, at the day the order reaches the bureau; None: none documented.")
    service_principal_citizen: Sourced[Switch] = parameter(
        "网站负责人须为中国公民", "service principals are citizens",
        "Whether a service principal holding a foreign permanent residence card is refused.", vocabulary="switch")
    id_validity: Sourced[Strictness] = parameter(
        "证件有效期不足三个月", "IDs valid for less than 3 months",
        "How surely a principal's ID with fewer than 3 months left is rejected.", vocabulary="strictness")
    address_same: Sourced[AddressScope] = parameter(
        "通信地址与证件住所同地", "mailing address where the certificate is",
        "Whether a unit's mailing address must lie in the certificate address's prefecture (city) or "
        "province.", vocabulary="address_scope")
    old_licence_order_types: Sourced[tuple[str, ...]] = parameter(
        "可用旧版营业执照的订单", "orders that may use an old licence",
        "Order types for which a business licence without a USCC (an old 注册号) is accepted.")
    mailing_address_forbidden: Sourced[tuple[str, ...]] = parameter(
        "通信地址禁用词", "words a mailing address may not contain",
        "Texts the bureau refuses in `entity.mailing_address` (a warning: third-party sources).")
    # -- wave 1b: site names, counts, personal content, APPs (site_names, site_counts) --
    personal_remark: Sourced[Strictness] = parameter(
        "个人网站备注", "personal website remarks",
        "How surely an individual filer's website without a remark (what the site will carry) is rejected "
        "(PERSONAL_REMARK_MISSING): `error` where the bureau's or the provider's province page requires it, "
        "`warning` elsewhere (the catalog's national scope, which no other province page confirms).",
        vocabulary="strictness")
    personal_blog: Sourced[PersonalBlog] = parameter(
        "个人备案可选博客", "personal blogs",
        "Whether an individual filer may choose 博客/个人空间 (`blog`) as a website's content "
        "(PERSONAL_SERVICE_CONTENT); `allowed` where nothing else is documented.",
        vocabulary="personal_blog")
    order_limits: Sourced[tuple[OrderLimit, ...]] = parameter(
        "单次提交数量限制", "limits per order",
        "How many domains or websites one order may carry, for which order types and filers "
        "(SITE_COUNT_PER_ORDER); empty: no limit documented.")
    entity_limits: Sourced[tuple[EntityLimit, ...]] = parameter(
        "主体网站数量上限", "websites per entity",
        "The most websites an entity of a type may hold, those filed and those the order adds "
        "(SITE_COUNT_PER_ENTITY); empty: no limit documented.")
    # -- wave 1b: domains (domain_checks) --
    domain_validity: Sourced[DomainValidity] = parameter(
        "域名剩余有效期", "domains' remaining validity",
        "How long a website's domain must still be registered on the day the order reaches the bureau "
        "(DOMAIN_EXPIRED_OR_SHORT clause (b), REASONS-WAVE1 W4): three months, 45 days, or `off` (no minimum "
        "documented: only an expired domain is rejected).",
        vocabulary="domain_validity")
    domain_holder: Sourced[DomainHolder] = parameter(
        "单位网站域名持有者", "who may hold a unit's domain",
        "Whom a unit's domain registrant must be (DOMAIN_HOLDER_MISMATCH clauses (b) and (c)): the unit itself, "
        "or the unit or its legal representative; `off`: a unit's registrant is not compared (an individual "
        "filer's is, everywhere).",
        vocabulary="domain_holder")
    gov_domain_suffix: Sourced[Switch] = parameter(
        "事业单位和党政机关域名后缀", "public institutions' and government organs' domain suffixes",
        "Whether a public institution's domains must end in .cn or .公益 and a government organ's in .gov.cn or "
        ".政务 (DOMAIN_GOV_SUFFIX).",
        vocabulary="switch")
    allowed_tlds: Sourced[TldWhitelist | None] = parameter(
        "可备案的顶级域", "top-level domains accepted",
        "The only TLDs the bureau accepts for the domains of a first filing or a new website "
        "(DOMAIN_BJ_SUFFIX_LIST); None: no such list.")
    refused_access_tlds: Sourced[tuple[str, ...]] = parameter(
        "不可接入备案的顶级域", "top-level domains refused on access filings",
        "TLDs (W9) whose domains the bureau refuses on a `new_access` order (DOMAIN_NX_ORG_ACCESS); empty: none.")
    # -- wave 1b: documents and pre-approval keywords (document_checks) --
    check_form_months: Sourced[int | None] = parameter(
        "真实性核验单有效期（月）", "check form's validity (months)",
        "How many months after its signature date (`signed_on`) the bureau accepts a 网站备案信息真实性核验单 "
        "(`authenticity_check_form`); None: no validity documented.")
    pre_approval_keywords: Sourced[tuple[PreApprovalKeyword, ...]] = parameter(
        "本省前置审批关键词", "the bureau's pre-approval keywords",
        "Words in an entity, website or APP name that the bureau reads as a pre-approval industry, beyond "
        "the national finance list (`beianrules.facts.document_checks.NATIONAL_KEYWORDS`).")
    # -- format 1.1: person_documents --
    age_16_18_proof: Sourced[AgeProofRole] = parameter(
        "16至18周岁须提供工作或收入证明", "proof of employment or income at 16 or 17",
        "Whose age the bureau checks for PRINCIPAL_AGE_16_18_PROOF — an individual filer's principal "
        "(`individual`), a unit's legal representative (`legal_rep`), or nobody (`off`): under 16 he is refused, "
        "at 16 or 17 he needs an `employment_or_income_proof`.",
        vocabulary="age_16_18_proof")
    temporary_id_refused: Sourced[Switch] = parameter(
        "不接受临时居民身份证", "temporary resident IDs refused",
        "Whether the bureau refuses a 临时居民身份证 (`temporary_resident_id`) as a principal's or the legal "
        "representative's ID or as an individual filer's certificate (ID_TEMPORARY_CARD).",
        vocabulary="switch")
    citizen_resident_id: Sourced[Switch] = parameter(
        "内地居民须使用居民身份证", "mainland residents file with the resident ID",
        "Whether a principal of nationality `CN` must give his resident ID (or temporary resident ID), not "
        "another document such as a passport (ID_CITIZEN_MUST_USE_RIC).",
        vocabulary="switch")
    gov_unit_approval: Sourced[GovUnitApproval] = parameter(
        "党政机关、事业单位开办网站的材料", "documents for government and public-institution websites",
        "What a government organ or public institution adding a website must attach (ENTITY_GOV_UNIT_APPROVAL): "
        "the establishment authority's approval (`establishment_approval`, both kinds of unit; an error), the "
        "public institution's website application form (`public_institution_application`, public institutions "
        "only; an error), or — where the bureau documents neither — a government website's domain review form "
        "(`domain_review_form`: advice, a warning).",
        vocabulary="gov_unit_approval")
    # -- format 1.1: observed --
    footer_number: Sourced[FooterNumber] = parameter(
        "网站首页底部展示的备案号", "the filing number a home page shows",
        "Which filing number a website's home page must show at its bottom, linked to https://beian.miit.gov.cn "
        "(FOOTER_FILING_NUMBER): the website's own number with its `-n`, or — Guangdong — the entity's main "
        "number.",
        vocabulary="footer_number")
    site_document_thresholds: Sourced[tuple[SiteDocumentThreshold, ...]] = parameter(
        "网站数量或域名数量达到一定数量时的材料", "documents above a number of websites or domains",
        "Documents the bureau asks for once the entity's websites, its filed websites or the order's domains "
        "reach a number (SITE_EXTRA_DOCS_THRESHOLD); empty: none documented.")
    # -- format 1.1: registration --
    latest_licence_order_types: Sourced[tuple[str, ...]] = parameter(
        "须用最新（三证合一）营业执照的订单", "orders that must use the newest licence",
        "Order types for which a business licence without a USCC (an old 注册号) is refused once the business "
        "registration snapshot gives the unit's USCC (LICENCE_NOT_LATEST); empty: no such requirement documented.")
    individual_business_form: Sourced[tuple[IndividualBusinessClause, ...]] = parameter(
        "个体工商户的备案方式", "how a 个体工商户 files",
        "The clauses of ENTITY_INDIVIDUAL_BUSINESS_FORM the bureau applies to a registered 个体工商户 "
        "(`business_registration.kind` `individual_business`); empty: no special form documented.")
    individual_business_remark: Sourced[tuple[str, ...]] = parameter(
        "无字号个体工商户的备注用语", "what the remark of a 个体工商户 without a trade name must say",
        "Words `entity.remark` must contain when the `remark` clause of `individual_business_form` applies; "
        "empty: any remark that is not blank.")
    name_and_certificate_change: Sourced[NameCertificateChange] = parameter(
        "同时变更主体名称和证件号码", "changing the entity name and certificate number together",
        "Whether a change order may alter both the entity name and the certificate number of the filed entity "
        "(ENTITY_NAME_AND_CERT_CHANGED), and what allows it.", vocabulary="name_and_certificate_change")
    # -- format 1.1: authorization --
    foreign_legal_rep: Sourced[ForeignLegalRep] = parameter(
        "法定代表人非内地居民", "a legal representative who is not a mainland resident",
        "What the bureau asks of a unit whose legal representative is not a mainland resident (foreign, or from "
        "Hong Kong, Macao or Taiwan): authorize a mainland resident as principal with his letter "
        "(`authorize_mainland`; PRINCIPAL_FOREIGN_LEGAL_REP judges such orders instead of PRINCIPAL_NOT_LEGAL_REP), "
        "the same and that person's ID number, mobile and email in no other entity's filing "
        "(`authorize_mainland_unlisted`), his passport accepted with the usual principal rule "
        "(`passport_accepted`), or nothing documented (`unknown`).",
        vocabulary="foreign_legal_rep")
    documents: tuple[DocumentRequirement, ...] = parameter(
        "省管局要求的材料", "documents the bureau requires",
        "Documents the bureau requires from a start date on; each becomes one rule.", default=())
    notes: tuple[str, ...] = ()
    """Conflicts and open points that concern no one parameter."""


def parameter_fields() -> tuple[attrs.Attribute[Any], ...]:
    """The declared parameters, in order (every field of :class:`ProvinceParameters` with labels)."""
    return tuple(f for f in attrs.fields(ProvinceParameters) if "meaning" in f.metadata)


def scalar_parameters() -> dict[str, str]:
    """Scalar parameter name → its vocabulary: the fields of the province fact that come from the data."""
    return {f.name: f.metadata["vocabulary"] for f in parameter_fields() if f.metadata["vocabulary"]}
