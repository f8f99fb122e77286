"""Format-1.1 rules about calls, SMS checks, emergency contacts and rectification notices (FORMAT 1.1
group C). Their facts: ``beianrules.facts.verification``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
