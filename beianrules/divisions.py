"""Six-digit GB/T 2260 division codes and their names, for ``entity.region`` (FORMAT 1.1 group H).

Read once, at first use, from the same table the address look-ups use: python-stdnum's ``cn/loc``
(the division codes with their history, current and former names), parsed once by
:func:`beianrules._region_data.divisions`. Only the 31 mainland provincial-level divisions are kept.
A code is *known* when the table lists it, current or former; a name resolves to the codes that
carry it at one level (province ``XX0000``, prefecture-level city ``XXYY00``, county level
``XXYYZZ``) inside a code prefix — current names first, former names only when no current name
matches. Placeholder rows (``市辖区``, ``县``, ``省直辖县级行政单位``) are city-level codes that a code may name,
never names a district resolves to; a municipality's own name (``北京市``) names its ``XX0100`` city
level, as region pickers show it.
"""

from __future__ import annotations

import functools
from typing import Final, Literal

import attrs

from beianrules import _region_data

Level = Literal["province", "city", "district"]

_PLACEHOLDERS: Final = frozenset({
    "市辖区", "县", "省直辖县级行政单位", "自治区直辖县级行政单位", "省直辖行政单位", "林区", "市", "市区", "郊区",
})
_MUNICIPALITIES: Final = frozenset({"11", "12", "31", "50"})


@attrs.frozen
class DivisionRow:
    code: str
    current: tuple[str, ...]
    former: tuple[str, ...]


def level_of(code: str) -> Level:
    """The level a six-digit code's shape says: ``XX0000`` province, ``XXYY00`` city, else district."""
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "district"


@functools.cache
def _table() -> dict[str, DivisionRow]:
    table: dict[str, DivisionRow] = {}
    for code, names in _region_data.divisions().items():
        current = [name for name, is_current in names if is_current]
        former = [name for name, is_current in names if not is_current]
        table[code] = DivisionRow(code, tuple(dict.fromkeys(current)),
                                  tuple(n for n in dict.fromkeys(former) if n not in current))
    return table


def known(code: str) -> bool:
    """Whether the table lists the six-digit ``code`` (current or former)."""
    return code in _table()


def name_of(code: str) -> str | None:
    """The current (else latest former) name of ``code``."""
    row = _table().get(code)
    if row is None:
        return None
    names = row.current or row.former
    return names[0] if names else None


def resolve(name: str, level: Level, within: str) -> list[str]:
    """The codes of ``level`` under the code prefix ``within`` (``"32"``, ``"3201"``) that ``name`` names."""
    candidates = [row for code, row in _table().items() if code.startswith(within) and level_of(code) == level]
    if level == "district":
        candidates = [row for row in candidates if name not in _PLACEHOLDERS]
    for current in (True, False):
        found = [row.code for row in candidates if name in (row.current if current else row.former)]
        if found:
            return found
    if level == "city" and within[:2] in _MUNICIPALITIES and within[:2] + "0100" in _table():
        province = _table().get(within[:2] + "0000")
        if province is not None and name in (*province.current, *province.former):
            return [within[:2] + "0100"]
    return []
