"""Facts that compare the filing with other filings in the registry.

Only facts about *other* entities are made here (REASONS.md, "Same entity":
anything sharing the certificate or the entity filing number is the same
entity, whatever else differs). A fact names the checked filing's own field
that collides; it carries nothing of the other entity but flags — reports go
back to the applicant, who must not learn another entity's data.
"""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.model import Filing
from beianrules.registry import (
    EntityKey,
    RegistryEntry,
    normalise_id,
    principals,
)

FIELDS = {
    "other_entity_contact": ("path", "contact", "field", "same_legal_rep"),
}


def same_legal_rep(filing: Filing, other: RegistryEntry) -> bool | None:
    """Whether one legal representative heads both entities (by ID number, else by name)."""
    ours = filing.entity.legal_representative
    if ours is None or (not ours.id_number and not ours.name):
        return None
    if other.legal_rep_id is None and other.legal_rep_name is None:
        return None
    if ours.id_number and other.legal_rep_id:
        return normalise_id(ours.id_number) == other.legal_rep_id
    if ours.name and other.legal_rep_name:
        return ours.name.strip() == other.legal_rep_name
    return None


def facts(ctx: Context) -> list[dict]:
    filing, registry = ctx.filing, ctx.registry
    if registry is None or not len(registry):
        return []
    key = EntityKey.of(filing.entity)
    built = []
    for path, _role, person in principals(filing):
        for field in ("mobile", "email"):
            value = getattr(person, field)
            records = registry.by_phone(value) if field == "mobile" else registry.by_email(value)
            others = _other_entities(key, (r.filing for r in records))
            if not others:
                continue
            exemptions = {same_legal_rep(filing, entry) for entry in others}
            built.append({
                "kind": "other_entity_contact",
                "ref": f"{path}.{field}:other",
                "path": f"{path}.{field}",
                "contact": f"{path}.{field}",
                "field": field,
                # Exempt only if every other entity using it shares our legal representative;
                # unknown if any comparison could not be made and none failed.
                "same_legal_rep": False if False in exemptions else (None if None in exemptions else True),
            })
    return built


def _other_entities(key: EntityKey, entries) -> list[RegistryEntry]:
    seen: dict[int, RegistryEntry] = {}
    for entry in entries:
        if not key.same_entity(entry.key):
            seen.setdefault(entry.index, entry)
    return [seen[i] for i in sorted(seen)]
