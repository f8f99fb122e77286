"""The one converter from documents (dicts, JSON text) to the model, and back.

Strict on purpose: an unknown key is an error (a typo must not pass
silently), enumerations are checked, a phone given as a JSON number is an
error (a landline would lose its leading zero), and nothing is coerced into a
type it was not written as. ``null`` is "not given" wherever it stands for a
field — a list, an object or a value alike — exactly as if the key were left
out (the format's promise; ORM and DRF serialisers emit it). Every offending
path is reported at once in :class:`InputError`, in the dotted form
``docs/format.md`` uses for report paths. Checks that span fields (paths that
must exist, regions that must nest, dates against ``as_of``) run once the
document has its shape (:mod:`beianrules.coherence`).
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from dateutil import parser as _dateparser

from beianrules import model
from beianrules.countries import ASSIGNED_CODES
from beianrules.errors import InputError, InputIssue
from beianrules.model import (
    LONG_TERM,
    OUTSIDE_MAINLAND,
    ByteCount,
    CountryCode,
    Division,
    DocumentPath,
    Filing,
    FormatVersion,
    IpAddress,
    NonEmptyText,
    Phone,
    Province,
    ServerRegion,
    Uscc,
    json_key,
)
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


_PROVINCE_DIVISION_CODE = re.compile(r"\s*(\d{2})0000\s*")


def bureau_code(text: str) -> str | None:
    """The two-letter code for any form ``order.province`` accepts, the six-digit province code (1.1) included."""
    six_digits = _PROVINCE_DIVISION_CODE.fullmatch(text)
    return province_code(six_digits.group(1) if six_digits else text)


def _structure_province(value: Any, _type: Any) -> Province:
    code = bureau_code(value) if isinstance(value, str) else None
    if code is None:
        raise _Invalid(
            f"unknown province {value!r}: expected one of {' '.join(PROVINCE_CODES)} "
            "(or the one-character abbreviation such as 苏, or the GB/T 2260 code such as 32 or 320000)"
        )
    return Province(code)


def _structure_server_region(value: Any, _type: Any) -> ServerRegion:
    if isinstance(value, str) and value.strip() == OUTSIDE_MAINLAND:
        return ServerRegion(OUTSIDE_MAINLAND)
    code = bureau_code(value) if isinstance(value, str) else None
    if code is None:
        raise _Invalid(f"expected a mainland province (as order.province accepts it) or {OUTSIDE_MAINLAND!r}, "
                       f"got {value!r}")
    return ServerRegion(code)


def _structure_country(value: Any, _type: Any) -> CountryCode:
    if not isinstance(value, str):
        raise _Invalid(f"expected a two-letter code as text (CN, HK, MO, TW, SG, …), got {_got(value)}")
    code = value.strip().upper()
    if code not in ASSIGNED_CODES:
        raise _Invalid(f"{value!r} is not an officially assigned ISO 3166-1 alpha-2 code (CN mainland China; HK, "
                       "MO, TW; or a country's code such as SG)")
    return CountryCode(code)


# The objects `attachments[].for` and `verification.identity_checks[].person` may name; whether the document
# has the one named is checked once it has its shape (beianrules.coherence).
_DOCUMENT_PATH = re.compile(r"entity(?:\.principal|\.legal_representative)?|(?:websites|apps)\[(?:0|[1-9]\d*)\]"
                            r"(?:\.principal)?")


def _structure_document_path(value: Any, _type: Any) -> DocumentPath:
    if not isinstance(value, str) or not _DOCUMENT_PATH.fullmatch(value):
        raise _Invalid(f"expected a path to the entity, a person or a service of this document (entity, "
                       f"entity.principal, entity.legal_representative, websites[i], websites[i].principal, "
                       f"apps[i], apps[i].principal), got {value!r}")
    return DocumentPath(value)


def _structure_division(value: Any, _type: Any) -> Division:
    if not isinstance(value, str):
        raise _Invalid(f"expected a six-digit code as text (\"320102\") or a name (\"玄武区\"), got "
                       f"{_got(value)} (a number loses the code's form: write it in quotes)")
    text = value.strip()
    if not text or (text.isascii() and text.isdigit() and len(text) != 6):
        raise _Invalid(f"expected a six-digit GB/T 2260 code (\"320102\") or a name (\"玄武区\"), got {value!r}")
    return Division(text)


def _structure_ip(value: Any, _type: Any) -> IpAddress:
    if not isinstance(value, str):
        raise _Invalid(f"expected an IP address as text, got {_got(value)}")
    try:
        return IpAddress(str(ipaddress.ip_address(value.strip())))  # IPv6 in its compressed form
    except ValueError:
        raise _Invalid(f"{value!r} is not an IPv4 or IPv6 address") from None


_USCC_SHAPE = re.compile(r"[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}")


def _structure_uscc(value: Any, _type: Any) -> Uscc:
    if not isinstance(value, str):
        raise _Invalid(f"expected the USCC as text, got {_got(value)}")
    code = value.strip().upper()
    if not _USCC_SHAPE.fullmatch(code):
        raise _Invalid(f"{value!r} is not a unified social credit code: 18 characters of the GB 32100 set "
                       "(digits and capitals without I, O, S, V, Z; characters 3–8 digits)")
    return Uscc(code)


def _structure_non_empty_text(value: Any, _type: Any) -> NonEmptyText:
    text = _structure_str(value, str)
    if not text.strip():
        raise _Invalid("expected non-empty text (leave the key out, or write null, when it is not known)")
    return NonEmptyText(text)


def _structure_byte_count(value: Any, _type: Any) -> ByteCount:
    count = _structure_int(value, int)
    if count < 0:
        raise _Invalid(f"expected a size in bytes (zero or more), got {count}")
    return ByteCount(count)


_FORMAT_VERSIONS: tuple[str, ...] = typing.get_args(FormatVersion)


def _structure_format_version(value: Any, _type: Any) -> str:
    reads = " and ".join(_FORMAT_VERSIONS)
    if not isinstance(value, str):
        raise _Invalid(f"expected the format version as text (\"1.1\"), got {_got(value)}; "
                       f"this library reads format versions {reads}")
    if value not in _FORMAT_VERSIONS:
        raise _Invalid(f"format version {value!r} is not one this library reads: it reads {reads}")
    return value


def _structure_bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"expected true or false, got {_json_type(value)} {value!r}")
    return value


def _structure_int(value: Any, _type: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"expected a whole number, got {_json_type(value)} {value!r}")
    return value


def _got(value: Any) -> str:
    """What a value was, for a message: ``null``, or its JSON type and the value."""
    return "null" if value is None else f"{_json_type(value)} {value!r}"


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(_dt.date, _structure_date)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(Phone, _structure_phone)
    converter.register_structure_hook(Province, _structure_province)
    converter.register_structure_hook(ServerRegion, _structure_server_region)
    converter.register_structure_hook(CountryCode, _structure_country)
    converter.register_structure_hook(DocumentPath, _structure_document_path)
    converter.register_structure_hook(Division, _structure_division)
    converter.register_structure_hook(IpAddress, _structure_ip)
    converter.register_structure_hook(Uscc, _structure_uscc)
    converter.register_structure_hook(NonEmptyText, _structure_non_empty_text)
    converter.register_structure_hook(ByteCount, _structure_byte_count)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook_func(_is_literal, _structure_literal)
    converter.register_structure_hook_func(is_literal_union, _structure_literal)
    # Registered after the generic Literal hook, so it is tried first (cattrs tries the latest first).
    converter.register_structure_hook_func(lambda t: t == FormatVersion, _structure_format_version)
    converter.register_structure_hook_func(_is_str_tuple, _structure_tuple_of)
    converter.register_structure_hook_factory(attrs.has, _object_structure_hook)
    converter.register_unstructure_hook_factory(attrs.has, _object_unstructure_hook)
    converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    return converter


def _renamed(cls: type) -> dict[str, Any]:
    # Fields whose JSON key is not their Python name (`attachments[].for` is `for_`).
    return {f.name: override(rename=json_key(f)) for f in attrs.fields(cls) if json_key(f) != f.name}


def _object_structure_hook(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    structure_fields: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(cls, converter,
                                                                                      **_renamed(cls))

    def structure(value: Any, type_: Any) -> Any:
        # null is "not given": a key written as null is read as a key left out, so its default applies
        # (None, an empty list, `submit`, `app`) and a required one is "required but missing".
        if isinstance(value, Mapping):
            value = {key: item for key, item in value.items() if item is not None}
        return structure_fields(value, type_)

    return structure


def _object_unstructure_hook(cls: type, converter: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    return make_dict_unstructure_fn(cls, converter, **_renamed(cls))


def _is_literal(type_: Any) -> bool:
    return typing.get_origin(type_) is typing.Literal


def is_literal_union(type_: Any) -> bool:
    """A union of ``Literal`` types, None allowed (``AttachmentType | AttachmentType11 | None``)."""
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return False
    members = [member for member in typing.get_args(type_) if member is not type(None)]
    return len(members) > 1 and all(_is_literal(member) for member in members)


def literal_tokens(type_: Any) -> tuple[str, ...]:
    """Every token a ``Literal`` or a union of them allows, in declaration order."""
    if _is_literal(type_):
        return typing.get_args(type_)
    return tuple(token for member in typing.get_args(type_) if member is not type(None)
                 for token in literal_tokens(member))


def _structure_literal(value: Any, type_: Any) -> str | None:
    if value is None and type(None) in typing.get_args(type_):
        return None
    allowed = literal_tokens(type_)
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
        filing: Filing = _CONVERTER.structure(document, Filing)
    except Exception as exc:
        raise InputError(_issues(exc, "")) from None
    from beianrules.coherence import settle  # it reads the model the converter builds
    return settle(filing)


def unstructure_filing(filing: Filing) -> dict[str, Any]:
    document: dict[str, Any] = _CONVERTER.unstructure(filing)
    return document


def _json_keys() -> dict[str, str]:
    """Python field name → JSON key, for the fields whose key is not their name (``for_`` → ``for``)."""
    classes = [value for value in vars(model).values() if isinstance(value, type) and attrs.has(value)]
    return {f.name: json_key(f) for cls in classes for f in attrs.fields(cls) if json_key(f) != f.name}


_JSON_KEYS = _json_keys()


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
            path = _join(path, _JSON_KEYS.get(note.name, note.name))
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
