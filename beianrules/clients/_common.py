"""What the WeChat and Douyin adapters share (``shared/spec/CLIENTS.md`` §1, §2): reading a request strictly,
code tables resolved by name, dates, provinces and regions, the FORMAT 1.1 document being built with the origin
of every path, the caller's facts, and the report translated back to the request's own paths.

Nothing here calls the network: the caller passes the platform's list responses (:class:`CodeTables`).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from beianrules import checker
from beianrules.convert import _Invalid, parse_date, structure_filing
from beianrules.errors import InputError, InputIssue
from beianrules.problems import excerpt, expected, got, issue
from beianrules.provinces._table import province_code
from beianrules.registry import Registry
from beianrules.report import Report

OriginKind = Literal["request", "fact", "status"]

CHINA = _dt.timezone(_dt.timedelta(hours=8))


# -- paths ---------------------------------------------------------------------------------------------------------

def join(base: str, step: str | int) -> str:
    """``join("a", "b")`` → ``a.b``; ``join("a", 0)`` → ``a[0]``; ``join("", "b")`` → ``b``."""
    if isinstance(step, int):
        return f"{base}[{step}]"
    return f"{base}.{step}" if base else step


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def steps(path: str) -> list[str | int]:
    """``apps[0].principal.name`` → ``["apps", 0, "principal", "name"]``; ValueError for anything else."""
    found: list[str | int] = []
    position = 0
    while position < len(path):
        if found and path[position] == ".":
            position += 1
        match = _STEP.match(path, position)
        if match is None:
            raise ValueError(f"not a document path: {path!r}")
        found.append(match.group(1) if match.group(1) is not None else int(match.group(2)))
        position = match.end()
    if not found:
        raise ValueError("an empty path")
    return found


def parent(path: str) -> str | None:
    """The path one step up (``a.b[0]`` → ``a.b``, ``a`` → ``""``, ``""`` → None)."""
    if not path:
        return None
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


# -- issues and reading the request --------------------------------------------------------------------------------

class Issues:
    """Every problem found, raised at once as one :class:`InputError` (paths are the request's)."""

    def __init__(self) -> None:
        self.found: list[InputIssue] = []

    def add(self, path: str, code: str, *, value: Any = attrs.NOTHING, **params: Any) -> None:
        """The problem ``code`` (``beianrules.problems``) at ``path``; ``value``, the offending input, is shown cut
        to an excerpt, ``params`` fill the rest of its message."""
        self.found.append(issue(path, code, value=value, **params))

    def raise_any(self) -> None:
        if self.found:
            raise InputError(self.found)


def load_json(value: Any, response: str | None = None, path: str = "") -> Any:
    """A dict as given, or JSON text parsed; anything else an :class:`InputError` at ``path``. ``response``: the
    platform call whose response it is (None: the request)."""
    if isinstance(value, (str, bytes, bytearray)):
        try:
            return json.loads(value)
        except ValueError as exc:
            what = ("请求", "the request") if response is None else (f"{response} 的返回", f"the {response} response")
            raise InputError([issue(path, "request_not_json", what_zh=what[0], what_en=what[1],
                                    reason=str(exc))]) from None
    return value


class Reader:
    """Typed access to the request; "" and [] mean "not given" (CLIENTS.md §1 rule 2)."""

    def __init__(self, issues: Issues) -> None:
        self.issues = issues

    def obj(self, value: Any, path: str, keys: Iterable[str]) -> dict[str, Any] | None:
        """An object whose keys are all known (a misspelt key must not drop data silently); None if absent."""
        if value is None:
            return None
        if not isinstance(value, dict):
            self.issues.add(path, "wrong_type", **expected("object"), **got(value))
            return None
        known = set(keys)
        for key in value:
            if key not in known:
                self.issues.add(join(path, str(key)), "request_unknown_key")
        return value

    def text(self, obj: Mapping[str, Any] | None, key: str, path: str) -> str | None:
        value = None if obj is None else obj.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.issues.add(join(path, key), "wrong_type", **expected("text"), **got(value))
            return None
        return value if value.strip() else None

    def ident(self, obj: Mapping[str, Any] | None, key: str, path: str) -> int | None:
        value = None if obj is None else obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.issues.add(join(path, key), "wrong_type", **expected("list_id"), **got(value))
            return None
        return value

    def flag(self, obj: Mapping[str, Any] | None, key: str, path: str) -> bool | None:
        value = None if obj is None else obj.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.issues.add(join(path, key), "wrong_type", **expected("true_or_false"), **got(value))
            return None
        return value

    def items(self, obj: Mapping[str, Any] | None, key: str, path: str) -> list[tuple[str, Any]]:
        """The entries of a list field with their paths; absent, null and [] give none."""
        value = None if obj is None else obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.issues.add(join(path, key), "wrong_type", **expected("list"), **got(value))
            return []
        return [(join(join(path, key), n), item) for n, item in enumerate(value)]

    def texts(self, obj: Mapping[str, Any] | None, key: str, path: str) -> list[tuple[str, str]]:
        found = []
        for item_path, item in self.items(obj, key, path):
            if not isinstance(item, str):
                self.issues.add(item_path, "wrong_type", **expected("text"), **got(item))
            elif item.strip():
                found.append((item_path, item))
        return found

    def idents(self, obj: Mapping[str, Any] | None, key: str, path: str) -> list[tuple[str, int]]:
        found = []
        for item_path, item in self.items(obj, key, path):
            if isinstance(item, bool) or not isinstance(item, int):
                self.issues.add(item_path, "wrong_type", **expected("list_id"), **got(item))
            else:
                found.append((item_path, item))
        return found


# -- dates (§2.6) --------------------------------------------------------------------------------------------------

def ymd(text: str, path: str, issues: Issues, *, long_term: bool) -> str | None:
    """WeChat's ``YYYYmmdd`` → ISO; ``长期`` → ``long_term`` where ``long_term`` is allowed (an end date)."""
    if text.strip() == "长期":
        if long_term:
            return "long_term"
        issues.add(path, "long_term_not_an_end")
        return None
    if not re.fullmatch(r"\d{8}", text):
        issues.add(path, "bad_request_date", value=text, or_long_term_zh="或“长期”" if long_term else "",
                   or_long_term_en=" or 长期" if long_term else "")
        return None
    try:
        return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        issues.add(path, "not_a_calendar_date", value=text)
        return None


def china_day(seconds: Any, path: str, issues: Issues) -> str | None:
    """Douyin's Unix seconds → the calendar date in China Standard Time (UTC+08:00), not UTC."""
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        issues.add(path, "wrong_type", **expected("unix_seconds"), **got(seconds))
        return None
    try:
        return _dt.datetime.fromtimestamp(seconds, tz=CHINA).date().isoformat()
    except (OverflowError, OSError, ValueError):
        issues.add(path, "bad_unix_time", value=seconds)
        return None


def day_text(value: _dt.date | str, path: str) -> str:
    """A caller's day (a date or ISO text) as ISO text; InputError at ``path`` otherwise."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError([issue(path, "wrong_type", **expected("date_text"), **got(value))])
    try:
        return parse_date(value).isoformat()
    except _Invalid as exc:
        raise InputError([exc.at(path)]) from None
    except ValueError as exc:
        raise InputError([issue(path, "invalid", reason=str(exc))]) from None


# -- code tables (§1 rule 3) ---------------------------------------------------------------------------------------

@attrs.frozen
class Entry:
    """One entry of a platform list: its id, name, the entry it is nested in, and the entry as returned."""

    id: int | str
    name: str
    parent: Entry | None
    raw: Mapping[str, Any] = attrs.field(eq=False, repr=False)


@attrs.frozen
class TableSpec:
    """Where one list lives in a platform's response: ``query_icp_nrlx_types`` → ``items[].type`` / ``.name``."""

    endpoint: str
    list_path: tuple[str, ...]
    id_key: str
    name_key: str
    children_key: str | None = None
    id_as_text: bool = False


class CodeTables:
    """The platform's list responses, by endpoint name, exactly as the platform returned them (dict or JSON text).

    ``source`` says where they came from; it appears in errors. The library never fetches a list itself.
    """

    def __init__(self, responses: Mapping[str, Any], *, source: str = "code tables") -> None:
        self.responses = {name: load_json(value, name, name) for name, value in responses.items()}
        self.source = source
        self._parsed: dict[str, dict[int | str, Entry]] = {}

    @classmethod
    def from_directory(cls, directory: str | Path) -> CodeTables:
        """Every ``<endpoint>.json`` of ``directory`` (``query_icp_subject_types.json``, …)."""
        folder = Path(directory)
        if not folder.is_dir():
            raise InputError([issue("--code-tables", "not_a_directory", file=excerpt(str(folder)), source="argument")])
        responses: dict[str, Any] = {}
        for file in sorted(folder.glob("*.json")):
            try:
                responses[file.stem] = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                raise InputError([issue(file.stem, "unreadable_file", what="code_table", file=excerpt(str(file)),
                                        reason=str(exc))]) from None
        return cls(responses, source=str(folder))

    def table(self, spec: TableSpec) -> dict[int | str, Entry] | None:
        """The list's entries by id (None if the caller gave no such response); InputError if malformed."""
        if spec.endpoint in self._parsed:
            return self._parsed[spec.endpoint]
        response = self.responses.get(spec.endpoint)
        if response is None:
            return None
        issues = Issues()
        entries: dict[int | str, Entry] = {}
        where = spec.endpoint
        if not isinstance(response, dict):
            issues.add(where, "response_not_an_object", platform_zh="平台", platform_en="the platform")
            issues.raise_any()
        for key in ("errcode", "err_no"):
            if response.get(key) not in (None, 0):
                issues.add(join(where, key), "platform_call_failed", value=response.get(key), key=key)
        value: Any = response
        for step in spec.list_path:
            where = join(where, step)
            value = value.get(step) if isinstance(value, dict) else None
        if not isinstance(value, list):
            issues.add(where, "response_field_missing", **expected("list"))
            issues.raise_any()
        self._walk(spec, value, where, None, entries, issues)
        issues.raise_any()
        self._parsed[spec.endpoint] = entries
        return entries

    def _walk(self, spec: TableSpec, items: list[Any], where: str, above: Entry | None,
              entries: dict[int | str, Entry], issues: Issues) -> None:
        for n, item in enumerate(items):
            path = join(where, n)
            if not isinstance(item, dict):
                issues.add(path, "wrong_type", **expected("object"), **got(item))
                continue
            key, name = item.get(spec.id_key), item.get(spec.name_key)
            if spec.id_as_text and isinstance(key, int) and not isinstance(key, bool):
                key = str(key)  # WeChat's district codes are numbers in the list, text in the request
            if isinstance(key, bool) or not isinstance(key, str if spec.id_as_text else int):
                issues.add(join(path, spec.id_key), "response_field_missing",
                           **expected("text" if spec.id_as_text else "whole_number"))
                continue
            if not isinstance(name, str):
                issues.add(join(path, spec.name_key), "response_field_missing", **expected("text"))
                continue
            if key in entries:
                issues.add(join(path, spec.id_key), "code_table_duplicate_id", value=key)
                continue
            entry = Entry(key, name.strip(), above, item)
            entries[key] = entry
            children = item.get(spec.children_key) if spec.children_key else None
            if isinstance(children, list):
                self._walk(spec, children, join(path, spec.children_key or ""), entry, entries, issues)


def lookup(tables: CodeTables, spec: TableSpec, key: int | str, path: str, issues: Issues) -> Entry | None:
    """The entry whose id the request carries; an issue naming the field and the id if the list lacks it."""
    table = tables.table(spec)
    if table is None:
        issues.add(path, "code_table_missing", value=key, endpoint=spec.endpoint)
        return None
    entry = table.get(key)
    if entry is None:
        issues.add(path, "unknown_code_table_id", value=key, endpoint=spec.endpoint, tables=excerpt(tables.source))
    return entry


def normal_name(name: str) -> str:
    """Names compared without width or spacing differences (``营业执照(个人或企业)`` = ``营业执照（个人或企业）``)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def _by_name(table: Mapping[str, Any]) -> dict[str, Any]:
    return {normal_name(name): value for name, value in table.items()}


# §2.2 主体性质 / 主体类型 name → entity.type
ENTITY_TYPES: dict[str, str] = _by_name({
    "企业": "enterprise", "个人": "individual", "政府机关": "government", "党政机关": "government",
    "事业单位": "public_institution", "社会团体": "social_group", "民办非企业单位": "private_non_enterprise",
    "基金会": "foundation", "律师执业机构": "law_firm",
    **dict.fromkeys(("国防机构", "外国在华文化中心", "群众性团体组织", "司法鉴定机构",
                     "宗教团体", "境外机构", "医疗机构", "公证机构"), "other_organization"),
})

# §2.3 证件类型 name → (token, nationality rule): a fixed code, or "hk_mo" / "hk_mo_residence" (by the number)
CERTIFICATE_TYPES: dict[str, tuple[str, str | None]] = _by_name({
    "营业执照（个人或企业）": ("business_license", None), "营业执照": ("business_license", None),
    "组织机构代码证": ("organization_code", None),
    "事业单位法人证书": ("public_institution_certificate", None),
    "社会团体法人登记证书": ("social_group_certificate", None),
    "外国企业常驻代表机构登记证": ("foreign_representative_office_certificate", None),
    "外国（地区）企业常驻代表机构登记证": ("foreign_representative_office_certificate", None),
    **dict.fromkeys(("统一社会信用代码证书", "民办非企业单位登记证书", "基金会法人登记证书",
                     "律师事务所执业许可证", "部队代号", "军队单位对外有偿服务许可证"), ("other_certificate", None)),
    "居民身份证": ("resident_id", "CN"), "临时居民身份证": ("temporary_resident_id", "CN"),
    "台湾居民来往大陆通行证": ("taiwan_permit", "TW"), "港澳居民来往内地通行证": ("hk_macao_permit", "hk_mo"),
    "港澳居民居住证": ("residence_permit", "hk_mo_residence"), "台湾居民居住证": ("residence_permit", "TW"),
    "护照": ("passport", None), "外国人永久居留身份证": ("foreign_permanent_residence", None),
})
PERSON_ID_TOKENS = frozenset({
    "resident_id", "temporary_resident_id", "taiwan_permit", "hk_macao_permit", "residence_permit", "passport",
    "foreign_permanent_residence",
})
KEPT_NAME_TOKENS = frozenset({"other_organization", "other_certificate"})
"""Tokens that lose the source name: the name is kept in ``extensions.<client>.source_names``."""

# §2.4 前置审批 name → industry; None: 以上都不涉及 (no entry)
NOT_INVOLVED = "以上都不涉及"
INDUSTRIES: dict[str, str | None] = _by_name({
    "新闻": "news", "出版": "publishing", "教育": "education", "校外培训": "education", "医疗保健": "healthcare",
    "药品和医疗器械": "drugs_medical_devices", "电子公告服务": "bulletin_board", "文化": "culture",
    "广播电影电视节目": "radio_film_tv", "网络预约车": "ride_hailing", "互联网金融": "finance", "金融": "finance",
    "游戏": "games", "网络游戏": "games", "宗教": "religion", "以上都不涉及": None,
})

# §2.5 rule 2: keywords of the second-level name → a content token (never an industry)
CONTENT_KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("商城", "电商", "购物", "零售"), "ecommerce"), (("论坛", "社区"), "forum"), (("博客",), "blog"),
    (("工具",), "tools"),
)


# What an unmapped list name lacks (CLIENTS.md §2.2–2.4): (kind zh, kind en, target zh, target en, section,
# advice zh, advice en)
_UNMAPPED: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "entity_type": ("该名称", "a name", "主体类型", "entity type", "§2.2",
                    "：请以事实给出 FORMAT 的 entity.type", ": give the FORMAT entity.type as a fact"),
    "certificate_type": ("该名称", "a name", "证件类型", "certificate type", "§2.3", "", ""),
    "industry": ("该前置审批", "a pre-approval", "行业", "industry", "§2.4", "", ""),
}


def unmapped(entry: Entry, path: str, issues: Issues, target: str) -> None:
    """The issue of a list entry whose name the adapter maps to no FORMAT ``target`` (a key of ``_UNMAPPED``)."""
    kind_zh, kind_en, target_zh, target_en, section, advice_zh, advice_en = _UNMAPPED[target]
    issues.add(path, "unmapped_code_table_name", value=entry.id, name=excerpt(entry.name), kind_zh=kind_zh,
               kind_en=kind_en, target_zh=target_zh, target_en=target_en, section=section, advice_zh=advice_zh,
               advice_en=advice_en)


def entity_type(entry: Entry, path: str, issues: Issues) -> str | None:
    token = ENTITY_TYPES.get(normal_name(entry.name))
    if token is None:
        unmapped(entry, path, issues, "entity_type")
    return token


def certificate_token(entry: Entry, path: str, issues: Issues, *, person: bool) -> tuple[str, str | None] | None:
    """(token, nationality rule) for a certificate name; a person's ID must be a person ID type."""
    found = CERTIFICATE_TYPES.get(normal_name(entry.name))
    if found is None:
        unmapped(entry, path, issues, "certificate_type")
        return None
    if person and found[0] not in PERSON_ID_TOKENS:
        issues.add(path, "not_a_person_id", value=entry.id, name=excerpt(entry.name))
        return None
    return found


def nationality(rule: str | None, number: str | None) -> str | None:
    """§2.3: the nationality a certificate name admits, or None (ask the caller)."""
    if rule == "hk_mo":
        first = (number or "")[:1].upper()
        return {"H": "HK", "M": "MO"}.get(first)
    if rule == "hk_mo_residence":
        prefix = (number or "")[:6]
        return {"810000": "HK", "820000": "MO"}.get(prefix)
    return rule


@attrs.frozen
class PersonKeys:
    """Where a platform's record of a person keeps what a FORMAT person is made of."""

    name: str
    required: tuple[str, str]
    """Which person the record is, in zh and en, for the problem when the name is missing."""
    contacts: tuple[tuple[str, str], ...]
    """(the platform's key, the FORMAT field) of each phone and email."""
    id_number: str
    id_type: str
    id_types: TableSpec
    """The code table the ID type's id is resolved in."""


def map_person(r: Reader, tables: CodeTables, b: Builder, record: Mapping[str, Any], src: str, target: str,
               keys: PersonKeys, issues: Issues) -> str | None:
    """A person's name, contacts, ID number and type (and the nationality it implies) into ``target``.

    Returns the path of the person's ``id_document``, or None when the record gives no name (an issue
    then says so, and nothing of the person is mapped)."""
    name = r.text(record, keys.name, src)
    if name is None:
        issues.add(join(src, keys.name), "request_required", what_zh=keys.required[0], what_en=keys.required[1])
        return None
    b.mark(target, src)
    b.set(join(target, "name"), name, join(src, keys.name))
    for key, field in keys.contacts:
        value = r.text(record, key, src)
        if value is not None:
            b.set(join(target, field), value, join(src, key))
    document = join(target, "id_document")
    b.mark(document, src)
    number = r.text(record, keys.id_number, src)
    if number is not None:
        b.set(join(document, "number"), number, join(src, keys.id_number))
    type_id = r.ident(record, keys.id_type, src)
    if type_id is not None:
        where = join(src, keys.id_type)
        entry = lookup(tables, keys.id_types, type_id, where, issues)
        found = None if entry is None else certificate_token(entry, where, issues, person=True)
        if found is not None:
            b.set(join(document, "type"), found[0], where)
            country = nationality(found[1], number)
            if country is not None:
                b.set(join(target, "nationality"), country, where)
    return document


def industry(entry: Entry, path: str, issues: Issues) -> tuple[bool, str | None]:
    """(known, industry): ``(True, None)`` is 以上都不涉及; an unknown name is an issue."""
    name = normal_name(entry.name)
    if name not in INDUSTRIES:
        unmapped(entry, path, issues, "industry")
        return False, None
    return True, INDUSTRIES[name]


def content_category(entry: Entry) -> str:
    """§2.5: one token per service-content entry: an industry by its (or its parent's) name, a keyword, else other."""
    for name in (entry.name, entry.parent.name if entry.parent else None):
        token = INDUSTRIES.get(normal_name(name)) if name else None
        if token is not None:
            return token
    for words, token in CONTENT_KEYWORDS:
        if any(word in entry.name for word in words):
            return token
    return "other"


@attrs.frozen
class PreApprovalItem:
    """One pre-approval entry of a request, its type resolved: where it is, what it says."""

    path: str
    type_path: str
    entry: Entry
    number: tuple[str, str] | None  # (text, field)
    files: tuple[tuple[str, str], ...]  # (field, file)


def map_pre_approvals(b: Builder, list_path: str, items: Iterable[PreApprovalItem], issues: Issues) -> None:
    """§2.4: ``apps[0].pre_approvals`` — 以上都不涉及 gives no entry (alone: ``[]``); the first file is the
    approval's ``attachment``, the others ``pre_approval_document`` attachments of ``apps[0]``."""
    approvals: list[dict[str, Any]] = []
    not_involved: str | None = None
    b.set("apps[0].pre_approvals", approvals, list_path)
    for item in items:
        known, token = industry(item.entry, item.type_path, issues)
        if not known:
            continue
        if token is None:
            not_involved = item.path
            continue
        target = f"apps[0].pre_approvals[{len(approvals)}]"
        approval: dict[str, Any] = {"industry": token}
        b.mark(target, item.path)
        b.mark(join(target, "industry"), item.type_path)
        if item.number is not None:
            approval["number"] = item.number[0]
            b.mark(join(target, "number"), item.number[1])
        if item.files:
            approval["attachment"] = item.files[0][1]
            b.mark(join(target, "attachment"), item.files[0][0])
        for where, file in item.files[1:]:
            b.attach("pre_approval_document", file, where, "apps[0]")
        approvals.append(approval)
    if not_involved is not None and approvals:
        issues.add(not_involved, "not_involved_with_others")


def map_contents(b: Builder, list_path: str, entries: Iterable[tuple[str, Entry]]) -> None:
    """§2.5: ``apps[0].content_categories``, one token per entry, in order (duplicates kept)."""
    categories: list[str] = []
    b.set("apps[0].content_categories", categories, list_path)
    for path, entry in entries:
        b.mark(f"apps[0].content_categories[{len(categories)}]", path)
        categories.append(content_category(entry))


def content_record(entry: Entry) -> str:
    """The name kept in extensions: ``parent-child`` (``生活服务-生活缴费``)."""
    return f"{entry.parent.name}-{entry.name}" if entry.parent else entry.name


# -- provinces and regions (§2.1, §3.1, §5.1) ----------------------------------------------------------------------

def bureau(code: str, path: str, issues: Issues) -> str | None:
    """A six-digit province code → the two-letter bureau code; 71/81/82 and anything else are issues."""
    if not re.fullmatch(r"\d{2}0000", code):
        issues.add(path, "bad_division_code", value=code, kind_zh="省级行政区划代码（330000）",
                   kind_en="province code (330000)")
        return None
    found = province_code(code[:2]) if code[:2] not in ("71", "81", "82") else None
    if found is None:
        issues.add(path, "province_without_bureau", division=code)
    return found


@attrs.frozen
class Division:
    """One level of the region the request gives: its code, its field path, and (if sent) the name."""

    code: str
    path: str
    name: str | None = None
    name_path: str | None = None


def check_region(tables: CodeTables, spec: TableSpec, levels: list[Division | None], issues: Issues) -> list[str]:
    """Codes known to the platform's list, nesting in each other (city in province, district in city), names
    matching; returns the list's names of the levels given, in order."""
    names: list[str] = []
    above: Division | None = None
    above_entry: Entry | None = None
    for level, width in zip(levels, (2, 2, 4), strict=True):
        if level is None:
            continue
        if not re.fullmatch(r"\d{6}", level.code):
            issues.add(level.path, "bad_division_code", value=level.code, kind_zh="行政区划代码",
                       kind_en="division code")
            return names
        if above is not None and level.code[:width] != above.code[:width]:
            issues.add(level.path, "division_not_within", division=level.code, above=above.code, above_path=above.path)
            return names
        entry = lookup(tables, spec, level.code, level.path, issues)
        if entry is None:
            return names
        if above_entry is not None and entry.parent is not None and entry.parent.id != above_entry.id:
            issues.add(level.path, "division_listed_elsewhere", division=level.code, listed=excerpt(entry.parent.id),
                       above=excerpt(above_entry.id))
            return names
        if level.name is not None and normal_name(level.name) != normal_name(entry.name):
            issues.add(level.name_path or level.path, "division_name_mismatch", value=level.name, division=level.code,
                       listed=excerpt(entry.name))
        names.append(entry.name)
        above, above_entry = level, entry
    return names


def map_region(b: Builder, tables: CodeTables, spec: TableSpec, levels: list[Division | None],
               province_field: str, address: tuple[str, str] | None, issues: Issues) -> None:
    """The region levels (province, city, district) → ``order.province``, ``entity.region``; the address (text, its
    field) → ``entity.mailing_address`` with the list's names in front (§3.1, §5.1)."""
    province = levels[0]
    if province is not None:
        code = bureau(province.code, province.path, issues)
        if code is not None:
            b.set("order.province", code, province.path)
    elif any(levels):
        issues.add(province_field, "province_required_with_region")
    keys = ("province", "city", "district")
    names: dict[str, str] = {}
    if any(levels):
        given = [(level, key) for level, key in zip(levels, keys, strict=True) if level is not None]
        names = dict(zip([key for _level, key in given], check_region(tables, spec, levels, issues), strict=False))
        for level, key in given:
            b.set(f"entity.region.{key}", level.code, level.path)
    if address is not None:
        text, field = address
        b.set("entity.mailing_address",
              prefixed_address(text, names.get("province"), names.get("city"), names.get("district")), field)


def prefixed_address(address: str, province: str | None, city: str | None, district: str | None) -> str:
    """The mailing address with the province, city and district names in front, as the forms leave them out;
    verbatim when it already begins with the province's or the city's name."""
    if any(name and address.startswith(name) for name in (province, city)):
        return address
    skip_city = city in (None, "市辖区", "县") or city == province
    return "".join(part or "" for part in (province, None if skip_city else city, district)) + address


# -- the document under construction -------------------------------------------------------------------------------

@attrs.frozen
class Origin:
    """Where a path of the adapted document came from: a request field (``""`` is the request as a whole), a fact
    the caller supplied (its FORMAT path), or the platform's status response."""

    kind: OriginKind
    path: str


class Builder:
    """The FORMAT document and, for each path set, its origin."""

    def __init__(self) -> None:
        self.document: dict[str, Any] = {"format_version": "1.1"}
        self.origins: dict[str, Origin] = {}

    @classmethod
    def start(cls, client: str, as_of: _dt.date | str | None, attachments: str) -> Builder:
        """What every adapted document begins with (§1 rule 1); ``attachments``: the request field of the files."""
        b = cls()
        if as_of is not None:
            b.set("as_of", day_text(as_of, "as_of"), "as_of", "fact")
        b.set("order.provider", client, "")
        for path in ("order", "format_version", "websites"):  # the platforms file mini-programs only: no websites
            b.mark(path, "")
        b.mark("attachments", attachments)
        return b

    def finish(self, client: str, issues: Issues, ask: Iterable[tuple[str, str, str]],
               audit_data: tuple[Mapping[str, str], ...] = ()) -> Adapted:
        """The call's operation unless a fact says otherwise, the required answers (§1 rule 6), validation."""
        if get(self.document, "order.operation") is None:
            self.set("order.operation", "submit", "")  # applyIcpFiling / submit_record_info submit the order
        require(self, ask, issues)
        issues.raise_any()
        return Adapted(client, self.document, dict(self.origins), audit_data=audit_data).validate()

    def set(self, path: str, value: Any, source: str, kind: OriginKind = "request") -> None:
        put(self.document, path, value)
        self.origins[path] = Origin(kind, source)

    def mark(self, path: str, source: str, kind: OriginKind = "request") -> None:
        """Record an origin without setting a value (an object built field by field, a list entry)."""
        self.origins.setdefault(path, Origin(kind, source))

    def attach(self, kind: str, file: str, source: str, for_: str | None = None) -> None:
        attachments: list[dict[str, Any]] = self.document.setdefault("attachments", [])
        entry = {"type": kind, "file": file}
        if for_ is not None:
            entry["for"] = for_
        self.origins[f"attachments[{len(attachments)}]"] = Origin("request", source)
        attachments.append(entry)

    def extension(self, client: str, key: str, value: Any) -> None:
        self.document.setdefault("extensions", {}).setdefault(client, {})[key] = value

    def source_name(self, client: str, field: str, entry: Entry) -> None:
        names = self.document.setdefault("extensions", {}).setdefault(client, {}).setdefault("source_names", [])
        names.append({"field": field, "id": entry.id, "name": entry.name})


def put(document: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``document``, creating objects on the way; a list index may be the next free one."""
    target: Any = document
    chain = steps(path)
    for step, following in zip(chain[:-1], chain[1:], strict=True):
        if isinstance(step, int):
            if not isinstance(target, list) or step > len(target):
                raise KeyError(path)
            if step == len(target):
                target.append({})
            target = target[step]
        else:
            if not isinstance(target, dict):
                raise KeyError(path)
            target = target.setdefault(step, [] if isinstance(following, int) else {})
    last = chain[-1]
    if isinstance(last, int):
        if not isinstance(target, list) or last > len(target):
            raise KeyError(path)
        if last == len(target):
            target.append(value)
        else:
            target[last] = value
    elif isinstance(target, dict):
        target[last] = value
    else:
        raise KeyError(path)


def get(document: Any, path: str) -> Any:
    """The value at ``path``, or None where the document has nothing."""
    target = document
    for step in steps(path):
        if isinstance(step, int):
            target = target[step] if isinstance(target, list) and step < len(target) else None
        else:
            target = target.get(step) if isinstance(target, dict) else None
        if target is None:
            return None
    return target


def apply_facts(builder: Builder, facts: Mapping[str, Any] | None, kind: OriginKind = "fact") -> None:
    """Set each fact (a FORMAT path → its JSON value) where the request gave nothing.

    A fact never replaces what the request (or another source) says: a different value there is an issue, the
    same value is accepted. ``null`` is refused: a fact adds, it does not remove."""
    issues = Issues()
    for path, value in (facts or {}).items():
        where = f"fact:{path}"
        try:
            steps(path)
        except ValueError:
            issues.add(where, "bad_fact_path", value=path)
            continue
        if value is None:
            issues.add(where, "fact_null")
            continue
        present = get(builder.document, path)
        if present is not None and present != [] and present != {}:
            if present != value:
                source = _origin_of(builder.origins, path)
                said = ("", "") if source is None else (
                    f"（{source.path or '请求'}）", f" ({source.path or 'the request'})")
                issues.add(where, "fact_contradicts_request", value=present, said_zh=said[0], said_en=said[1])
            continue
        try:
            put(builder.document, path, value)
        except KeyError:
            issues.add(where, "fact_no_such_place")
            continue
        builder.origins[path] = Origin(kind, path)
    issues.raise_any()


def _origin_of(origins: Mapping[str, Origin], path: str) -> Origin | None:
    """The origin of ``path``: its own, else its nearest ancestor's."""
    current: str | None = path
    while current is not None:
        if current in origins:
            return origins[current]
        current = parent(current)
    return None


def require(builder: Builder, paths: Iterable[tuple[str, str, str]], issues: Issues) -> None:
    """FORMAT's required fields that only the caller can answer (§1 rule 6), each (path, what to ask in zh, in
    en): stop with an issue."""
    for path, ask_zh, ask_en in paths:
        if get(builder.document, path) is None:
            issues.add(f"fact:{path}", "answer_required", ask_zh=ask_zh, ask_en=ask_en)


# -- the adapted document and the report in the request's terms ----------------------------------------------------

@attrs.frozen
class Adapted:
    """A FORMAT 1.1 document made from a platform request, with the origin of its paths."""

    client: str
    document: dict[str, Any] = attrs.field(eq=False)
    origins: Mapping[str, Origin] = attrs.field(eq=False)
    audit_data: tuple[Mapping[str, str], ...] = ()
    """WeChat ``getIcpEntranceInfo``'s ``audit_data`` (key_name, error, suggest): not input, kept for comparison."""

    def origin(self, path: str) -> Origin | None:
        """Where a FORMAT path of the document came from (its nearest recorded ancestor's origin)."""
        return _origin_of(self.origins, path)

    def translate(self, path: str) -> str:
        """A report path in the request's terms: the request field, else the caller's fact (its FORMAT path),
        else the FORMAT path unchanged."""
        found = self.origin(path)
        return path if found is None else found.path

    def check(self, *, registry: Registry | Iterable[Any] | None = None, as_of: _dt.date | str | None = None,
              engine: checker.EngineName | None = None) -> Report:
        """Check the document; the report's paths (and any input problem's) are the request's."""
        try:
            report = checker.check(self.document, registry=registry, as_of=as_of, engine=engine)
        except InputError as err:
            raise self.translate_error(err) from None
        return self.translate_report(report)

    def translate_report(self, report: Report) -> Report:
        """``report`` with its paths in the request's own field names, re-sorted."""
        reasons = []
        for reason in report.reasons:
            paths = tuple(dict.fromkeys(self.translate(p) for p in reason.paths))
            reasons.append(attrs.evolve(reason, paths=paths))
        return attrs.evolve(report, reasons=tuple(sorted(reasons, key=lambda r: r.sort_key())))

    def translate_error(self, err: InputError) -> InputError:
        """``err`` with its paths in the request's own field names (the document's path named beside)."""
        issues = []
        for found in err.issues:
            path = self.translate(found.path) if found.path else found.path
            problem, problem_zh = found.problem, found.problem_zh
            if path != found.path:
                problem = f"{problem} (as {found.path})"
                problem_zh = f"{problem_zh}（文档中为 {found.path}）" if problem_zh else ""
            issues.append(attrs.evolve(found, path=path, problem=problem, problem_zh=problem_zh))
        return InputError(issues)

    def validate(self) -> Adapted:
        """Read the document as the checker will (shape, tokens, paths): InputError in the request's terms."""
        try:
            structure_filing(self.document)
        except InputError as err:
            raise self.translate_error(err) from None
        return self


@attrs.frozen
class Reading:
    """A platform response the caller read, and the day he read it (``getIcpEntranceInfo``, ``queryIcpVerifyTask``)."""

    response: Any
    on: _dt.date | str
