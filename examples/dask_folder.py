"""Parse a folder of articles with Dask on a local cluster of processes.

Every ``*.txt`` file below the folder is parsed on a worker with
:func:`dipparse.parse` and flattened with :func:`dipparse.to_records`, the
file's path as the article id. Needs the optional extra ``dipparse[dask]``.

Run it as a script to print the records as JSON Lines::

    python examples/dask_folder.py corpus/ --workers 4 > records.jsonl

or import :func:`parse_folder` and get the records as a list of dicts (for
pandas: ``pd.DataFrame([r for r in rows if r["table"] == "officials"])``).
Against a real cluster, pass its address instead of starting a local one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import dipparse


def parse_file(path: str) -> list[dict[str, Any]]:
    """Parse one UTF-8 file and return its flat records (the path is the article id).

    This runs on the workers: it only needs ``dipparse`` importable there.
    """
    text = Path(path).read_text(encoding="utf-8")
    return list(dipparse.to_records([(path, dipparse.parse(text))]))


def parse_folder(
    folder: str | Path,
    *,
    pattern: str = "*.txt",
    n_workers: int = 2,
    files_per_task: int = 64,
    address: str | None = None,
) -> list[dict[str, Any]]:
    """Parse every file matching ``pattern`` below ``folder`` on a Dask cluster.

    Args:
        folder: The folder, read recursively; files are taken in sorted order.
        pattern: Which files to read (``Path.rglob`` pattern).
        n_workers: Worker processes of the local cluster.
        files_per_task: Files per Dask partition; larger means less scheduling
            overhead, smaller means finer load balancing.
        address: The scheduler of an existing cluster (``tcp://host:8786``);
            ``None`` starts a ``LocalCluster`` for the call and stops it after.

    Returns:
        The records of :func:`dipparse.to_records`, file by file, in path order.
    """
    import dask.bag as db
    from distributed import Client, LocalCluster

    paths = sorted(str(p) for p in Path(folder).rglob(pattern) if p.is_file())
    if not paths:
        return []
    bag = db.from_sequence(paths, partition_size=files_per_task)
    records = bag.map(parse_file).flatten()
    if address is not None:
        with Client(address) as client:
            return list(client.compute(records).result())
    with (
        LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        return list(client.compute(records).result())


def main(argv: list[str] | None = None) -> int:
    """Print the records of a folder as JSON Lines."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--pattern", default="*.txt")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--address", help="scheduler of an existing Dask cluster")
    args = ap.parse_args(argv)
    for row in parse_folder(
        args.folder, pattern=args.pattern, n_workers=args.workers, address=args.address
    ):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
