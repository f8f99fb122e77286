"""Per-province filing parameters, one data module per bureau.

``beianrules.provinces.<code>`` (``bj``, ``tj``, … ``xj``) defines
``PARAMETERS`` (:class:`~beianrules.provinces._schema.ProvinceParameters`):
sourced values, conflicts written down, documents the bureau requires. The
modules import nothing but the schema; the rules that read them live in
``beianrules.rulebook``. Modules are imported lazily, on first use.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from beianrules.errors import UnknownProvinceError
from beianrules.provinces._schema import ProvinceParameters
from beianrules.provinces._table import PROVINCE_CODES

__all__ = [
    "PROVINCE_CODES",
    "UnknownProvinceError",
    "all_parameters",
    "parameters",
    "province_module",
]


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
    params: ProvinceParameters = province_module(code).PARAMETERS
    return params


def all_parameters() -> dict[str, ProvinceParameters]:
    """Every province's parameters, keyed by code, in ``PROVINCE_CODES`` order."""
    return {code: parameters(code) for code in PROVINCE_CODES}
