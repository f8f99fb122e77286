"""Nationality and place-of-issue codes (FORMAT 1.1, "Nationality and place-of-issue codes").

``CN`` is mainland China; ``HK``, ``MO`` and ``TW`` are residents of Hong Kong,
Macao and Taiwan; any other code is that country (foreign). The codes are the
249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency,
as of 2024): withdrawn codes (``AN``, ``CS``), user-assigned ones (``XK``,
``AA``, ``QM``–``QZ``, ``XA``–``XZ``, ``ZZ``) and reserved ones (``EU``, ``UK``)
are not nationalities a document may give.
"""

from __future__ import annotations

from typing import Final

ASSIGNED_CODES: Final[frozenset[str]] = frozenset({
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
})

MAINLAND: Final = "CN"
HK_MACAO_TAIWAN: Final[frozenset[str]] = frozenset({"HK", "MO", "TW"})


def is_foreign(code: str) -> bool:
    """Whether a nationality code names a foreign country (none of CN, HK, MO, TW)."""
    return code != MAINLAND and code not in HK_MACAO_TAIWAN


# Which nationalities an ID type admits (FORMAT 1.1 group D, `nationality` validation); a passport admits any.
_NATIONALITIES_OF_ID_TYPE: Final[dict[str, frozenset[str] | None]] = {
    "resident_id": frozenset({MAINLAND}),
    "temporary_resident_id": frozenset({MAINLAND}),
    "hk_macao_permit": frozenset({"HK", "MO"}),
    "taiwan_permit": frozenset({"TW"}),
    "residence_permit": HK_MACAO_TAIWAN,  # 港澳台居民居住证: the mainland 居住证 is an attachment, not an ID
    "foreign_permanent_residence": ASSIGNED_CODES - HK_MACAO_TAIWAN - {MAINLAND},
    "passport": None,
}


def agrees_with_id_type(nationality: str, id_type: str) -> bool:
    """Whether ``nationality`` is one an ID of ``id_type`` can be issued to."""
    admitted = _NATIONALITIES_OF_ID_TYPE.get(id_type)
    return admitted is None or nationality in admitted


def admitted_text(id_type: str) -> str:
    """What nationalities ``id_type`` admits, for an input error."""
    admitted = _NATIONALITIES_OF_ID_TYPE.get(id_type)
    if admitted is None:
        return "any"
    if id_type == "foreign_permanent_residence":
        return "a foreign country's code (not CN, HK, MO or TW)"
    return " or ".join(sorted(admitted))
