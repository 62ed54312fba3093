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


class TestMarkup:
    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            ("Pham&nbsp;Minh Chinh", "Pham Minh Chinh"),
            ("Ph&#7841;m Minh Ch&iacute;nh", "Phạm Minh Chính"),
            ("Ph&#x1EA1;m &amp; Wang", "Phạm & Wang"),
            ("Ministry of Industry &amp;amp; Trade", "Ministry of Industry & Trade"),
            ("H&Agrave; N&#7896;I &ndash; talks", "HÀ NỘI – talks"),
            ("&lt;p&gt;Hanoi", "\nHanoi"),
            ("an &unknown; reference", "an &unknown; reference"),
        ],
    )
    def test_references_decoded(self, raw, text):
        """HTML character references a scraper left read as the characters they stand for."""
        assert prepare(raw).text == text

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            ("<p>BEIJING, May 2 (VNA) – Lam met Xi.</p>", "\nBEIJING, May 2 (VNA) – Lam met Xi.\n"),
            ("end.<br/>HANOI – start", "end.\nHANOI – start"),
            ('<a href="x.htm">Wang Yi</a> met <b>Son</b>', "Wang Yi met Son"),
            ("the <Vietnam> side", "the <Vietnam> side"),
            ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
        ],
    )
    def test_tags_dropped(self, raw, text):
        """Block tags open a new line, inline tags go, angle brackets that are no tag stay."""
        assert prepare(raw).text == text

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            ("\ufeffHANOI – talks", "HANOI – talks"),
            ("Ph\u00adạm Minh Chính", "Phạm Minh Chính"),
            ("Li\u200b Qiang", "Li Qiang"),
            ("Tô\u200e Lâm", "Tô Lâm"),
            ("Pham\u00a0Minh\u2009Chinh\u3000met", "Pham Minh Chinh met"),
            ("ChÃ\u00adnh", "Chính"),
        ],
    )
    def test_invisible_characters(self, raw, text):
        """Invisible format characters go, other spaces read as a space, mojibake keeps its bytes."""
        assert prepare(raw).text == text

    @pytest.mark.parametrize(
        ("raw", "word"),
        [
            (
                "Prime Minister Ph&#7841;m&nbsp;Minh Ch&iacute;nh met",
                "Ph&#7841;m&nbsp;Minh Ch&iacute;nh",
            ),
            ("<p>Ph\u00adạm Minh Chính</p>", "Ph\u00adạm Minh Chính"),
            ("&amp;amp; then TÃ´ LÃ¢m", "TÃ´ LÃ¢m"),
            ("\ufeffHa\u0300 No\u0302\u0323i &#8211; x", "Ha\u0300 No\u0302\u0323i &#8211;"),
        ],
    )
    def test_spans_point_into_the_original(self, raw, word):
        """A span over the prepared text maps back to the original characters, references and all."""
        p = prepare(raw)
        start = raw.index(word)
        # the same words in the prepared text: the original's prefix prepared
        head = len(prepare(raw[:start]).text) if start else 0
        length = len(prepare(word).text)
        m = p.mention(head, head + length)
        assert (m.text, m.start, m.end) == (word, start, start + len(word))


class TestNonAsciiCount:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Hà Nội – Bắc Kinh", 4),
            ("“Talks” in Hanoi", 2),
            ("Xi met Lam", None),
            ("Ha\u0300 No\u0323i", None),
        ],
    )
    def test_counted_when_prepared_clean(self, text, count):
        """A clean non-ASCII text keeps its count of non-ASCII characters; other paths keep none."""
        from dipparse.text import non_ascii_count

        assert non_ascii_count(prepare(text)) == count

    @given(st.text(max_size=60))
    @settings(max_examples=300, deadline=None)
    def test_count_is_exact_where_kept(self, text):
        """Where a count is kept it is the number of non-ASCII characters of the prepared text."""
        from dipparse.text import non_ascii_count

        p = prepare(text)
        count = non_ascii_count(p)
        assert count is None or count == sum(not c.isascii() for c in p.text)
