"""Where a phone number, an address or an ID number points to: province hints.

Pure functions (no I/O, deterministic, never raising on odd text) that turn
order fields into one of the 31 province codes of
:data:`beianrules.provinces._table.PROVINCE_NAMES`, or ``None`` for
*unknown*. ``None`` must never make a rule fire: a rule that compares a
region with the filing province stays silent when either side is unknown.

``normalize_phone(text)``
    Canonical form of a contact number, without changing its meaning: strips
    spaces, hyphens, dots and parentheses, turns full-width digits into ASCII,
    and drops a ``+86``/``0086``/``86`` country code when what remains is a
    mainland mobile (11 digits from ``1``) or a landline (leading ``0``
    restored: ``+86 25 8312 3456`` → ``02583123456``). Text with letters or
    other characters (extension markers such as ``转``/``ext``, two numbers
    joined by ``/``), or whose digits run past any mainland number
    (``025-83123456-801``), is returned only whitespace-trimmed; a validator
    elsewhere decides what it is.
``phone_region(number)``
    Province of a mainland mobile or landline (RULE-CATALOG §1.3
    CONTACT_PHONE_NOT_LOCAL_SEGMENT, 号段 rule), from the ``phonenumbers``
    geocoder (§4 row "Mobile/landline → province": ``13812345678`` →
    江苏省连云港市 → JS, ``18612345678`` → BJ, ``15012345678`` → YN;
    landlines by area code ``02583666303`` → JS, ``01065123456`` → BJ,
    ``02287654321`` → TJ). Cached with :func:`functools.lru_cache`.
``address_province(text)``
    Province of a certificate or ID address (§1.4 ID_ADDRESS_OUTSIDE_PROVINCE,
    which is about the address printed on the card): a full province name
    (``江苏省``, ``广西壮族自治区``), a short one confirmed by what follows
    (``江苏南京…``, ``北京朝阳区…``; a lone ``江苏`` also counts), one of the
    four municipalities, or — when the province is left out — a
    prefecture-level name (``杭州市西湖区…`` → ZJ, ``海南藏族自治州…`` → QH),
    or an abbreviated one confirmed by one of its districts (``杭州西湖区…``).
    A Free-Trade-Zone address ``中国（上海）自由贸易试验区…`` counts as SH.
``address_prefecture(text)``
    Prefecture-level unit of a certificate or mailing address (REASONS-WAVE1
    W12), as a six-digit GB/T 2260 code, or ``None``: the province ``P`` is
    :func:`address_province`'s; a municipality is its own prefecture
    (``110000``); elsewhere a leading name of ``P`` (``河北省``, ``河北``) is
    removed and what remains must start with a current or former name of a
    prefecture-level row of ``P`` (``石家庄市``, ``淮阴市`` → ``320800``) or of
    a county-level unit directly under it (``济源市``), longest first, or with
    the short form of a prefecture name followed by one of that row's
    county-level names (``石家庄长安区…``); with the province left out, the
    prefecture-level names ``address_province`` accepts at the start place it.
    ``prefecture_name(code)`` gives the current name of such a code.
``id_region_hint(id_number)`` / ``uscc_region_hint(uscc)``
    Province of *original registration* from the first two digits of an
    18-digit resident ID (§1.4 ID_REGION_CODE_HINT) or from characters 3–4
    of an 18-character USCC (§4 row "USCC"). Hints only: the ID prefix is
    where the number was first issued, not the address on the card.
``resident_id_valid(number)`` / ``uscc_valid(number)``
    Check digit (and, for IDs, birth date and region code) via python-stdnum
    ``stdnum.cn.ric`` / ``stdnum.cn.uscc`` (§1.4 ID_NUMBER_INVALID; §4 rows
    "Resident ID" and "USCC"). ``None`` when the text is not 18 characters
    after removing spaces and hyphens (not judged here: 15-digit old IDs,
    which stdnum rejects but id-validator upgrades, §1.4).

Caveats:

* The geocoder maps *number blocks* (号段) to where they were allocated, not
  where the subscriber lives now; ported numbers keep their block.
* Newer segments (e.g. 199, 192, 170) that the geocoder places only as
  ``中国``, and numbers it cannot place or considers invalid, are *unknown*
  (``None``), never "not local".
* ``address_province`` prefers ``None`` to a guess: a bare district or county
  name (``朝阳区…`` is in Beijing, ``朝阳市…`` in Liaoning), a leading postal
  code, a street named after a city (``南京路…``), or a stated province
  followed by another province's prefecture (``江苏省杭州市…``) are unknown.
* stdnum's USCC check wants the first 8 characters to be digits, and its ID
  region table is historical (codes that were valid when the number was
  issued are accepted).

Reference data: the prefecture/county names are read at import time from the
installed python-stdnum's ``cn/loc`` data (GB/T 2260 codes with history,
compiled by stdnum from zh.wikipedia; python-stdnum >= 2.2) by
:mod:`beianrules._region_data` — see that module for the extraction rules.
Province names are the project's own table (:mod:`beianrules.provinces._table`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection
from typing import Literal

import phonenumbers
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

from beianrules import _region_data
from beianrules.provinces._table import PROVINCE_NAMES

__all__ = [
    "normalize_phone",
    "phone_region",
    "address_province",
    "address_prefecture",
    "prefecture_name",
    "id_region_hint",
    "uscc_region_hint",
    "resident_id_valid",
    "uscc_valid",
]

_BY_GB: dict[str, str] = {p.gb_code: p.code for p in PROVINCE_NAMES.values()}
_MUNICIPALITIES = frozenset({"BJ", "TJ", "SH", "CQ"})
_AUTONOMOUS = frozenset({"NM", "GX", "XZ", "NX", "XJ"})


# --------------------------------------------------------------------------
# Phones

_PHONE_TRANSLATION = {0xFF10 + i: ord("0") + i for i in range(10)}  # ０-９
_PHONE_TRANSLATION.update({
    0xFF0B: ord("+"),  # ＋
    0xFF08: ord("("), 0xFF09: ord(")"),  # （ ）
    0xFF0E: ord("."), 0x3002: ord("."),  # ． 。
    0xFF0D: ord("-"), 0xFE63: ord("-"), 0x2212: ord("-"),  # － ﹣ −
    **{cp: ord("-") for cp in range(0x2010, 0x2016)},  # ‐ ‑ ‒ – — ―
})
_PHONE_SEPARATORS = re.compile(r"[\s\-.()]+")
_MOBILE = re.compile(r"1\d{10}")
_LANDLINE_SHAPE = re.compile(r"0[1-9]\d{8,10}")  # 0 + area code + local: 10–12 digits
# Mobiles and landlines this returns unchanged: ASCII digits, no country code, not too long.
_CANONICAL = re.compile(r"1[0-9]{10}|0[1-9][0-9]{8,10}")
_MAX_DOMESTIC = 12  # the longest mainland landline (0 + 3-digit area + 8-digit local)
_MAX_MOBILE = 11
_MAX_E164 = 15


PhoneShape = Literal["mobile", "landline"]


def phone_shape(number: str | None) -> PhoneShape | None:
    """W6: ``mobile`` for ``1\\d{10}``, ``landline`` for ``0[1-9]\\d{8,10}``, None for anything else.

    >>> phone_shape("13812345678"), phone_shape("02583123456"), phone_shape("025-83123456转801")
    ('mobile', 'landline', None)
    """
    if number is None:
        return None
    if _MOBILE.fullmatch(number):
        return "mobile"
    if _LANDLINE_SHAPE.fullmatch(number):
        return "landline"
    return None


def _is_landline(number: str) -> bool:
    """``number`` (leading 0 included) is a valid mainland fixed-line number."""
    if not _LANDLINE_SHAPE.fullmatch(number):
        return False
    try:
        parsed = phonenumbers.parse(number, "CN")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def _mainland(rest: str) -> str | None:
    """What follows a ``86`` country code, as a domestic number, if it is one."""
    if _MOBILE.fullmatch(rest):
        return rest
    landline = rest if rest.startswith("0") else "0" + rest
    return landline if _is_landline(landline) else None


def normalize_phone(text: object) -> str:
    """Canonical form of a contact number; see the module docstring.

    >>> normalize_phone("+86 25 8312 3456")
    '02583123456'
    >>> normalize_phone("(0571)88001234")
    '057188001234'
    >>> normalize_phone("025-83123456转801")
    '025-83123456转801'
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if _CANONICAL.fullmatch(text):  # already as this returns it (the common case: a number read before)
        return text
    trimmed = text.strip()
    compact = _PHONE_SEPARATORS.sub("", trimmed.translate(_PHONE_TRANSLATION))
    if not re.fullmatch(r"\+?[0-9]+", compact):
        return trimmed
    if compact.startswith("+86"):
        rest = compact[3:]
    elif compact.startswith("0086"):
        rest = compact[4:]
    elif compact.startswith("86") and len(compact) in (12, 13):  # 86 + 10–11 digits
        rest = compact[2:]
    else:
        rest = None
    if rest is not None:
        domestic = _mainland(rest)
        if domestic is not None:
            return domestic
    if compact.startswith("+"):
        too_long = len(compact) - 1 > _MAX_E164
    elif compact.startswith("00"):
        too_long = len(compact) - 2 > _MAX_E164
    else:
        too_long = len(compact) > (_MAX_MOBILE if compact.startswith("1") else _MAX_DOMESTIC)
    if too_long:
        return trimmed  # e.g. an extension glued on by removing a hyphen: 025-83123456-801
    return compact


@functools.lru_cache(maxsize=2048)  # a few hundred places describe every number: each is read once
def _province_from_description(description: str) -> str | None:
    """Province of a geocoder description such as ``江苏省连云港市``."""
    if not description or description == "中国":
        return None
    name = _longest_prefix(description, _DESCRIPTION_PREFIXES)
    return _DESCRIPTION_PREFIXES[name] if name is not None else None


@functools.lru_cache(maxsize=8192)
def phone_region(number: object) -> str | None:
    """Province code of a mainland mobile or landline, or None (unknown).

    >>> phone_region("13812345678"), phone_region("025-83666303"), phone_region("19912345678")
    ('JS', 'JS', None)
    """
    if not isinstance(number, str):
        return None
    normalized = normalize_phone(number)
    if not (_MOBILE.fullmatch(normalized) or _LANDLINE_SHAPE.fullmatch(normalized)):
        return None
    parsed = _mainland_number(normalized)
    if parsed is None:
        read = parsed_cn(normalized)
        if read is None or read[0].country_code != 86:
            return None
        parsed = read[0]
    # For a +86 number is_valid_number is exactly "number_type is not UNKNOWN" (one region has +86), and
    # geocoder.description_for_number describes a number of a type that is not geographical by its country's
    # name (中国), which places it nowhere: the type is found once for both.
    number_type = phonenumbers.number_type(parsed)
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        return None
    if not phonenumbers.is_number_type_geographical(number_type, 86):
        return None
    # Imported on first use: loading the geocoder's data takes about a third of a second,
    # which commands that never place a phone (rules, number, explain) should not pay.
    from phonenumbers import geocoder

    return _province_from_description(geocoder.description_for_valid_number(parsed, "zh"))


# phonenumbers.parse(text, "CN") of a mainland-shaped number only drops a national prefix: "0" before an area
# code, or a carrier code read by this pattern of the CN metadata. Where the pattern is this one, the parsed
# number can be built directly (parsing is most of what placing a new number costs): a landline without its
# "0", a mobile that does not start like a carrier code. Other numbers, and any other pattern, are parsed.
_CN_NATIONAL_PREFIX_FOR_PARSING = "(1(?:[12]\\d|79)\\d\\d)|0"
_CARRIER_CODE_START = re.compile(r"1(?:[12]\d|79)")


@functools.cache
def _builds_directly() -> bool:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    return metadata is not None and metadata.national_prefix_for_parsing == _CN_NATIONAL_PREFIX_FOR_PARSING


def _mainland_number(normalized: str) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(normalized, "CN")`` of a mobile- or landline-shaped number, built without parsing
    where that gives the same number; None where it must be parsed."""
    if not _builds_directly():
        return None
    if normalized.startswith("0"):
        return phonenumbers.PhoneNumber(country_code=86, national_number=int(normalized[1:]))
    if _CARRIER_CODE_START.match(normalized):
        return None
    return phonenumbers.PhoneNumber(country_code=86, national_number=int(normalized))


@functools.lru_cache(maxsize=8192)
def parsed_cn(number: str) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    """``number`` as ``phonenumbers.parse(number, "CN")`` reads it, and whether ``phonenumbers.is_valid_number``
    takes it; None when it does not parse. Remembered: one check asks about the same numbers several times,
    and parsing is most of what placing a number costs. The parsed number is shared: never change it.

    >>> parsed_cn("13812345678")[1], parsed_cn("14012345678")[1], parsed_cn("not a number")
    (True, False, None)
    """
    try:
        parsed = phonenumbers.parse(number, "CN")
    except phonenumbers.NumberParseException:
        return None
    return parsed, phonenumbers.is_valid_number(parsed)


# --------------------------------------------------------------------------
# Reference data (built once at import)

_ETHNIC_WORDS = (
    "朝鲜族", "土家族", "布依族", "哈尼族", "景颇族", "傈僳族", "蒙古族", "哈萨克族",
    "苗族", "藏族", "羌族", "彝族", "侗族", "壮族", "傣族", "白族", "回族", "黎族",
    "蒙古", "哈萨克", "柯尔克孜",
)


def _prefecture_short(name: str) -> str | None:
    """``杭州市`` → ``杭州``, ``阿里地区`` → ``阿里``, ``延边朝鲜族自治州`` → ``延边``."""
    for suffix in ("地区", "盟", "市"):
        if name.endswith(suffix):
            short = name[: -len(suffix)]
            break
    else:
        if not name.endswith("自治州"):
            return None
        short = name[: -len("自治州")]
        stripped = True
        while stripped:
            stripped = False
            for word in _ETHNIC_WORDS:
                if short.endswith(word) and len(short) > len(word):
                    short = short[: -len(word)]
                    stripped = True
    return short if len(short) >= 2 else None


def _county_short(name: str) -> str | None:
    """``西湖区`` → ``西湖``, ``浦东新区`` → ``浦东``, ``昆山市`` → ``昆山``; None if too short."""
    for suffix in ("新区", "区", "县", "市", "旗"):
        if name.endswith(suffix):
            short = name[: -len(suffix)]
            return short if len(short) >= 2 else None
    return None


def _load_rows() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """``(code, province, current, former, counties, former_counties)`` per row.

    Derived from the installed python-stdnum's cn/loc data by
    :func:`beianrules._region_data.rows` (see there for the rules).
    """
    rows = []
    for row in _region_data.rows():
        province = _BY_GB.get(row.code[:2])
        if province is None:
            continue
        rows.append((row.code, province, row.current, row.former, row.counties, row.former_counties))
    return rows


_ROWS = _load_rows()

# Province names: what counts as an explicit province at the start of a text.
_PROVINCE_SHORT: dict[str, str] = {p.short_zh: p.code for p in PROVINCE_NAMES.values()}
_PROVINCE_FULL: dict[str, str] = {}
for _p in PROVINCE_NAMES.values():
    _PROVINCE_FULL[_p.name_zh] = _p.code
    if _p.code not in _MUNICIPALITIES:
        _PROVINCE_FULL.setdefault(_p.short_zh + "省", _p.code)  # 广西省 (colloquial)
    if _p.code in _AUTONOMOUS:
        _PROVINCE_FULL.setdefault(_p.short_zh + "自治区", _p.code)  # 广西自治区
_PROVINCE_FULL.setdefault("新疆维吾尔族自治区", "XJ")  # a frequent misspelling

# Everything named inside each province, to confirm an abbreviated prefix
# (江苏南京…, 北京朝阳区…, 内蒙古兴安盟…).
_PARTS: dict[str, set[str]] = defaultdict(set)
_COUNTIES_OF: dict[str, set[str]] = {}
_NAME_PROVINCES: dict[str, set[str]] = defaultdict(set)  # any name -> provinces using it
_LIVE_NAME_PROVINCES: dict[str, set[str]] = defaultdict(set)  # same, current names only
for _code, _prov, _current, _former, _counties, _former_counties in _ROWS:
    _names = set(_current) | set(_former)
    _all_counties = set(_counties) | set(_former_counties)
    _county_names = _all_counties | {s for s in map(_county_short, _all_counties) if s}
    _COUNTIES_OF[_code] = _county_names
    _PARTS[_prov] |= _names | {s for s in map(_prefecture_short, _names) if s} | _county_names
    for _n in _names | _all_counties:
        _NAME_PROVINCES[_n].add(_prov)
    for _n in set(_current) | set(_counties):
        _LIVE_NAME_PROVINCES[_n].add(_prov)


def _usable_at_start(name: str, province: str, *, former: bool) -> bool:
    """A prefecture-level name may place a text on its own only if no other province uses it.

    A current name must not be a current name (prefecture- or county-level)
    in another province — 海口市 and 三亚市 were Guangdong's until 1988 and
    are Hainan's now; a former name must not be used anywhere else at all,
    nor start with a province's short name (海南黎族苗族自治州, Guangdong
    until 1988).
    """
    owners = _NAME_PROVINCES[name] if former else _LIVE_NAME_PROVINCES[name]
    if owners != {province} or name in _PROVINCE_FULL or len(name) < 3:
        return False
    return not (former and any(name.startswith(short) for short in _PROVINCE_SHORT))


# Prefecture-level names that place a text when the province is omitted.
_CITY_START: dict[str, str] = {}
for _code, _prov, _current, _former, _counties, _former_counties in _ROWS:
    for _n in _current:
        if _usable_at_start(_n, _prov, former=False):
            _CITY_START[_n] = _prov
for _code, _prov, _current, _former, _counties, _former_counties in _ROWS:
    for _n in _former:
        if _n not in _CITY_START and _usable_at_start(_n, _prov, former=True):
            _CITY_START[_n] = _prov

# Abbreviated prefecture names (杭州, 延边), usable only when a district of
# that same prefecture follows (杭州西湖区…).
_short_rows: dict[str, set[tuple[str, str]]] = defaultdict(set)
for _code, _prov, _current, _former, _counties, _former_counties in _ROWS:
    if _code[2:4] == "90" or not _COUNTIES_OF[_code]:
        continue
    for _n in _current:
        _s = _prefecture_short(_n)
        if _s:
            _short_rows[_s].add((_code, _prov))
_CITY_SHORT: dict[str, tuple[str, str]] = {
    s: next(iter(rows_))
    for s, rows_ in _short_rows.items()
    if len(rows_) == 1 and s not in _PROVINCE_SHORT and s not in _PROVINCE_FULL
}

# Prefectures (W12), by province: the rows that still exist (they have a current name). A row that
# survives only under former names (322100 徐州地区, merged into a city long ago) names no prefecture
# today: its counties now lie in one or more current rows, so it would compare as "another city".
_PREFECTURE_CODE_OF: dict[str, str] = {p.code: p.gb_code + "0000" for p in PROVINCE_NAMES.values()
                                       if p.code in _MUNICIPALITIES}
_PREFECTURE_NAME: dict[str, str] = {code: PROVINCE_NAMES[province].name_zh
                                    for province, code in _PREFECTURE_CODE_OF.items()}
# province -> name (current or former; prefecture level, or county level directly under the province,
# XX90ZZ) -> (rows where it is current, rows where it is former)
_PREFECTURE_NAMES: dict[str, dict[str, tuple[set[str], set[str]]]] = defaultdict(dict)
_PREFECTURE_SHORTS: dict[str, dict[str, set[str]]] = defaultdict(dict)  # province -> short name -> rows
_COUNTY_NAMES: dict[str, frozenset[str]] = {}  # row -> its county-level names, current and former
for _code, _prov, _current, _former, _counties, _former_counties in _ROWS:
    if not _current or _prov in _MUNICIPALITIES:
        continue
    _PREFECTURE_NAME[_code] = _current[0]
    _COUNTY_NAMES[_code] = frozenset(_counties) | frozenset(_former_counties)
    for _n in _current:
        _PREFECTURE_NAMES[_prov].setdefault(_n, (set(), set()))[0].add(_code)
    for _n in _former:
        _PREFECTURE_NAMES[_prov].setdefault(_n, (set(), set()))[1].add(_code)
    if _code[2:4] != "90":
        for _n in (*_current, *_former):
            _s = _prefecture_short(_n)
            if _s:
                _PREFECTURE_SHORTS[_prov].setdefault(_s, set()).add(_code)
# The names that open an address of each province (河北省, 河北, and 广西省-style colloquial names).
_PROVINCE_OPENINGS: dict[str, dict[str, str]] = defaultdict(dict)
for _n, _prov in (*_PROVINCE_FULL.items(), *_PROVINCE_SHORT.items()):
    _PROVINCE_OPENINGS[_prov][_n] = _prov

# Geocoder descriptions are controlled data: a plain longest-prefix match on
# province names and prefecture names (for 海南藏族自治州 → QH) is enough.
# Indexed by name: every distinct number is a new look-up in an audit, so the match is by dictionary.
_DESCRIPTION_PREFIXES: dict[str, str] = {**_PROVINCE_SHORT, **_PROVINCE_FULL, **_CITY_START}

del _p, _code, _prov, _current, _former, _counties, _former_counties
del _names, _all_counties, _county_names, _n, _s, _short_rows


# --------------------------------------------------------------------------
# Addresses

_WHITESPACE = re.compile(r"\s+")
_COUNTRY_PREFIX = re.compile(r"^(?:中华人民共和国|中国)")
_BRACKETED = re.compile(r"^\(([^()]{2,8})\)")


_NAME_LENGTHS: dict[int, tuple[object, tuple[int, ...]]] = {}


def _prefixes(text: str, names: Collection[str]) -> list[str]:
    """The names that ``text`` starts with, longest first (dictionary look-ups, not a scan)."""
    cached = _NAME_LENGTHS.get(id(names))
    if cached is None or cached[0] is not names:
        # The tables are built once at import; the entry keeps the table alive, so its id stays its own.
        cached = _NAME_LENGTHS[id(names)] = (names, tuple(sorted({len(n) for n in names}, reverse=True)))
    return [text[:length] for length in cached[1] if length <= len(text) and text[:length] in names]


def _longest_prefix(text: str, names: Collection[str]) -> str | None:
    found = _prefixes(text, names)
    return found[0] if found else None


def _starts_with_any(text: str, names: Collection[str]) -> bool:
    return bool(_prefixes(text, names))


def _city_candidates(text: str) -> set[str]:
    """Provinces that a prefecture-level name at the start of ``text`` points to."""
    found = set()
    name = _longest_prefix(text, _CITY_START)
    if name:
        found.add(_CITY_START[name])
    for short in _prefixes(text, _CITY_SHORT):
        code, province = _CITY_SHORT[short]
        if _starts_with_any(text[len(short):], _COUNTIES_OF[code]):
            found.add(province)
    return found


def _province_candidates(text: str) -> set[str]:
    """Provinces an explicit province name at the start of ``text`` points to.

    A full name (江苏省) counts as it stands; a short one (江苏) only when the
    text ends there or goes on with a place of that same province. If what
    follows is a prefecture or the full name of another province
    (江苏省杭州市, 江苏省北京市), the text contradicts itself and yields
    nothing — unless that name was also used inside the stated province
    (广东省海口市, before 1988).
    """
    found = set()
    full = _longest_prefix(text, _PROVINCE_FULL)
    if full:
        found.add((_PROVINCE_FULL[full], text[len(full):]))
    short = _longest_prefix(text, _PROVINCE_SHORT)
    if short:
        province, rest = _PROVINCE_SHORT[short], text[len(short):]
        if not rest or _starts_with_any(rest, _PARTS[province]):
            found.add((province, rest))
    result = set()
    for province, rest in found:
        others = _city_candidates(rest) - {province}
        named = _longest_prefix(rest, _PROVINCE_FULL)
        if named:
            others.add(_PROVINCE_FULL[named])
            others.discard(province)
        if others and not _starts_with_any(rest, _PARTS[province]):
            continue
        result.add(province)
    return result


def _address_text(text: object) -> str | None:
    """An address as the look-ups read it: NFKC, white space removed, a leading 中国/中华人民共和国 dropped."""
    if not isinstance(text, str):
        return None
    return _COUNTRY_PREFIX.sub("", _WHITESPACE.sub("", unicodedata.normalize("NFKC", text)))


def address_province(text: object) -> str | None:
    """Province code of a certificate or ID address, or None (unknown).

    Remembered per text (several rules place the same address; the look-up scans name tables).

    >>> address_province("江苏省南京市玄武区示例路1号"), address_province("杭州市西湖区")
    ('JS', 'ZJ')
    >>> address_province("海南藏族自治州共和县"), address_province("朝阳区建国路")
    ('QH', None)
    """
    return _address_province(text) if isinstance(text, str) else None


@functools.lru_cache(maxsize=4096)
def _address_province(text: str) -> str | None:
    t = _address_text(text)
    if t is None:
        return None
    bracketed = _BRACKETED.match(t)  # 中国（上海）自由贸易试验区…
    if bracketed:
        inner = bracketed.group(1)
        return _PROVINCE_FULL.get(inner) or _PROVINCE_SHORT.get(inner)
    if not t:
        return None
    candidates = _province_candidates(t) | _city_candidates(t)
    return candidates.pop() if len(candidates) == 1 else None


def _prefecture_named(name: str, province: str) -> str | None:
    """The row of ``province`` that a prefecture-level ``name`` belongs to: where it is current, else
    where it is former; of several, the one prefecture-level row (stdnum lists 随州市 both as 421300 and,
    without an end year, as the county-level 429001 it was before); None when that leaves no single row."""
    entry = _PREFECTURE_NAMES[province].get(name)
    if entry is None:
        return None
    current, former = entry
    owners = current or former
    if len(owners) > 1:
        owners = {code for code in owners if code[2:4] != "90"}
    return next(iter(owners)) if len(owners) == 1 else None


def _prefecture_at(text: str, province: str) -> str | None:
    """The prefecture that ``text`` (an address after its province name) starts with, within ``province``."""
    name = _longest_prefix(text, _PREFECTURE_NAMES[province])
    if name is not None:
        return _prefecture_named(name, province)
    found = {code for short in _prefixes(text, _PREFECTURE_SHORTS[province])
             for code in _PREFECTURE_SHORTS[province][short]
             if _starts_with_any(text[len(short):], _COUNTY_NAMES[code])}
    return found.pop() if len(found) == 1 else None


def address_prefecture(text: object) -> str | None:
    """Six-digit code of the prefecture-level unit of an address (W12), or None (unknown).

    The province is :func:`address_province`'s (unknown: None). A municipality is its own prefecture
    (``110000``). Elsewhere the text is read after a leading full or short name of its province
    (``河北省``, ``河北``) and, when the province is left out, as it stands; in the first case it must
    go on with a current or former prefecture-level name of that province's rows (or of a county-level
    unit directly under the province, ``济源市``), longest first, or with the short form of a
    prefecture name followed by one of that row's county-level names (``石家庄长安区``); in the second
    with a name :func:`address_province` accepts at the start on its own. A former name gives the row
    it belongs to (``淮阴市`` → ``320800``). Unknown: a county-level start (``河北省三河市…``), a bare
    district, a postal code, a name two current rows share, a row that no longer exists (its counties
    now lie elsewhere), and readings that disagree.

    >>> address_prefecture("河北省石家庄市长安区示例路1号"), address_prefecture("江苏淮阴市清河区")
    ('130100', '320800')
    >>> address_prefecture("北京市朝阳区建国路1号"), address_prefecture("河北省三河市燕郊镇")
    ('110000', None)
    """
    province = address_province(text)
    t = _address_text(text)
    if province is None or t is None:
        return None
    if province in _MUNICIPALITIES:
        return _PREFECTURE_CODE_OF[province]
    readings = [_prefecture_at(t[len(opening):], province) for opening in _prefixes(t, _PROVINCE_OPENINGS[province])]
    city = _longest_prefix(t, _CITY_START)
    if city is not None and _CITY_START[city] == province:
        readings.append(_prefecture_named(city, province))
    found = {code for code in readings if code is not None}
    return found.pop() if len(found) == 1 else None


def prefecture_name(code: str) -> str | None:
    """The current name of a prefecture code of :func:`address_prefecture` (``130100`` → ``石家庄市``)."""
    return _PREFECTURE_NAME.get(code)


# --------------------------------------------------------------------------
# ID and USCC numbers

_RIC_SHAPE = re.compile(r"\d{17}[\dX]")
_USCC_CHAR = "[0-9A-HJ-NPQRTUWXY]"
_USCC_SHAPE = re.compile(f"{_USCC_CHAR}{{2}}\\d{{6}}{_USCC_CHAR}{{10}}")
_NUMBER_SEPARATORS = re.compile(r"[\s\-]+")


def _compact_number(number: object) -> str | None:
    if not isinstance(number, str):
        return None
    return _NUMBER_SEPARATORS.sub("", unicodedata.normalize("NFKC", number)).upper()


def id_region_hint(id_number: str) -> str | None:
    """Province of original registration of an 18-digit resident ID (hint only).

    >>> id_region_hint("320102199001011234")
    'JS'
    """
    s = _compact_number(id_number)
    if s is None or not _RIC_SHAPE.fullmatch(s):
        return None
    return _BY_GB.get(s[:2])


def uscc_region_hint(uscc: str) -> str | None:
    """Province of registration from characters 3–4 of an 18-character USCC (hint only).

    >>> uscc_region_hint("91110000600037341L")
    'BJ'
    """
    s = _compact_number(uscc)
    if s is None or not _USCC_SHAPE.fullmatch(s):
        return None
    return _BY_GB.get(s[2:4])


def resident_id_valid(number: str) -> bool | None:
    """GB 11643 check digit, birth date and region code (python-stdnum); None if not 18 characters."""
    s = _compact_number(number)
    if s is None or len(s) != 18:
        return None
    return _ric.is_valid(s)


def uscc_valid(number: str) -> bool | None:
    """GB 32100 check digit (python-stdnum); None if not 18 characters."""
    s = _compact_number(number)
    if s is None or len(s) != 18:
        return None
    return _uscc.is_valid(s)
