"""Format-1.1 rules about foreign legal representatives, authorization letters and identity checks
(FORMAT 1.1 groups A, D). Their facts: ``beianrules.facts.authorization``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
