"""Text normalisation of REASONS-WAVE1.md W5: NFKC, name keys, Han characters, hyphens, *contains*.

Every text compared or measured is NFKC-normalised first (``unicodedata``), so
full-width letters, digits and brackets are ASCII (``（`` → ``(``). Scripts come
from the ``regex`` module's Unicode database (``\\p{Han}``, ``\\p{Latin}``), so
no character list is kept here beyond the separators and hyphens W5 itself names.
"""

from __future__ import annotations

import functools
import unicodedata

import regex  # type: ignore[import-untyped]  # no py.typed and no stubs installed

__all__ = ["contains", "han_count", "name_key", "nfkc", "normalise_hyphens"]

# W5 "Name key": these separators in a name all read as U+00B7 MIDDLE DOT. The list is W5's
# own; NFKC already folds the half-width U+FF65 into U+30FB, which is on it.
_NAME_SEPARATORS = "\u00b7\u2022\u2027\u30fb\u2219"
_AS_MIDDLE_DOT = str.maketrans(dict.fromkeys(_NAME_SEPARATORS, "·"))

# W5 "Hyphen": after NFKC, U+2010–U+2015, U+2212 MINUS SIGN and U+FE63 SMALL HYPHEN-MINUS read
# as "-". (NFKC already maps U+FE63 and the full-width U+FF0D to "-"; keeping U+FE63 costs nothing.)
_HYPHENS = [chr(code) for code in range(0x2010, 0x2015 + 1)] + ["\u2212", "\ufe63"]
_AS_HYPHEN_MINUS = str.maketrans(dict.fromkeys(_HYPHENS, "-"))

_HAN = regex.compile(r"\p{Han}")
_LATIN_RUN = regex.compile(r"\p{Latin}+")


def nfkc(text: str) -> str:
    """``text`` in Unicode normalisation form NFKC (W5): ``（ＡＢ１）`` → ``(AB1)``."""
    return unicodedata.normalize("NFKC", text)


def _without_white_space(text: str) -> str:
    return "".join(character for character in text if not character.isspace())


def _fold_latin(text: str) -> str:
    # W5 case-folds Latin letters only; Greek or Cyrillic letters in a name stay as written.
    folded: str = _LATIN_RUN.sub(lambda run: run.group().casefold(), text)
    return folded


# Rules compare the same few names and addresses with many words: the normal form is remembered (bounded).
@functools.lru_cache(maxsize=4096)
def _compact(text: str) -> str:
    """NFKC, all white space removed, Latin letters case-folded: what *Name key* and *Contains* share."""
    return _fold_latin(_without_white_space(nfkc(text)))


def name_key(text: str | None) -> str | None:
    """The W5 *name key* of a person's or organisation's name (or a registrant); None when blank.

    NFKC, all white space removed, the separators ``·`` U+00B7, ``•`` U+2022, ``‧`` U+2027,
    ``・`` U+30FB and ``∙`` U+2219 read as ``·``, Latin letters case-folded. Two names are
    equal when their keys are; a blank name (None, empty or only white space) is "not given".
    """
    if text is None:
        return None
    key = _compact(text).translate(_AS_MIDDLE_DOT)
    return key or None


def han_count(text: str) -> int:
    """The number of Han characters in ``text`` after NFKC (W5) — the measure of a website name's length.

    A Han character is a code point of Unicode script Han (``regex``'s ``\\p{Han}``): the CJK
    unified ideographs with all extension blocks, and 々 and 〇. Latin letters, digits,
    punctuation and kana are not counted.
    """
    return len(_HAN.findall(nfkc(text)))


def normalise_hyphens(text: str) -> str:
    """``text`` after NFKC with every W5 hyphen (U+2010–U+2015, U+2212, U+FE63) read as ``-``."""
    return nfkc(text).translate(_AS_HYPHEN_MINUS)


def contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` by W5 *Contains*.

    Substring search on both texts after NFKC with all white space removed and Latin letters
    case-folded (``Example 官网`` contains ``example官``). A needle that is blank after that
    normalisation is contained in nothing (False): W5 leaves it open, and an empty needle
    would otherwise make every "contains a forbidden word" row fire.
    """
    compact_needle = _compact(needle)
    if not compact_needle:
        return False
    return compact_needle in _compact(haystack)
