from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipparse.text import _FOLD_TABLE, _LOWER_TABLE, _fold_text, prepare


class TestFold:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "plain ASCII",
            "China’s “friend” – Hà Nội, Đà Nẵng",
            "Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Tập Cận Bình " * 3,
            "习近平 and ﬁ ß İ ǅ e\u0301",
            "".join(chr(c) for c in range(0xC0, 0x250)),
        ],
    )
    def test_same_as_translating_every_character(self, text):
        """Replacing each distinct character folds exactly as one translate pass does."""
        assert _fold_text(text) == text.translate(_FOLD_TABLE)

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=60))
    def test_any_text(self, text):
        """Any text folds as the table says, one character for one."""
        folded = _fold_text(text)
        assert folded == text.translate(_FOLD_TABLE)
        assert len(folded) == len(text)


class TestPrepare:
    @pytest.mark.parametrize(
        "text",
        [
            "To Lam met Xi",
            "To Lam\x00met\x1fXi",
            "Tô Lâm met Xi’s envoy",
            "Tô Lâm\u0085met Xi",
            "TÃ´ LÃ¢m met Xi",
            "Ha\u0300 No\u0302\u0323i",
            "lone \ud800 surrogate in Hà Nội",
        ],
    )
    def test_views_agree(self, text):
        """Every path gives views of one length, folded and lower-cased as the tables say."""
        p = prepare(text)
        assert len(p.folded) == len(p.text) == len(p.lower)
        assert p.folded == p.text.translate(_FOLD_TABLE)
        assert p.lower in (p.folded.lower(), p.folded.translate(_LOWER_TABLE))
        assert not any(c in p.text for c in "\x00\x1f\x85\ud800")

    @pytest.mark.parametrize("text", ["To Lam met Xi", "Tô Lâm met Xi’s envoy in Hà Nội"])
    def test_clean_text_is_kept(self, text):
        """A clean text is its own prepared text, with no offset map."""
        p = prepare(text)
        assert p.text is text
        assert p.span(0, len(text)) == (0, len(text))
