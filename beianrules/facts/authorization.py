"""Facts for the format-1.1 rows about who heads a unit's filing: the entity principal against the legal
representative, whose authorization letter counts for whom, and a legal representative who is not a mainland
resident (FORMAT 1.1 groups A, B, D; PRINCIPAL_NOT_LEGAL_REP, PRINCIPAL_FOREIGN_LEGAL_REP).

- ``principal_authority``: for a unit, one fact per finding, told apart by ``finding``:

  - ``not_legal_rep`` (a unit with ``entity.legal_representative``): whether the entity principal is the legal
    representative (``people.is_legal_rep``, W7; left out when unknown), whether an ``authorization_letter``
    counts for ``entity.principal`` (``standing.has_attachment_for``: its ``for`` names him, names another
    principal with his ID number, or is absent — so a 1.0 document keeps its verdicts), and whether the legal
    representative is known to be non-mainland (``standing.mainland`` is False: a ``nationality`` other than
    ``CN``, or none and a non-mainland ID type — ``passport`` included, for him alone). That last flag is
    total (False also when unknown): PRINCIPAL_NOT_LEGAL_REP gives way to PRINCIPAL_FOREIGN_LEGAL_REP only
    when the document says so.
  - ``changed``: ``business_registration.legal_representative`` against ``entity.legal_representative.name``
    (name keys, W5), made only when both are given and the legal representative is not known to be
    non-mainland (a passport name is often written otherwise than the registered name: a difference then does
    not show a change). The two names are the checked entity's own.

- ``foreign_legal_rep_check``: for a unit whose legal representative is known to be non-mainland, one fact per
  finding of PRINCIPAL_FOREIGN_LEGAL_REP — ``principal_not_mainland`` (``standing.mainland`` of the entity
  principal is False, or unknown while he is the legal representative himself), ``no_letter`` (he is known not
  to be the legal representative and no ``authorization_letter`` counts for him), and, with a registry, one
  of ``id_number_elsewhere``, ``mobile_elsewhere``, ``email_elsewhere`` for each of his ID number (ID key, W8;
  any principal role), mobile (any phone field, W6) and email (case-insensitive) that appears in an approved
  filing of another entity (REASONS.md "Same entity"; he is known not to be the legal representative).
  Nothing of the other entity is carried.
"""

from __future__ import annotations

from collections.abc import Iterable

from beianrules.facts.context import Context
from beianrules.facts.people import is_legal_rep
from beianrules.facts.schema import FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import LEGAL_REP, has_attachment_for, mainland
from beianrules.finding import Fact
from beianrules.model import Filing
from beianrules.reference.idnumbers import id_key
from beianrules.reference.text import name_key
from beianrules.registry import EntityKey, PersonRecord, Registry

KINDS = (
    FactKind("principal_authority", "A unit's entity principal against its legal representative (`not_legal_rep`), "
             "or the registered legal representative against the filed one (`changed`).", {
        "path": PATH, "other_path": PATH, "finding": token("legal_rep_finding"), "is_legal_rep": FLAG,
        "letter": FLAG, "attachments_path": PATH, "rep_non_mainland": FLAG, "differs": FLAG, "registered": TEXT,
        "filed": TEXT,
    }),
    FactKind("foreign_legal_rep_check", "One finding about a unit whose legal representative is not a mainland "
             "resident (PRINCIPAL_FOREIGN_LEGAL_REP).", {
        "path": PATH, "other_path": PATH, "attachments_path": PATH, "finding": token("foreign_rep_finding"),
    }),
)

PRINCIPAL = "entity.principal"
LETTER = "authorization_letter"


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    if filing.entity.type == "individual" or filing.entity.legal_representative is None:
        return []
    return [*_principal_authority(filing), *_foreign_legal_rep(filing, ctx.registry)]


def _principal_authority(filing: Filing) -> list[Fact]:
    rep = filing.entity.legal_representative
    assert rep is not None
    non_mainland = mainland(rep) is False
    found: list[Fact] = [{
        "kind": "principal_authority",
        "ref": f"{PRINCIPAL}:authority",
        "finding": "not_legal_rep",
        "path": PRINCIPAL,
        "other_path": LEGAL_REP,
        "is_legal_rep": is_legal_rep(filing),
        "letter": has_attachment_for(filing, LETTER, PRINCIPAL),
        "attachments_path": "attachments",
        "rep_non_mainland": non_mainland,
    }]
    registration = filing.entity.business_registration
    registered = registration.legal_representative if registration else None
    ours, theirs = name_key(rep.name), name_key(registered)
    if ours is not None and theirs is not None and not non_mainland:
        assert rep.name is not None and registered is not None  # a key implies a value
        found.append({
            "kind": "principal_authority",
            "ref": "entity.business_registration.legal_representative:changed",
            "finding": "changed",
            "path": "entity.business_registration.legal_representative",
            "other_path": f"{LEGAL_REP}.name",
            "differs": ours != theirs,
            "registered": registered.strip(),
            "filed": rep.name.strip(),
        })
    return found


def _foreign_legal_rep(filing: Filing, registry: Registry | None) -> list[Fact]:
    rep = filing.entity.legal_representative
    assert rep is not None
    if mainland(rep) is not False:
        return []
    principal = filing.entity.principal
    same = is_legal_rep(filing)
    principal_mainland = mainland(principal)
    if principal_mainland is None and same is True:
        principal_mainland = False  # he is the legal representative, who is not a mainland resident

    def finding(name: str, path: str = PRINCIPAL, other: str | None = LEGAL_REP,
                attachments: str | None = None) -> Fact:
        return {"kind": "foreign_legal_rep_check", "ref": f"{path}:{name}", "finding": name, "path": path,
                "other_path": other, "attachments_path": attachments}

    found = []
    if principal_mainland is False:
        found.append(finding("principal_not_mainland"))
    if same is False and not has_attachment_for(filing, LETTER, PRINCIPAL):
        found.append(finding("no_letter", attachments="attachments"))
    if same is False and registry is not None:
        found.extend(finding(f"{field}_elsewhere", path, None) for field, path in _elsewhere(filing, registry))
    return found


def _elsewhere(filing: Filing, registry: Registry) -> list[tuple[str, str]]:
    """(field, path) of the entity principal's ID number, mobile and email that appear in an approved filing of
    another entity."""
    key = EntityKey.of(filing.entity)
    principal = filing.entity.principal

    def elsewhere(records: Iterable[PersonRecord]) -> bool:  # walked until one is found
        return any(r.filing.filing.order.status == "approved" and not key.same_entity(r.filing.key)
                   for r in records)

    found = []
    number = principal.id_document.number if principal.id_document else None
    ours = id_key(number)
    # The registry indexes numbers trimmed and upper-cased: look up both spellings, then compare by ID key.
    if number is not None and ours is not None and any(
            elsewhere(r for r in registry.by_person_id(n)
                      if r.person.id_document is not None and id_key(r.person.id_document.number) == ours)
            for n in (number, ours)):
        found.append(("id_number", f"{PRINCIPAL}.id_document.number"))
    if principal.mobile and elsewhere(registry.by_phone(principal.mobile)):
        found.append(("mobile", f"{PRINCIPAL}.mobile"))
    if principal.email and elsewhere(registry.by_email(principal.email)):
        found.append(("email", f"{PRINCIPAL}.email"))
    return found
