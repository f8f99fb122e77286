"""beianrules — check ICP filing (ICP备案) orders before they are sent, and audit approved filings.

    >>> import beianrules
    >>> report = beianrules.check(document)          # a dict, JSON text or a Filing
    >>> report.ok, [r.code for r in report.reasons]

See README.md for the stages and ``beianrules rules`` for the rule list.
"""

from beianrules.checker import audit, check
from beianrules.convert import InputError, InputIssue
from beianrules.engine import EngineError
from beianrules.filing_number import (
    FilingNumber,
    FilingNumberError,
    parse_filing_number,
)
from beianrules.registry import Registry
from beianrules.report import Reason, Report
from beianrules.rulebook import all_rules as rules

__all__ = [
    "EngineError", "FilingNumber", "FilingNumberError", "InputError", "InputIssue", "Reason", "Registry",
    "Report", "audit", "check", "parse_filing_number", "rules",
]
__version__ = "0.1.0"

# Validate every declaration (national and the 31 province modules) when the package is imported,
# so an incomplete rule fails the import rather than a user's first check.
from beianrules.rulebook import registry as _registry  # noqa: E402

_registry()
