"""Format-1.1 rules about what a crawl of the filed site or APP saw (FORMAT 1.1 group E, `observed`).
Their facts: ``beianrules.facts.observed``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
