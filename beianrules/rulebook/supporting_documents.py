"""Format-1.1 rules about province documents, pre-approval commitments and religion content (FORMAT 1.1
groups A, J). Their facts: ``beianrules.facts.supporting_documents``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
