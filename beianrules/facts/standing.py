"""Who counts as what, and whom a file counts for (FORMAT 1.1, "Conventions" and group A).

Shared readings for the format-1.1 fact builders; this module makes no facts itself.

- :func:`mainland` — a *mainland* person has ``nationality`` ``CN``, or none
  and an ID type ``resident_id`` or ``temporary_resident_id``; a
  *non-mainland* person has another ``nationality``, or none and an ID type
  ``hk_macao_permit``, ``taiwan_permit``, ``residence_permit`` or
  ``foreign_permanent_residence`` (for the legal representative alone,
  ``passport`` too: a mainland citizen is registered with his resident ID).
  Anyone else is unknown (None), and a rule that needs to know stays silent.
- :func:`foreign` — ``nationality`` none of ``CN``, ``HK``, ``MO``, ``TW``, or
  none and a ``foreign_permanent_residence`` ID.
- :func:`counts_for` — an attachment counts for a person or service when its
  ``for`` names it, names another principal with the same ID number, or is
  absent (the 1.0 reading: ``for`` only narrows); a file for ``entity`` also
  counts for the entity's services.
"""

from __future__ import annotations

import re

from beianrules.countries import MAINLAND, is_foreign
from beianrules.model import Attachment, Filing, LegalRepresentative, Person
from beianrules.reference.idnumbers import id_key
from beianrules.registry import principals

_MAINLAND_IDS = frozenset({"resident_id", "temporary_resident_id"})
_NON_MAINLAND_IDS = frozenset({"hk_macao_permit", "taiwan_permit", "residence_permit", "foreign_permanent_residence"})

LEGAL_REP = "entity.legal_representative"
_SERVICE = re.compile(r"(?:websites|apps)\[\d+\]")


def id_type(person: Person | LegalRepresentative) -> str | None:
    if isinstance(person, LegalRepresentative):
        return person.id_type
    return person.id_document.type if person.id_document else None


def id_number(person: Person | LegalRepresentative) -> str | None:
    if isinstance(person, LegalRepresentative):
        return person.id_number
    return person.id_document.number if person.id_document else None


def mainland(person: Person | LegalRepresentative) -> bool | None:
    """True for a mainland person, False for a non-mainland one, None when the document does not tell."""
    if person.nationality is not None:
        return person.nationality == MAINLAND
    kind = id_type(person)
    if kind in _MAINLAND_IDS:
        return True
    if kind in _NON_MAINLAND_IDS or (kind == "passport" and isinstance(person, LegalRepresentative)):
        return False
    return None


def foreign(person: Person | LegalRepresentative) -> bool | None:
    """True for a foreign person, False for one known not to be, None when the document does not tell."""
    if person.nationality is not None:
        return is_foreign(person.nationality)
    kind = id_type(person)
    if kind == "foreign_permanent_residence":
        return True
    if kind in _MAINLAND_IDS or kind in {"hk_macao_permit", "taiwan_permit", "residence_permit"}:
        return False
    return None


def people(filing: Filing) -> dict[str, Person | LegalRepresentative]:
    """Every person of the document by path: the principals, and the legal representative when given."""
    found: dict[str, Person | LegalRepresentative] = {path: person for path, _role, person in principals(filing)}
    if filing.entity.legal_representative is not None:
        found[LEGAL_REP] = filing.entity.legal_representative
    return found


def counts_for(filing: Filing, attachment: Attachment, target: str) -> bool:
    """Whether ``attachment`` counts for the person or service at path ``target`` (group A's `for` reading).

    Reading: a file ``for`` ``entity`` belongs to the entity as a whole, so it also counts for each of the
    entity's services (a stamped proof or review form of the unit covers its websites and APPs); it never
    counts for a person.
    """
    named = attachment.for_
    if named is None or named == target:
        return True
    if named == "entity" and _SERVICE.fullmatch(target):
        return True
    everyone = people(filing)
    ours, theirs = everyone.get(target), everyone.get(named)
    if ours is None or theirs is None:
        return False
    our_id, their_id = id_key(id_number(ours)), id_key(id_number(theirs))  # W8's ID key
    return our_id is not None and our_id == their_id


def has_attachment_for(filing: Filing, attachment_type: str, target: str) -> bool:
    """Whether the document carries a file of ``attachment_type`` that counts for ``target``."""
    return any(a.type == attachment_type and counts_for(filing, a, target) for a in filing.attachments)


def attachments_for(filing: Filing, attachment_type: str, target: str) -> list[int]:
    """The indexes of the files of ``attachment_type`` that count for ``target``."""
    return [k for k, a in enumerate(filing.attachments)
            if a.type == attachment_type and counts_for(filing, a, target)]
