"""Facts about the entity as a whole: its certificate, filing numbers, and its other filings.

Three kinds of fact:

- ``entity_filings`` (one, ``ref`` ``entity:filings``): what the registry says about
  *this* entity — the documents that share its certificate (type + number)
  or its entity filing number (REASONS.md, "Same entity"). Every field that
  needs the registry is left out when no registry is given, or an empty one
  (it knows nothing, so nothing can be concluded), and when the order gives
  nothing to identify the entity by.
- ``filing_number_given``: one per ``filing_number`` the order itself gives
  (``entity.filing_number``, ``websites[i].filing_number``,
  ``apps[i].filing_number``), parsed with :func:`parse_filing_number`.
- ``filed_difference``: one per compared field of the order whose value is
  known on both sides, saying whether it differs from the entity's approved
  filing(s) in the registry. The certificate number's also says whether the
  bureau's allowance for changing it holds (``change_allowed``, FORMAT 1.1
  ENTITY_NAME_AND_CERT_CHANGED: in SX the filed name is one of
  ``business_registration.former_names``; in SD, NM, JS, ZJ, TJ a
  ``name_change_certificate`` counts for ``entity``); always True or False, so
  that ORDER_FIELD_NOT_EDITABLE keeps every 1.0 verdict.

Nothing here comes from another entity: every registry document read belongs
to the checked entity by the definition above, so the filing numbers and order
ids taken from it are the applicant's own. The filed names, certificate and ID
numbers are still never put in a fact (only whether the order's differ), so a
report cannot show them — a document joined only by a mistyped filing number
may in truth be someone else's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from beianrules.errors import FilingNumberError
from beianrules.facts.context import Context
from beianrules.facts.schema import COUNT, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import has_attachment_for
from beianrules.filing_number import (
    FilingNumber,
    parse_filing_number,
)
from beianrules.finding import Fact
from beianrules.model import App, Filing, Website
from beianrules.reference.text import name_key, normalise_hyphens
from beianrules.registry import (
    EntityKey,
    Registry,
    RegistryEntry,
    entity_number_key,
    normalise_id,
)

KINDS = (
    FactKind("entity_filings", "What the registry says about this entity's own filings.", {
        "path": PATH, "certificate_path": PATH, "filing_number_path": PATH,
        # ENTITY_MULTIPLE_FILING_NUMBERS
        "several_filing_numbers": FLAG, "filing_number_count": COUNT, "filing_numbers": TEXT,
        # ORDER_WRONG_TYPE
        "certificate_already_filed": FLAG, "registry_knows_entity": FLAG, "filed_state": token("filed_state"),
        # ORDER_ONE_IN_FLIGHT
        "other_order_in_flight": FLAG, "in_flight_order_id": TEXT, "in_flight_status": token("order_status"),
    }),
    FactKind("filing_number_given", "One filing number the order gives, parsed.", {
        "path": PATH, "number": TEXT, "level": TEXT, "expected_level": TEXT, "well_formed": FLAG,
        "problem": token("filing_number_problem"), "province": token("province"), "in_order_province": FLAG,
        "extends_entity_number": FLAG, "entity_number": TEXT, "entity_number_path": PATH,
    }),
    FactKind("filed_difference", "One compared field of the order against the entity's approved filing.", {
        "path": PATH, "field": token("compared_field"), "differs_from_filing": FLAG, "change_allowed": FLAG,
    }),
)

# Orders that are "in flight" for ORDER_ONE_IN_FLIGHT (REASONS.md: provider_review or authority_review).
IN_FLIGHT = frozenset({"provider_review", "authority_review"})


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    # An empty registry is treated like none: it cannot say that an entity is unknown.
    registry = ctx.registry if ctx.registry is not None and len(ctx.registry) else None
    return [
        _entity_filings(filing, registry),
        *filing_numbers_given(filing),
        *(filed_differences(filing, registry, ctx.params.name_and_certificate_change.value)
          if registry is not None else ()),
    ]


# -- The registry's documents of this entity ----------------------------------------------------


def is_approved(entry: RegistryEntry) -> bool:
    return entry.filing.order.status == "approved"


def entity_documents(key: EntityKey, registry: Registry) -> list[RegistryEntry]:
    """Every registry document of the entity (REASONS.md, "Same entity"), in registry order."""
    return registry.of_entity(key)


def held_entity_numbers(filings: Iterable[Filing]) -> dict[tuple[str, str, str] | str, str]:
    """The entity filing numbers these approved documents hold, by :func:`entity_number_key`.

    Only ``entity.filing_number`` counts: a service number's entity part is
    derived data (FILING_NUMBER_FORMAT checks that it extends the entity's
    number), and a registry that gives service numbers without the entity's
    own number says nothing about how many entity numbers there are. An
    approved ``cancel_entity`` document means its number was cancelled
    (注销主体), so that number is no longer held — after following
    ENTITY_MULTIPLE_FILING_NUMBERS' remedy the rule must fall silent.
    """
    held: dict[tuple[str, str, str] | str, str] = {}
    cancelled = set()
    for filing in filings:
        number = (filing.entity.filing_number or "").strip()
        if not number:
            continue
        key = entity_number_key(number)
        if filing.order.type == "cancel_entity":
            cancelled.add(key)
        else:
            held.setdefault(key, number)
    return {key: number for key, number in held.items() if key not in cancelled}


def _entity_filings(filing: Filing, registry: Registry | None) -> Fact:
    key = EntityKey.of(filing.entity)
    fact: Fact = {
        "kind": "entity_filings",
        "ref": "entity:filings",
        "path": "entity",
        "certificate_path": "entity.certificate.number" if key.certificate else None,
        "filing_number_path": "entity.filing_number" if key.filing_number else None,
    }
    if registry is None or (key.certificate is None and key.filing_number is None):
        return fact
    fact.update(_filing_numbers_of_certificate(filing, key, registry))
    if key.certificate is not None:
        same_certificate = [e.filing for e in registry.by_certificate(key.certificate) if is_approved(e)]
        fact["certificate_already_filed"] = bool(held_entity_numbers(same_certificate))
    # The registry "knows" the entity when it holds any document of it, whatever its status — the
    # order itself included: a literal reading of REASONS.md that can only keep ORDER_WRONG_TYPE silent.
    fact["registry_knows_entity"] = bool(entity_documents(key, registry))
    if fact.get("certificate_already_filed"):
        fact["filed_state"] = "filed"
    elif not fact["registry_knows_entity"]:
        fact["filed_state"] = "unknown"
    fact.update(_order_in_flight(filing, key, registry))
    return fact


def _filing_numbers_of_certificate(filing: Filing, key: EntityKey, registry: Registry) -> Fact:
    """ENTITY_MULTIPLE_FILING_NUMBERS: entity numbers held under this certificate (registry + order)."""
    if key.certificate is None or filing.order.type == "cancel_entity":
        # A cancel_entity order is the remedy itself under way: reminding it to cancel is noise.
        return {}
    documents = [e.filing for e in registry.by_certificate(key.certificate) if is_approved(e)]
    # Only numbers the registry holds count (REASONS-WAVE1, clarification (a)), and the checked document's own
    # when it is itself an approved filing (a record of the registry's kind). An order stating another number
    # is a data mismatch: ACCESS_INFO_INCONSISTENT's (the entity_filing_number compared field).
    held = held_entity_numbers([*documents, filing] if filing.is_audit else documents)
    # Only numbers that parse are counted: '浙ICP备 2023000777号' (a stray space, FILING_NUMBER_FORMAT's
    # finding) is most likely the same number mistyped, not a second one.
    held = {key: number for key, number in held.items() if isinstance(key, tuple)}
    return {
        "several_filing_numbers": len(held) >= 2,
        "filing_number_count": len(held),
        "filing_numbers": ", ".join(sorted(held.values())) if held else None,
    }


def _order_in_flight(filing: Filing, key: EntityKey, registry: Registry) -> Fact:
    """ORDER_ONE_IN_FLIGHT: another order of this entity under review.

    Orders are told apart by ``order.id``. A registry document without an id,
    or a checked order without one, may be the order itself (a stale copy of
    it, say): unknown, so it blocks nothing. Documents with the same id are the
    order itself, whatever else differs.
    """
    own_id = (filing.order.id or "").strip()
    unknown = False
    for entry in entity_documents(key, registry):
        status = entry.filing.order.status
        if status not in IN_FLIGHT:
            continue
        other_id = (entry.filing.order.id or "").strip()
        if not own_id or not other_id:
            unknown = True
        elif other_id != own_id:
            return {"other_order_in_flight": True, "in_flight_order_id": other_id, "in_flight_status": status}
    return {"other_order_in_flight": None if unknown else False}


# -- Filing numbers the order gives --------------------------------------------------------------


def _given_numbers(filing: Filing) -> list[tuple[str, str, str]]:
    """(path, number, expected level) for every filing number the order gives."""
    given = []
    if filing.entity.filing_number and filing.entity.filing_number.strip():
        given.append(("entity.filing_number", filing.entity.filing_number, "entity"))
    lists: tuple[tuple[str, Sequence[Website | App]], ...] = (("websites", filing.websites), ("apps", filing.apps))
    for prefix, services in lists:
        for i, service in enumerate(services):
            if service.filing_number and service.filing_number.strip():
                given.append((f"{prefix}[{i}].filing_number", service.filing_number, "service"))
    return given


_LEVEL_PROBLEM = {  # (expected, found) -> filing_number_problem
    ("entity", "service"): "entity_number_with_suffix",
    ("service", "entity"): "service_number_without_suffix",
}


def filing_numbers_given(filing: Filing) -> list[Fact]:
    given = _given_numbers(filing)
    parsed: dict[str, FilingNumber] = {}
    built = []
    for path, text, expected in given:
        fact: Fact = {"kind": "filing_number_given", "ref": path, "path": path, "number": text.strip(),
                "expected_level": expected}
        try:
            number = parse_filing_number(text)
        except FilingNumberError:
            # The message shows the parser's own wording, which names the character or part that is wrong.
            fact.update(well_formed=False, problem="malformed")
            built.append(fact)
            continue
        level = "service" if number.is_service else "entity"
        fact["level"] = level
        if level != expected:
            fact.update(well_formed=False, problem=_LEVEL_PROBLEM[(expected, level)])
        else:
            fact["well_formed"] = True
            parsed[path] = number
        # The province is read whatever the level: a number that parses names its bureau.
        fact.update(province=number.province, in_order_province=number.province == filing.order.province)
        built.append(fact)
    entity = parsed.get("entity.filing_number")
    if entity is not None:
        for fact in built:
            service = parsed.get(fact["path"])
            # Compared only within one form: whether a licence number (ICP证, B2) and a filing
            # number (ICP备) of one entity relate is not documented, so no verdict.
            if service is None or service is entity or service.form != entity.form:
                continue
            extends = service.extends(entity)
            fact.update(extends_entity_number=extends, entity_number=entity.text,
                        entity_number_path="entity.filing_number")
            if not extends:
                fact["problem"] = "not_extending_entity_number"
    return built


# -- The order against the entity's approved filing -----------------------------------------------


def filed_documents(filing: Filing, registry: Registry) -> list[Filing]:
    """The registry's approved filings of this entity, to compare the order with.

    Found by the order's entity filing number when it gives one, else by its
    certificate. Only approved documents are "the filing": an order in flight,
    rejected or abandoned (the checked order itself among them) is not filed
    data. Several approved documents (an earlier filing, later approved
    changes or new websites) are all kept; a value differs only when it
    differs from every one of them, so a stale earlier filing never makes a
    current value look wrong.
    """
    key = EntityKey.of(filing.entity)
    if key.filing_number is not None:
        found = registry.by_entity_number(filing.entity.filing_number)
    else:
        found = registry.by_certificate(key.certificate)
    return [e.filing for e in found if is_approved(e)]


def _text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _certificate_type(f: Filing) -> str | None:
    return f.entity.certificate.type if f.entity.certificate else None


def _certificate_number(f: Filing) -> str | None:
    return normalise_id(_text(f.entity.certificate.number)) if f.entity.certificate else None


def _principal_id(f: Filing) -> str | None:
    doc = f.entity.principal.id_document
    return normalise_id(_text(doc.number)) if doc else None


# (path, compared_field token, value of a document). ORDER_FIELD_NOT_EDITABLE and ACCESS_INFO_INCONSISTENT
# pick their fields from these by ``field``.
COMPARED_FIELDS: tuple[tuple[str, str, Callable[[Filing], str | None]], ...] = (
    ("entity.name", "entity_name", lambda f: _text(f.entity.name)),
    ("entity.type", "entity_type", lambda f: f.entity.type),
    ("entity.certificate.type", "certificate_type", _certificate_type),
    ("entity.certificate.number", "certificate_number", _certificate_number),
    ("entity.principal.name", "principal_name", lambda f: _text(f.entity.principal.name)),
    ("entity.principal.id_document.number", "principal_id_number", _principal_id),
    ("order.province", "province", lambda f: f.order.province),
)


def filing_number_difference(filing: Filing, registry: Registry) -> Fact | None:
    """Whether the order's entity filing number is one the registry's approved filings of its certificate hold.

    Looked up by certificate (a wrong number finds no document by number). Silent when the order gives no
    number or no certificate, when its number does not parse as an entity number (FILING_NUMBER_FORMAT's),
    and when those filings hold no number (REASONS-WAVE1, clarification (a)).
    """
    key = EntityKey.of(filing.entity)
    number = _text(filing.entity.filing_number)
    # An approved filing's own number is one the registry holds: a second one is ENTITY_MULTIPLE_FILING_NUMBERS'.
    if number is None or key.certificate is None or filing.is_audit:
        return None
    try:
        if parse_filing_number(number).is_service:
            return None
    except FilingNumberError:
        return None
    held = held_entity_numbers(e.filing for e in registry.by_certificate(key.certificate) if is_approved(e))
    if not held:
        return None
    return {"kind": "filed_difference", "ref": "entity.filing_number:filed", "path": "entity.filing_number",
            "field": "entity_filing_number", "differs_from_filing": entity_number_key(number) not in held}


def former_name_listed(filing: Filing, filed: Sequence[Filing]) -> bool | None:
    """Whether a name of the entity's filing ``filed`` is one of the order's ``business_registration.former_names``
    (W5 name keys, hyphens read as ``-``); None when the order gives no former names or the filing no name."""
    snapshot = filing.entity.business_registration
    if snapshot is None or not snapshot.former_names:
        return None
    former = {name_key(normalise_hyphens(name)) for name in snapshot.former_names} - {None}
    names = {name_key(normalise_hyphens(f.entity.name)) for f in filed} - {None}
    if not former or not names:
        return None
    return bool(former & names)


def certificate_change_allowed(filing: Filing, filed: Sequence[Filing], policy: str) -> bool:
    """Whether the bureau's allowance of ENTITY_NAME_AND_CERT_CHANGED holds (``name_and_certificate_change``):
    ``former_name`` — a filed name is among ``former_names``; ``certificate`` and ``certificate_advice`` — a
    ``name_change_certificate`` counts for ``entity``; every other value allows nothing."""
    if policy == "former_name":
        return former_name_listed(filing, filed) is True
    if policy in ("certificate", "certificate_advice"):
        return has_attachment_for(filing, "name_change_certificate", "entity")
    return False


def filed_differences(filing: Filing, registry: Registry, name_and_certificate_change: str = "off") -> list[Fact]:
    number = filing_number_difference(filing, registry)
    built = [number] if number is not None else []
    filed = filed_documents(filing, registry)
    if not filed:
        return built
    for path, field, value_of in COMPARED_FIELDS:
        ours = value_of(filing)
        theirs = {v for v in map(value_of, filed) if v is not None}
        if ours is None or not theirs:
            continue  # unknown on one side: no verdict
        allowed = (certificate_change_allowed(filing, filed, name_and_certificate_change)
                   if field == "certificate_number" else None)
        built.append({"kind": "filed_difference", "ref": f"{path}:filed", "path": path, "field": field,
                      "differs_from_filing": ours not in theirs, "change_allowed": allowed})
    return built
