from __future__ import annotations

import pytest

import dipparse
from dipparse.language import detect_language
from dipparse.text import prepare


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


def _reference(text: str) -> str | None:
    """detect_language as first written: every word counted with a regex scan."""
    import re

    from dipparse.language import _EN, _SAMPLE, _VI, _VI_LETTERS
    from dipparse.text import prepare

    p = prepare(text)
    words = re.findall(r"[a-z]+", p.lower[:_SAMPLE])
    if len(words) < 3:
        return None
    en = sum(w in _EN for w in words)
    vi = sum(w in _VI for w in words)
    if not p.text.isascii():
        vi += len(_VI_LETTERS.findall(p.text, 0, _SAMPLE)) // 2
    if en == 0 and vi == 0:
        return None
    return "vi" if vi > en else "en"


class TestDecision:
    @pytest.mark.parametrize(
        "text",
        [
            "he he he",  # a word of both lists: a tie of one each
            "xyz abc def",  # no cue word at all
            "xyz abc def ăăăă",  # letters alone decide
            "the of and ưư ơơ",  # letters against words: 3 against 2
            "the of and ưưư ơơơ",
            "the cat va la co" + " ạ" * 7,
            "x" * 3990 + " the of and va la co tu",  # a word cut at the sample's end
            "the of " * 570 + "cuaaa va la co tu" * 80,  # cut inside a cue word's longer run
            "va la " * 665 + "co the of and" * 90,  # the sample ends between two runs
            "Ông nói, " * 440 + " the of and" * 50,  # letters past the sample do not count
            "cua va cac the of",
            "Thủ tướng họp, the of and to in a is that for on with.",
        ],
    )
    def test_same_as_counting_every_word(self, text):
        """The byte-level count decides exactly as counting every word does."""
        assert _counted(text) == _reference(text)


def _counted(text: str) -> str | None:
    """detect_language by counts alone, as it decides a text longer than ``_SHORT`` words."""
    from itertools import repeat

    from dipparse.language import _SAMPLE, _SCORE, _by_counts, _sample_runs
    from dipparse.text import letter_bytes, letter_runs, prepare

    p = prepare(text)
    words = letter_runs(p)
    if len(p.lower) > _SAMPLE:
        words = _sample_runs(letter_bytes(p), words)
    if len(words) < 3:
        return None
    return _by_counts(p, words, sum(map(_SCORE.get, words, repeat(0))))


class TestShortTexts:
    @pytest.mark.parametrize(
        "text",
        [
            "Nguyễn Xuân Phúc hosted Lý Khắc Cường at the Phủ Chủ tịch.",
            "Việt Nam, China sign trade deals",
            "Việt Nam, China hold 12th meeting of joint committee",
            "Deputy PM Trần Lưu Quang receives Chinese delegation",
            "Chairman Vương Đình Huệ hosts Triệu Lạc Tế",
            "Quảng Ninh, Guangxi boost trade at Móng Cái border gate",
            "President Lương Cường and Hải Phòng leaders welcome Chinese guests",
            "the đổi mới reforms of Hà Nội",
            "HANOI, Nov. 5 (Xinhua) -- Chinese Premier Li Qiang met Pham Minh Chinh.",
            "Li Qiang met Pham Minh Chinh.",
        ],
    )
    def test_english_full_of_vietnamese_names(self, text):
        """A short English text is English, however many Vietnamese names it holds."""
        assert detect_language(text) == "en"

    @pytest.mark.parametrize(
        "text",
        [
            "Thủ tướng Phạm Minh Chính tiếp Đại sứ Hùng Ba.",
            "Tô Lâm gặp Tập Cận Bình",
            "Bộ trưởng Bùi Thanh Sơn điện đàm với Vương Nghị",
            "CHỦ TỊCH NƯỚC LƯƠNG CƯỜNG TIẾP ĐOÀN TRUNG QUỐC",
            "Hai nước đẩy mạnh hợp tác logistics và thương mại",
            "Thu tuong Pham Minh Chinh tiep Dai su Hung Ba",
            "Tong Bi thu To Lam hoi kien Chu tich Tap Can Binh",
            "Ảnh: TTXVN. Quang cảnh buổi tiếp",
        ],
    )
    def test_vietnamese_stays_vietnamese(self, text):
        """A short Vietnamese text, with or without diacritics or with capitals, is Vietnamese."""
        assert detect_language(text) == "vi"


class TestLetterBound:
    @pytest.mark.parametrize(
        ("text", "lang"),
        [
            ("Nguyễn Phú Trọng, Đặng Thị Ngọc Thịnh, Võ Văn Thưởng and the ministers met", "en"),
            ("Hội nghị được tổ chức tại Hà Nội. Talks were held.", "vi"),
        ],
    )
    def test_counted_and_measured_bounds_agree(self, text, lang):
        """The kept count of non-ASCII characters and the UTF-8 bound give one answer."""
        from dipparse.text import _NON_ASCII

        p = prepare(text)
        q = prepare(text)
        q._memo.pop(_NON_ASCII, None)
        assert detect_language(p) == detect_language(q) == lang
