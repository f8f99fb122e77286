"""Wave-1b rules (REASONS-WAVE1, table 1b): being written."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
