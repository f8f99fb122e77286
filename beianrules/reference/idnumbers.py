"""ID and certificate numbers of REASONS-WAVE1.md W8: ID keys, resident IDs, USCCs, certificate kinds.

Check characters come from python-stdnum (``stdnum.cn.ric`` for GB 11643 resident
IDs, ``stdnum.cn.uscc`` for GB 32100 unified social credit codes), province
codes from :data:`beianrules.provinces._table.PROVINCE_NAMES`, and certificate
kinds from the ``Literal`` types of :mod:`beianrules.model`.

Every number is judged by its *ID key* (W8), so a number written with inner
spaces, hyphens, full-width digits or a lower-case ``x`` is judged as the number
it spells — the reading under which fewer numbers are called invalid.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Final, Literal, get_args

from stdnum.cn import ric, uscc

from beianrules.model import CertificateType, PersonIdType
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.reference.text import normalise_hyphens

__all__ = [
    "USCC_ALPHABET",
    "ResidentIdProblem",
    "UsccProblem",
    "id_key",
    "is_person_id",
    "is_unit_certificate",
    "resident_id_birth_date",
    "resident_id_problem",
    "uscc_problem",
]

ResidentIdProblem = Literal["shape", "check_digit", "birth_date", "province_code"]
"""What makes a resident ID number invalid (W8)."""
UsccProblem = Literal["shape", "check_digit"]
"""What makes a unified social credit code (USCC) invalid (W8)."""

# W8 "Resident-ID shape": 17 digits then a digit or X. ASCII digits only: the key is NFKC, so
# full-width digits are already ASCII, and GB 11643 knows no other digits.
_RESIDENT_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]")

# The 31 mainland province prefixes (GB/T 2260), from the package's one province table.
_PROVINCE_GB_CODES: Final = frozenset(province.gb_code for province in PROVINCE_NAMES.values())

# GB 32100's 31-character code alphabet (digits and the capitals without I O S V Z), as W8 states
# it. stdnum keeps the same string private (stdnum.cn.uscc._alphabet); a test checks they agree.
USCC_ALPHABET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters of a USCC (GB 32100: digits and capitals without I, O, S, V, Z)."""
_USCC_CODE_CHARACTER = f"[{USCC_ALPHABET}]"
# W8 "USCC shape": positions 1–2 (registration authority, entity kind) and 9–18 (organisation
# code and check character) from the alphabet, positions 3–8 (administrative division) digits.
_USCC_SHAPE = re.compile(f"{_USCC_CODE_CHARACTER}{{2}}[0-9]{{6}}{_USCC_CODE_CHARACTER}{{10}}")

_PERSON_ID_TYPES: Final[frozenset[str]] = frozenset(get_args(PersonIdType))
# W8's unit certificates are exactly the certificate types that are not a person's ID type.
_UNIT_CERTIFICATE_TYPES: Final[frozenset[str]] = frozenset(get_args(CertificateType)) - _PERSON_ID_TYPES


@functools.lru_cache(maxsize=8192)  # one check keys the same few numbers many times
def id_key(number: str | None) -> str | None:
    """The W8 *ID key* of an ID or certificate number: NFKC, white space and hyphens removed, upper-case.

    Hyphens are W5's (``-`` and U+2010–U+2015, U+2212, U+FE63), so a final ``x`` becomes ``X``
    and ``110101-1990…`` equals ``1101011990…``. None when nothing is left (not given).
    """
    if number is None:
        return None
    key = "".join(normalise_hyphens(number).split())  # split() breaks at exactly what str.isspace() takes
    return key.replace("-", "").upper() or None


def _birth_date(key: str) -> dt.date | None:
    try:
        return dt.date(int(key[6:10]), int(key[10:12]), int(key[12:14]))
    except ValueError:  # 19900230, month 13, year 0000: not a calendar date
        return None


def resident_id_problem(number: str | None, as_of: dt.date) -> ResidentIdProblem | None:
    """What makes ``number`` not a *valid resident ID* (W8) at the check day ``as_of``; None when it is valid.

    Judged on the ID key, in this order, the first failing test named:

    - ``"shape"`` — not 17 digits then a digit or ``X`` (a blank number too: callers treat a
      blank number as not given, ``id_key`` is None, and do not ask);
    - ``"check_digit"`` — the 18th character is not GB 11643's check character
      (``stdnum.cn.ric.calc_check_digit``, given all 18 characters: it ignores the last);
    - ``"birth_date"`` — characters 7–14 are not a real calendar date, or one after ``as_of``;
    - ``"province_code"`` — the first two digits are not one of the 31 mainland province codes.

    The county code (characters 3–6) is not judged: stdnum's historical division table may lag
    behind newly created counties, and an ID issued there is valid.
    """
    key = id_key(number)
    if key is None or not _RESIDENT_ID_SHAPE.fullmatch(key):
        return "shape"
    if ric.calc_check_digit(key) != key[17]:
        return "check_digit"
    birth = _birth_date(key)
    if birth is None or birth > as_of:
        return "birth_date"
    if key[:2] not in _PROVINCE_GB_CODES:
        return "province_code"
    return None


def resident_id_birth_date(number: str | None, as_of: dt.date) -> dt.date | None:
    """The birth date (characters 7–14) of ``number`` if it is a valid resident ID at ``as_of`` (W8), else None.

    W8 takes birth dates and ages from valid resident IDs only; a number with any problem of
    :func:`resident_id_problem` gives None, and so does every other ID type.
    """
    if resident_id_problem(number, as_of) is not None:
        return None
    key = id_key(number)
    assert key is not None  # a valid ID has a key
    return _birth_date(key)


def uscc_problem(number: str | None) -> UsccProblem | None:
    """What makes ``number`` not a *valid USCC* (统一社会信用代码, W8); None when it is valid.

    Judged on the ID key: ``"shape"`` — not 18 characters of W8's USCC shape (a blank number
    too); ``"check_digit"`` — the 18th character is not GB 32100's check character
    (``stdnum.cn.uscc.calc_check_digit``). ``stdnum.cn.uscc.validate`` is deliberately not used:
    it requires positions 1–2 to be digits and so rejects real codes issued by the registration
    authorities ``A``, ``N`` and ``Y``.
    """
    key = id_key(number)
    if key is None or not _USCC_SHAPE.fullmatch(key):
        return "shape"
    if uscc.calc_check_digit(key[:17]) != key[17]:
        return "check_digit"
    return None


def is_unit_certificate(certificate_type: str | None) -> bool:
    """Whether ``entity.certificate.type`` is a *unit certificate* (W8).

    The unit certificate types are FORMAT's certificate types that are not a person's ID type
    (``business_license``, ``public_institution_certificate``, ``social_group_certificate``,
    ``organization_code``, ``other_certificate``), read from :mod:`beianrules.model`'s
    ``CertificateType`` and ``PersonIdType``. None (not given) is not one.
    """
    return certificate_type in _UNIT_CERTIFICATE_TYPES


def is_person_id(certificate_type: str | None) -> bool:
    """Whether a certificate or ID document type is a *person ID*: one of FORMAT's ``id_document.type`` values (W8)."""
    return certificate_type in _PERSON_ID_TYPES
