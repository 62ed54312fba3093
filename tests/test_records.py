from __future__ import annotations

import datetime
import itertools
import json
from collections.abc import Iterator

import pytest

import dipparse
from dipparse import (
    Agreement,
    Article,
    Dateline,
    DateMention,
    FieldMention,
    Mention,
    Official,
    Title,
)
from dipparse.records import TABLES, to_records

ART = Article(
    language="en",
    published=datetime.date(2024, 8, 19),
    source="Xinhua",
    dateline=Dateline("Beijing", datetime.date(2024, 8, 18), 0, 30),
    officials=(
        Official(
            "Tô Lâm",
            "To Lam",
            "VN",
            (
                Title("General Secretary", "general secretary", "CPV", 31, 48),
                Title("President", "president", None, 60, 69),
            ),
            (Mention("To Lam", 49, 55), Mention("Lam", 120, 123)),
        ),
        Official("Xi Jinping", "Xi Jinping", "CN", (), (Mention("Xi", 100, 102),)),
    ),
    dates=(DateMention("in 2025", "2025", None, "year", 200, 207),),
    agreements=(
        Agreement(
            "14 cooperation documents", "cooperation documents", 14, None, ("CN", "VN"), 300, 324
        ),
    ),
    fields=(
        FieldMention("trade", (Mention("trade", 400, 405), Mention("commerce", 500, 508))),
        FieldMention("education and training", (Mention("education", 450, 459),)),
    ),
)


def by_table(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for row in rows:
        out[row["table"]].append(row)
    return out


class TestToRecords:
    def test_every_row_has_its_tables_columns_in_order(self):
        """Each row is table, article, then exactly the columns TABLES lists for it."""
        rows = list(to_records([ART]))
        assert {r["table"] for r in rows} == set(TABLES)
        for row in rows:
            assert list(row) == ["table", *TABLES[row["table"]]]

    def test_values(self):
        """One row per item, with the article's values, lists joined with ';'."""
        t = by_table(list(to_records([("a1", ART)])))
        assert t["articles"] == [
            {
                "table": "articles",
                "article": "a1",
                "language": "en",
                "published": "2024-08-19",
                "source": "Xinhua",
                "dateline_place": "Beijing",
                "dateline_date": "2024-08-18",
                "officials": 2,
                "dates": 1,
                "agreements": 1,
                "fields": 2,
            }
        ]
        assert [
            (r["official"], r["name"], r["roles"], r["mentions"], r["first_start"])
            for r in t["officials"]
        ] == [
            (0, "Tô Lâm", "general secretary;president", 2, 49),
            (1, "Xi Jinping", "", 1, 100),
        ]
        assert [(r["official"], r["role"], r["organization"]) for r in t["titles"]] == [
            (0, "general secretary", "CPV"),
            (0, "president", None),
        ]
        assert [(r["official"], r["text"], r["start"]) for r in t["mentions"]] == [
            (0, "To Lam", 49),
            (0, "Lam", 120),
            (1, "Xi", 100),
        ]
        assert t["agreements"][0]["parties"] == "CN;VN" and t["agreements"][0]["count"] == 14
        assert t["dates"][0]["value"] == "2025" and t["dates"][0]["end_value"] is None
        assert [(r["field"], r["name"], r["mentions"]) for r in t["fields"]] == [
            (0, "trade", 2),
            (1, "education and training", 1),
        ]
        assert [(r["field"], r["text"]) for r in t["field_mentions"]] == [
            (0, "trade"),
            (0, "commerce"),
            (1, "education"),
        ]

    def test_rows_are_json_scalars(self):
        """Every value is a str, int or None, so rows go straight to CSV, SQL or JSON."""
        for row in to_records([ART, Article()]):
            assert all(v is None or type(v) in (str, int) for v in row.values()), row
        json.dumps(list(to_records([ART])))

    def test_empty_article_has_one_articles_row(self):
        """An article with nothing found still has its row in 'articles'."""
        rows = list(to_records([Article()]))
        assert [r["table"] for r in rows] == ["articles"]
        assert rows[0]["published"] is None and rows[0]["officials"] == 0

    def test_default_ids_are_positions(self):
        """Without ids, the article id is the position in the input, from 0."""
        rows = list(to_records([Article(), ART, Article()], tables=["articles"]))
        assert [r["article"] for r in rows] == [0, 1, 2]

    def test_dicts_as_articles(self):
        """A dipparse/1 dict, with or without a command-line meta, gives the Article's rows."""
        d = ART.to_dict()
        d["meta"] = {"source_file": "x.txt"}
        assert list(to_records([("k", d)])) == list(to_records([("k", ART)]))
        assert list(to_records([json.loads(ART.to_json())])) == list(to_records([ART]))

    def test_tables_filter(self):
        """tables= keeps only the named tables; one name may be given as a string."""
        assert {r["table"] for r in to_records([ART], tables=["dates", "fields"])} == {
            "dates",
            "fields",
        }
        assert {r["table"] for r in to_records([ART], tables="titles")} == {"titles"}

    def test_lazy(self):
        """Rows of the first article come before the second article is read."""

        def gen() -> Iterator[Article]:
            yield ART
            raise AssertionError("read too far")

        first = list(itertools.islice(to_records(gen(), tables=["articles"]), 1))
        assert first[0]["source"] == "Xinhua"

    @pytest.mark.parametrize(
        ("items", "tables", "error"),
        [
            ([ART], ["people"], ValueError),
            (["text, not an article"], None, TypeError),
            ([("id", ART, "extra")], None, TypeError),
            ([{"schema": "dipparse/2"}], None, dipparse.ContractError),
        ],
    )
    def test_errors(self, items, tables, error):
        """Unknown tables, non-articles and foreign dicts are refused."""
        with pytest.raises(error):
            list(to_records(items, tables=tables))

    def test_seed_spans_and_counts(self, seed_texts):
        """On real articles every span row indexes the text, and counts match the article."""
        for name, text in seed_texts.items():
            a = dipparse.parse(text)
            t = by_table(list(to_records([(name, a)])))
            for table in ("titles", "mentions", "dates", "agreements", "field_mentions"):
                for r in t[table]:
                    assert text[r["start"] : r["end"]] == r["text"], (name, r)
            assert len(t["mentions"]) == sum(len(o.mentions) for o in a.officials)
            assert len(t["field_mentions"]) == sum(len(f.mentions) for f in a.fields)
            assert len(t["officials"]) == t["articles"][0]["officials"] == len(a.officials)


class TestToFrame:
    def test_one_frame_per_table_with_columns(self):
        """to_frame gives every table, in order, with its columns, even when it has no rows."""
        pytest.importorskip("pandas")
        frames = dipparse.to_frame([Article()])
        assert list(frames) == list(TABLES)
        for name, df in frames.items():
            assert list(df.columns) == list(TABLES[name])
        assert len(frames["articles"]) == 1 and frames["officials"].empty

    def test_values_match_records(self):
        """Each frame holds the rows to_records gives, ids included."""
        pytest.importorskip("pandas")
        frames = dipparse.to_frame([("a", ART), ("b", ART)])
        records = by_table(list(to_records([("a", ART), ("b", ART)])))
        for name in ("titles", "mentions", "dates", "field_mentions"):
            df = frames[name]
            got = df.astype(object).where(df.notna(), None).to_dict("records")  # NaN -> None
            want = [{k: v for k, v in r.items() if k != "table"} for r in records[name]]
            assert got == want, name
        assert frames["mentions"]["article"].tolist() == ["a"] * 3 + ["b"] * 3

    def test_dtypes(self):
        """Day dates are datetime64; count and first_start are nullable integers."""
        pd = pytest.importorskip("pandas")
        frames = dipparse.to_frame([ART, Article()])
        arts = frames["articles"]
        assert pd.api.types.is_datetime64_any_dtype(arts["published"])
        assert arts["published"].iloc[0] == pd.Timestamp("2024-08-19")
        assert pd.isna(arts["published"].iloc[1])
        assert str(frames["agreements"]["count"].dtype) == "Int64"
        assert frames["mentions"]["start"].dtype.kind == "i"

    def test_tables_join(self):
        """(article, official) joins titles to officials, as an analyst would."""
        pytest.importorskip("pandas")
        frames = dipparse.to_frame([("a", ART)], tables=["officials", "titles"])
        joined = frames["titles"].merge(
            frames["officials"], on=["article", "official"], suffixes=("", "_official")
        )
        assert joined[["role", "country"]].values.tolist() == [
            ["general secretary", "VN"],
            ["president", "VN"],
        ]
