"""What every fact builder receives."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import attrs

from beianrules.model import Filing
from beianrules.provinces._schema import ProvinceParameters

if TYPE_CHECKING:
    from beianrules.registry import Registry


@attrs.frozen
class Context:
    filing: Filing
    as_of: _dt.date
    """The day the check is made for."""
    params: ProvinceParameters
    """The parameters of the bureau of ``order.province``."""
    registry: Registry | None = None
    """Other filings; None when the caller gave none (cross-filing rules stay silent)."""
