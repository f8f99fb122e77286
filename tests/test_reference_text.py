"""W5 text normalisation (beianrules.reference.text): NFKC, name keys, Han characters, hyphens, *contains*."""

from __future__ import annotations

import pytest

from beianrules.reference.text import (
    contains,
    han_count,
    name_key,
    nfkc,
    normalise_hyphens,
)

# ---- nfkc ------------------------------------------------------------------------------------------------------

def test_nfkc_turns_full_width_letters_digits_and_brackets_into_ascii() -> None:
    assert nfkc("（ＡＢ１２３）") == "(AB123)"
    assert nfkc("【测试】") == "【测试】"  # lenticular brackets have no ASCII form and stay
    assert nfkc("\u3000") == " "        # the ideographic space is a space


# ---- name_key --------------------------------------------------------------------------------------------------

def test_full_width_and_half_width_brackets_give_one_key() -> None:
    assert name_key("北京某某科技有限公司（分公司）") == name_key("北京某某科技有限公司(分公司)")
    assert name_key("北京某某科技有限公司（分公司）") == "北京某某科技有限公司(分公司)"


@pytest.mark.parametrize("separator", ["\u00b7", "\u2022", "\u2027", "\u30fb", "\u2219", "\uff65"])
def test_every_middle_dot_variant_reads_as_u00b7(separator: str) -> None:
    # U+FF65 (half-width katakana middle dot) is NFKC'd to U+30FB first.
    assert name_key(f"阿卜杜{separator}艾力") == "阿卜杜\u00b7艾力"


def test_white_space_of_every_kind_is_removed() -> None:
    assert name_key(" 张\u3000三\t") == "张三"
    assert name_key("Zhang San") == "zhangsan"


def test_latin_letters_are_case_folded_and_full_width_latin_too() -> None:
    assert name_key("ＡＢＣ Technology Co., Ltd.") == name_key("abc technology co., ltd.")
    assert name_key("Straße") == "strasse"


def test_only_latin_letters_are_case_folded() -> None:
    # W5 folds Latin letters; a Greek capital stays as written.
    assert name_key("ΑΒΓ") == "ΑΒΓ"


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000\t\n"])
def test_a_blank_name_is_not_given(blank: str | None) -> None:
    assert name_key(blank) is None


def test_different_names_keep_different_keys() -> None:
    assert name_key("张三") != name_key("张叁")


# ---- han_count -------------------------------------------------------------------------------------------------

def test_han_count_counts_only_han_characters() -> None:
    assert han_count("我的博客") == 4
    assert han_count("My博客123!") == 2      # Latin letters, digits and symbols are not characters
    assert han_count("（博客）") == 2
    assert han_count("カタカナ・ひらがな") == 0  # kana are not Han
    assert han_count("") == 0


def test_iteration_mark_and_ideographic_zero_are_han() -> None:
    assert han_count("佐々木") == 3       # 々 U+3005
    assert han_count("二〇二六年") == 5   # 〇 U+3007
    assert han_count("〆") == 0           # U+3006 is script Common, not Han


@pytest.mark.parametrize(
    "character",
    [
        "\u3400",      # CJK extension A
        "\U00020000",  # extension B
        "\U0002a6a5",  # extension B, 𪚥
        "\U0002b740",  # extension D
        "\U00030000",  # extension G
        "\u2f00",      # Kangxi radical 一, NFKC'd to U+4E00
        "\uf900",      # compatibility ideograph 豈, NFKC'd to U+8C48
    ],
)
def test_extension_and_compatibility_characters_are_han(character: str) -> None:
    assert han_count(character) == 1


# ---- normalise_hyphens -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "hyphen", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63", "\uff0d", "-"]
)
def test_every_w5_hyphen_reads_as_hyphen_minus(hyphen: str) -> None:
    assert normalise_hyphens(f"1101{hyphen}0001") == "1101-0001"


def test_normalise_hyphens_also_applies_nfkc() -> None:
    assert normalise_hyphens("ＡＢ\u2014１２") == "AB-12"


def test_other_dashes_and_tildes_are_not_hyphens() -> None:
    assert normalise_hyphens("a\u2e3ab") == "a\u2e3ab"  # two-em dash: not in W5's list
    assert normalise_hyphens("a~b") == "a~b"


# ---- contains --------------------------------------------------------------------------------------------------

def test_contains_ignores_white_space_width_and_latin_case() -> None:
    assert contains("Example 官网", "example官")
    assert contains("ＥＸＡＭＰＬＥ官网", "example")
    assert contains("中 国 移 动", "中国")
    assert contains("（测试）站", "(测试)")


def test_contains_is_a_substring_search() -> None:
    assert contains("某某博客", "博客")
    assert not contains("某某博", "博客")
    assert not contains("中华", "中国")


def test_a_blank_needle_is_contained_in_nothing() -> None:
    assert not contains("某某博客", "")
    assert not contains("某某博客", " \u3000")
    assert not contains("", "")
