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
class DocumentExample:
    """An example of a province document rule, beyond the generated boundary examples (plain data)."""

    title: str
    fires: bool
    changes: dict[str, Any] = attrs.field(factory=dict)
    as_of: str | None = None
    province: str | None = None
    paths: tuple[str, ...] | None = None
    count: int | None = None


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
