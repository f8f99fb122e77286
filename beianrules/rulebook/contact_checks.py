"""Wave-1a rules (REASONS-WAVE1, table 1a): being written."""

from beianrules.declaration import Rule

RULES: tuple[Rule, ...] = ()
