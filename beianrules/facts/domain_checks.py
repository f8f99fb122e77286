"""Facts for the wave-1b domain rows (REASONS-WAVE1, table 1b): DOMAIN_EXPIRED_OR_SHORT, DOMAIN_NOT_REAL_NAME,
DOMAIN_HOLDER_MISMATCH, DOMAIN_GOV_SUFFIX, DOMAIN_BJ_SUFFIX_LIST, DOMAIN_BJ_NATIONAL_WORDS, DOMAIN_NX_ORG_ACCESS,
DOMAIN_SUBDOMAIN_FILING and DOMAIN_HAS_FOREIGN_FILING.

Domains are read by W9 only through :mod:`beianrules.reference.domains` (the bundled Public Suffix List,
never fetched). A ``domains[j]`` entry or a ``domain_details[j].domain`` that is not a host (a URL, a text
with ``/ : @`` or white space) makes no fact: no domain row judges it. One fact per finding's path (W15):

- ``domain_expiry`` — a website's ``domain_details[j]`` with ``expires_on`` given: expired before the check
  day ``D`` (clause (a), orders and audits), or — on orders only, not expired — short of the bureau's
  ``domain_validity`` at the bureau day ``R`` (W4, clause (b)); ``short`` is left out where the bureau sets
  no minimum, on audits, and when ``R`` is unknown.
- ``domain_real_name_wait`` — a ``domain_details[j]`` (of a website, or in 1.1 of an APP) whose
  ``real_name_verified_on`` is given, on an order
  not yet at the bureau (``draft``, ``rejected``, ``provider_review``): the working days (W4) from that day to
  ``R'`` (``submitted_to_provider_on`` for ``provider_review`` when given, else ``D``). Not built when the
  day is after ``R'``; ``too_soon`` is left out when a day of the range is beyond the calendar.
- ``domain_registrant`` — a ``domain_details[j].registrant`` that can be compared (a Han character, no ``*``,
  not 隐私), by name key (W5) against ``entity.name`` and the legal representative's name (``problem``
  ``name``); and (format 1.1) a ``domain_details[j]`` giving both ``registrant_certificate_type`` and
  ``registrant_certificate_number``, by ID key (W8) and type against ``entity.certificate`` (an individual: or
  his principal's ID document) and the legal representative's ``id_number`` (with ``id_type`` when given)
  (``problem`` ``certificate``). Of websites and (1.1) of APPs (``apps[i].domain_details``); ``service`` says
  which (``website``, or the APP's ``kind``).
- ``domain_real_name_status`` — (format 1.1) a ``domain_details[j].real_name_status`` of a website or APP.
- ``website_domain`` — a ``websites[i].domains[j]`` that is a host, with its registrable domain, public suffix
  and TLD (U-form), and what each suffix row finds about it: the public-institution / government suffixes,
  Beijing's TLD list (``allowed_tlds``), 中国/国家 left of the suffix with the W13 exemption, the TLDs refused
  on access orders (``refused_access_tlds``), a subdomain, and a domain key listed by a live filing of
  another entity in the registry (nothing of that filing is carried).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from beianrules.facts.context import Context, bureau_day
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.site_counts import WebsiteKey, website_number_key
from beianrules.facts.site_names import national_level_exempt
from beianrules.finding import Fact
from beianrules.model import CANCEL_TYPES, LONG_TERM, App, DomainDetail, Entity, Filing, Website, date_text
from beianrules.provinces._schema import ProvinceParameters
from beianrules.reference.days import add_months, fewer_months_remain, working_days_at_most, working_days_between
from beianrules.reference.domains import domain_key, has_subdomain, host, public_suffix, registrable_domain, tld, u_form
from beianrules.reference.idnumbers import id_key
from beianrules.reference.text import contains, han_count, name_key, nfkc
from beianrules.registry import EntityKey, Registry, RegistryEntry, entity_number_key, website_domain_keys

KINDS = (
    FactKind("domain_expiry", "A website's `domain_details[j]` with `expires_on`: expired at D, or short of the "
             "bureau's `domain_validity` at the bureau day R (W4).", {
        "path": PATH, "domain": TEXT, "expires_on": DATE, "check_day": DATE, "expired": FLAG,
        "bureau_day": DATE, "short": FLAG, "needed_until": DATE, "validity": token("domain_validity"),
        "problem": token("domain_expiry_problem"),
    }),
    FactKind("domain_real_name_wait", "A domain's real-name verification day against the day the order goes on "
             "(R'): the working days between (W4).", {
        "path": PATH, "domain": TEXT, "verified_on": DATE, "day": DATE, "working_days": COUNT, "too_soon": FLAG,
        "service": token("service_kind"), "problem": token("domain_real_name_problem"),
        # declared for the rule's shared evidence; set on domain_real_name_status only
        "status": token("real_name_status"),
    }),
    FactKind("domain_real_name_status", "A domain's real-name status as given (format 1.1).", {
        "path": PATH, "domain": TEXT, "service": token("service_kind"), "status": token("real_name_status"),
        "verified": FLAG, "problem": token("domain_real_name_problem"),
        # declared for the rule's shared evidence; set on domain_real_name_wait only
        "verified_on": DATE, "day": DATE, "working_days": COUNT,
    }),
    FactKind("domain_registrant", "A domain's holder against the entity and its legal representative: the "
             "comparable `registrant` by name keys (W5), or (1.1) the registrant certificate by ID key (W8).", {
        "path": PATH, "entity_path": PATH, "domain": TEXT, "registrant": TEXT, "entity_name": TEXT,
        "legal_rep": TEXT, "individual": FLAG, "matches_entity": FLAG, "matches_legal_rep": FLAG,
        "expected": token("domain_holder_expected"), "service": token("service_kind"),
        "problem": token("domain_holder_problem"), "registrant_number": TEXT, "entity_number": TEXT,
    }),
    FactKind("website_domain", "A `websites[i].domains[j]` that is a host (W9), and what the suffix rows find.", {
        "path": PATH, "type_path": PATH, "domain": TEXT, "registrable": TEXT, "suffix": TEXT, "tld": TEXT,
        "entity_type": token("entity_type"),
        # DOMAIN_GOV_SUFFIX
        "wrong_gov_suffix": FLAG, "required_suffix": token("required_domain_suffix"),
        # DOMAIN_BJ_SUFFIX_LIST (left out where the bureau has no list)
        "tld_allowed": FLAG,
        # DOMAIN_BJ_NATIONAL_WORDS
        "national_word": TEXT, "has_national_word": FLAG, "national_exempt": FLAG,
        # DOMAIN_NX_ORG_ACCESS
        "access_refused": FLAG,
        # DOMAIN_SUBDOMAIN_FILING
        "files_subdomain": FLAG,
        # DOMAIN_HAS_FOREIGN_FILING (left out without a registry)
        "filed_by_other_entity": FLAG,
    }),
)

NOT_YET_AT_BUREAU = frozenset({"draft", "rejected", "provider_review"})
"""DOMAIN_NOT_REAL_NAME's order statuses: the data may still reach the MIIT database before the bureau looks."""

REAL_NAME_WORKING_DAYS = 3
"""Working days a domain's real-name data take to reach the MIIT database (TC: about 3; HW: 3–5)."""

NATIONAL_DOMAIN_WORDS = ("中国", "国家")
"""DOMAIN_BJ_NATIONAL_WORDS: the words a non-national unit's domain may not carry left of its suffix (TC-PROV)."""

# DOMAIN_GOV_SUFFIX: (required-suffix token, exact suffixes, "ends with" suffixes) by entity type.
_GOV_SUFFIXES = {
    "public_institution": ("cn_or_gongyi", ("cn", "公益"), (".cn",)),
    "government": ("gov_cn_or_zhengwu", ("gov.cn", "政务"), (".gov.cn",)),
}
# DOMAIN_SUBDOMAIN_FILING: government sub-domains are filed separately (HW-RULES, HW-S3 CQ).
_SUBDOMAIN_EXEMPT_SUFFIXES = ("gov.cn", "政务")


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    registry = ctx.registry
    domains = ctx.wants("website_domain")  # an audit reads none: its suffix look-ups are skipped
    # Without a registry, or with an empty one, nothing is known of other filings: the row stays silent.
    foreign = (live_domain_keys_of_other_entities(filing, registry, website_domain_keys(filing))
               if domains and registry is not None and len(registry) else None)
    found: list[Fact] = []
    for i, site in enumerate(filing.websites):
        found += _site_details(filing, ctx.params, ctx.as_of, i, site)
        if domains:
            found += _site_domains(filing, ctx.params, i, site, foreign)
    for i, app in enumerate(filing.apps):
        found += _app_details(filing, ctx.params, ctx.as_of, i, app)
    return found


# -- domain_details: expiry, real-name waiting period, registrant ------------------------------------------------


def _site_details(filing: Filing, params: ProvinceParameters, as_of: _dt.date, i: int, site: Website) -> list[Fact]:
    found: list[Fact] = []
    for j, detail in enumerate(site.domain_details):
        if host(detail.domain) is None:
            continue  # W9: not a host, no domain row judges it
        base = f"websites[{i}].domain_details[{j}]"
        domain = detail.domain.strip()
        if detail.expires_on is not None:
            found.append(expiry_fact(filing, params, as_of, f"{base}.expires_on", domain, detail.expires_on))
        found += _holder_and_real_name(filing, params, as_of, base, "website", detail)
    return found


def _app_details(filing: Filing, params: ProvinceParameters, as_of: _dt.date, i: int, app: App) -> list[Fact]:
    """An APP's ``domain_details`` (format 1.1): the holder and real-name rows, as for a website."""
    found: list[Fact] = []
    for j, detail in enumerate(app.domain_details):
        if host(detail.domain) is not None:
            found += _holder_and_real_name(filing, params, as_of, f"apps[{i}].domain_details[{j}]", app.kind, detail)
    return found


def _holder_and_real_name(filing: Filing, params: ProvinceParameters, as_of: _dt.date, base: str, service: str,
                          detail: DomainDetail) -> list[Fact]:
    domain = detail.domain.strip()
    found: list[Fact] = []
    if detail.real_name_verified_on is not None:
        wait = real_name_wait_fact(filing, as_of, f"{base}.real_name_verified_on", domain,
                                   detail.real_name_verified_on)
        if wait is not None:
            found.append({**wait, "service": service, "problem": "too_soon"})
    if detail.real_name_status is not None:
        path = f"{base}.real_name_status"
        found.append({"kind": "domain_real_name_status", "ref": f"{path}:status", "path": path, "domain": domain,
                      "service": service, "status": detail.real_name_status,
                      "verified": detail.real_name_status == "verified", "problem": "not_verified"})
    if detail.registrant is not None:
        registrant = registrant_fact(filing.entity, params, f"{base}.registrant", domain, detail.registrant)
        if registrant is not None:
            found.append({**registrant, "service": service, "problem": "name"})
    certificate = registrant_certificate_fact(filing, params, base, domain, detail)
    if certificate is not None:
        found.append({**certificate, "service": service})
    return found


def expiry_fact(filing: Filing, params: ProvinceParameters, as_of: _dt.date, path: str, domain: str,
                expires_on: _dt.date) -> Fact:
    """DOMAIN_EXPIRED_OR_SHORT: (a) ``expires_on < D``; (b) on orders, not expired, short of ``domain_validity``
    at the bureau day R."""
    fact: Fact = {"kind": "domain_expiry", "ref": f"{path}:expiry", "path": path, "domain": domain,
                  "expires_on": date_text(expires_on), "check_day": as_of.isoformat()}
    if expires_on < as_of:  # the day itself is still within registration
        return {**fact, "expired": True, "problem": "expired"}
    fact["expired"] = False
    validity = params.domain_validity.value
    day = bureau_day(filing, as_of)
    if filing.is_audit or validity == "off" or day is None:
        return fact  # (b) is for orders, where the bureau sets a minimum and R is known
    short, needed = _short(expires_on, day, validity)
    return {**fact, "bureau_day": day.isoformat(), "validity": validity, "short": short,
            "needed_until": needed.isoformat() if needed is not None else None,
            "problem": "short" if short else None}


def _short(expires_on: _dt.date, day: _dt.date, validity: str) -> tuple[bool, _dt.date | None]:
    """(short, the first day that would be enough) for ``three_months`` (W4 months) or ``forty_five_days``."""
    if expires_on == LONG_TERM:
        return False, None
    if validity == "three_months":
        try:
            needed: _dt.date | None = add_months(day, 3)
        except OverflowError:
            needed = None
        return fewer_months_remain(expires_on, day, 3), needed
    try:
        needed = day + _dt.timedelta(days=45)
    except OverflowError:
        return True, None
    return (expires_on - day).days < 45, needed


def real_name_day(filing: Filing, as_of: _dt.date) -> _dt.date | None:
    """DOMAIN_NOT_REAL_NAME's ``R'``: ``submitted_to_provider_on`` for ``provider_review`` when given, else ``D``;
    None for an order at the bureau or approved (the row is silent there)."""
    order = filing.order
    if order.status not in NOT_YET_AT_BUREAU:
        return None
    if order.status == "provider_review" and order.submitted_to_provider_on is not None:
        return order.submitted_to_provider_on
    return as_of


def real_name_wait_fact(filing: Filing, as_of: _dt.date, path: str, domain: str, verified_on: _dt.date) -> Fact | None:
    """Fewer than 3 working days (W4) from ``verified_on`` to ``R'``; None when the row cannot judge it."""
    day = real_name_day(filing, as_of)
    if day is None or verified_on > day:
        return None
    return {"kind": "domain_real_name_wait", "ref": f"{path}:wait", "path": path, "domain": domain,
            "verified_on": verified_on.isoformat(), "day": day.isoformat(),
            "working_days": working_days_between(verified_on, day).known,
            # None (left out) when a day of the range is beyond the calendar: the row is silent (W4).
            "too_soon": working_days_at_most(verified_on, day, REAL_NAME_WORKING_DAYS - 1)}


def comparable_registrant(registrant: str) -> bool:
    """DOMAIN_HOLDER_MISMATCH compares a registrant only when it has a Han character, no ``*`` and no 隐私 (an
    English or pinyin record, or a privacy mask, is not compared)."""
    text = nfkc(registrant)
    return han_count(text) > 0 and "*" not in text and not contains(text, "隐私")


def registrant_fact(entity: Entity, params: ProvinceParameters, path: str, domain: str,
                    registrant: str) -> Fact | None:
    """The registrant against ``entity.name`` and the legal representative's name (name keys, W5)."""
    key = name_key(registrant)
    entity_key = name_key(entity.name)
    if key is None or entity_key is None or not comparable_registrant(registrant):
        return None
    individual = entity.type == "individual"
    rep = entity.legal_representative
    rep_name = rep.name if rep is not None and not individual else None
    rep_key = name_key(rep_name)
    holder = params.domain_holder.value
    expected = "filer" if individual else {"unit_only": "unit", "unit_or_legal_rep": "unit_or_legal_rep"}.get(holder)
    return {"kind": "domain_registrant", "ref": f"{path}:holder", "path": path, "entity_path": "entity.name",
            "domain": domain, "registrant": registrant.strip(), "entity_name": entity.name.strip(),
            "legal_rep": rep_name.strip() if rep_name and rep_key else None, "individual": individual,
            "matches_entity": key == entity_key,
            "matches_legal_rep": key == rep_key if rep_key is not None else None,
            "expected": expected}


def _same_certificate(number: str | None, kind: str | None, registrant_number: str,
                      registrant_kind: str) -> bool | None:
    """Whether a certificate (``number``, ``kind``) is the registrant's: equal ID keys (W8) and, where ``kind`` is
    given, the same type; None when ``number`` is not given."""
    key = id_key(number)
    if key is None:
        return None
    return key == id_key(registrant_number) and (kind is None or kind == registrant_kind)


def registrant_certificate_fact(filing: Filing, params: ProvinceParameters, base: str, domain: str,
                                detail: DomainDetail) -> Fact | None:
    """(Format 1.1) The registrant's certificate against the entity's certificate and the legal representative's
    ID; None unless both the registrant's type and number are given and the entity's own side is known."""
    number, kind = detail.registrant_certificate_number, detail.registrant_certificate_type
    if kind is None or id_key(number) is None or number is None:
        return None
    entity = filing.entity
    individual = entity.type == "individual"
    certificate = entity.certificate
    own: list[tuple[str | None, str | None]] = []
    if certificate is not None:
        own.append((certificate.number, certificate.type))
    if individual and entity.principal.id_document is not None:
        own.append((entity.principal.id_document.number, entity.principal.id_document.type))
    matches = [m for m in (_same_certificate(n, t, number, kind) for n, t in own) if m is not None]
    if not matches:
        return None  # the entity's own number is not given: nothing to compare with
    entity_number = next((n.strip() for n, _t in own if id_key(n) is not None and n is not None), None)
    rep = entity.legal_representative if not individual else None
    holder = params.domain_holder.value
    expected = "filer" if individual else {"unit_only": "unit", "unit_or_legal_rep": "unit_or_legal_rep"}.get(holder)
    path = f"{base}.registrant_certificate_number"
    return {"kind": "domain_registrant", "ref": f"{path}:holder", "path": path,
            "entity_path": "entity.certificate.number", "domain": domain, "registrant_number": number.strip(),
            "entity_number": entity_number, "entity_name": entity.name.strip() or None, "individual": individual,
            "matches_entity": any(matches),
            "matches_legal_rep": _same_certificate(rep.id_number, rep.id_type, number, kind) if rep else None,
            "expected": expected, "problem": "certificate"}


# -- websites[i].domains[j]: suffixes, subdomains, other entities' filings ----------------------------------------


def _site_domains(filing: Filing, params: ProvinceParameters, i: int, site: Website,
                  foreign: frozenset[str] | None) -> list[Fact]:
    entity = filing.entity
    found = []
    for j, text in enumerate(site.domains):
        text_host = host(text)
        if text_host is None:
            continue  # W9: not a host
        path = f"websites[{i}].domains[{j}]"
        suffix, registrable, last = public_suffix(text_host), registrable_domain(text_host), tld(text_host)
        key = domain_key(text)
        required, wrong = _gov_suffix(entity.type, suffix)
        word = national_word_left_of_suffix(text_host, suffix)
        subdomain = has_subdomain(text_host)
        found.append({
            "kind": "website_domain",
            "ref": f"{path}:domain",
            "path": path,
            "type_path": "entity.type",
            "domain": text.strip(),
            "registrable": registrable,
            "suffix": suffix,
            "tld": last,
            "entity_type": entity.type,
            "wrong_gov_suffix": wrong,
            "required_suffix": required,
            "tld_allowed": tld_allowed(last, params),
            "national_word": word,
            "has_national_word": (word is not None) if suffix is not None else None,
            "national_exempt": national_level_exempt(entity),
            "access_refused": (last in params.refused_access_tlds.value) if last is not None else None,
            "files_subdomain": _files_subdomain(entity, suffix, subdomain),
            "filed_by_other_entity": (key in foreign) if foreign is not None and key is not None else None,
        })
    return found


def _gov_suffix(entity_type: str, suffix: str | None) -> tuple[str | None, bool | None]:
    """(required-suffix token, whether ``suffix`` breaks it) for a public institution or a government organ."""
    rule = _GOV_SUFFIXES.get(entity_type)
    if rule is None:
        return None, None
    required, exact, endings = rule
    if suffix is None:
        return required, None  # unknown suffix: not judged
    return required, not (suffix in exact or suffix.endswith(endings))


def tld_allowed(last: str | None, params: ProvinceParameters) -> bool | None:
    """Whether the bureau's ``allowed_tlds`` accepts the TLD; None where it has no list or the TLD is unknown."""
    allowed = params.allowed_tlds.value
    if allowed is None or last is None:
        return None
    return last in allowed.tlds or (allowed.han_tlds and han_count(last) == len(last))


def national_word_left_of_suffix(text_host: str, suffix: str | None) -> str | None:
    """The first of 中国, 国家 in the labels of ``text_host`` left of its public suffix (U-form); None if none or
    the suffix is unknown (the words in the suffix itself, ``例子.中国``, do not count)."""
    if suffix is None:
        return None
    left = u_form(text_host)[: -len(suffix) - 1]
    return next((word for word in NATIONAL_DOMAIN_WORDS if word in left), None)


def _files_subdomain(entity: Entity, suffix: str | None, subdomain: bool | None) -> bool | None:
    if subdomain is None:
        return None  # unknown suffix or registrable domain
    exempt = entity.type == "government" or suffix in _SUBDOMAIN_EXEMPT_SUFFIXES
    return subdomain and not exempt


# -- DOMAIN_HAS_FOREIGN_FILING -------------------------------------------------------------------------------------


def _website_key(text: str) -> WebsiteKey | str:
    """W10's website number key (:func:`beianrules.facts.site_counts.website_number_key`), or the number as
    written when it is no website number (an APP's or an entity's, or one that does not parse): a cancellation
    then matches only that same text."""
    return website_number_key(text) or text.strip()


def _domain_keys(site: Website) -> set[str]:
    return {key for key in (domain_key(text) for text in site.domains) if key is not None}


def _live_keys(listing: RegistryEntry, entity_documents: Iterable[RegistryEntry]) -> set[str]:
    """The domain keys ``listing`` (an approved document, not a cancellation) still holds: none if an approved
    ``cancel_entity`` of its entity shares its entity number; per website, none once an approved
    ``cancel_website`` of its entity lists its number, and never a key such a document lists."""
    approved = [e.filing for e in entity_documents if e.filing.order.status == "approved"]
    own_number = (listing.filing.entity.filing_number or "").strip()
    if own_number and any(d.order.type == "cancel_entity" and (d.entity.filing_number or "").strip()
                          and entity_number_key(d.entity.filing_number or "") == entity_number_key(own_number)
                          for d in approved):
        return set()
    cancelled_keys: set[str] = set()
    cancelled_numbers: set[WebsiteKey | str] = set()
    for document in approved:
        if document.order.type == "cancel_website":
            for site in document.websites:
                cancelled_keys |= _domain_keys(site)
                if site.filing_number and site.filing_number.strip():
                    cancelled_numbers.add(_website_key(site.filing_number))
    live: set[str] = set()
    for site in listing.filing.websites:
        if site.filing_number and site.filing_number.strip() and \
                _website_key(site.filing_number) in cancelled_numbers:
            continue
        live |= _domain_keys(site) - cancelled_keys
    return live


def live_domain_keys_of_other_entities(filing: Filing, registry: Registry, asked: Iterable[str]) -> frozenset[str]:
    """Which of the domain keys (W9) ``asked`` (a check's own websites') are of websites filed under another
    entity: listed by an ``approved`` registry document of an entity other than ``filing``'s (REASONS.md "Same
    entity"), not a cancellation, and not cancelled since.

    Each key is looked up (:meth:`Registry.by_domain`) until one other entity is found to hold it: linear in an
    audit however many documents the registry has."""
    own = EntityKey.of(filing.entity)
    held: dict[int, set[str]] = {}

    def live_in(entry: RegistryEntry) -> set[str]:
        if (entry.filing.order.status != "approved" or own.same_entity(entry.key)
                or entry.filing.order.type in CANCEL_TYPES):
            return set()
        if entry.index not in held:
            held[entry.index] = _live_keys(entry, registry.of_entity(entry.key) or [entry])
        return held[entry.index]

    return frozenset(key for key in asked if any(key in live_in(entry) for entry in registry.by_domain(key)))
