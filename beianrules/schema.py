"""The JSON Schema (draft 2020-12) of the filing document, generated from :mod:`beianrules.model`.

``beianrules schema`` prints it and :func:`json_schema` returns it, for portals
that validate their forms before they call the library (in the browser, with
any 2020-12 validator). It is derived field by field from the attrs classes and
their ``Literal`` types, so it cannot drift from what the converter reads:

- every object lists its keys and allows no other (``additionalProperties:
  false``), except ``extensions``; the keys without a default are required;
- every optional key also accepts ``null`` ("not given", as if left out);
- tokens are enumerations; provinces, nationality codes, USCCs, dates, region
  codes and document paths are patterns that accept every form the converter
  accepts (aliases, surrounding white space, lower case where it is normalised).

What a schema cannot say is left to the library, which reports it as an input
error with its path: calendar dates that do not exist, IP addresses, a path in
``attachments[].for`` the document lacks, regions that do not nest or lie in
another province, a ``nationality`` that contradicts the ID type, inspections
dated after ``as_of``, and the other cross-field checks of
:mod:`beianrules.coherence`. The schema never rejects a document the library
accepts (a test validates every example and case document against it).
"""

from __future__ import annotations

import datetime as _dt
import re
import types
import typing
from typing import Any

import attrs

from beianrules import model
from beianrules.convert import literal_tokens
from beianrules.countries import ASSIGNED_CODES
from beianrules.model import Filing, json_key
from beianrules.provinces._table import _ALIASES as _PROVINCE_ALIASES
from beianrules.provinces._table import PROVINCE_NAMES

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:beianrules:filing-document"


def _any_case(text: str) -> str:
    """A regex matching ``text`` with its ASCII letters in either case (what ``str.upper`` normalises)."""
    return "".join(f"[{c}{c.lower()}]" if c.isascii() and c.isupper() else re.escape(c) for c in text)


def _trimmed(alternatives: list[str]) -> str:
    return r"^\s*(?:" + "|".join(alternatives) + r")\s*$"


def _province_alternatives() -> list[str]:
    # Every alias province_code accepts (letters in any case), and the six-digit province codes of 1.1.
    aliases = sorted(_PROVINCE_ALIASES, key=lambda alias: (-len(alias), alias))
    return [*map(_any_case, aliases), *(p.gb_code + "0000" for p in PROVINCE_NAMES.values())]


_PROVINCE = {"type": "string", "pattern": _trimmed(_province_alternatives())}
_DATE_PATTERN = (r"^\s*(?:长期|long_term|long-term)\s*$"
                 r"|^\s*[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?\s*$|^\s*[0-9]{8}\s*$")
_USCC_CHARACTER = "[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]"

# The schema of each special string type of the model.
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    _dt.date: {"type": "string", "pattern": _DATE_PATTERN,
               "description": "a date written year first (2026-11-28, 2026/11/28, 2026年11月28日), or long_term "
                              "(长期) for no end"},
    model.Phone: {"type": "string", "description": "a phone number, as text (a number would lose a leading zero)"},
    model.Province: _PROVINCE,
    model.ServerRegion: {"type": "string",
                         "pattern": _trimmed([*_province_alternatives(), model.OUTSIDE_MAINLAND])},
    model.CountryCode: {"type": "string", "pattern": _trimmed([_any_case(code) for code in sorted(ASSIGNED_CODES)])},
    model.DocumentPath: {"type": "string",
                         "pattern": r"^(?:entity(?:\.principal|\.legal_representative)?"
                                    r"|(?:websites|apps)\[(?:0|[1-9][0-9]*)\](?:\.principal)?)$"},
    model.Division: {"type": "string", "pattern": r"[^\s0-9]|^\s*[0-9]{6}\s*$",
                     "description": "a six-digit GB/T 2260 code as text, or a name"},
    model.IpAddress: {"type": "string", "description": "an IPv4 or IPv6 address"},
    model.Uscc: {"type": "string", "pattern": rf"^\s*{_USCC_CHARACTER}{{2}}[0-9]{{6}}{_USCC_CHARACTER}{{10}}\s*$"},
    model.NonEmptyText: {"type": "string", "pattern": r"\S"},
    model.ByteCount: {"type": "integer", "minimum": 0},
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one filing document, formats 1.0 and 1.1."""
    definitions: dict[str, Any] = {}
    _define(Filing, definitions)
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID,
        "title": "beianrules filing document (format 1.0 and 1.1)",
        "description": "One ICP filing order, or an approved filing (order.status approved). Absent and null mean "
                       "the same: not given. Unknown keys are errors, except under extensions. The library checks "
                       "more than this schema can say (see docs/format.md).",
        "$ref": f"#/$defs/{Filing.__name__}",
        "$defs": dict(sorted(definitions.items())),
    }


def _define(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    reference = {"$ref": f"#/$defs/{cls.__name__}"}
    if cls.__name__ in definitions:
        return reference
    definitions[cls.__name__] = {}  # reserved first: a class may be reached again while it is being defined
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _schema_of(hints[field.name], definitions)
        if field.default is attrs.NOTHING:
            required.append(json_key(field))
        else:
            schema = {"anyOf": [_without_none(schema), {"type": "null"}]}
        meaning = field.metadata.get("meaning")
        if meaning:
            since = " (format 1.1)" if field.metadata.get("since") == "1.1" else ""
            schema = {**schema, "description": meaning + since}
        properties[json_key(field)] = schema
    definitions[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or cls.__name__).strip().split("\n\n", 1)[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    return reference


def _without_none(schema: dict[str, Any]) -> dict[str, Any]:
    """An optional field's schema without its own null: the null alternative is added once, beside it."""
    alternatives = schema.get("anyOf")
    if alternatives is None:
        return schema
    kept = [alternative for alternative in alternatives if alternative != {"type": "null"}]
    return kept[0] if len(kept) == 1 else {"anyOf": kept}


def _schema_of(type_: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(type_)
    if origin is typing.Literal or (origin in (typing.Union, types.UnionType)
                                    and all(typing.get_origin(m) is typing.Literal
                                            for m in typing.get_args(type_) if m is not type(None))):
        schema: dict[str, Any] = {"type": "string", "enum": list(literal_tokens(type_))}
        return {"anyOf": [schema, {"type": "null"}]} if type(None) in typing.get_args(type_) else schema
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(type_) if m is not type(None)]
        (member,) = members  # the model's unions are Optional[X] (or unions of Literals, above)
        return {"anyOf": [_schema_of(member, definitions), {"type": "null"}]}
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(type_)
        return {"type": "array", "items": _schema_of(item, definitions)}
    if origin is dict:
        return {"type": "object"}
    if attrs.has(type_):
        return _define(type_, definitions)
    if type_ in _SCALARS:
        return dict(_SCALARS[type_])
    raise TypeError(f"no JSON Schema for {type_!r}: add it to beianrules.schema")
