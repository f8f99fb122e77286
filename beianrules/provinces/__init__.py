"""Per-province filing parameters and rules, one module per bureau.

``beianrules.provinces.<code>`` (``bj``, ``tj``, … ``xj``) defines
``PARAMETERS`` (:class:`~beianrules.provinces._base.ProvinceParameters`) and
``RULES`` (rules only that bureau applies). Modules are imported lazily, on
first use.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from beianrules.provinces._base import ProvinceParameters
from beianrules.provinces._table import PROVINCE_CODES

__all__ = [
    "PROVINCE_CODES",
    "UnknownProvinceError",
    "all_parameters",
    "parameters",
    "province_module",
    "province_rules",
]


class UnknownProvinceError(KeyError):
    """Raised for a code that is not one of the 31 two-letter province codes."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "unknown province"


def _normalise(code: str) -> str:
    key = code.strip().upper() if isinstance(code, str) else code
    if key not in PROVINCE_CODES:
        raise UnknownProvinceError(
            f"unknown province code {code!r}; expected one of: {' '.join(PROVINCE_CODES)}"
        )
    return key


def province_module(code: str) -> ModuleType:
    """The module ``beianrules.provinces.<code lowercase>`` for a two-letter code (e.g. ``"ZJ"``)."""
    return importlib.import_module(f"{__name__}.{_normalise(code).lower()}")


def parameters(code: str) -> ProvinceParameters:
    """The province's :class:`ProvinceParameters`."""
    return province_module(code).PARAMETERS


def all_parameters() -> dict[str, ProvinceParameters]:
    """Every province's parameters, keyed by code, in ``PROVINCE_CODES`` order."""
    return {code: parameters(code) for code in PROVINCE_CODES}


def province_rules(code: str) -> tuple:
    """The rules only this province applies (the module's ``RULES``)."""
    return tuple(province_module(code).RULES)
