"""The one converter from documents (dicts, JSON text) to the model, and back.

Strict on purpose: an unknown key is an error (a typo must not pass
silently), enumerations are checked, a phone given as a JSON number is an
error (a landline would lose its leading zero), and nothing is coerced into a
type it was not written as. Every offending path is reported at once in
:class:`InputError`, in the dotted form FORMAT.md uses for report paths.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import typing
from typing import Any

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from dateutil import parser as _dateparser

from beianrules.errors import InputError, InputIssue
from beianrules.model import LONG_TERM, Filing, Phone, Province
from beianrules.provinces._table import PROVINCE_CODES, province_code
from beianrules.regions import normalize_phone

__all__ = ["InputError", "InputIssue", "structure_filing", "unstructure_filing", "parse_date"]


class _Invalid(ValueError):
    """A value's own problem, already phrased for the user."""


_YEAR_FIRST = re.compile(r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$|^\s*\d{8}\s*$")
_LONG_TERM_WORDS = {"长期", "long_term", "long-term"}


def parse_date(text: str) -> _dt.date:
    """A date written year first: ``2026-11-28``, ``2026/11/28``, ``2026.11.28``, ``2026年11月28日``.

    Day-first and month-first forms are refused rather than guessed: reading
    ``01/02/2026`` the wrong way round would silently change an expiry verdict.
    """
    if not _YEAR_FIRST.match(text):
        raise _Invalid(f"expected a date written year first (2026-11-28, 2026/11/28 or 2026年11月28日), got {text!r}")
    cleaned = re.sub(r"[年月]", "-", text.strip()).replace("日", "").replace(" ", "")
    try:
        if "-" in cleaned and len(cleaned) == 10:
            parsed: _dt.datetime = _dateparser.isoparse(cleaned)
        else:
            parsed = _dateparser.parse(cleaned, yearfirst=True, dayfirst=False)
    except (ValueError, OverflowError):
        raise _Invalid(f"{text!r} is not a real calendar date") from None
    return parsed.date()


def _structure_date(value: Any, _type: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        if value.strip() in _LONG_TERM_WORDS:
            return LONG_TERM
        return parse_date(value)
    raise _Invalid(f"expected a date as text (2026-11-28), got {type(value).__name__} {value!r}")


def _structure_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected text, got {_json_type(value)} {value!r}")
    return value


def _structure_phone(value: Any, _type: Any) -> Phone:
    if not isinstance(value, str):
        raise _Invalid(
            f"expected the phone number as text, got {_json_type(value)} {value!r} "
            "(numbers lose a landline's leading zero; write it in quotes)"
        )
    return Phone(normalize_phone(value))


def _structure_province(value: Any, _type: Any) -> Province:
    code = province_code(value) if isinstance(value, str) else None
    if code is None:
        raise _Invalid(
            f"unknown province {value!r}: expected one of {' '.join(PROVINCE_CODES)} "
            "(or the one-character abbreviation such as 苏, or the GB/T 2260 code such as 32)"
        )
    return Province(code)


def _structure_bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"expected true or false, got {_json_type(value)} {value!r}")
    return value


def _structure_int(value: Any, _type: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"expected a whole number, got {_json_type(value)} {value!r}")
    return value


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(_dt.date, _structure_date)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(Phone, _structure_phone)
    converter.register_structure_hook(Province, _structure_province)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook_func(_is_literal, _structure_literal)
    converter.register_structure_hook_func(_is_str_tuple, _structure_tuple_of)
    converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    return converter


def _is_literal(type_: Any) -> bool:
    return typing.get_origin(type_) is typing.Literal


def _structure_literal(value: Any, type_: Any) -> str:
    allowed = typing.get_args(type_)
    if value not in allowed or not isinstance(value, str):
        raise _Invalid(f"expected one of {', '.join(allowed)}; got {value!r}")
    return value


def _is_str_tuple(type_: Any) -> bool:
    return typing.get_origin(type_) is tuple


def _structure_tuple_of(value: Any, type_: Any) -> tuple[Any, ...]:
    # Lists must be lists: a bare string would otherwise become a tuple of characters.
    if not isinstance(value, (list, tuple)):
        raise _Invalid(f"expected a list, got {_json_type(value)} {value!r}")
    (item_type, _ellipsis) = typing.get_args(type_)
    items: list[Any] = []
    issues: list[Exception] = []
    for index, item in enumerate(value):
        try:
            items.append(_CONVERTER.structure(item, item_type))
        except Exception as exc:  # collected, re-raised below with the index
            note = IterableValidationNote(f"Structuring {type_} @ index {index}", index, item_type)
            exc.__notes__ = [*getattr(exc, "__notes__", []), note]
            issues.append(exc)
    if issues:
        raise IterableValidationError("list items", issues, type_)
    return tuple(items)


_CONVERTER = _make_converter()


def structure_filing(document: Any) -> Filing:
    """A :class:`Filing` from a document (a dict, JSON text or bytes, or a Filing)."""
    if isinstance(document, Filing):
        return document
    if isinstance(document, (str, bytes)):
        try:
            document = json.loads(document)
        except json.JSONDecodeError as exc:
            problem = f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
            raise InputError([InputIssue("", problem)]) from None
    if not isinstance(document, dict):
        raise InputError([InputIssue("", f"expected a JSON object (one filing), got {_json_type(document)}")])
    try:
        return _CONVERTER.structure(document, Filing)
    except Exception as exc:
        raise InputError(_issues(exc, "")) from None


def unstructure_filing(filing: Filing) -> dict[str, Any]:
    document: dict[str, Any] = _CONVERTER.unstructure(filing)
    return document


def _join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else name


def _issues(exc: BaseException, path: str) -> list[InputIssue]:
    """Walk cattrs' exception groups, turning their notes into dotted paths."""
    for note in getattr(exc, "__notes__", []):
        if isinstance(note, IterableValidationNote):
            path = _join(path, note.index)
        elif isinstance(note, AttributeValidationNote):
            path = _join(path, note.name)
    if isinstance(exc, ForbiddenExtraKeysError):
        return [InputIssue(_join(path, key), "unknown key (check the spelling; extra data belongs under 'extensions')")
                for key in sorted(exc.extra_fields)]
    if isinstance(exc, BaseExceptionGroup):
        found = []
        for sub in exc.exceptions:
            found.extend(_issues(sub, path))
        return found
    if isinstance(exc, KeyError):
        return [InputIssue(path, "required but missing")]
    if isinstance(exc, _Invalid):
        return [InputIssue(path, str(exc))]
    if isinstance(exc, (TypeError, AttributeError)):
        return [InputIssue(path, "expected an object with named fields")]
    return [InputIssue(path, str(exc) or type(exc).__name__)]
