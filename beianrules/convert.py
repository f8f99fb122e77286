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
import os
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
from beianrules.problems import expected, got, issue
from beianrules.provinces._table import PROVINCE_CODES, province_code
from beianrules.regions import normalize_phone

__all__ = ["MAX_DEPTH", "InputError", "InputIssue", "date_argument", "load_document", "parse_date", "read_text",
           "structure_filing", "unstructure_filing"]


class _Invalid(ValueError):
    """A value's own problem: its code (``beianrules.problems``) and the parameters of its message."""

    def __init__(self, code: str, value: Any = attrs.NOTHING, **params: Any):
        super().__init__(code)
        self.code, self.value, self.params = code, value, params

    def at(self, path: str) -> InputIssue:
        return issue(path, self.code, value=self.value, **self.params)


def _wrong_type(kind: str, value: Any) -> _Invalid:
    return _Invalid("wrong_type", value, **expected(kind), **got(value))


_YEAR_FIRST = re.compile(r"^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$|^\s*\d{8}\s*$")
_LONG_TERM_WORDS = {"长期", "long_term", "long-term"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_date(text: str) -> _dt.date:
    """A date written year first: ``2026-11-28``, ``2026/11/28``, ``2026.11.28``, ``2026年11月28日``.

    Day-first and month-first forms are refused rather than guessed: reading
    ``01/02/2026`` the wrong way round would silently change an expiry verdict.
    """
    # Most dates are ISO days: the cleaning below leaves them as they are.
    iso_day = text if _ISO_DAY.fullmatch(text) else None
    if iso_day is None:
        if not _YEAR_FIRST.match(text):
            raise _Invalid("bad_date", text)
        cleaned = re.sub(r"[年月]", "-", text.strip()).replace("日", "").replace(" ", "")
        iso_day = cleaned if _ISO_DAY.fullmatch(cleaned) else None
    if iso_day is not None:  # read as dateutil's isoparse would, without its cost
        try:
            return _dt.date.fromisoformat(iso_day)
        except ValueError:
            raise _Invalid("not_a_calendar_date", text) from None
    try:
        if "-" in cleaned and len(cleaned) == 10:
            parsed: _dt.datetime = _dateparser.isoparse(cleaned)
        else:
            parsed = _dateparser.parse(cleaned, yearfirst=True, dayfirst=False)
    except (ValueError, OverflowError):
        raise _Invalid("not_a_calendar_date", text) from None
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
    raise _wrong_type("date_text", value)


def _structure_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise _wrong_type("text", value)
    return value


def _structure_phone(value: Any, _type: Any) -> Phone:
    if not isinstance(value, str):
        raise _Invalid("not_a_string_phone", value, **got(value))
    return Phone(normalize_phone(value))


_PROVINCE_DIVISION_CODE = re.compile(r"\s*(\d{2})0000\s*")


def bureau_code(text: str) -> str | None:
    """The two-letter code for any form ``order.province`` accepts, the six-digit province code (1.1) included."""
    six_digits = _PROVINCE_DIVISION_CODE.fullmatch(text)
    return province_code(six_digits.group(1) if six_digits else text)


def _structure_province(value: Any, _type: Any) -> Province:
    code = bureau_code(value) if isinstance(value, str) else None
    if code is None:
        raise _Invalid("bad_province", value, codes=" ".join(PROVINCE_CODES))
    return Province(code)


def _structure_server_region(value: Any, _type: Any) -> ServerRegion:
    if isinstance(value, str) and value.strip() == OUTSIDE_MAINLAND:
        return ServerRegion(OUTSIDE_MAINLAND)
    code = bureau_code(value) if isinstance(value, str) else None
    if code is None:
        raise _Invalid("bad_server_region", value)
    return ServerRegion(code)


def _structure_country(value: Any, _type: Any) -> CountryCode:
    if not isinstance(value, str):
        raise _wrong_type("code_text", value)
    code = value.strip().upper()
    if code not in ASSIGNED_CODES:
        raise _Invalid("bad_country", value)
    return CountryCode(code)


# The objects `attachments[].for` and `verification.identity_checks[].person` may name; whether the document
# has the one named is checked once it has its shape (beianrules.coherence).
_DOCUMENT_PATH = re.compile(r"entity(?:\.principal|\.legal_representative)?|(?:websites|apps)\[(?:0|[1-9]\d*)\]"
                            r"(?:\.principal)?")


def _structure_document_path(value: Any, _type: Any) -> DocumentPath:
    if not isinstance(value, str) or not _DOCUMENT_PATH.fullmatch(value):
        raise _Invalid("bad_path", value)
    return DocumentPath(value)


def _structure_division(value: Any, _type: Any) -> Division:
    if not isinstance(value, str):
        raise _Invalid("division_not_text", value, **got(value))
    text = value.strip()
    if not text or (text.isascii() and text.isdigit() and len(text) != 6):
        raise _Invalid("bad_division", value)
    return Division(text)


def _structure_ip(value: Any, _type: Any) -> IpAddress:
    if not isinstance(value, str):
        raise _wrong_type("ip_text", value)
    try:
        return IpAddress(str(ipaddress.ip_address(value.strip())))  # IPv6 in its compressed form
    except ValueError:
        raise _Invalid("bad_ip", value) from None


_USCC_SHAPE = re.compile(r"[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}")


def _structure_uscc(value: Any, _type: Any) -> Uscc:
    if not isinstance(value, str):
        raise _wrong_type("uscc_text", value)
    code = value.strip().upper()
    if not _USCC_SHAPE.fullmatch(code):
        raise _Invalid("bad_uscc", value)
    return Uscc(code)


def _structure_non_empty_text(value: Any, _type: Any) -> NonEmptyText:
    text = _structure_str(value, str)
    if not text.strip():
        raise _Invalid("empty_text")
    return NonEmptyText(text)


def _structure_byte_count(value: Any, _type: Any) -> ByteCount:
    count = _structure_int(value, int)
    if count < 0:
        raise _Invalid("negative_size", count)
    return ByteCount(count)


_FORMAT_VERSIONS: tuple[str, ...] = typing.get_args(FormatVersion)


def _structure_format_version(value: Any, _type: Any) -> str:
    reads = " and ".join(_FORMAT_VERSIONS)
    if not isinstance(value, str):
        raise _Invalid("format_version_not_text", value, versions=reads, **got(value))
    if value not in _FORMAT_VERSIONS:
        raise _Invalid("bad_format_version", value, versions=reads)
    return value


def _structure_bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise _wrong_type("true_or_false", value)
    return value


def _structure_int(value: Any, _type: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type("whole_number", value)
    return value


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
    converter.register_structure_hook_factory(_is_optional, lambda type_: _optional_hook(type_, converter))
    converter.register_structure_hook_factory(_is_literal, _literal_hook)
    converter.register_structure_hook_factory(is_literal_union, _literal_hook)
    # Registered after the generic Literal hook, so it is tried first (cattrs tries the latest first).
    converter.register_structure_hook_func(lambda t: t == FormatVersion, _structure_format_version)
    converter.register_structure_hook_factory(_is_str_tuple, lambda type_: _tuple_hook(type_, converter))
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
        if not isinstance(value, dict) and not isinstance(value, Mapping):  # dict first: the Mapping test is slow
            raise _wrong_type("object_with_fields", value)
        value = {key: item for key, item in value.items() if item is not None}
        return structure_fields(value, type_)

    return structure


def _object_unstructure_hook(cls: type, converter: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    return make_dict_unstructure_fn(cls, converter, **_renamed(cls))


def _is_optional(type_: Any) -> bool:
    return (typing.get_origin(type_) in (typing.Union, types.UnionType) and len(typing.get_args(type_)) == 2
            and type(None) in typing.get_args(type_))


def _optional_hook(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """``X | None`` read as ``X``, its hook found once rather than dispatched on every value (cattrs' own
    optional hook does that): a field written as null never reaches it (null is "not given")."""
    (inner,) = (member for member in typing.get_args(type_) if member is not type(None))
    structure_inner = converter.get_structure_hook(inner)

    def structure_optional(value: Any, _type: Any) -> Any:
        return None if value is None else structure_inner(value, inner)

    return structure_optional


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


def _literal_hook(type_: Any) -> Callable[[Any, Any], str | None]:
    """The hook of one ``Literal`` type (or union of them), its tokens read once rather than per value."""
    optional = type(None) in typing.get_args(type_)
    allowed = literal_tokens(type_)
    tokens = frozenset(allowed)

    def structure_literal(value: Any, _type: Any) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or value not in tokens:
            raise _Invalid("bad_token", value, allowed=", ".join(allowed))
        return value

    return structure_literal


def _is_str_tuple(type_: Any) -> bool:
    return typing.get_origin(type_) is tuple


def _tuple_hook(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    """``tuple[X, ...]`` read from a JSON list, the hook of ``X`` found once rather than dispatched per item."""
    (item_type, _ellipsis) = typing.get_args(type_)
    structure_item = converter.get_structure_hook(item_type)

    def structure_tuple_of(value: Any, _type: Any) -> tuple[Any, ...]:
        # Lists must be lists: a bare string would otherwise become a tuple of characters.
        if not isinstance(value, (list, tuple)):
            raise _wrong_type("list", value)
        items: list[Any] = []
        issues: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as exc:  # collected, re-raised below with the index
                note = IterableValidationNote(f"Structuring {type_} @ index {index}", index, item_type)
                exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                issues.append(exc)
        if issues:
            raise IterableValidationError("list items", issues, type_)
        return tuple(items)

    return structure_tuple_of


# Detailed validation costs little on a good document (Python's try blocks are free until they catch):
# measured on the audit benchmark's documents, a converter without it was no faster once each Literal's
# tokens were read once per type, so one converter serves both good and bad documents.
_CONVERTER = _make_converter()


MAX_DEPTH = 100
"""How deeply lists and objects may nest in a document: far beyond any filing (a dozen levels, ``extensions``
included), far below what would exhaust Python's stack while reading."""

DOCUMENT_FORMS = ("a mapping (dict), JSON text (str), UTF-8 bytes, a path (pathlib.Path or another os.PathLike), "
                  "a binary or text file object, or a beianrules.model.Filing")


def structure_filing(document: Any) -> Filing:
    """A :class:`Filing` from a document in any form :func:`load_document` reads, or a Filing as it is."""
    if isinstance(document, Filing):
        return document
    source = _json_source(document)
    if isinstance(source, str):
        document = _parse_json(source)
        # Each level of nesting in JSON text opens with a bracket: text with few brackets (any filing) cannot
        # nest too deeply, nor hold itself, and need not be walked.
        may_be_deep = source.count("{") + source.count("[") > MAX_DEPTH
    else:
        document, may_be_deep = source, True
    if not isinstance(document, Mapping):
        raise InputError([issue("", "not_an_object", **got(document))])
    if may_be_deep and _deeper_than(document, MAX_DEPTH):
        raise InputError([issue("", "too_deep", limit=MAX_DEPTH)])
    try:
        filing: Filing = _CONVERTER.structure(document, Filing)
    except Exception as exc:
        issues = _issues(exc, "")
    else:
        issues = []
    if issues:
        # Raised outside the handler, so the error carries no chained cattrs exception: those do not survive
        # pickle, and tools that pickle exception chains (tblib, as Dask's workers use it) would fail on them.
        raise InputError(issues)
    from beianrules.coherence import settle  # it reads the model the converter builds
    return settle(filing)


def load_document(source: Any) -> Any:
    """The JSON value ``source`` holds: a mapping as it is; JSON text, bytes, a file named by an
    ``os.PathLike`` or a file object (binary or text) read as UTF-8 and parsed, a byte order mark allowed.

    Raises :class:`TypeError` for any other kind of object (saying what to pass), :class:`InputError` for
    text that is not JSON or not UTF-8, a file that cannot be read, or nesting too deep to read.
    """
    source = _json_source(source)
    return source if isinstance(source, Mapping) else _parse_json(source)


def _json_source(source: Any) -> Mapping[Any, Any] | str:
    """A mapping as it is, or the JSON text ``source`` holds (see :func:`load_document`), not yet parsed."""
    if isinstance(source, Mapping):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = _decode(bytes(source), "document", "(bytes)")
    elif isinstance(source, os.PathLike) or is_file_object(source):
        source = read_text(source)
    if not isinstance(source, str):
        several = " (several documents: audit(documents))" if isinstance(source, (list, tuple)) else ""
        raise TypeError(f"a filing document is {DOCUMENT_FORMS}; got {type(source).__name__}{several}")
    return source


def is_file_object(value: Any) -> bool:
    """An object to ``read()`` the document from (an open file, ``io.BytesIO``, a request stream)."""
    return not isinstance(value, (str, bytes, bytearray, memoryview, os.PathLike)) and callable(
        getattr(value, "read", None))


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise InputError([issue("", "not_json", reason=exc.msg, at_line=exc.lineno, at_column=exc.colno)]) from None
    except RecursionError:  # the decoder recurses once per level: 100,000 brackets end here, not in a traceback
        raise InputError([issue("", "too_deep", limit=MAX_DEPTH)]) from None
    except ValueError as exc:  # valid JSON Python refuses to read, such as an integer of 5,000 digits
        raise InputError([issue("", "invalid", reason=str(exc))]) from None


def read_text(source: Any, what: str = "document") -> str:
    """The text of a file named by a path (``str`` or ``os.PathLike``) or of a file object (binary or
    text): UTF-8, a byte order mark dropped. A file that cannot be read or is not UTF-8 is an
    :class:`InputError` (source ``argument``) naming it."""
    by_name = isinstance(source, (str, os.PathLike))
    name = str(os.fspath(source)) if by_name else str(getattr(source, "name", "(file object)"))
    data: Any
    try:
        if by_name:
            with open(source, "rb") as handle:
                data = handle.read()
        else:
            data = source.read()
    except OSError as exc:
        raise InputError([issue("", "unreadable_file", what=what, file=name, reason=exc.strerror or str(exc),
                                source="argument")]) from None
    except UnicodeDecodeError:  # a text file object opened in another encoding
        raise InputError([issue("", "not_utf8", what=what, file=name, source="argument")]) from None
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if isinstance(data, (bytes, bytearray)):
        return _decode(bytes(data), what, name)
    raise TypeError(f"{name}: read() returned {type(data).__name__}, not bytes or text")


def _decode(data: bytes, what: str, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError([issue("", "not_utf8", what=what, file=name, source="argument")]) from None


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether lists and objects nest more than ``limit`` levels; walked without recursion (a mapping that
    contains itself nests without end, and is found too)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        # dict and list first: they are all that JSON text holds, and the Mapping test is slow.
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        elif isinstance(item, Mapping):
            children = item.values()
        else:
            continue
        if depth > limit:
            return True
        deeper = depth + 1
        # Only what can nest is stacked: most values of a document are text, numbers and null.
        stack.extend([(child, deeper) for child in children if not isinstance(child, _SCALARS)])
    return False


_SCALARS = (str, int, float, type(None))


def date_argument(value: Any, name: str) -> _dt.date:
    """A check day given as an argument (``as_of=``, ``--as-of``): a date, a datetime (its own date) or ISO
    text: year first as in documents (:func:`parse_date`), or a full ISO timestamp (its date).

    Bad text is an :class:`InputError` at ``name`` (source ``argument``); another type a :class:`TypeError`.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} takes a datetime.date, a datetime.datetime or ISO date text ('2026-11-28'), "
                        f"got {type(value).__name__}")
    try:
        return parse_date(value)
    except _Invalid as exc:
        try:
            return _dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise InputError([issue(name, exc.code, value=exc.value, source="argument", **exc.params)]) from None


def unstructure_filing(filing: Filing) -> dict[str, Any]:
    """The document of ``filing`` as plain JSON-ready data: the inverse of :func:`structure_filing`."""
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
        return [issue(_join(path, key), "unknown_key") for key in sorted(exc.extra_fields)]
    if isinstance(exc, BaseExceptionGroup):
        found = []
        for sub in exc.exceptions:
            found.extend(_issues(sub, path))
        return found
    if isinstance(exc, KeyError):
        return [issue(path, "missing")]
    if isinstance(exc, _Invalid):
        return [exc.at(path)]
    if isinstance(exc, (TypeError, AttributeError)):
        return [issue(path, "invalid", reason="expected an object with named fields")]
    return [issue(path, "invalid", reason=str(exc) or type(exc).__name__)]
