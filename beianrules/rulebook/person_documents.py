"""Format-1.1 rules about principals' ages, ID document types, photos and units' special certificates
(FORMAT 1.1). Their facts: ``beianrules.facts.person_documents``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
