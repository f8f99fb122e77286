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
    transition_from: _dt.date | None = None
    """A window before ``since`` in which orders already had to comply (checks from this day on)."""
    max_bytes: int | None = None
    commercial: bool | None = None
    """Only orders whose ``order.commercial`` equals this; None means all."""
    notes: str = ""
    """What the rule does not check, for its doc."""
    examples: tuple[DocumentExample, ...] = ()

    @property
    def effective_from(self) -> _dt.date:
        return self.transition_from or self.since


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
    # -- wave 1b: domains (domain_checks) --
    # -- wave 1b: documents and pre-approval keywords (document_checks) --
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
