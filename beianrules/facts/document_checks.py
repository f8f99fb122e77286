"""Facts for the wave-1b rows about signed documents and pre-approval keywords (REASONS-WAVE1, table 1b).

One fact per finding the rows report (W15), each carrying the path it names:

- ``signed_document_age`` — a copy of a province document whose signature stays
  valid for a number of working days (``DocumentRequirement.valid_working_days``:
  Guangdong's 《互联网信息服务备案承诺书》, 60), measured from its ``signed_on`` to
  the bureau day ``R`` (W4: ``order.submitted_to_authority_on`` for an order in
  ``authority_review``, unknown when absent — then no fact; ``D`` otherwise).
  Working days are W4's: the days ``x`` with ``signed_on < x <= R`` that the
  statutory calendar calls working days; a day the installed calendar does not
  cover is not counted (the count is a lower bound, and "stale" needs the lower
  bound alone to pass the limit). ``every_copy_stale`` is True only when every
  copy of that type gives ``signed_on`` and every one is stale (a copy without a
  date, or a fresh one, may be the valid one); ``applies`` is the requirement's
  start-date reading (:func:`beianrules.facts.documents.start_date_applies`).
  Built only for orders in the requirement's commercial scope.
- ``check_form_age`` — a copy of the 网站备案信息真实性核验单
  (``authenticity_check_form``) with ``signed_on``, in a province whose
  ``check_form_months`` is set: stale when ``R > add_months(signed_on, months)``
  (W4); ``every_copy_stale`` as above.
- ``name_keyword`` — a name (``entity.name``, ``websites[i].name``,
  ``apps[i].name``) that contains (W5) a keyword of the national list
  (:data:`NATIONAL_KEYWORDS`, finance) or of the bureau's
  ``pre_approval_keywords``: one fact per name and implied industry, with the
  keywords found, whether the industry is declared (a service's
  ``content_categories`` imply it, :func:`beianrules.industries.implied_industries`)
  or approved (a ``pre_approvals`` entry of it) — for a website or APP name by
  that service, for ``entity.name`` by any service of the order — and whether
  the order is a content order (W2). Format 1.1 adds ``entity.business_registration.business_scope``
  (``field`` ``business_scope``; read like ``entity.name``: any service of the order declares or approves);
  ``entity_level`` marks the entity name and the scope; ``committed`` says a ``no_pre_approval_commitment``
  is attached (any copy, whatever its ``for``) — or, for the finance industry, a ``finance_commitment_letter``;
  ``finance_letter`` says a ``finance_commitment_letter`` is attached (PREAPPROVAL_GD_FINANCE).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence

from beianrules.facts.context import Context, bureau_day
from beianrules.facts.documents import start_date_applies
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.services import services
from beianrules.finding import Fact
from beianrules.industries import implied_industries
from beianrules.model import CONTENT_ORDER_TYPES, Attachment, Filing
from beianrules.provinces._schema import DocumentRequirement, PreApprovalKeyword, ProvinceParameters
from beianrules.reference.days import add_months, working_days_between
from beianrules.reference.text import contains, name_key

KINDS = (
    FactKind("signed_document_age", "A copy of a province document whose signature stays valid for a number of "
             "working days: its age at the bureau day (W4).", {
                 "path": PATH, "requirement": TEXT, "document": token("attachment_type"), "signed_on": DATE,
                 "bureau_day": DATE, "working_days": COUNT, "uncounted_days": COUNT, "limit": COUNT,
                 "stale": FLAG, "every_copy_stale": FLAG, "applies": FLAG, "individual": FLAG,
             }),
    FactKind("check_form_age", "A signed 网站备案信息真实性核验单: its age in months at the bureau day (W4).", {
        "path": PATH, "signed_on": DATE, "bureau_day": DATE, "months": COUNT, "valid_through": DATE,
        "stale": FLAG, "every_copy_stale": FLAG,
    }),
    FactKind("name_keyword", "A name containing keywords of a pre-approval industry (W5), and whether the order "
             "declares or holds that industry.", {
                 "path": PATH, "name": TEXT, "industry": token("industry"), "keywords": TEXT,
                 "province": token("province"), "content_order": FLAG, "declared": FLAG, "approved": FLAG,
                 "field": token("keyword_field"), "entity_level": FLAG, "committed": FLAG, "finance_letter": FLAG,
             }),
)

_FINANCE_TERMS = ("交易所", "交易中心", "金融", "资产管理", "理财", "基金", "基金管理", "投资管理", "财富管理",
                  "股权投资", "股权投资基金", "网贷", "网络借贷", "P2P", "众筹", "股权众筹", "互联网保险", "支付")

NATIONAL_KEYWORDS: tuple[PreApprovalKeyword, ...] = tuple(
    # 基金 immediately followed by 会 names a foundation (基金会), not a fund.
    PreApprovalKeyword(term, "finance", not_followed_by=("会",) if term == "基金" else ())
    for term in _FINANCE_TERMS
)
"""The national keyword list of PREAPPROVAL_KEYWORD_SCREEN: words that imply the finance industry in every
province (RULE-CATALOG §1.7, §3)."""

NATIONAL_KEYWORD_SOURCES = ("TC-PRE",)


def facts(ctx: Context) -> list[Fact]:
    filing, params, as_of = ctx.filing, ctx.params, ctx.as_of
    day = bureau_day(filing, as_of)
    found: list[Fact] = []
    if day is not None:
        for requirement in params.documents:
            found.extend(_signed_document_ages(filing, requirement, day))
        found.extend(_check_form_ages(filing, params, day))
    found.extend(_name_keywords(filing, params))
    return found


def _copies(filing: Filing, document: str) -> list[tuple[int, Attachment]]:
    return [(k, a) for k, a in enumerate(filing.attachments) if a.type == document]


def _every(stale: Sequence[bool | None]) -> bool | None:
    """True when every copy is stale, False when one is not, None when that is unknown for one (and none is fresh)."""
    if any(s is False for s in stale):
        return False
    return True if all(s is True for s in stale) else None


# -- GD_COMMITMENT_LETTER_STALE ------------------------------------------------------------------


def _signed_document_ages(filing: Filing, requirement: DocumentRequirement, day: _dt.date) -> list[Fact]:
    limit = requirement.valid_working_days
    if limit is None:
        return []
    if requirement.commercial is not None and filing.order.commercial is not requirement.commercial:
        return []  # out of the requirement's scope (commercial or not; not given: silent)
    applies = start_date_applies(filing, requirement.since)
    found = []
    for document in requirement.attachments:
        copies = _copies(filing, document)
        # A copy without a date may be the valid one: its staleness is unknown.
        counts = {k: working_days_between(a.signed_on, day) for k, a in copies if a.signed_on is not None}
        stale = {k: c.known > limit for k, c in counts.items()}
        every = _every([stale.get(k) for k, _a in copies])
        for k, attachment in copies:
            if k not in counts or attachment.signed_on is None:
                continue
            found.append({
                "kind": "signed_document_age",
                "ref": f"attachments[{k}]:{requirement.code}:signature_age",
                "path": f"attachments[{k}].signed_on",
                "requirement": requirement.code,
                "document": document,
                "signed_on": attachment.signed_on.isoformat(),
                "bureau_day": day.isoformat(),
                "working_days": counts[k].known,
                "uncounted_days": counts[k].unknown_days,
                "limit": limit,
                "stale": stale[k],
                "every_copy_stale": every,
                "applies": applies,
                "individual": filing.entity.type == "individual",
            })
    return found


# -- VERIFICATION_FORM_AGE -----------------------------------------------------------------------


def _check_form_ages(filing: Filing, params: ProvinceParameters, day: _dt.date) -> list[Fact]:
    months = params.check_form_months.value
    if months is None:
        return []
    copies = _copies(filing, "authenticity_check_form")
    through: dict[int, _dt.date | None] = {}
    for k, attachment in copies:
        if attachment.signed_on is not None:
            try:
                through[k] = add_months(attachment.signed_on, months)
            except OverflowError:  # beyond date.max: never stale
                through[k] = None
    stale = {k: (last is not None and day > last) for k, last in through.items()}
    every = _every([stale.get(k) for k, _a in copies])
    found = []
    for k, attachment in copies:
        if k not in stale or attachment.signed_on is None:
            continue
        last = through[k]
        found.append({
            "kind": "check_form_age",
            "ref": f"attachments[{k}]:check_form_age",
            "path": f"attachments[{k}].signed_on",
            "signed_on": attachment.signed_on.isoformat(),
            "bureau_day": day.isoformat(),
            "months": months,
            "valid_through": last.isoformat() if last is not None else None,
            "stale": stale[k],
            "every_copy_stale": every,
        })
    return found


# -- PREAPPROVAL_KEYWORD_SCREEN ------------------------------------------------------------------


def occurs(name: str, keyword: PreApprovalKeyword) -> bool:
    """Whether ``name`` contains ``keyword`` by W5 *contains*, minus occurrences followed by an excluded text.

    Without exclusions this is :func:`beianrules.reference.text.contains`. With them, occurrences are
    looked for in the name key (:func:`beianrules.reference.text.name_key`: W5's *contains* normalisation
    — NFKC, white space removed, Latin letters case-folded — which also reads name separators as ``·``, a
    character no keyword holds, so it finds the same occurrences); one that is immediately followed by an
    excluded text (``基金会``) does not count.
    """
    if not keyword.not_followed_by:
        return contains(name, keyword.term)
    key, needle = name_key(name), name_key(keyword.term)
    if key is None or needle is None:
        return False
    excluded = [e for e in (name_key(text) for text in keyword.not_followed_by) if e]
    start = key.find(needle)
    while start >= 0:
        if not any(key.startswith(e, start + len(needle)) for e in excluded):
            return True
        start = key.find(needle, start + 1)
    return False


def implied_by_keywords(name: str, keywords: Iterable[PreApprovalKeyword]) -> dict[str, list[PreApprovalKeyword]]:
    """Industry → the keywords ``name`` contains that imply it, in list order."""
    found: dict[str, list[PreApprovalKeyword]] = {}
    for keyword in keywords:
        if occurs(name, keyword):
            found.setdefault(keyword.industry, []).append(keyword)
    return found


def _name_keywords(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    bureau_keywords = params.pre_approval_keywords.value
    keywords = (*NATIONAL_KEYWORDS, *bureau_keywords)
    listed = list(services(filing))
    declared = {path: set(implied_industries(service.content_categories)) for path, service in listed}
    approved: dict[str, set[str]] = {path: {entry.industry for entry in service.pre_approvals}
                                     for path, service in listed}
    declares_any, holds_any = set[str]().union(*declared.values()), set[str]().union(*approved.values())
    # (path, text, field, entity-level, industries declared, industries approved)
    names: list[tuple[str, str, str, bool, set[str], set[str]]] = [
        ("entity.name", filing.entity.name, "name", True, declares_any, holds_any),
        *((f"{path}.name", service.name, "name", False, declared[path], approved[path]) for path, service in listed),
    ]
    registration = filing.entity.business_registration
    if registration is not None and registration.business_scope is not None:
        # Format 1.1: the business scope is the entity's, like its name.
        names.append(("entity.business_registration.business_scope", registration.business_scope, "business_scope",
                      True, declares_any, holds_any))
    content_order = filing.order.type in CONTENT_ORDER_TYPES
    attached = {a.type for a in filing.attachments}
    # Any copy counts, whatever its `for` (FORMAT 1.1 group A: "any"; the rows say "attached").
    commitment, finance_letter = "no_pre_approval_commitment" in attached, "finance_commitment_letter" in attached
    found = []
    for path, name, field, entity_level, declares, holds in names:
        for industry, matched in implied_by_keywords(name, keywords).items():
            terms = list(dict.fromkeys(keyword.term for keyword in matched))
            found.append({
                "kind": "name_keyword",
                "ref": f"{path}:keyword:{industry}",
                "path": path,
                "name": name,
                "industry": industry,
                "keywords": "、".join(terms),
                # The bureau's own list decided (W3): its code; the national list alone: left out.
                "province": params.code if any(k in bureau_keywords for k in matched) else None,
                "content_order": content_order,
                "declared": industry in declares,
                "approved": industry in holds,
                "field": field,
                "entity_level": entity_level,
                # Reading: Guangdong's finance commitment (not to offer financial services before approval) is
                # a "not involved" commitment for finance.
                "committed": commitment or (industry == "finance" and finance_letter),
                "finance_letter": finance_letter,
            })
    return found
