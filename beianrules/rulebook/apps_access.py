"""Format-1.1 rules about APP kinds, icons and domains, domain holders, and where the servers are
(FORMAT 1.1 groups F-H). Their facts: ``beianrules.facts.apps_access``."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
