"""Facts for the format-1.1 rows about APP kinds, icons and domains, APP filing numbers, and where the
servers are (FORMAT 1.1 groups E and F): APP_ICON_RULES, APP_DOMAIN_LEVEL, MINIPROGRAM_FIELD_LIMITS, the 1.1
clause of FILING_NUMBER_FORMAT, DOMAIN_RESOLUTION_NOT_PROVIDER, ACCESS_WHERE_SERVER_IS and
ACCESS_IP_NOT_PROVIDER. (The 1.1 clauses of DOMAIN_HOLDER_MISMATCH and DOMAIN_NOT_REAL_NAME are built with their
1.0 clauses, in :mod:`beianrules.facts.domain_checks`; APP_FEATURE_INFO's kind filter in
:mod:`beianrules.facts.site_counts`.)

One fact per finding's path (W15); everything the document does not give is left out, so the rows are silent:

- ``app_icon`` — an ``apps[i]`` of kind ``app`` whose ``icon.size_bytes`` is given, in a content order (W2:
  ``new_filing``, ``new_website``, ``new_app``, ``change``): against the 100 KB (102,400 bytes) limit.
- ``app_domain_level`` — an ``apps[i].domains[j]`` that is a host with a known registrable domain (W9, the
  bundled Public Suffix List, offline), in a content order: how many labels lie below the registrable domain
  (``a.b.example.com``: 2, the 4th level; ``c.a.b.example.com``: 3).
- ``miniprogram_limit`` — for an ``apps[i]`` of kind ``mini_program`` whose ``platforms`` hold ``wechat``
  (trimmed, case-insensitive), in a content order: each limit of WeChat's filing interface that can be measured
  — distinct ``content_categories``, ``pre_approvals`` per industry, the ``remark``'s length (trimmed; a blank
  remark is not given), the ``other`` files and each single-file type per slot. A slot is the files whose
  ``for`` names ``entity``, ``apps[i]`` or (for ``holding_id_photo``) ``apps[i].principal``; a file without
  ``for`` belongs to the order as a whole and is counted in no slot (the reading that rejects less).
- ``app_number_kind`` — an ``apps[i].filing_number`` that parses as a service number
  (:func:`beianrules.filing_number.parse_filing_number`; licence forms by their last letter), with the kind its
  suffix letter names (:attr:`FilingNumber.service_kind`) against ``apps[i].kind``. Built for kinds
  ``mini_program`` and ``quick_app``, and for kind ``app`` only in a document that declares ``format_version``
  ``1.1`` (a 1.0 document cannot say what an entry is: ``app`` is then only the default).
- ``server_location`` — a website with ``ips`` given, outside cancellations: whether every entry has
  ``region`` ``outside_mainland``, or every one ``at_provider`` ``false`` (an unknown value is neither).
- ``server_address`` — a ``websites[i].ips[k]`` whose ``at_provider`` is ``false``, outside cancellations;
  ``alone`` is False where ``server_location`` already says the whole site is elsewhere.
- ``domain_resolution`` — on an approved filing, a ``websites[i].domain_details[j]`` (a host, W9) whose
  ``resolves_to`` is given: empty (path ``…resolves_to``), or an address (``…resolves_to[k]``) that is not one
  of the website's ``ips[].ip``, or whose entry has ``region`` ``outside_mainland`` or ``at_provider``
  ``false``. Addresses are compared as IP addresses; without ``ips`` the filed addresses are unknown and only
  the empty list is judged.
"""

from __future__ import annotations

import ipaddress
from collections import Counter
from collections.abc import Iterable

from beianrules.errors import FilingNumberError
from beianrules.facts.context import Context
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.filing_number import parse_filing_number
from beianrules.finding import Fact
from beianrules.model import CANCEL_TYPES, CONTENT_ORDER_TYPES, OUTSIDE_MAINLAND, App, Filing, ServerAddress, Website
from beianrules.reference.domains import host, registrable_domain, u_form

KINDS = (
    FactKind("app_icon", "An APP's icon size against the 100 KB limit (APP_ICON_RULES).", {
        "path": PATH, "name": TEXT, "size_bytes": COUNT, "limit": COUNT, "too_large": FLAG,
    }),
    FactKind("app_domain_level", "An APP's domain and how many labels lie below its registrable domain (W9).", {
        "path": PATH, "name": TEXT, "domain": TEXT, "registrable": TEXT, "labels_below": COUNT, "level": COUNT,
        "too_deep": FLAG,
    }),
    FactKind("miniprogram_limit", "One limit of WeChat's filing interface, measured on a WeChat mini-program.", {
        "path": PATH, "app": PATH, "name": TEXT, "app_id": TEXT, "problem": token("miniprogram_limit"),
        "count": COUNT, "industry": token("industry"), "slot": token("attachment_slot"),
        "document": token("attachment_type"), "breaks": FLAG,
    }),
    FactKind("app_number_kind", "An APP entry's service number: the kind its suffix letter names against the "
             "entry's `kind`.", {
        "path": PATH, "entity_number_path": PATH, "number": TEXT, "entity_number": TEXT,
        "problem": token("filing_number_problem"), "app_kind": token("app_kind"),
        "number_kind": token("service_kind"),
        "kind_matches": FLAG,
    }),
    FactKind("server_location", "A website's server addresses taken together: all outside the mainland, or all "
             "at another provider.", {
        "path": PATH, "name": TEXT, "ips": TEXT, "problem": token("server_location"), "wrong_place": FLAG,
    }),
    FactKind("server_address", "A website's server address that is not the access provider's.", {
        "path": PATH, "name": TEXT, "ip": TEXT, "alone": FLAG,
    }),
    FactKind("domain_resolution", "Where a filed website's domain resolves, against its filed server addresses.", {
        "path": PATH, "name": TEXT, "domain": TEXT, "address": TEXT, "resolved_on": DATE,
        "problem": token("resolution_problem"),
    }),
)

ICON_LIMIT_BYTES = 100 * 1024
"""APP_ICON_RULES: an icon may have at most 100 KB (HW-KB doc_0110, doc_0122), read as 102,400 bytes."""

MAX_LABELS_BELOW = 2
"""APP_DOMAIN_LEVEL: an APP's domain may lie at most two labels below its registrable domain (the 4th level)."""

MAX_CATEGORIES = 5
REMARK_LENGTH = (20, 200)
MAX_OTHER_FILES = 10
SINGLE_FILE_TYPES = ("service_commitment_letter", "name_change_certificate", "party_building_confirmation",
                     "promise_video", "authenticity_responsibility_notice", "authenticity_commitment",
                     "site_construction_plan", "holding_id_photo")
"""MINIPROGRAM_FIELD_LIMITS: the attachment types WeChat takes one file of (WX-API)."""

# The slots a type's files are counted in, by the type's `for` column (FORMAT 1.1 group A).
_ENTITY_TYPES = frozenset({"name_change_certificate"})
_PERSON_TYPES = frozenset({"holding_id_photo"})


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    found: list[Fact] = []
    content = filing.order.type in CONTENT_ORDER_TYPES
    for i, app in enumerate(filing.apps):
        if content:
            found += _icon(i, app)
            found += _domain_levels(i, app)
            if is_wechat_mini_program(app):
                found += _miniprogram_limits(filing, i, app)
        number = _number_kind(filing, i, app)
        if number is not None:
            found.append(number)
    if filing.order.type not in CANCEL_TYPES:
        for i, site in enumerate(filing.websites):
            found += _server_location(i, site)
    if filing.is_audit:
        for i, site in enumerate(filing.websites):
            found += _resolutions(i, site)
    return found


# -- APP_ICON_RULES ------------------------------------------------------------------------------------------------


def _icon(i: int, app: App) -> list[Fact]:
    if app.kind != "app" or app.icon is None or app.icon.size_bytes is None:
        return []
    size = int(app.icon.size_bytes)
    return [{"kind": "app_icon", "ref": f"apps[{i}].icon:size", "path": f"apps[{i}].icon.size_bytes",
             "name": app.name, "size_bytes": size, "limit": ICON_LIMIT_BYTES, "too_large": size > ICON_LIMIT_BYTES}]


# -- APP_DOMAIN_LEVEL ----------------------------------------------------------------------------------------------


def labels_below(text: str) -> tuple[str, int] | None:
    """(registrable domain, labels of the host below it) for a ``domains[j]`` text; None when it is not a host or
    its registrable domain is unknown (W9)."""
    text_host = host(text)
    if text_host is None:
        return None
    registrable = registrable_domain(text_host)
    if registrable is None:
        return None
    return registrable, len(u_form(text_host).split(".")) - len(registrable.split("."))


def _domain_levels(i: int, app: App) -> list[Fact]:
    found = []
    for j, text in enumerate(app.domains):
        measured = labels_below(text)
        if measured is None:
            continue
        registrable, below = measured
        path = f"apps[{i}].domains[{j}]"
        found.append({"kind": "app_domain_level", "ref": f"{path}:level", "path": path, "name": app.name,
                      "domain": text.strip(), "registrable": registrable, "labels_below": below,
                      "level": len(registrable.split(".")) + below, "too_deep": below > MAX_LABELS_BELOW})
    return found


# -- MINIPROGRAM_FIELD_LIMITS --------------------------------------------------------------------------------------


def is_wechat_mini_program(app: App) -> bool:
    return app.kind == "mini_program" and any(p.strip().lower() == "wechat" for p in app.platforms)


def _limit(i: int, app: App, path: str, problem: str, count: int, breaks: bool, **fields: object) -> Fact:
    key = ":".join(str(v) for v in fields.values())
    return {"kind": "miniprogram_limit", "ref": f"{path}:{problem}:{key}", "path": path, "app": f"apps[{i}]",
            "name": app.name, "app_id": app.app_id, "problem": problem, "count": count, "breaks": breaks, **fields}


def _slots(i: int, attachment_type: str) -> tuple[tuple[str, str], ...]:
    """(slot token, the `for` path whose files fill it) for a type."""
    if attachment_type in _ENTITY_TYPES:
        return (("entity", "entity"),)
    if attachment_type in _PERSON_TYPES:
        return (("principal", f"apps[{i}].principal"),)
    return (("service", f"apps[{i}]"), ("entity", "entity"))


def _in_slot(filing: Filing, attachment_type: str, target: str) -> list[int]:
    """Indexes of the files of ``attachment_type`` whose `for` names ``target`` (a file without `for` is the
    order's as a whole and fills no slot)."""
    return [k for k, a in enumerate(filing.attachments) if a.type == attachment_type and a.for_ == target]


def _miniprogram_limits(filing: Filing, i: int, app: App) -> list[Fact]:
    base = f"apps[{i}]"
    found = []
    categories = {c.strip() for c in app.content_categories if c.strip()}
    if categories:
        found.append(_limit(i, app, f"{base}.content_categories", "too_many_categories", len(categories),
                            len(categories) > MAX_CATEGORIES))
    for industry, count in Counter(entry.industry for entry in app.pre_approvals).items():
        found.append(_limit(i, app, f"{base}.pre_approvals", "duplicate_pre_approval", count, count > 1,
                            industry=industry))
    remark = app.remark.strip() if app.remark else ""
    if remark:
        low, high = REMARK_LENGTH
        problem = "remark_too_short" if len(remark) < low else "remark_too_long"
        found.append(_limit(i, app, f"{base}.remark", problem, len(remark), not low <= len(remark) <= high))
    for attachment_type, limit, problem in (("other", MAX_OTHER_FILES, "too_many_other"),
                                            *((t, 1, "repeated_single_file") for t in SINGLE_FILE_TYPES)):
        for slot, target in _slots(i, attachment_type):
            files = _in_slot(filing, attachment_type, target)
            if not files:
                continue
            breaks = len(files) > limit
            # The path: the first file beyond the limit (the 11th `other`, the second copy), else the first.
            at = files[limit] if breaks else files[0]
            found.append(_limit(i, app, f"attachments[{at}]", problem, len(files), breaks, slot=slot,
                                document=attachment_type))
    return found


# -- FILING_NUMBER_FORMAT (1.1) ------------------------------------------------------------------------------------


def _number_kind(filing: Filing, i: int, app: App) -> Fact | None:
    if app.filing_number is None or not app.filing_number.strip():
        return None
    if app.kind == "app" and filing.format_version != "1.1":
        return None  # a 1.0 document cannot say what an entry is (a mini-program filed as an APP entry)
    try:
        number = parse_filing_number(app.filing_number)
    except FilingNumberError:
        return None  # the 1.0 clauses' finding
    if not number.is_service or number.service_kind is None:
        return None  # at the wrong level: the 1.0 clauses' finding
    path = f"apps[{i}].filing_number"
    return {"kind": "app_number_kind", "ref": f"{path}:kind", "path": path, "number": app.filing_number.strip(),
            "problem": "letter_not_kind", "app_kind": app.kind, "number_kind": number.service_kind,
            "kind_matches": number.service_kind == app.kind}


# -- ACCESS_WHERE_SERVER_IS, ACCESS_IP_NOT_PROVIDER ----------------------------------------------------------------


def where_problem(ips: Iterable[ServerAddress]) -> str | None:
    """ACCESS_WHERE_SERVER_IS: ``outside_mainland`` when every entry says so, else ``other_provider`` when every
    entry's ``at_provider`` is ``false``; None otherwise (an unknown value is neither)."""
    entries = list(ips)
    if not entries:
        return None
    if all(e.region == OUTSIDE_MAINLAND for e in entries):
        return "outside_mainland"
    if all(e.at_provider is False for e in entries):
        return "other_provider"
    return None


def _server_location(i: int, site: Website) -> list[Fact]:
    if not site.ips:
        return []
    path = f"websites[{i}].ips"
    problem = where_problem(site.ips)
    found: list[Fact] = [{"kind": "server_location", "ref": f"{path}:where", "path": path, "name": site.name,
                          "ips": "、".join(str(e.ip) for e in site.ips), "problem": problem,
                          "wrong_place": problem is not None}]
    for k, entry in enumerate(site.ips):
        if entry.at_provider is False:
            found.append({"kind": "server_address", "ref": f"{path}[{k}]:provider", "path": f"{path}[{k}]",
                          "name": site.name, "ip": str(entry.ip), "alone": problem is None})
    return found


# -- DOMAIN_RESOLUTION_NOT_PROVIDER --------------------------------------------------------------------------------


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | str:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return text.strip()


def resolution_problem(address: str, ips: Iterable[ServerAddress]) -> str | None:
    """What is wrong with one resolved ``address`` given the website's filed ``ips`` (which must be given)."""
    entry = next((e for e in ips if _address(e.ip) == _address(address)), None)
    if entry is None:
        return "not_filed_ip"
    if entry.region == OUTSIDE_MAINLAND:
        return "outside_mainland"
    if entry.at_provider is False:
        return "not_at_provider"
    return None


def _resolutions(i: int, site: Website) -> list[Fact]:
    found = []
    for j, detail in enumerate(site.domain_details):
        if detail.resolves_to is None or host(detail.domain) is None:
            continue  # not looked up; or not a host (W9)
        base = f"websites[{i}].domain_details[{j}].resolves_to"
        common = {"kind": "domain_resolution", "name": site.name, "domain": detail.domain.strip(),
                  "resolved_on": detail.resolved_on.isoformat() if detail.resolved_on else None}
        if not detail.resolves_to:
            found.append({**common, "ref": f"{base}:empty", "path": base, "problem": "no_address"})
            continue
        if not site.ips:
            continue  # the filed addresses are not known
        for k, address in enumerate(detail.resolves_to):
            problem = resolution_problem(address, site.ips)
            if problem is not None:
                found.append({**common, "ref": f"{base}[{k}]:address", "path": f"{base}[{k}]",
                              "address": str(address), "problem": problem})
    return found
