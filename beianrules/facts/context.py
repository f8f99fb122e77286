"""What every fact builder receives."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from beianrules.finding import Fact
from beianrules.model import Filing
from beianrules.provinces._schema import ProvinceParameters

if TYPE_CHECKING:
    from beianrules.registry import Registry


def bureau_day(filing: Filing, as_of: _dt.date) -> _dt.date | None:
    """REASONS-WAVE1 W4's ``R``: for an order in ``authority_review`` the day it reached the bureau (None when not
    given: unknown, and every rule measuring at ``R`` is silent); for every other status, the check day."""
    if filing.order.status == "authority_review":
        return filing.order.submitted_to_authority_on
    return as_of


@attrs.frozen
class Context:
    filing: Filing
    as_of: _dt.date
    """The day the check is made for."""
    params: ProvinceParameters
    """The parameters of the bureau of ``order.province``."""
    registry: Registry | None = None
    """Other filings; None when the caller gave none (cross-filing rules stay silent)."""
    kinds: frozenset[str] | None = None
    """The fact kinds the check reads (None: all); a builder may skip the work of any other kind."""

    def wants(self, *kinds: str) -> bool:
        """Whether the check reads a fact of any of ``kinds``."""
        return self.kinds is None or not self.kinds.isdisjoint(kinds)

    def built(self, builders: Iterable[tuple[tuple[str, ...], Callable[[], list[Fact]]]]) -> list[Fact]:
        """The facts of each ``(kinds it makes, builder)`` whose kinds the check reads; the others are not run
        (an audit reads few of a module's kinds)."""
        return [fact for kinds, build in builders if self.wants(*kinds) for fact in build()]
