from __future__ import annotations

import json
import multiprocessing
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEEDS

import dipparse

EXAMPLES = ROOT / "examples"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of seed copies, some in a subfolder, and a file the pattern leaves out."""
    root = tmp_path / "corpus"
    (root / "2024" / "08").mkdir(parents=True)
    for i, seed in enumerate(SEEDS):
        shutil.copy(seed, root / f"top_{i}.txt")
        shutil.copy(seed, root / "2024" / "08" / f"deep_{i}.txt")
    (root / "README.md").write_text("not an article", encoding="utf-8")
    return root


def expected_records(folder: Path) -> list[dict]:
    """What plain parse() and to_records give for the folder, file by file in path order."""
    paths = sorted(str(p) for p in folder.rglob("*.txt"))
    return list(
        dipparse.to_records((p, dipparse.parse(Path(p).read_text(encoding="utf-8"))) for p in paths)
    )


class TestPicklable:
    def test_article_round_trips_through_pickle(self, seed_texts):
        """Articles pickle (as Dask and Spark ship results) and come back equal."""
        for text in seed_texts.values():
            a = dipparse.parse(text)
            assert pickle.loads(pickle.dumps(a)) == a

    def test_gazetteer_pickles(self, seed_texts):
        """A gazetteer pickles (to be passed to workers) and parses the same after."""
        g = dipparse.Gazetteer.default()
        g2 = pickle.loads(pickle.dumps(g))
        assert g2.people == g.people
        for text in seed_texts.values():
            assert dipparse.parse(text, gazetteer=g2) == dipparse.parse(text, gazetteer=g)

    def test_fresh_process_gives_the_same_result(self, seed_texts):
        """parse() in a freshly spawned process (no inherited state) equals parse() here."""
        texts = list(seed_texts.values())
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            remote = pool.map(dipparse.parse, texts)
        assert remote == [dipparse.parse(t) for t in texts]


class TestDaskExample:
    def test_parse_folder_on_a_local_cluster(self, folder: Path, monkeypatch):
        """examples/dask_folder.py on a 2-process LocalCluster gives plain parse()'s records."""
        pytest.importorskip("dask.bag")
        pytest.importorskip("distributed")
        monkeypatch.syspath_prepend(str(EXAMPLES))  # spawned workers inherit sys.path
        import dask_folder

        rows = dask_folder.parse_folder(folder, n_workers=2, files_per_task=3)
        assert rows == expected_records(folder)
        assert {r["article"] for r in rows if r["table"] == "articles"} == {
            str(p) for p in folder.rglob("*.txt")
        }

    def test_script(self, folder: Path):
        """Run as a script, the example prints the same records as JSON Lines."""
        pytest.importorskip("dask.bag")
        pytest.importorskip("distributed")
        r = subprocess.run(
            [sys.executable, str(EXAMPLES / "dask_folder.py"), str(folder), "--workers", "2"],
            capture_output=True,
            timeout=300,
            check=False,
        )
        assert r.returncode == 0, r.stderr.decode()
        rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
        assert rows == expected_records(folder)
