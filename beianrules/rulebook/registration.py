"""Format-1.1 rules about the business-registration snapshot and the entity's certificate (FORMAT 1.1
groups B, I). Their facts: ``beianrules.facts.registration``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
