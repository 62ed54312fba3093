from __future__ import annotations

import pytest

import dipparse
from dipparse.language import detect_language


class TestDetectLanguage:
    @pytest.mark.parametrize(
        ("text", "lang"),
        [
            ("Thủ tướng Phạm Minh Chính hội kiến Đại sứ Trung Quốc tại Hà Nội.", "vi"),
            (
                "Thu tuong Pham Minh Chinh hoi kien Dai su Trung Quoc tai Ha Noi va cac dai bieu.",
                "vi",
            ),
            ("Hai bên nhất trí thúc đẩy hợp tác thương mại và đầu tư.", "vi"),
            ("The two sides agreed to boost trade and investment cooperation.", "en"),
            ("Việt Nam and China signed 14 documents, the ministry said on Monday.", "en"),
        ],
    )
    def test_detect(self, text, lang):
        """Vietnamese (accented or folded) and English are told apart."""
        assert detect_language(text) == lang

    @pytest.mark.parametrize("text", ["", "Xi", "2024-08-19", "习近平"])
    def test_too_short(self, text):
        """Too little text to tell gives None."""
        assert detect_language(text) is None


class TestArticleLanguage:
    def test_detected(self):
        """Article.language carries the detected language."""
        assert (
            dipparse.parse("Thủ tướng Phạm Minh Chính tiếp Đại sứ Trung Quốc Hà Vĩ.").language
            == "vi"
        )

    def test_override(self):
        """The language argument overrides detection."""
        assert (
            dipparse.parse("Thủ tướng Phạm Minh Chính tiếp Đại sứ.", language="en").language == "en"
        )

    def test_bad_language(self):
        """An unknown language code is a ValueError naming what is accepted."""
        with pytest.raises(ValueError, match="'en', 'vi'"):
            dipparse.parse("text", language="fr")

    def test_in_contract(self):
        """The language key is in the JSON output."""
        assert (
            dipparse.parse("The minister said the talks went well.").to_dict()["language"] == "en"
        )
