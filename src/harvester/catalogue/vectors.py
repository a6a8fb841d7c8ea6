"""The embedding cache: vectors by text hash and model, so unchanged chunks are never embedded twice."""

from __future__ import annotations

import numpy as np

from harvester.catalogue.db import Database


class VectorCache:
    """The embeddings table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def cached(self, text_hashes: list[str], model: str) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(text_hashes), 500):
            batch = text_hashes[start : start + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN ({marks})",
                [model, *batch],
            )
            for row in rows:
                found[row["text_hash"]] = np.frombuffer(row["vector"], dtype=np.float32)
        return found

    def store(self, vectors: dict[str, np.ndarray], model: str) -> None:
        with self._db.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO embeddings (text_hash, model, vector) VALUES (?, ?, ?)",
                [(h, model, v.astype(np.float32).tobytes()) for h, v in vectors.items()],
            )
