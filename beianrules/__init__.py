"""beianrules — check ICP filing (ICP备案) orders before they are sent, and audit approved filings.

    >>> import beianrules
    >>> from beianrules.examples import base_document
    >>> document = base_document("ZJ")              # a mapping, JSON text, bytes, a Path, a file or a Filing
    >>> beianrules.check(document).ok
    True
    >>> document["entity"]["principal"]["id_document"]["valid_until"] = "2025-01-31"
    >>> report = beianrules.check(document)
    >>> report.ok, [(r.code, r.paths) for r in report.reasons]
    (False, [('ID_EXPIRED', ('entity.principal.id_document.valid_until',))])
    >>> print(report.reasons[0].message["en"])
    The document has expired: valid until 2025-01-31, before the check date 2026-11-28.

Every exception the library raises on purpose is a :class:`BeianrulesError`.
See README.md for the stages, ``docs/format.md`` for the document format (its JSON Schema is
:func:`json_schema`) and ``beianrules rules`` for the rule list.
"""

from beianrules.checker import audit, check, rules, validate
from beianrules.errors import (
    BeianrulesError,
    EngineError,
    EngineFailure,
    EngineUnavailable,
    FilingNumberError,
    InputError,
    InputIssue,
    RuleDeclarationError,
    UnknownProvinceError,
)
from beianrules.filing_number import FilingNumber, parse_filing_number
from beianrules.records import to_dataframe, to_records
from beianrules.registry import Registry
from beianrules.report import Reason, Report
from beianrules.rulebook_export import rulebook_json, rulebook_schema
from beianrules.schema import json_schema

__all__ = [
    "BeianrulesError", "EngineError", "EngineFailure", "EngineUnavailable", "FilingNumber", "FilingNumberError",
    "InputError", "InputIssue", "Reason", "Registry", "Report", "RuleDeclarationError", "UnknownProvinceError",
    "audit", "check", "json_schema", "parse_filing_number", "rulebook_json", "rulebook_schema", "rules", "validate",
    "to_dataframe", "to_records",
]
__version__ = "0.1.0"

# Validate every declaration (national and the 31 province modules) when the package is imported,
# so an incomplete rule fails the import rather than a user's first check.
from beianrules.rulebook import registry as _registry

_registry()
