from __future__ import annotations

import datetime
import json

import jsonschema
import pytest

import dipparse
from dipparse import (
    Agreement,
    Article,
    ContractError,
    Dateline,
    DateMention,
    FieldMention,
    Mention,
    Official,
    Title,
)

FULL = Article(
    language="en",
    published=datetime.date(2024, 8, 19),
    source="Xinhua",
    dateline=Dateline("Beijing", datetime.date(2024, 8, 19), 10, 41),
    officials=(
        Official(
            "Tô Lâm",
            "To Lam",
            "VN",
            (
                Title(
                    "General Secretary of the CPV Central Committee",
                    "general secretary",
                    "Communist Party of Vietnam Central Committee",
                    12,
                    58,
                ),
            ),
            (Mention("To Lam", 59, 65),),
        ),
    ),
    dates=(DateMention("from February 19–22", "2025-02-19", "2025-02-22", "day", 300, 319),),
    agreements=(
        Agreement(
            "the 14 cooperation documents signed",
            "cooperation documents",
            14,
            "2024-08-19",
            ("CN", "VN"),
            800,
            835,
        ),
    ),
    fields=(FieldMention("trade", (Mention("trade", 400, 405),)),),
)

CONTRACT_EXAMPLE = {
    "schema": "dipparse/1",
    "language": "en",
    "published": "2024-08-19",
    "source": "Xinhua",
    "dateline": {"place": "Beijing", "date": "2024-08-19", "start": 10, "end": 41},
    "officials": [
        {
            "name": "Tô Lâm",
            "ascii": "To Lam",
            "country": "VN",
            "titles": [
                {
                    "text": "General Secretary of the CPV Central Committee",
                    "role": "general secretary",
                    "organization": "Communist Party of Vietnam Central Committee",
                    "start": 12,
                    "end": 58,
                }
            ],
            "mentions": [{"text": "To Lam", "start": 59, "end": 65}],
        }
    ],
    "dates": [
        {
            "text": "from February 19–22",
            "value": "2025-02-19",
            "end_value": "2025-02-22",
            "granularity": "day",
            "start": 300,
            "end": 319,
        }
    ],
    "agreements": [
        {
            "text": "the 14 cooperation documents signed",
            "kind": "cooperation documents",
            "count": 14,
            "signed": "2024-08-19",
            "parties": ["CN", "VN"],
            "start": 800,
            "end": 835,
        }
    ],
    "fields": [{"name": "trade", "mentions": [{"text": "trade", "start": 400, "end": 405}]}],
}


class TestContract:
    def test_to_dict_is_the_contract(self):
        """to_dict gives exactly the example of OUTPUT.md, keys in order."""
        d = FULL.to_dict()
        assert d == CONTRACT_EXAMPLE
        assert list(d) == list(CONTRACT_EXAMPLE)

    def test_round_trip(self):
        """from_dict(to_dict(a)) == a."""
        assert Article.from_dict(FULL.to_dict()) == FULL
        assert Article.from_dict(json.loads(FULL.to_json())) == FULL

    def test_empty_article_has_every_key(self):
        """An empty article still has every key, with null or empty values."""
        d = Article().to_dict()
        assert d["officials"] == [] and d["dateline"] is None and d["published"] is None

    def test_schema_accepts_output(self):
        """The shipped JSON Schema accepts the contract example."""
        jsonschema.validate(FULL.to_dict(), dipparse.json_schema())

    def test_schema_rejects_missing_key(self):
        """The schema refuses an object without a contract key."""
        d = FULL.to_dict()
        del d["fields"]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(d, dipparse.json_schema())

    def test_seed_outputs_validate_and_round_trip(self, seed_texts):
        """Every seed's output validates against the schema and reads back equal."""
        schema = dipparse.json_schema()
        for text in seed_texts.values():
            a = dipparse.parse(text)
            jsonschema.validate(a.to_dict(), schema)
            assert Article.from_dict(json.loads(a.to_json())) == a

    @pytest.mark.parametrize(
        "bad",
        [
            {"schema": "dipparse/2"},
            {"schema": "dipparse/1", "published": "yesterday"},
            {"schema": "dipparse/1", "officials": [{"name": "x"}]},
            ["not", "a", "dict"],
        ],
    )
    def test_from_dict_rejects(self, bad):
        """from_dict raises ContractError (a ValueError) on what is not the contract."""
        with pytest.raises(ContractError):
            Article.from_dict(bad)


class TestMeta:
    def test_schema_accepts_meta(self):
        """The optional top-level meta object (command-line provenance) validates."""
        d = FULL.to_dict()
        d["meta"] = {"source_file": "corpus/a.jsonl", "line": 3, "id": "x1", "tags": ["a"]}
        jsonschema.validate(d, dipparse.json_schema())

    @pytest.mark.parametrize("meta", [[], "a.txt", {"line": 0}, {"source_file": 5}])
    def test_schema_rejects_bad_meta(self, meta):
        """meta must be an object; source_file a string and line a positive integer."""
        d = FULL.to_dict()
        d["meta"] = meta
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(d, dipparse.json_schema())

    def test_from_dict_ignores_meta(self):
        """from_dict reads an object with meta back to the same Article."""
        d = FULL.to_dict()
        d["meta"] = {"source_file": "a.txt"}
        assert Article.from_dict(d) == FULL

    def test_to_dict_has_no_meta(self):
        """parse() results carry no meta: it is added by the command line only."""
        assert "meta" not in FULL.to_dict()
