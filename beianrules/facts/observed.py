"""Facts for the format-1.1 rows about what an inspection of the live site or APP saw (FORMAT 1.1 group C:
``websites[].observed``, ``psb_number``, ``opened_on``, ``apps[].observed``; and ``domain_details[].resolves_to``
of group E), and for the document thresholds of SITE_EXTRA_DOCS_THRESHOLD.

One fact per finding a row reports (REASONS-WAVE1 W15), each carrying the path it names:

- ``unfiled_site_live`` (SITE_LIVE_BEFORE_APPROVAL): on a ``new_filing`` or ``new_website`` order, a website
  without a ``filing_number`` whose ``observed.reachable`` is true (clue ``reachable``), or — ``observed``
  being absent — one ``domain_details[j]`` whose ``resolves_to`` is not empty (clue ``resolves``; ``[]``,
  looked up and no address, and absent, not looked up, give nothing).
- ``filed_site_observation`` (FILED_SITE_NOT_ACCESSIBLE, SITE_NAME_NOT_LIVE_NAME): a website with a
  ``filing_number`` and an ``observed``; its reachability and whether its title contains its name
  (:func:`title_contains_name`). On a ``new_website`` or ``change`` order that is not approved, also one per
  filed website of the entity in the registry (W10's ``F``, :func:`beianrules.facts.site_counts.filed_websites`)
  that the order does not list, from the latest inspection its approved documents record (``in_registry``:
  path ``entity``; the values come from the entity's own filings only, REASONS.md "Same entity").
- ``number_display_check`` (FOOTER_FILING_NUMBER, APP_FILING_NUMBER_DISPLAY): one per problem of the number a
  website with a ``filing_number`` whose ``observed.reachable`` is true shows at its bottom, or an APP with a
  ``filing_number`` shows on its page: not shown, not linked to MIIT (only when it is not known not to be
  shown), not a filing number even after the repairs
  (:func:`beianrules.filing_number.parse_displayed_number`), or another number than the one to show — for a
  website the bureau's ``footer_number`` decides which (its own number, or in Guangdong
  ``entity.filing_number``); numbers compare by bureau, form, serial, sequence and kind (蜀/川 alike).
- ``displayed_number_repair`` (FILING_NUMBER_NONCANONICAL_DISPLAY): a ``displayed_filing_number`` (website or
  APP) that does not parse as written but does after the repairs, with the repaired text.
- ``psb_check`` (PSB_NUMBER_MISSING): on an approved filing, one per problem of a website whose ``opened_on``
  lies more than 30 days before ``as_of``: ``psb_number`` missing or malformed, ``observed.shows_psb_number``
  false, ``observed.displayed_psb_number`` other than ``psb_number``.
- ``site_document_threshold`` (SITE_EXTRA_DOCS_THRESHOLD): on a content order (W2), one per document of a
  bureau's ``site_document_thresholds`` entry whose count is reached, with the copies needed and attached.

Nothing of another entity is read: registry documents are the checked entity's approved filings
(:func:`beianrules.facts.site_counts.approved_entity_documents`).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Sequence

from beianrules.errors import FilingNumberError
from beianrules.facts.context import Context
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token, tokens
from beianrules.facts.site_counts import (
    NEW_SITE_ORDER_TYPES,
    added_websites,
    approved_entity_documents,
    domain_keys,
    filed_websites,
    website_number_key,
)
from beianrules.filing_number import FilingNumber, parse_displayed_number, parse_filing_number
from beianrules.finding import Fact
from beianrules.model import CANCEL_TYPES, CONTENT_ORDER_TYPES, App, AppObservation, Filing, Website, WebsiteObservation
from beianrules.provinces._schema import ProvinceParameters, SiteDocumentThreshold
from beianrules.provinces._table import province_of_icp_prefix
from beianrules.reference.text import contains, nfkc

KINDS = (
    FactKind("unfiled_site_live", "A website not yet filed that is already online, on a first filing or a new "
             "website order.", {
                 "path": PATH, "site": PATH, "name": TEXT, "clue": token("live_clue"), "checked_on": DATE,
                 "url": TEXT, "domain": TEXT, "addresses": TEXT, "resolved_on": DATE,
             }),
    FactKind("filed_site_observation", "What an inspection saw of a filed website of the entity.", {
        "path": PATH, "reachable_path": PATH, "title_path": PATH, "site": PATH, "in_registry": FLAG,
        "filing_number": TEXT, "name": TEXT, "title": TEXT, "checked_on": DATE, "url": TEXT, "reachable": FLAG,
        "title_contains_name": FLAG,
    }),
    FactKind("number_display_check", "A problem of the filing number a filed website or APP shows.", {
        "path": PATH, "expected_path": PATH, "service": PATH, "app": FLAG, "name": TEXT,
        "problem": token("display_problem"), "displayed": TEXT, "expected": TEXT, "filing_number": TEXT,
        "footer_number": token("footer_number"), "checked_on": DATE,
    }),
    FactKind("displayed_number_repair", "A displayed filing number that parses only after repairs.", {
        "path": PATH, "service": PATH, "displayed": TEXT, "repaired": TEXT, "repairs": tokens("display_repair"),
        "checked_on": DATE,
    }),
    FactKind("psb_check", "A problem of an approved website's public-security filing (公安联网备案).", {
        "path": PATH, "site": PATH, "name": TEXT, "problem": token("psb_problem"), "psb_number": TEXT,
        "displayed": TEXT, "opened_on": DATE, "days_open": COUNT,
    }),
    FactKind("site_document_threshold", "A document a bureau asks for once a count of websites or domains is "
             "reached, and the copies attached.", {
                 "path": PATH, "province": token("province"), "counts": token("site_count"), "count": COUNT,
                 "at_least": COUNT, "document": token("attachment_type"), "required": COUNT, "attached": COUNT,
                 "per_domain": FLAG, "missing": FLAG, "severity": token("strictness"),
             }),
)

REGISTRY_ORDER_TYPES = frozenset({"new_website", "change"})
"""The order types on which the entity's filed websites in the registry are re-examined (FORMAT 1.1 group C)."""

PSB_GRACE_DAYS = 30
"""The public-security filing is due within 30 days of the site's opening (RULE-CATALOG PSB_NUMBER_MISSING)."""

_PSB_FORM = re.compile(r"(?P<abbr>.)公网安备[0-9]{14}号")


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    return [
        *_unfiled_sites_live(filing),
        *_filed_site_observations(filing),
        *_registry_site_observations(ctx),
        *_number_display_checks(filing, ctx.params),
        *_displayed_number_repairs(filing),
        *(_psb_checks(filing, ctx.as_of) if filing.is_audit else ()),
        *_site_document_thresholds(ctx),
    ]


def _text(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


def _day(value: _dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


# -- SITE_NAME_NOT_LIVE_NAME: W5 text without white space and punctuation -------------------------


def _bare(text: str) -> str:
    """``text`` after NFKC without white space and punctuation (Unicode categories P*)."""
    return "".join(c for c in nfkc(text) if not c.isspace() and not unicodedata.category(c).startswith("P"))


def title_contains_name(title: str | None, name: str | None) -> bool | None:
    """Whether a page title contains a website name, both without white space and punctuation (FORMAT 1.1
    SITE_NAME_NOT_LIVE_NAME), then by W5 *contains* (NFKC, Latin letters case-folded). None when either is blank
    after that (unknown: a page without a title says nothing about its name)."""
    bare_title, bare_name = _bare(title or ""), _bare(name or "")
    if not bare_title or not bare_name:
        return None
    return contains(bare_title, bare_name)


# -- SITE_LIVE_BEFORE_APPROVAL -------------------------------------------------------------------


def _unfiled_sites_live(filing: Filing) -> list[Fact]:
    if filing.order.type not in NEW_SITE_ORDER_TYPES:
        return []
    found: list[Fact] = []
    for i, site in enumerate(filing.websites):
        if _text(site.filing_number) is not None:
            continue
        base = {"kind": "unfiled_site_live", "site": f"websites[{i}]", "name": site.name}
        seen = site.observed
        if seen is not None:
            # An inspection was made: it decides (reachable unknown or false: nothing, whatever DNS says).
            if seen.reachable is True:
                found.append({**base, "ref": f"websites[{i}].observed.reachable:live",
                              "path": f"websites[{i}].observed.reachable", "clue": "reachable",
                              "checked_on": seen.checked_on.isoformat(), "url": _text(seen.url)})
            continue
        for j, detail in enumerate(site.domain_details):
            if detail.resolves_to:  # None: not looked up; []: looked up, no address
                found.append({**base, "ref": f"websites[{i}].domain_details[{j}].resolves_to:live",
                              "path": f"websites[{i}].domain_details[{j}].resolves_to", "clue": "resolves",
                              "domain": detail.domain, "addresses": ", ".join(map(str, detail.resolves_to)),
                              "resolved_on": _day(detail.resolved_on)})
    return found


# -- FILED_SITE_NOT_ACCESSIBLE, SITE_NAME_NOT_LIVE_NAME --------------------------------------------


def _filed_site_observations(filing: Filing) -> list[Fact]:
    found: list[Fact] = []
    for i, site in enumerate(filing.websites):
        number, seen = _text(site.filing_number), site.observed
        if number is None or seen is None:
            continue
        path = f"websites[{i}].observed"
        found.append({
            "kind": "filed_site_observation", "ref": f"{path}:filed", "path": path,
            "reachable_path": f"{path}.reachable", "title_path": f"{path}.title", "site": f"websites[{i}]",
            "in_registry": False, "filing_number": number, "name": site.name, "title": _text(seen.title),
            "checked_on": seen.checked_on.isoformat(), "url": _text(seen.url), "reachable": seen.reachable,
            "title_contains_name": title_contains_name(seen.title, site.name),
        })
    return found


def _agreed(values: Iterable[bool | None]) -> bool | None:
    """The one value every latest inspection gives; None when they disagree or none knows."""
    known = {v for v in values if v is not None}
    return known.pop() if len(known) == 1 else None


def _registry_site_observations(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    if filing.is_audit or filing.order.type not in REGISTRY_ORDER_TYPES or ctx.registry is None:
        return []
    documents = approved_entity_documents(filing, ctx.registry)
    listed = {website_number_key(site.filing_number) for site in filing.websites}
    seen: dict[tuple[str, str, str, int], list[tuple[Website, WebsiteObservation]]] = {}
    for document in documents:
        if document.order.type in CANCEL_TYPES:
            continue
        for site in document.websites:
            key = website_number_key(site.filing_number)
            # An inspection after the check day cannot be known on it.
            if key is not None and site.observed is not None and site.observed.checked_on <= ctx.as_of:
                seen.setdefault(key, []).append((site, site.observed))
    found: list[Fact] = []
    for key in sorted(filed_websites(documents) - listed):
        inspections = seen.get(key)
        if not inspections:
            continue
        latest_day = max(observation.checked_on for _site, observation in inspections)
        latest = [(site, observation) for site, observation in inspections if observation.checked_on == latest_day]
        contained = _agreed(title_contains_name(o.title, s.name) for s, o in latest)
        # The copy shown: one whose title gave the verdict (any, when there is none).
        site, observation = next(((s, o) for s, o in latest
                                  if contained is not None and title_contains_name(o.title, s.name) is contained),
                                 latest[0])
        number = _text(site.filing_number)
        found.append({
            "kind": "filed_site_observation", "ref": f"entity:filed_website:{number}", "path": "entity",
            "reachable_path": "entity", "title_path": "entity", "in_registry": True, "filing_number": number,
            "name": site.name, "title": _text(observation.title), "checked_on": latest_day.isoformat(),
            "reachable": _agreed(o.reachable for _s, o in latest), "title_contains_name": contained,
        })
    return found


# -- FOOTER_FILING_NUMBER, APP_FILING_NUMBER_DISPLAY --------------------------------------------------


def number_key(number: FilingNumber) -> tuple[str, str, str, int | None, str | None]:
    """What makes two filing numbers one number: bureau (蜀/川 alike), form, serial, sequence and kind."""
    return (number.province, number.form, number.entity_serial, number.service_serial, number.service_kind)


def _strict(text: str | None) -> FilingNumber | None:
    if text is None or not text.strip():
        return None
    try:
        return parse_filing_number(text)
    except FilingNumberError:
        return None


def _display_problems(path: str, seen: WebsiteObservation | AppObservation, expected: str | None,
                      expected_path: str) -> list[tuple[str, str, str | None]]:
    """(problem, path, expected path) for each problem of a shown number."""
    problems: list[tuple[str, str, str | None]] = []
    if seen.shows_filing_number is False:
        problems.append(("not_shown", f"{path}.shows_filing_number", None))
    elif seen.filing_number_links_to_miit is False:
        problems.append(("not_linked", f"{path}.filing_number_links_to_miit", None))
    displayed = _text(seen.displayed_filing_number)
    if displayed is not None:
        parsed = parse_displayed_number(displayed)
        wanted = _strict(expected)
        if parsed is None:
            problems.append(("unparsable", f"{path}.displayed_filing_number", None))
        elif wanted is not None and number_key(parsed.number) != number_key(wanted):
            problems.append(("wrong_number", f"{path}.displayed_filing_number", expected_path))
    return problems


def _number_display_checks(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    footer = params.footer_number.value
    found: list[Fact] = []
    services: list[tuple[str, Website | App, str | None, str]] = []
    for i, site in enumerate(filing.websites):
        if site.observed is None or site.observed.reachable is not True:
            continue
        if footer == "main_number":
            services.append((f"websites[{i}]", site, filing.entity.filing_number, "entity.filing_number"))
        else:
            services.append((f"websites[{i}]", site, site.filing_number, f"websites[{i}].filing_number"))
    for i, app in enumerate(filing.apps):
        services.append((f"apps[{i}]", app, app.filing_number, f"apps[{i}].filing_number"))
    for service_path, service, expected, expected_path in services:
        seen, number = service.observed, _text(service.filing_number)
        if seen is None or number is None:
            continue
        is_app = isinstance(service, App)
        for problem, path, wrong_path in _display_problems(f"{service_path}.observed", seen, expected, expected_path):
            found.append({
                "kind": "number_display_check", "ref": f"{path}:{problem}", "path": path,
                "expected_path": wrong_path, "service": service_path, "app": is_app, "name": service.name,
                "problem": problem, "displayed": _text(seen.displayed_filing_number),
                "expected": _text(expected) if wrong_path is not None else None, "filing_number": number,
                "footer_number": None if is_app else footer, "checked_on": seen.checked_on.isoformat(),
            })
    return found


# -- FILING_NUMBER_NONCANONICAL_DISPLAY --------------------------------------------------------------


def _displayed_number_repairs(filing: Filing) -> list[Fact]:
    found: list[Fact] = []
    listed: Sequence[tuple[str, Website | App]] = [
        *((f"websites[{i}]", site) for i, site in enumerate(filing.websites)),
        *((f"apps[{i}]", app) for i, app in enumerate(filing.apps)),
    ]
    for service_path, service in listed:
        seen = service.observed
        displayed = _text(seen.displayed_filing_number) if seen is not None else None
        if seen is None or displayed is None:
            continue
        parsed = parse_displayed_number(displayed)
        if parsed is None or parsed.canonical:
            continue
        path = f"{service_path}.observed.displayed_filing_number"
        found.append({"kind": "displayed_number_repair", "ref": f"{path}:repair", "path": path,
                      "service": service_path, "displayed": displayed, "repaired": parsed.number.text,
                      "repairs": list(parsed.repairs), "checked_on": seen.checked_on.isoformat()})
    return found


# -- PSB_NUMBER_MISSING --------------------------------------------------------------------------------


def psb_well_formed(number: str) -> bool:
    """Whether a 公安联网备案号 is of the form ``{abbr}公网安备{14 digits}号`` (trimmed; the abbreviation any of a
    bureau's ICP prefixes, alternates included: 川/蜀, 贵/黔, 云/滇, 甘/陇)."""
    found = _PSB_FORM.fullmatch(number.strip())
    return found is not None and province_of_icp_prefix(found["abbr"]) is not None


def _compact(text: str) -> str:
    return "".join(nfkc(text).split())


def _psb_checks(filing: Filing, as_of: _dt.date) -> list[Fact]:
    found: list[Fact] = []
    for i, site in enumerate(filing.websites):
        if site.opened_on is None or (as_of - site.opened_on).days <= PSB_GRACE_DAYS:
            continue
        psb, seen = _text(site.psb_number), site.observed
        displayed = _text(seen.displayed_psb_number) if seen is not None else None
        problems: list[tuple[str, str]] = []
        if psb is None:
            problems.append(("missing", f"websites[{i}].psb_number"))
        elif not psb_well_formed(psb):
            problems.append(("malformed", f"websites[{i}].psb_number"))
        if seen is not None and seen.shows_psb_number is False:
            problems.append(("not_shown", f"websites[{i}].observed.shows_psb_number"))
        if psb is not None and displayed is not None and _compact(displayed) != _compact(psb):
            problems.append(("display_differs", f"websites[{i}].observed.displayed_psb_number"))
        for problem, path in problems:
            found.append({"kind": "psb_check", "ref": f"{path}:{problem}", "path": path, "site": f"websites[{i}]",
                          "name": site.name, "problem": problem, "psb_number": psb, "displayed": displayed,
                          "opened_on": site.opened_on.isoformat(), "days_open": (as_of - site.opened_on).days})
    return found


# -- SITE_EXTRA_DOCS_THRESHOLD ---------------------------------------------------------------------------


def _count(filing: Filing, threshold: SiteDocumentThreshold, ctx: Context) -> int | None:
    """What the threshold counts, as a lower bound (W10); None when it cannot be known (no registry)."""
    if threshold.counts == "domains":
        return len(domain_keys(domain for site in filing.websites for domain in site.domains))
    if threshold.counts == "filed_websites" and ctx.registry is None:
        return None
    filed = filed_websites(approved_entity_documents(filing, ctx.registry))
    if threshold.counts == "filed_websites":
        return len(filed)
    return len(filed) + added_websites(filing, filed)


def _site_document_thresholds(ctx: Context) -> list[Fact]:
    filing, params = ctx.filing, ctx.params
    if filing.is_audit or filing.order.type not in CONTENT_ORDER_TYPES:
        return []
    domains = len(domain_keys(domain for site in filing.websites for domain in site.domains))
    found: list[Fact] = []
    for n, threshold in enumerate(params.site_document_thresholds.value):
        if threshold.order_types is not None and filing.order.type not in threshold.order_types:
            continue
        if threshold.entity_types is not None and filing.entity.type not in threshold.entity_types:
            continue
        count = _count(filing, threshold, ctx)
        if count is None or count < threshold.at_least:
            continue
        needed = [*((document, 1, False) for document in threshold.documents),
                  *((document, domains, True) for document in threshold.per_domain)]
        for document, required, per_domain in needed:
            attached = sum(1 for attachment in filing.attachments if attachment.type == document)
            found.append({
                "kind": "site_document_threshold", "ref": f"attachments:threshold[{n}]:{document}",
                "path": "attachments", "province": params.code, "counts": threshold.counts, "count": count,
                "at_least": threshold.at_least, "document": document, "required": required, "attached": attached,
                "per_domain": per_domain, "missing": attached < required, "severity": threshold.severity,
            })
    return found
