from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipparse.names import (
    ascii_name,
    damaged_key,
    fold,
    han_to_pinyin,
    is_han,
    name_key,
    repair_mojibake,
    tidy,
)
from strategies import PROPERTY_SETTINGS


class TestFold:
    @pytest.mark.parametrize(
        ("raw", "folded"),
        [
            ("Tô Lâm", "To Lam"),
            ("Đặng Minh Khôi", "Dang Minh Khoi"),
            ("ĐỖ VĂN CHIẾN", "DO VAN CHIEN"),
            ("Nguyễn Phú Trọng", "Nguyen Phu Trong"),
            ("Hạ Long", "Ha Long"),
            ("Xi Jinping", "Xi Jinping"),
            ("习近平", "习近平"),
        ],
    )
    def test_fold(self, raw, folded):
        """Diacritics come off and đ/Đ become d/D; other scripts stay."""
        assert fold(raw) == folded

    @PROPERTY_SETTINGS
    @given(st.text())
    def test_idempotent(self, s):
        """fold(fold(s)) == fold(s) for any text."""
        assert fold(fold(s)) == fold(s)

    @PROPERTY_SETTINGS
    @given(st.text())
    def test_ascii_name_is_ascii(self, s):
        """ascii_name always gives ASCII."""
        assert ascii_name(s).isascii()


class TestNameKey:
    @pytest.mark.parametrize(
        "spelling", ["Tô Lâm", "To Lam", "TO LAM", "to  lam", "TÔ LÂM", " Tô\u00a0Lâm "]
    )
    def test_one_key(self, spelling):
        """Case, accents and spacing do not change the key."""
        assert name_key(spelling) == "to lam"

    def test_hyphen(self):
        """Hyphens in romanized names split like spaces."""
        assert name_key("Xi Jin-ping") == name_key("Xi Jin Ping")

    @PROPERTY_SETTINGS
    @given(st.text())
    def test_idempotent(self, s):
        """name_key of a key is the key."""
        assert name_key(name_key(s)) == name_key(s)


class TestDamage:
    @pytest.mark.parametrize(
        ("name", "damaged"),
        [
            ("Tô Lâm", "T Lm"),
            ("Phạm Minh Chính", "Phm Minh Chnh"),
            ("Lương Cường", "Lng Cng"),
            ("Xi Jinping", "Xi Jinping"),
        ],
    )
    def test_damaged_key(self, name, damaged):
        """Dropping every non-ASCII letter gives the broken pipeline's form."""
        assert damaged_key(name) == damaged

    @pytest.mark.parametrize(
        ("broken", "fixed"),
        [
            ("TÃ´ LÃ¢m", "Tô Lâm"),
            ("Pháº¡m Minh ChÃ\xadnh", "Phạm Minh Chính"),
            ("Hà Nội", "Hà Nội"),
            ("café", "café"),
        ],
    )
    def test_mojibake(self, broken, fixed):
        """UTF-8 read as Latin-1 is repaired; good text is left alone."""
        assert repair_mojibake(broken) == fixed


class TestHan:
    def test_is_han(self):
        """Only Han-only strings are Han names."""
        assert is_han("苏林") and not is_han("Su Lin") and not is_han("苏 Lin")

    @pytest.mark.parametrize(
        ("han", "pinyin"),
        [
            ("王小明", "Wang Xiaoming"),
            ("李强", "Li Qiang"),
            ("欧阳修", "Ouyang Xiu"),
            ("张三", "Zhang San"),
        ],
    )
    def test_pinyin(self, han, pinyin):
        """Han names romanize family name first, given name as one word, no tones."""
        assert han_to_pinyin(han) == pinyin


class TestTidy:
    def test_nfc_and_spaces(self):
        """tidy composes characters and collapses white space, nothing else."""
        assert tidy("  Ngo\u0302   Phương\tLy ") == "Ngô Phương Ly"
