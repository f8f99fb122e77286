"""W8 ID and certificate numbers (beianrules.reference.idnumbers): ID keys, resident IDs, USCCs, certificate kinds."""

from __future__ import annotations

import datetime as dt
from typing import get_args

import pytest
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from beianrules.model import CertificateType, PersonIdType
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.reference.idnumbers import (
    USCC_ALPHABET,
    id_key,
    is_person_id,
    is_unit_certificate,
    resident_id_birth_date,
    resident_id_problem,
    uscc_problem,
)

AS_OF = dt.date(2026, 12, 1)


def resident_id(first_17: str) -> str:
    """A resident ID with GB 11643's check character appended (calc_check_digit ignores the 18th character)."""
    return first_17 + ric.calc_check_digit(first_17 + "0")


def credit_code(first_17: str) -> str:
    """A USCC with GB 32100's check character appended."""
    return first_17 + uscc.calc_check_digit(first_17)


# ---- id_key ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("11010519491231002x", "11010519491231002X"),
        (" 110105 19491231 002X ", "11010519491231002X"),
        ("110105-19491231-002X", "11010519491231002X"),
        ("110105\u201419491231\u2212002X", "11010519491231002X"),  # W5 hyphens: em dash, minus sign
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),  # full-width digits and letter
        ("91350100m000100y43", "91350100M000100Y43"),
        ("110105\x1c19491231\u2029002X\x85", "11010519491231002X"),  # what str.isspace() takes, control codes too
    ],
)
def test_id_key_removes_spaces_and_hyphens_and_upper_cases(written: str, key: str) -> None:
    assert id_key(written) == key


@pytest.mark.parametrize("blank", [None, "", "  ", "--", "\u3000-\u2010"])
def test_a_blank_number_has_no_key(blank: str | None) -> None:
    assert id_key(blank) is None


# ---- resident IDs ----------------------------------------------------------------------------------------------

def test_the_stdnum_documentation_example_is_valid() -> None:
    assert resident_id_problem("11010519491231002X", AS_OF) is None
    assert resident_id_birth_date("11010519491231002X", AS_OF) == dt.date(1949, 12, 31)


def test_a_valid_id_written_loosely_is_valid() -> None:
    for written in ("11010519491231002x", "110105 1949 1231 002X", "110105-19491231-002x"):
        assert resident_id_problem(written, AS_OF) is None
        assert resident_id_birth_date(written, AS_OF) == dt.date(1949, 12, 31)


@pytest.mark.parametrize(
    "number",
    ["1101051949123100", "1101051949123100200", "11010519491231002Y", "X1010519491231002X", "１１０１０５ABC"],
)
def test_shape_problems(number: str) -> None:
    assert resident_id_problem(number, AS_OF) == "shape"
    assert resident_id_birth_date(number, AS_OF) is None


def test_a_blank_number_is_a_shape_problem_for_callers_that_ask() -> None:
    assert resident_id_problem("", AS_OF) == "shape"
    assert resident_id_problem(None, AS_OF) == "shape"


def test_a_wrong_check_character_is_named() -> None:
    for wrong in "0123456789":
        assert resident_id_problem("1101051949123100" + "2" + wrong, AS_OF) == "check_digit"
    valid = resident_id("11010119900307001")
    assert valid[-1] == "1"
    assert resident_id_problem(valid[:-1] + "X", AS_OF) == "check_digit"
    assert resident_id_birth_date(valid[:-1] + "X", AS_OF) is None


def test_the_check_character_is_checked_before_the_birth_date() -> None:
    # Both wrong: the check character is named (the order resident_id_problem documents).
    assert resident_id_problem("11010119900230001" + "X", AS_OF) == "check_digit"


@pytest.mark.parametrize("birth", ["19900230", "19901301", "19900001", "00000101", "20260229"])
def test_a_birth_date_that_is_no_calendar_date(birth: str) -> None:
    number = resident_id(f"110101{birth}001")
    assert resident_id_problem(number, AS_OF) == "birth_date"
    assert resident_id_birth_date(number, AS_OF) is None


def test_a_birth_date_after_the_check_day_is_invalid_and_the_check_day_itself_is_not() -> None:
    assert resident_id_problem(resident_id("11010120261202001"), AS_OF) == "birth_date"
    assert resident_id_problem(resident_id("11010120261201001"), AS_OF) is None
    assert resident_id_birth_date(resident_id("11010120261201001"), AS_OF) == AS_OF


def test_a_29_february_birth_date_in_a_leap_year_is_real() -> None:
    number = resident_id("32010220080229123")
    assert resident_id_birth_date(number, AS_OF) == dt.date(2008, 2, 29)


@pytest.mark.parametrize("prefix", ["71", "81", "82", "83", "00", "10", "99", "16"])
def test_a_first_two_digits_outside_the_31_provinces(prefix: str) -> None:
    number = resident_id(f"{prefix}010119900307001")
    assert resident_id_problem(number, AS_OF) == "province_code"
    assert resident_id_birth_date(number, AS_OF) is None


@pytest.mark.parametrize("gb_code", sorted(province.gb_code for province in PROVINCE_NAMES.values()))
def test_every_province_code_is_accepted(gb_code: str) -> None:
    assert resident_id_problem(resident_id(f"{gb_code}010119900307001"), AS_OF) is None


def test_there_are_31_province_codes() -> None:
    assert len({province.gb_code for province in PROVINCE_NAMES.values()}) == 31


def test_the_county_code_is_not_judged() -> None:
    # 119999 is no county anywhere; an ID of a county newer than stdnum's table must still pass.
    assert resident_id_problem(resident_id("11999919900307001"), AS_OF) is None


def test_stdnum_rejects_the_unknown_county_that_w8_accepts() -> None:
    # Why the county code is W8's to skip: stdnum's own validate fails on it (python-stdnum 2.2 even raises
    # KeyError('county') instead of InvalidComponent for a county its table lacks under a known province).
    number = resident_id("11999919900307001")
    with pytest.raises((ValidationError, KeyError)):
        ric.validate(number)
    assert resident_id_problem(number, AS_OF) is None


# ---- USCC ------------------------------------------------------------------------------------------------------

def test_the_uscc_alphabet_is_stdnums() -> None:
    assert getattr(uscc, "_alphabet", USCC_ALPHABET) == USCC_ALPHABET
    assert len(USCC_ALPHABET) == 31
    assert not set("IOSVZ") & set(USCC_ALPHABET)


@pytest.mark.parametrize("number", ["91350100M000100Y43", "91350100m000100y43", "9135 0100 M000 100Y 43"])
def test_a_real_enterprise_code_is_valid(number: str) -> None:
    assert uscc_problem(number) is None


@pytest.mark.parametrize("first_17", ["N1320102MA1XY7123", "Y1110108MA01ABCD1", "A1110000MB1234567"])
def test_codes_of_authorities_n_y_and_a_are_valid(first_17: str) -> None:
    number = credit_code(first_17)
    assert uscc_problem(number) is None
    # stdnum's validate wrongly requires positions 1–2 to be digits: that is why W8 does not use it.
    with pytest.raises(ValidationError):  # InvalidFormat
        uscc.validate(number)


def test_the_n_code_is_what_calc_check_digit_gives() -> None:
    assert credit_code("N1320102MA1XY7123") == "N1320102MA1XY7123L"
    assert uscc_problem("N1320102MA1XY7123L") is None
    assert uscc_problem("N1320102MA1XY7123M") == "check_digit"


@pytest.mark.parametrize(
    "number",
    [
        "",
        None,
        "91350100M000100Y4",     # 17 characters
        "91350100M000100Y433",   # 19 characters
        "91350A00M000100Y43",    # a letter among positions 3–8
        "9I350100M000100Y43",    # I is not in the alphabet
        "91350100M000100O43",    # O is not in the alphabet
        "91350100M000100Y4Z",    # Z is not in the alphabet, even as the check character
    ],
)
def test_uscc_shape_problems(number: str | None) -> None:
    assert uscc_problem(number) == "shape"


def test_a_wrong_uscc_check_character() -> None:
    assert uscc_problem("91350100M000100Y44") == "check_digit"
    assert uscc_problem("91350100M000100Y4A") == "check_digit"


# ---- certificate kinds -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "certificate_type",
    [
        "business_license", "public_institution_certificate", "social_group_certificate", "organization_code",
        "other_certificate",
    ],
)
def test_unit_certificates(certificate_type: str) -> None:
    assert is_unit_certificate(certificate_type)
    assert not is_person_id(certificate_type)


@pytest.mark.parametrize("id_type", list(get_args(PersonIdType)))
def test_person_ids(id_type: str) -> None:
    assert is_person_id(id_type)
    assert not is_unit_certificate(id_type)


def test_every_certificate_type_is_exactly_one_kind() -> None:
    for certificate_type in get_args(CertificateType):
        assert is_unit_certificate(certificate_type) != is_person_id(certificate_type)


def test_the_person_id_types_are_formats() -> None:
    assert set(get_args(PersonIdType)) == {
        "resident_id", "passport", "hk_macao_permit", "taiwan_permit", "foreign_permanent_residence",
        "residence_permit",
    }


@pytest.mark.parametrize("other", [None, "", "unknown", "BUSINESS_LICENSE"])
def test_other_values_are_neither(other: str | None) -> None:
    assert not is_unit_certificate(other)
    assert not is_person_id(other)
