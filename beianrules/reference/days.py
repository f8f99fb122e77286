"""Calendar arithmetic of REASONS-WAVE1.md W4 (months, working days) and W8 (age).

Months come from ``dateutil.relativedelta`` and the Chinese statutory calendar
(public holidays off, make-up working days 调休上班 on) from ``chinese-calendar``;
neither is re-implemented here. The calendar only knows the years its release
ships (1.11.0: 2004–2026): a day outside them is *unknown*, never guessed from
its weekday, and every function below says what it does with unknown days.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

# Neither library ships type information (no py.typed, no stubs in the venv): setup.cfg's [mypy-...] sections
# let mypy import them untyped.
import chinese_calendar
from dateutil.relativedelta import relativedelta

from beianrules.model import LONG_TERM

__all__ = [
    "WorkingDays",
    "add_months",
    "age_on",
    "fewer_months_remain",
    "is_workday",
    "working_days_at_most",
    "working_days_between",
    "working_days_more_than",
]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` months later, clamped to that month's last day (W4).

    ``relativedelta(months=n)`` computes exactly W4's definition: 2026-11-30 + 3 → 2027-02-28,
    2026-08-31 + 3 → 2026-11-30. ``months`` may be negative.

    Raises :class:`OverflowError` when the result lies outside ``date.min`` … ``date.max``
    (dateutil raises ValueError there; OverflowError is what ``date + timedelta`` raises).
    """
    try:
        result: dt.date = day + relativedelta(months=months)
    except ValueError as error:  # "year 10000 is out of range"
        raise OverflowError(f"{day.isoformat()} + {months} months is not a representable date") from error
    return result


def fewer_months_remain(valid_until: dt.date, day: dt.date, months: int) -> bool:
    """Whether fewer than ``months`` months remain from ``day`` until ``valid_until`` (W4).

    W4: ``valid_until < add_months(day, months)``; a date exactly ``months`` months away is
    enough (False). ``LONG_TERM`` (长期, ``date.max``) never expires and is always far enough
    away (False). When ``add_months(day, months)`` lies beyond ``date.max`` every other
    ``valid_until`` is earlier than it (True); when it lies before ``date.min`` none is (False).
    Whether ``valid_until`` has already passed is not this function's concern (the rows that
    use it exclude expired documents themselves).
    """
    if valid_until == LONG_TERM:
        return False
    try:
        bound = add_months(day, months)
    except OverflowError:
        return months > 0
    return valid_until < bound


def is_workday(day: dt.date) -> bool | None:
    """Whether ``day`` is a working day of the Chinese statutory calendar (W4); None when unknown.

    True on ordinary weekdays and on make-up working days (Saturday 2026-10-10), False on
    weekends and public holidays (National Day 2026-10-01 … 10-07). None when the installed
    ``chinese-calendar`` does not cover ``day`` (it raises NotImplementedError): the weekday
    alone would misjudge every holiday, so nothing is guessed.
    """
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


class WorkingDays(NamedTuple):
    """The working days of a range (W4): ``known`` = days the calendar calls working days,
    ``unknown_days`` = days it does not cover (each of which may or may not be one)."""

    known: int
    unknown_days: int


def working_days_between(start: dt.date, end: dt.date) -> WorkingDays:
    """Working days from ``start`` to ``end`` (W4): the days ``x`` with ``start < x <= end`` and ``is_workday(x)``.

    ``known`` counts the days the calendar calls working days; ``unknown_days`` counts the days
    it does not cover. An empty range (``end <= start``) is ``WorkingDays(0, 0)``.

    The range is walked one calendar year at a time, and a year whose first day in the range
    is unknown is counted unknown as a whole without asking day by day: chinese-calendar's
    coverage is a range of whole years (it raises for "no available data for year …"), and
    this keeps a range that ends at ``LONG_TERM`` (``date.max``) cheap.
    """
    if end <= start:
        return WorkingDays(known=0, unknown_days=0)
    known = 0
    unknown = 0
    day = start + dt.timedelta(days=1)  # start < end <= date.max: no overflow
    while True:
        chunk_end = min(dt.date(day.year, 12, 31), end)
        days_in_chunk = (chunk_end - day).days + 1
        if is_workday(day) is None:
            unknown += days_in_chunk
        else:
            for offset in range(days_in_chunk):
                workday = is_workday(day + dt.timedelta(days=offset))
                if workday is None:
                    unknown += 1
                elif workday:
                    known += 1
        if chunk_end == end:
            break
        day = chunk_end + dt.timedelta(days=1)
    return WorkingDays(known=known, unknown_days=unknown)


def working_days_at_most(start: dt.date, end: dt.date, limit: int) -> bool | None:
    """Whether at most ``limit`` working days lie from ``start`` to ``end``: for rows firing on a SMALL count (W4).

    W4: such a row is silent if any day of the range is unknown. The result is None then —
    unless the known working days alone already exceed ``limit``, in which case the count is
    certainly not small and the answer is False (the row is silent either way). "Fewer than
    3 working days" is ``working_days_at_most(start, end, 2)``.
    """
    count = working_days_between(start, end)
    if count.known > limit:
        return False
    if count.unknown_days:
        return None
    return True


def working_days_more_than(start: dt.date, end: dt.date, limit: int) -> bool:
    """Whether more than ``limit`` working days lie from ``start`` to ``end``: for rows firing on a LARGE count (W4).

    W4: unknown days are not counted; the known working days are a lower bound, and the answer
    is True only if that lower bound already exceeds ``limit``. "More than 60 working days"
    (the 61st working day is too late) is ``working_days_more_than(start, end, 60)``.
    """
    return working_days_between(start, end).known > limit


def age_on(birth: dt.date, day: dt.date) -> int:
    """Age in whole years at ``day`` of a person born on ``birth`` (W8).

    ``day.year − birth.year − ((day.month, day.day) < (birth.month, birth.day))``: the birthday
    of someone born on 29 February is reached on 1 March in years without one. Negative when
    ``day`` is before ``birth`` (callers take ``birth`` from a valid resident ID, which is never
    after the check day).
    """
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
