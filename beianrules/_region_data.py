"""Administrative-division names for :mod:`beianrules.regions`, derived at runtime.

Provenance: read at runtime from python-stdnum's cn/loc data; nothing of it is
copied into this package. The data is ``stdnum/cn/loc.dat`` (the table
``stdnum.cn.ric.get_birth_place`` uses), opened through
``stdnum.numdb.get("cn/loc")`` exactly as ``stdnum.cn.ric`` does, so the parse
is cached once per process and shared with the resident-ID check. stdnum
compiles it from the zh.wikipedia pages "中华人民共和国行政区划代码 (1区)…(8区)",
i.e. the GB/T 2260 division codes with their history. That historical layout
is what python-stdnum 2.2 ships; earlier releases (≤ 2.1) ship a flat list
without end years, from which the former names below cannot be derived, and
:func:`rows` then raises :class:`LocDataError` instead of guessing. Only the 31
mainland provincial-level divisions are kept (no 71/81/82).

The data is a tree: ``NN province=…`` entries open a province; under each,
``NNNN county="[start-end]name,…"`` entries give a four-digit code and its
names, ``[start-end]`` being optional and an empty (or missing) end year
meaning the name is current. :func:`rows` turns it into one :class:`Row` per
prefecture-level unit::

    Row(code, current names, former names, county-level names, former county-level names)

* ``code`` — six-digit GB/T 2260 code of the prefecture level (``XXYY00``), or
  of a county-level unit directly under the province (``XX90ZZ``, e.g.
  ``429004`` 仙桃市, ``659001`` 石河子市), which then has no county list.
* ``current names`` — the name(s) still valid in loc.dat (no end year).
* ``former names`` — names with an end year (e.g. ``淮阴市`` → 淮安市,
  ``日喀则地区`` → 日喀则市); whole rows that no longer exist (e.g.
  ``322100`` 徐州地区) have only former names. A name that is also current
  is listed as current only.
* ``county-level names`` / ``former county-level names`` — the districts,
  counties and county-level cities listed under that prefecture, with and
  without an end year (same rule: current wins; each name listed once). They
  only *confirm* an abbreviated prefix (e.g. ``杭州西湖区``) and decide which
  names are unique; a bare county name never places a text. An ``XX90ZZ``
  unit's current names make its own row; its former names are filed as former
  county-level names of ``XX9000``, which thus collects former
  directly-administered county-level units. ``XX00ZZ`` entries (early Hainan)
  are filed under ``XX0000``; the ``XX0000`` entry itself (the province name)
  is skipped. Guangdong's rows keep Hainan's names from before 1988.

Dropped while deriving: placeholder names (市辖区, 县, 省直辖县级行政单位,
自治区直辖县级行政单位, 省直辖行政单位, 林区, 市), prefecture-level names
without a 市/地区/盟/自治州 suffix (in stdnum 2.2 only ``442100`` 海南行政区),
and rows left with no name at all (``659000``, whose only name is a
placeholder). Rows keep the order of their first entry in the data; names keep
the data's order.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from beianrules.errors import LocDataError

if TYPE_CHECKING:
    from stdnum.numdb import NumDB

__all__ = ["LocDataError", "Row", "derive_rows", "division_names", "divisions", "rows"]

PLACEHOLDER_NAMES = frozenset({
    "市辖区", "县", "省直辖县级行政单位", "自治区直辖县级行政单位", "省直辖行政单位", "林区", "市",
})
PREFECTURE_SUFFIXES = ("市", "地区", "盟", "自治州")
EXCLUDED_PROVINCES = frozenset({"71", "81", "82"})  # Taiwan, Hong Kong, Macao


class Row(NamedTuple):
    code: str
    current: tuple[str, ...]
    former: tuple[str, ...]
    counties: tuple[str, ...]
    former_counties: tuple[str, ...]


@functools.cache
def rows() -> tuple[Row, ...]:
    """The rows derived from the installed python-stdnum (computed once)."""
    from stdnum import numdb

    return derive_rows(numdb.get("cn/loc"))


# One name of a ``county="…"`` value: ``[start-end]`` (either year optional) and the name.
_NAME = re.compile(r"(?:\[(?:\d{4})?-(\d{4})?\])?([^\s\[\],]+)")


def _names(value: str, where: str) -> list[tuple[str, bool]]:
    """``(name, is_current)`` for each name of a ``county="…"`` value."""
    result = []
    for part in value.split(","):
        match = _NAME.fullmatch(part)
        if match is None:
            raise LocDataError(f"cn/loc {where}: unexpected name {part!r}")
        end, name = match.groups()
        result.append((name, not end))
    return result


def division_names(db: NumDB) -> dict[str, list[tuple[str, bool]]]:
    """Every mainland six-digit code of a parsed cn/loc database with its names as ``(name, is_current)``, in
    the table's order, placeholders included; a province's own ``XX0000`` row starts with the province's name.
    Raises :class:`LocDataError` for a layout this module does not know."""
    names: dict[str, list[tuple[str, bool]]] = {}
    for length, low, high, props, children in db.prefixes:
        if length != 2 or low != high or "province" not in props:
            raise LocDataError(
                f"cn/loc: top-level entry {low!r} is not a two-digit province; "
                "python-stdnum >= 2.2 (historical layout) is required"
            )
        if low in EXCLUDED_PROVINCES:
            continue
        for sub_length, sub, sub_high, sub_props, grandchildren in children:
            where = low + sub
            if sub_length != 4 or sub != sub_high or "county" not in sub_props or grandchildren:
                raise LocDataError(f"cn/loc {where}: not a four-digit county entry")
            own = [(props["province"], True)] if sub == "0000" else []
            names[where] = own + _names(sub_props["county"], where)
    return names


@functools.cache
def divisions() -> dict[str, list[tuple[str, bool]]]:
    """:func:`division_names` of the installed python-stdnum (computed once)."""
    from stdnum import numdb

    return division_names(numdb.get("cn/loc"))


def derive_rows(db: NumDB) -> tuple[Row, ...]:
    """Apply the module docstring's rules to a parsed cn/loc database."""
    table: dict[str, tuple[dict[str, None], ...]] = {}  # code -> 4 ordered name sets

    def row(code: str) -> tuple[dict[str, None], ...]:
        names = table.get(code)
        if names is None:
            names = table[code] = ({}, {}, {}, {})
        return names

    for where, all_names in division_names(db).items():
        low, sub = where[:2], where[2:]
        if sub == "0000":
            continue  # the province itself
        names = [(n, cur) for n, cur in all_names if n not in PLACEHOLDER_NAMES]
        yy, zz = sub[:2], sub[2:]
        if zz == "00":  # prefecture level (XX9000 only has placeholders)
            current, former, _, _ = row(where)
            for name, is_current in names:
                if name.endswith(PREFECTURE_SUFFIXES):
                    (current if is_current else former)[name] = None
        elif yy == "90":  # county-level unit directly under the province
            for name, is_current in names:
                if is_current:
                    row(where)[0][name] = None
                else:
                    row(low + "9000")[3][name] = None
        else:  # county level, under XXYY00 (XX0000 for XX00ZZ)
            _, _, counties, former_counties = row(low + yy + "00")
            for name, is_current in names:
                (counties if is_current else former_counties)[name] = None

    result = []
    for code, (current, former, counties, former_counties) in table.items():
        if not (current or former or counties or former_counties):
            continue
        result.append(Row(
            code,
            tuple(current),
            tuple(n for n in former if n not in current),
            tuple(counties),
            tuple(n for n in former_counties if n not in counties),
        ))
    return tuple(result)
