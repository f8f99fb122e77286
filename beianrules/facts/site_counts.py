"""Facts for the wave-1b rows about websites' domains and numbers, personal websites' content, and APPs
(REASONS-WAVE1, table 1b): SITE_ONE_DOMAIN, SITE_COUNT_PER_ORDER, SITE_COUNT_PER_ENTITY,
PERSONAL_REMARK_MISSING, PERSONAL_SERVICE_CONTENT, APP_NAME_RULES, APP_FEATURE_INFO.

Every fact is built only for the orders its row judges (by ``order.type``, W2's *content orders* =
``new_filing``, ``new_website``, ``new_app``, ``change``); the rules run in ``order`` mode only (all seven
rows are ``audit: no``). Kinds:

- ``one_domain_site``: a website of a ``new_filing``/``new_website`` order (clause (a): its distinct domain
  keys, W9), or of a ``change`` order whose ``filing_number`` is a filed website of the entity (clause (b):
  its domain keys against those the registry's listings of that number agree on); made only when the
  comparison is known.
- ``order_limit_count``: one per ``order_limits`` entry of the bureau that applies to the order's type and
  filer, with what it counts (domain keys over all websites, or ``websites`` entries) and, for an entry that
  applies only once the entity has enough filed websites (JX), their number (W10, the order's own new
  websites not included; not built without a registry).
- ``entity_site_count``: the bureau's ``entity_limits`` entry for the filer's type, with the entity's filed
  websites plus those the order adds (W10, a lower bound).
- ``site_remark``: an individual filer's website in a content order, and whether its remark is blank (W11).
- ``personal_content``: a content token of an individual filer's website in a content order that the
  library knows and that is not unit-only (those are SITE_CONTENT_VS_ENTITY_NATURE's), with the tokens a
  personal filing may choose in the bureau (``personal_blog``).
- ``app_name``: an APP of a content order, and the first emoji of its name.
- ``app_feature_check``: one check of a native APP's feature data (``platforms`` containing ``android`` or
  ``ios``) in a content order: its package names, a signature per native platform, each given fingerprint.
  Only for ``apps[i]`` of kind ``app`` (format 1.1; absent ``kind`` means ``app``, so 1.0 documents are judged
  as before).

The *entity's filed websites* (W10) are read from the registry's approved documents of the checked entity
(REASONS.md "Same entity": :meth:`beianrules.registry.Registry.of_entity`), as website number keys
(:func:`website_number_key`). Nothing of another entity is read; of the entity's own filings only counts
reach a fact, never the filed domains (a document joined by a mistyped filing number may be someone else's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import regex  # type: ignore[import-untyped]  # no py.typed and no stubs installed

from beianrules.errors import FilingNumberError
from beianrules.facts.context import Context
from beianrules.facts.entity import entity_documents, is_approved
from beianrules.facts.schema import COUNT, FLAG, PATH, TEXT, FactKind, token, tokens
from beianrules.filing_number import parse_filing_number
from beianrules.finding import Fact
from beianrules.industries import content_category
from beianrules.model import CANCEL_TYPES, CONTENT_ORDER_TYPES, App, Filing, Website
from beianrules.provinces._schema import EntityLimit, OrderLimit, ProvinceParameters
from beianrules.reference.domains import domain_key
from beianrules.reference.text import nfkc
from beianrules.registry import EntityKey, Registry, entity_number_key

KINDS = (
    FactKind("one_domain_site", "A website of a first filing, new website or change order, against one domain per "
             "website (SITE_ONE_DOMAIN).", {
        "path": PATH, "site": PATH, "name": TEXT, "breaks": FLAG, "problem": token("one_domain_problem"),
        "count": COUNT, "keys": TEXT, "added": TEXT,
    }),
    FactKind("order_limit_count", "One `order_limits` entry of the bureau that applies to the order, and what the "
             "order carries against it.", {
        "path": PATH, "limit": token("order_limit"), "counted": token("counted_item"), "count": COUNT,
        "maximum": COUNT, "threshold": COUNT, "filed": COUNT, "order_type": token("order_type"),
        "entity_type": token("entity_type"), "severity": token("strictness"), "over": FLAG,
    }),
    FactKind("entity_site_count", "The entity's filed websites plus those the order adds (W10), against the "
             "bureau's `entity_limits` for its type.", {
        "path": PATH, "count": COUNT, "filed": COUNT, "added": COUNT, "maximum": COUNT,
        "entity_type": token("entity_type"), "over": FLAG,
    }),
    FactKind("site_remark", "An individual filer's website in a content order, and whether its remark is blank.", {
        "path": PATH, "site": PATH, "name": TEXT, "missing": FLAG,
    }),
    FactKind("personal_content", "A known, not unit-only content token of an individual filer's website in a "
             "content order.", {
        "path": PATH, "site": PATH, "name": TEXT, "category": token("content_category"), "not_personal": FLAG,
        "blog": FLAG, "allowed": tokens("content_category"),
    }),
    FactKind("app_name", "An APP of a content order, and the first emoji in its name.", {
        "path": PATH, "name": TEXT, "has_emoji": FLAG, "emoji": TEXT,
    }),
    FactKind("app_feature_check", "One check of a native APP's feature data in a content order.", {
        "path": PATH, "app": PATH, "name": TEXT, "problem": token("app_feature_problem"),
        "platform": token("app_platform"), "fingerprint": token("fingerprint"), "value": TEXT, "digits": COUNT,
        "fails": FLAG,
    }),
)

"""W2's *content orders*: those that submit content for review (a ``new_access`` copies filed data)."""

NEW_SITE_ORDER_TYPES = frozenset({"new_filing", "new_website"})

WebsiteKey = tuple[str, str, str, int]
"""A website number key (W10): (bureau, form, entity serial, sequence)."""

PERSONAL_CHOICES = ("blog", "other")
"""The content tokens a personal filing may choose (HW-KB doc_0258): 博客/个人空间 and 其他 with a remark."""


def facts(ctx: Context) -> list[Fact]:
    filing, params = ctx.filing, ctx.params
    if filing.order.type not in CONTENT_ORDER_TYPES:
        return []
    return [
        *_one_domain_sites(filing, ctx.registry),
        *_order_limits(filing, params, ctx.registry),
        *_entity_limits(filing, params, ctx.registry),
        *_site_remarks(filing),
        *_personal_content(filing, params),
        *_app_names(filing),
        *_app_features(filing),
    ]


# -- W9 and W10: domain keys, website number keys, the entity's filed websites ------------------


def domain_keys(domains: Iterable[str]) -> list[str]:
    """The distinct domain keys (W9) of ``domains``, in order of first appearance; hosts without a key left out."""
    found: dict[str, None] = {}
    for text in domains:
        key = domain_key(text)
        if key is not None:
            found.setdefault(key)
    return list(found)


def website_number_key(text: str | None) -> WebsiteKey | None:
    """W10's *website number key* of a filing number: (bureau, form, entity serial, sequence) for a service number
    without a kind letter (``浙ICP备2023000777号-1``); None for an APP's, mini-program's or quick app's number
    (``-1A``, ``-3X``, ``-4K``), an entity number, a blank text and one that does not parse.

    The bureau is compared rather than the abbreviation, as :func:`beianrules.registry.entity_number_key`
    reads the entity part: ``蜀ICP备…号-2`` and ``川ICP备…号-2`` are one website.
    """
    if text is None or not text.strip():
        return None
    try:
        number = parse_filing_number(text)
    except FilingNumberError:
        return None
    if number.service_serial is None or number.service_kind != "website":
        return None
    return (number.province, number.form, number.entity_serial, number.service_serial)


def approved_entity_documents(filing: Filing, registry: Registry | None) -> list[Filing]:
    """The registry's ``approved`` documents of the checked entity (W10's ``E``); empty without a registry."""
    if registry is None:
        return []
    return [entry.filing for entry in entity_documents(EntityKey.of(filing.entity), registry) if is_approved(entry)]


def _website_keys(document: Filing) -> set[WebsiteKey]:
    return {key for site in document.websites if (key := website_number_key(site.filing_number)) is not None}


def filed_websites(documents: Iterable[Filing]) -> set[WebsiteKey]:
    """W10's filed websites ``F`` of the approved documents ``documents`` of one entity.

    The website number keys of the documents that are not cancellations, minus every key a ``cancel_website``
    document lists, minus every key whose entity part is the ``entity.filing_number`` of a ``cancel_entity``
    document (read as :func:`entity_number_key`: 蜀/川 alike).
    """
    listed: set[WebsiteKey] = set()
    cancelled: set[WebsiteKey] = set()
    cancelled_entities: set[tuple[str, str, str] | str] = set()
    for document in documents:
        if document.order.type == "cancel_website":
            cancelled |= _website_keys(document)
        elif document.order.type == "cancel_entity":
            number = (document.entity.filing_number or "").strip()
            if number:
                cancelled_entities.add(entity_number_key(number))
        elif document.order.type not in CANCEL_TYPES:
            listed |= _website_keys(document)
    return {key for key in listed - cancelled if key[:3] not in cancelled_entities}


def added_websites(filing: Filing, filed: set[WebsiteKey]) -> int:
    """How many websites the checked order adds to ``filed`` (W10): one for each website without a
    ``filing_number`` and one for each whose number's key is not in ``filed``.

    Reading: a website whose ``filing_number`` is given but is no website number (it does not parse, or has a
    kind letter) is not counted — most likely a filed website's number mistyped (FILING_NUMBER_FORMAT's); toward
    silence.
    """
    added = 0
    for site in filing.websites:
        if site.filing_number is None or not site.filing_number.strip():
            added += 1
            continue
        key = website_number_key(site.filing_number)
        if key is not None and key not in filed:
            added += 1
    return added


# -- SITE_ONE_DOMAIN --------------------------------------------------------------------------------


def _one_domain_sites(filing: Filing, registry: Registry | None) -> list[Fact]:
    order_type = filing.order.type
    if order_type in NEW_SITE_ORDER_TYPES:
        return [_several_domains(i, site) for i, site in enumerate(filing.websites)]
    if order_type != "change" or registry is None:
        return []
    documents = approved_entity_documents(filing, registry)
    filed = filed_websites(documents)
    found = []
    for i, site in enumerate(filing.websites):
        fact = _changed_domains(i, site, documents, filed)
        if fact is not None:
            found.append(fact)
    return found


def _site_fact(i: int, site: Website, **fields: object) -> Fact:
    return {"kind": "one_domain_site", "ref": f"websites[{i}].domains:one_domain", "path": f"websites[{i}].domains",
            "site": f"websites[{i}]", "name": site.name, **fields}


def _several_domains(i: int, site: Website) -> Fact:
    keys = domain_keys(site.domains)
    several = len(keys) >= 2
    return _site_fact(i, site, breaks=several, problem="several_domains" if several else None, count=len(keys),
                      keys=", ".join(keys) if keys else None)


def _changed_domains(i: int, site: Website, documents: Sequence[Filing], filed: set[WebsiteKey]) -> Fact | None:
    """Clause (b): the change of a filed website against the domain keys its listings agree on; None when unknown."""
    number = website_number_key(site.filing_number)
    if number is None or number not in filed:
        return None  # no website number, or not (or no longer) a filed website of the entity
    listings = [frozenset(domain_keys(listed.domains)) for document in documents
                if document.order.type not in CANCEL_TYPES
                for listed in document.websites if website_number_key(listed.filing_number) == number]
    ours = domain_keys(site.domains)
    if not listings or len(set(listings)) != 1 or not listings[0] or not ours:
        return None  # the listings disagree, give no known domain, or the order's website has none
    filed_keys = listings[0]
    added = [key for key in ours if key not in filed_keys]
    if len(filed_keys) == 1:
        breaks, problem = set(ours) != filed_keys, "domain_replaced"
    else:
        breaks, problem = bool(added), "domain_added"
    return _site_fact(i, site, breaks=breaks, problem=problem if breaks else None, count=len(ours),
                      keys=", ".join(ours), added=", ".join(added) if added else None)


# -- SITE_COUNT_PER_ORDER and SITE_COUNT_PER_ENTITY -----------------------------------------------


def _applies(limit: OrderLimit, filing: Filing) -> bool:
    return (filing.order.type in limit.order_types
            and (limit.entity_types is None or filing.entity.type in limit.entity_types))


def _order_limits(filing: Filing, params: ProvinceParameters, registry: Registry | None) -> list[Fact]:
    found = []
    for n, limit in enumerate(params.order_limits.value):
        if not _applies(limit, filing):
            continue
        filed = None
        if limit.filed_at_least is not None:
            if registry is None:
                continue  # the threshold needs the entity's filed websites: unknown without a registry
            filed = len(filed_websites(approved_entity_documents(filing, registry)))
        if limit.counts == "domains":
            count = len(domain_keys(domain for site in filing.websites for domain in site.domains))
        else:
            count = len(filing.websites)
        reached = limit.filed_at_least is None or (filed is not None and filed >= limit.filed_at_least)
        found.append({
            "kind": "order_limit_count",
            "ref": f"order_limits[{n}]",
            "path": "websites",
            "limit": "domains_once_filed" if limit.filed_at_least is not None else limit.counts,
            "counted": limit.counts,
            "count": count,
            "maximum": limit.maximum,
            "threshold": limit.filed_at_least,
            "filed": filed,
            "order_type": filing.order.type,
            "entity_type": filing.entity.type,
            "severity": limit.severity,
            "over": reached and count > limit.maximum,
        })
    return found


def _entity_limit(filing: Filing, params: ProvinceParameters) -> EntityLimit | None:
    return next((limit for limit in params.entity_limits.value if limit.entity_type == filing.entity.type), None)


def _entity_limits(filing: Filing, params: ProvinceParameters, registry: Registry | None) -> list[Fact]:
    limit = _entity_limit(filing, params)
    if limit is None or filing.order.type not in NEW_SITE_ORDER_TYPES:
        return []
    filed = filed_websites(approved_entity_documents(filing, registry))
    added = added_websites(filing, filed)
    count = len(filed) + added
    return [{
        "kind": "entity_site_count",
        "ref": "entity_limits",
        "path": "websites",
        "count": count,
        "filed": len(filed),
        "added": added,
        "maximum": limit.maximum,
        "entity_type": limit.entity_type,
        "over": count > limit.maximum,
    }]


# -- PERSONAL_REMARK_MISSING and PERSONAL_SERVICE_CONTENT -------------------------------------------


def _site_remarks(filing: Filing) -> list[Fact]:
    if filing.entity.type != "individual":
        return []
    return [{"kind": "site_remark", "ref": f"websites[{i}].remark:personal", "path": f"websites[{i}].remark",
             "site": f"websites[{i}]", "name": site.name, "missing": not (site.remark or "").strip()}
            for i, site in enumerate(filing.websites)]


def personal_choices(params: ProvinceParameters) -> list[str]:
    """The content tokens a personal filing may choose in the bureau: 博客/个人空间 unless it refuses it, and 其他."""
    return [choice for choice in PERSONAL_CHOICES if choice != "blog" or params.personal_blog.value != "refused"]


def _personal_content(filing: Filing, params: ProvinceParameters) -> list[Fact]:
    if filing.entity.type != "individual":
        return []
    allowed = personal_choices(params)
    found = []
    for i, site in enumerate(filing.websites):
        for n, declared in enumerate(site.content_categories):
            category = content_category(declared)
            if category is None or category.unit_only:
                continue  # unknown (CONTENT_CATEGORY_UNKNOWN's) or unit-only (SITE_CONTENT_VS_ENTITY_NATURE's)
            path = f"websites[{i}].content_categories[{n}]"
            found.append({"kind": "personal_content", "ref": f"{path}:personal", "path": path,
                          "site": f"websites[{i}]", "name": site.name, "category": declared,
                          "not_personal": declared not in PERSONAL_CHOICES, "blog": declared == "blog",
                          "allowed": allowed})
    return found


# -- APP_NAME_RULES --------------------------------------------------------------------------------

_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_VARIATION_SELECTOR_16 = "\ufe0f"
_KEYCAP = "\u20e3"


def _is_regional_indicator(character: str) -> bool:
    return len(character) == 1 and "\U0001f1e6" <= character <= "\U0001f1ff"


def first_emoji(text: str | None) -> str | None:
    """The first emoji of ``text`` (after NFKC, W5), with its U+FE0F when it has one; None when there is none.

    An emoji is a code point with ``Emoji_Presentation=Yes``, a code point followed by U+FE0F (emoji
    presentation asked for), or a regional indicator (U+1F1E6–U+1F1FF, the halves of a flag).
    ``©``, ``®``, ``™`` and other text-presentation symbols without U+FE0F are not emoji.

    >>> first_emoji("天气🌤️"), first_emoji("微信®"), first_emoji("©\\ufe0f出品")
    ('🌤️', None, '©️')
    """
    if not text:
        return None
    normalised = nfkc(text)
    for index, character in enumerate(normalised):
        if character == _VARIATION_SELECTOR_16:
            continue
        following = normalised[index + 1:index + 2]
        if following == _VARIATION_SELECTOR_16:
            # With a keycap (1️⃣) the whole sequence is shown.
            keycap = normalised[index + 2:index + 3] == _KEYCAP
            return character + following + (_KEYCAP if keycap else "")
        if _is_regional_indicator(character):
            # Both halves of a flag are shown.
            return character + (following if _is_regional_indicator(following) else "")
        if _EMOJI_PRESENTATION.fullmatch(character):
            return character
    return None


def _app_names(filing: Filing) -> list[Fact]:
    found = []
    for i, app in enumerate(filing.apps):
        emoji = first_emoji(app.name)
        found.append({"kind": "app_name", "ref": f"apps[{i}].name:emoji", "path": f"apps[{i}].name",
                      "name": app.name, "has_emoji": emoji is not None, "emoji": emoji})
    return found


# -- APP_FEATURE_INFO ------------------------------------------------------------------------------

NATIVE_PLATFORMS = ("android", "ios")
_FINGERPRINT_OF = {"android": "md5", "ios": "sha1"}
_DIGITS = {"md5": 32, "sha1": 40}
_FINGERPRINT_NOISE = re.compile(r"[:\-\s]")
_HEX = re.compile(r"[0-9A-Fa-f]+")


def _platform(text: str | None) -> str | None:
    return text.strip().lower() if text else None


def _given(text: str | None) -> bool:
    return bool(text and text.strip())


def fingerprint_well_formed(value: str, field: str) -> bool:
    """Whether a given ``md5`` (32) or ``sha1`` (40) is that many hexadecimal digits once NFKC-normalised (W5) and
    stripped of ``:``, ``-`` and white space (``AB:CD:…`` is the usual way tools print them)."""
    digits = _FINGERPRINT_NOISE.sub("", nfkc(value))
    return len(digits) == _DIGITS[field] and bool(_HEX.fullmatch(digits))


def _app_features(filing: Filing) -> list[Fact]:
    found = []
    for i, app in enumerate(filing.apps):
        if app.kind != "app":
            continue  # format 1.1: mini-programs and quick apps have no package name or signature
        platforms = {_platform(p) for p in app.platforms}
        native = [p for p in NATIVE_PLATFORMS if p in platforms]
        if native:
            found.extend(_feature_checks(i, app, native))
    return found


def _check(i: int, app: App, path: str, problem: str, fails: bool, **fields: object) -> Fact:
    return {"kind": "app_feature_check", "ref": f"{path}:{problem}:{fields.get('platform', '')}", "path": path,
            "app": f"apps[{i}]", "name": app.name, "problem": problem, "fails": fails, **fields}


def _feature_checks(i: int, app: App, native: list[str]) -> list[Fact]:
    checks = [_check(i, app, f"apps[{i}].package_names", "package_names_missing",
                     not any(_given(name) for name in app.package_names))]
    for platform in native:
        fingerprint = _FINGERPRINT_OF[platform]
        complete = any(_platform(signature.platform) == platform and _given(getattr(signature, fingerprint))
                       and _given(signature.public_key) for signature in app.signatures)
        checks.append(_check(i, app, f"apps[{i}].signatures", "signature_missing", not complete, platform=platform,
                             fingerprint=fingerprint))
    for k, signature in enumerate(app.signatures):
        if _platform(signature.platform) not in NATIVE_PLATFORMS:
            continue  # reading: other platform tokens, or none, are not judged
        for field in ("md5", "sha1"):
            value = getattr(signature, field)
            if not _given(value):
                continue
            checks.append(_check(i, app, f"apps[{i}].signatures[{k}].{field}", "fingerprint_malformed",
                                 not fingerprint_well_formed(value, field), fingerprint=field, value=value.strip(),
                                 digits=_DIGITS[field]))
    return checks
