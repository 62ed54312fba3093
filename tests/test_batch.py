from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator

import pytest

import dipparse
from dipparse import Article, parse, parse_many

# Short articles written for these tests, each distinct (its own header date
# and credit) so that a reordering or a dropped text changes the output.
_BODIES = (
    "HÀ NỘI – The two sides agreed to deepen cooperation in trade and education. VNA",
    "BEIJING, Aug. 3 (Xinhua) -- Officials of the two countries met on Monday. Xinhua",
    "Thủ tướng tiếp Đại sứ Trung Quốc tại Hà Nội ngày 5 tháng 9. VNS",
    "",
    "   \n\t ",
    "NANNING, May 9 (Xinhua) -- Provincial leaders signed a memorandum on border trade.",
    "TÃ´ LÃ¢m met the delegation in Hanoi.\x00 VNA",
)


def _corpus(n: int) -> list[str]:
    out = []
    for i in range(n):
        body = _BODIES[i % len(_BODIES)]
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=i)
        out.append(f" date {day.isoformat()} {body}" if i % 5 else body)
    return out


@pytest.fixture(scope="module")
def texts(seed_texts: dict[str, str]) -> list[str]:
    return list(seed_texts.values()) + _corpus(40)


class TestSameAsParse:
    @pytest.mark.parametrize("workers", [None, 1, 2])
    def test_same_articles_in_order(self, texts: list[str], workers: int | None) -> None:
        """parse_many gives exactly [parse(t) for t in texts], in input order."""
        assert list(parse_many(texts, workers=workers)) == [parse(t) for t in texts]

    @pytest.mark.parametrize("chunksize", [1, 3, 1000])
    def test_chunk_sizes_keep_order(self, texts: list[str], chunksize: int) -> None:
        """Chunks smaller and larger than the input keep the order with 2 workers."""
        got = list(parse_many(texts, workers=2, chunksize=chunksize))
        assert got == [parse(t) for t in texts]

    @pytest.mark.parametrize("workers", [1, 2])
    def test_arguments_reach_every_text(self, workers: int) -> None:
        """published and language apply to every text, in the pool too."""
        day = datetime.date(2025, 2, 18)
        texts = _corpus(10)
        got = list(parse_many(texts, workers=workers, published=day, language="vi"))
        assert got == [parse(t, published=day, language="vi") for t in texts]
        assert all(a.published == day for a in got)

    def test_custom_gazetteer_in_pool(self) -> None:
        """A user's gazetteer is sent to the workers and used there."""
        gaz = dipparse.Gazetteer.from_records([{"name": "Lê Hoài Trung", "country": "VN"}])
        texts = ["Foreign Minister Lê Hoài Trung met the delegation in Hanoi. VNA"] * 3
        got = list(parse_many(texts, workers=2, gazetteer=gaz))
        assert got == [parse(t, gazetteer=gaz) for t in texts]

    @pytest.mark.parametrize("workers", [None, 2])
    def test_empty_input(self, workers: int | None) -> None:
        """No texts give no articles."""
        assert list(parse_many([], workers=workers)) == []

    def test_all_cores(self) -> None:
        """workers=0 uses every core and still gives parse's output."""
        texts = _corpus(12)
        assert list(parse_many(texts, workers=0)) == [parse(t) for t in texts]


class TestStreaming:
    @pytest.mark.parametrize("workers", [None, 2])
    def test_endless_generator(self, workers: int | None) -> None:
        """An endless generator works: texts are read as results are wanted."""

        def endless() -> Iterator[str]:
            for i in itertools.count():
                yield f" date 2024-01-{i % 28 + 1:02d} Talks in Hanoi. VNA"

        got = list(itertools.islice(parse_many(endless(), workers=workers, chunksize=4), 10))
        assert [a.published.day for a in got if a.published] == [i % 28 + 1 for i in range(10)]

    def test_pool_reads_ahead_boundedly(self) -> None:
        """With a pool, only a bounded number of chunks is read ahead of the caller."""
        read = 0

        def counting() -> Iterator[str]:
            nonlocal read
            for _ in range(10_000):
                read += 1
                yield "Talks. VNA"

        it = parse_many(counting(), workers=2, chunksize=5)
        next(it)
        assert read <= 2 * 2 * 5 + 5
        for _ in it:
            pass
        assert read == 10_000

    def test_returns_iterator(self) -> None:
        """parse_many returns a lazy iterator of Articles."""
        it = parse_many(["Talks. VNA"])
        assert iter(it) is it
        assert isinstance(next(it), Article)


class TestArguments:
    @pytest.mark.parametrize(
        ("kwargs", "error", "words"),
        [
            ({"workers": -1}, ValueError, "workers"),
            ({"workers": 1.5}, TypeError, "workers"),
            ({"workers": "2"}, TypeError, "workers"),
            ({"workers": True}, TypeError, "workers"),
            ({"chunksize": 0}, ValueError, "chunksize"),
            ({"chunksize": 2.0}, TypeError, "chunksize"),
            ({"published": "2024-01-01"}, TypeError, "published"),
            ({"language": "fr"}, ValueError, "language"),
            ({"gazetteer": {}}, TypeError, "gazetteer"),
        ],
    )
    def test_bad_argument_raises_at_call(
        self, kwargs: dict[str, object], error: type[Exception], words: str
    ) -> None:
        """A bad argument raises at the call, before any text is read, naming the argument."""
        with pytest.raises(error, match=words):
            parse_many(["Talks. VNA"], **kwargs)  # type: ignore[arg-type]

    @pytest.mark.parametrize("texts", ["Talks in Hanoi. VNA", b"Talks"])
    def test_single_text_rejected(self, texts: object) -> None:
        """One str (or bytes) instead of an iterable of texts is a TypeError, not one article per character."""
        with pytest.raises(TypeError, match="iterable of str"):
            parse_many(texts)  # type: ignore[arg-type]

    def test_not_iterable(self) -> None:
        """A non-iterable is a TypeError at the call."""
        with pytest.raises(TypeError):
            parse_many(42)  # type: ignore[arg-type]

    @pytest.mark.parametrize("workers", [None, 2])
    def test_bad_item_raises_after_earlier_articles(self, workers: int | None) -> None:
        """A non-str item raises TypeError when reached; the articles before it come first."""
        it = parse_many(["Talks. VNA", None, "Talks. VNS"], workers=workers, chunksize=1)  # type: ignore[list-item]
        assert next(it).source == "VNA"
        with pytest.raises(TypeError, match="expects text as str, got NoneType"):
            next(it)


class TestNoCyclicGarbage:
    def test_parse_leaves_no_reference_cycles(self, seed_texts):
        """``parse`` frees everything it builds by reference counting, so memory stays flat over a stream.

        A reference cycle (a view kept in the prepared text's memo that points
        back at it) kept every article alive until the cyclic collector ran:
        resident memory grew by several MB over a few thousand articles.
        """
        import gc

        texts = list(seed_texts.values())
        for t in texts:
            parse(t)
        gc.collect()
        gc.disable()
        try:
            for t in texts:
                parse(t + " ")
                parse(t.upper())
            assert gc.collect() == 0
        finally:
            gc.enable()
