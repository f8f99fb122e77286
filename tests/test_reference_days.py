"""W4 months and working days, W8 age (beianrules.reference.days), at every boundary the readings name."""

from __future__ import annotations

import datetime as dt

import pytest

from beianrules.model import LONG_TERM
from beianrules.reference.days import (
    WorkingDays,
    add_months,
    age_on,
    fewer_months_remain,
    is_workday,
    working_days_at_most,
    working_days_between,
    working_days_more_than,
)

D = dt.date

# The first year the installed chinese-calendar does not cover (2027 for 1.11.0, whose data ends with 2026).
# Tests of the coverage edge use it, so that a release adding years moves the edge instead of breaking them.
FIRST_UNKNOWN_YEAR = next(year for year in range(2026, 2200) if is_workday(D(year, 6, 1)) is None)
written_for_1_11 = pytest.mark.skipif(
    FIRST_UNKNOWN_YEAR != 2027, reason="written against chinese-calendar 1.11.0, whose data ends with 2026"
)


# ---- add_months (W4 "Months") ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # W4's example: clamped to February's last day
        (D(2026, 8, 31), 3, D(2026, 11, 30)),  # W4's example: clamped to November's last day
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # leap year: clamped to 29 February
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2026, 1, 15), 3, D(2026, 4, 15)),   # the same day of the month when it exists
        (D(2026, 1, 31), 0, D(2026, 1, 31)),
        (D(2026, 5, 31), -3, D(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_last_day_of_the_month(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_add_months_beyond_the_calendar_raises_overflow_error() -> None:
    with pytest.raises(OverflowError):
        add_months(D(9999, 12, 1), 1)
    with pytest.raises(OverflowError):
        add_months(D(1, 1, 31), -1)


# ---- fewer_months_remain (W4) ----------------------------------------------------------------------------------

def test_a_date_exactly_n_months_away_is_enough() -> None:
    assert fewer_months_remain(D(2027, 2, 28), D(2026, 11, 30), 3) is False


def test_one_day_short_of_n_months_fires() -> None:
    assert fewer_months_remain(D(2027, 2, 27), D(2026, 11, 30), 3) is True


def test_clamped_month_end_is_the_bound() -> None:
    # 2026-08-31 + 3 months is 2026-11-30: the 29th is short, the 30th is enough.
    assert fewer_months_remain(D(2026, 11, 29), D(2026, 8, 31), 3) is True
    assert fewer_months_remain(D(2026, 11, 30), D(2026, 8, 31), 3) is False
    assert fewer_months_remain(D(2026, 12, 1), D(2026, 8, 31), 3) is False


def test_long_term_never_expires() -> None:
    assert dt.date.max == LONG_TERM
    assert fewer_months_remain(LONG_TERM, D(2026, 11, 30), 3) is False
    # Even when the bound itself would lie beyond date.max.
    assert fewer_months_remain(LONG_TERM, D(9999, 12, 1), 3) is False


def test_a_bound_beyond_date_max_is_later_than_every_finite_date() -> None:
    assert fewer_months_remain(D(9999, 12, 30), D(9999, 12, 1), 3) is True


def test_an_already_expired_date_has_fewer_months_remaining() -> None:
    # Excluding expired documents is the rows' business (ID_EXPIRED's); the arithmetic stays plain.
    assert fewer_months_remain(D(2026, 1, 1), D(2026, 6, 1), 3) is True


# ---- is_workday (W4 "Working days") ----------------------------------------------------------------------------

def test_saturday_2026_10_10_is_a_make_up_working_day() -> None:
    assert D(2026, 10, 10).weekday() == 5
    assert is_workday(D(2026, 10, 10)) is True


def test_sunday_2026_09_20_is_a_make_up_working_day() -> None:
    assert D(2026, 9, 20).weekday() == 6
    assert is_workday(D(2026, 9, 20)) is True


@pytest.mark.parametrize("day", [D(2026, 10, 1) + dt.timedelta(days=offset) for offset in range(7)])
def test_national_day_holidays_are_off(day: dt.date) -> None:
    assert is_workday(day) is False


def test_national_day_weekdays_are_off_although_they_are_weekdays() -> None:
    assert D(2026, 10, 5).weekday() == 0
    assert is_workday(D(2026, 10, 5)) is False


def test_ordinary_days() -> None:
    assert is_workday(D(2026, 10, 8)) is True    # Thursday after the holiday
    assert is_workday(D(2026, 10, 11)) is False  # an ordinary Sunday
    assert is_workday(D(2026, 11, 23)) is True   # an ordinary Monday


@pytest.mark.parametrize("day", [D(2040, 1, 2), D(FIRST_UNKNOWN_YEAR, 1, 4), D(2003, 12, 31), LONG_TERM])
def test_a_day_beyond_the_calendar_is_unknown_never_a_guessed_weekday(day: dt.date) -> None:
    assert is_workday(day) is None


# ---- working_days_between (W4: days x with a < x <= b) ---------------------------------------------------------

def test_the_start_day_is_excluded_and_the_end_day_included() -> None:
    # Monday 2026-11-23 → Thursday 2026-11-26: Tuesday, Wednesday, Thursday.
    assert working_days_between(D(2026, 11, 23), D(2026, 11, 26)) == WorkingDays(known=3, unknown_days=0)
    assert working_days_between(D(2026, 11, 23), D(2026, 11, 24)) == WorkingDays(known=1, unknown_days=0)


def test_an_empty_range_has_no_days() -> None:
    assert working_days_between(D(2026, 11, 23), D(2026, 11, 23)) == WorkingDays(0, 0)
    assert working_days_between(D(2026, 11, 26), D(2026, 11, 23)) == WorkingDays(0, 0)


def test_the_national_day_week_counts_its_make_up_days() -> None:
    # 2026-09-30 (Wed) → 2026-10-11 (Sun): 10-01…10-07 off, 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up) on.
    assert working_days_between(D(2026, 9, 30), D(2026, 10, 11)) == WorkingDays(known=3, unknown_days=0)


@written_for_1_11
def test_days_beyond_the_calendar_are_counted_as_unknown() -> None:
    # 2026-12-28 (Mon) → 2027-01-03: 12-29, 12-30, 12-31 are known working days, three 2027 days unknown.
    assert working_days_between(D(2026, 12, 28), D(2027, 1, 3)) == WorkingDays(known=3, unknown_days=3)


def test_the_coverage_edge_splits_a_range_into_known_and_unknown_days() -> None:
    last_known_year = FIRST_UNKNOWN_YEAR - 1
    december_end = [D(last_known_year, 12, day) for day in (29, 30, 31)]
    assert all(is_workday(day) is not None for day in december_end)
    expected_known = sum(is_workday(day) is True for day in december_end)
    assert working_days_between(D(last_known_year, 12, 28), D(FIRST_UNKNOWN_YEAR, 1, 3)) == WorkingDays(
        known=expected_known, unknown_days=3
    )


def test_a_range_wholly_beyond_the_calendar() -> None:
    assert working_days_between(D(2040, 1, 1), D(2040, 1, 10)) == WorkingDays(known=0, unknown_days=9)


def test_a_range_to_long_term_is_cheap_and_counts_every_later_day_as_unknown() -> None:
    last_known_day = D(FIRST_UNKNOWN_YEAR - 1, 12, 31)
    counted = working_days_between(last_known_day - dt.timedelta(days=1), LONG_TERM)
    assert counted.known == (is_workday(last_known_day) is True)
    assert counted.unknown_days == (LONG_TERM - last_known_day).days


def test_counting_by_year_agrees_with_asking_day_by_day() -> None:
    start, end = D(FIRST_UNKNOWN_YEAR - 2, 12, 1), D(FIRST_UNKNOWN_YEAR, 1, 20)
    days = [start + dt.timedelta(days=offset) for offset in range(1, (end - start).days + 1)]
    answers = [is_workday(day) for day in days]
    assert working_days_between(start, end) == WorkingDays(
        known=sum(answer is True for answer in answers), unknown_days=sum(answer is None for answer in answers)
    )


# ---- working_days_at_most / working_days_more_than (W4's two readings of unknown days) ----------------------

def test_at_most_reads_domain_not_real_name_example() -> None:
    # DOMAIN_NOT_REAL_NAME: verified Monday 2026-11-23, "fewer than 3 working days" = at most 2:
    # Tuesday and Wednesday still fire, Thursday is the first day that passes.
    verified = D(2026, 11, 23)
    assert working_days_at_most(verified, D(2026, 11, 24), 2) is True
    assert working_days_at_most(verified, D(2026, 11, 25), 2) is True
    assert working_days_at_most(verified, D(2026, 11, 26), 2) is False


def test_at_most_over_a_holiday_counts_only_working_days() -> None:
    # Verified on 2026-09-30: the holiday week adds nothing until Thursday 10-08.
    assert working_days_at_most(D(2026, 9, 30), D(2026, 10, 7), 2) is True
    assert working_days_at_most(D(2026, 9, 30), D(2026, 10, 9), 2) is True
    assert working_days_at_most(D(2026, 9, 30), D(2026, 10, 10), 2) is False  # Saturday make-up day is the 3rd


def test_at_most_is_unknown_for_days_the_calendar_does_not_cover() -> None:
    assert working_days_at_most(D(2040, 1, 1), D(2040, 1, 2), 2) is None
    assert working_days_at_most(D(FIRST_UNKNOWN_YEAR - 1, 12, 31), D(FIRST_UNKNOWN_YEAR, 1, 1), 0) is None


@written_for_1_11
def test_at_most_is_unknown_when_any_day_is_unknown() -> None:
    assert working_days_at_most(D(2026, 12, 30), D(2027, 1, 2), 2) is None   # 1 known + 2 unknown days
    assert working_days_at_most(D(2026, 12, 30), D(2026, 12, 31), 2) is True  # the same, inside 2026
    assert working_days_at_most(D(2040, 1, 1), D(2040, 1, 2), 2) is None


@written_for_1_11
def test_at_most_is_false_when_the_known_days_alone_exceed_the_limit() -> None:
    # 12-29, 12-30, 12-31 are already 3 > 2 working days: certainly not small, whatever 2027 holds.
    assert working_days_at_most(D(2026, 12, 28), D(2027, 1, 3), 2) is False


@written_for_1_11
def test_more_than_counts_known_days_as_a_lower_bound() -> None:
    assert working_days_more_than(D(2026, 12, 28), D(2027, 1, 3), 2) is True   # 3 known
    assert working_days_more_than(D(2026, 12, 28), D(2027, 1, 3), 3) is False  # 3 known: not yet more
    assert working_days_more_than(D(2040, 1, 1), D(2040, 12, 31), 0) is False  # nothing known


def test_more_than_60_working_days_the_61st_is_too_late() -> None:
    # GD_COMMITMENT_LETTER_STALE reading: find the day with exactly 60 working days after signing.
    signed = D(2026, 3, 2)
    day, seen = signed, 0
    while seen < 60:
        day += dt.timedelta(days=1)
        seen += is_workday(day) is True
    assert working_days_more_than(signed, day, 60) is False
    next_working_day = day + dt.timedelta(days=1)
    while is_workday(next_working_day) is not True:
        assert working_days_more_than(signed, next_working_day, 60) is False
        next_working_day += dt.timedelta(days=1)
    assert working_days_more_than(signed, next_working_day, 60) is True


# ---- age_on (W8) -----------------------------------------------------------------------------------------------

def test_age_turns_on_the_birthday() -> None:
    birth = D(2008, 5, 20)
    assert age_on(birth, D(2026, 5, 19)) == 17
    assert age_on(birth, D(2026, 5, 20)) == 18


def test_a_29_february_birthday_is_reached_on_1_march_in_other_years() -> None:
    birth = D(2008, 2, 29)
    assert age_on(birth, D(2026, 2, 28)) == 17
    assert age_on(birth, D(2026, 3, 1)) == 18
    assert age_on(birth, D(2028, 2, 28)) == 19
    assert age_on(birth, D(2028, 2, 29)) == 20  # a leap year has the day itself


def test_age_on_the_birth_day_is_zero() -> None:
    assert age_on(D(2026, 1, 1), D(2026, 1, 1)) == 0
