"""Embed: dense vectors (all-MiniLM-L6-v2, loaded once per process) and BM25-style sparse vectors."""

from __future__ import annotations

import hashlib
import logging
import math
import queue
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

import numpy as np
import snowballstemmer

from harvester.onnx_model import OnnxSentenceModel, default_model_path

log = logging.getLogger(__name__)

DIMENSIONS = 384


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors of `dimensions` floats."""

    name: str
    dimensions: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


class BatchingEmbedder:
    """Shares one encode call among queries that arrive together from several threads.

    A server answering concurrent searches embeds one short query per request; a batch of 8 costs
    about a quarter of 8 separate calls on CPU. One worker thread takes whatever is waiting (up to
    `max_batch`), encodes it, and hands each caller its vector. Multi-text calls pass straight through.
    """

    def __init__(self, inner: Embedder, max_batch: int = 32) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimensions = inner.dimensions
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[_Pending] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if len(texts) != 1:
            return self.inner.embed(texts)
        pending = _Pending(texts[0])
        self._ensure_worker()
        self._queue.put(pending)
        pending.done.wait()
        if pending.error is not None:
            raise pending.error
        assert pending.vector is not None
        return pending.vector[None, :]

    def _ensure_worker(self) -> None:
        with self._start_lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._serve, name="embed-batcher", daemon=True)
                self._worker.start()

    def _serve(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            try:
                vectors = self.inner.embed([p.text for p in batch])
            except Exception as exc:  # handed to every caller in the batch
                for pending in batch:
                    pending.error = exc
                    pending.done.set()
                continue
            for pending, vector in zip(batch, vectors, strict=True):
                pending.vector = vector
                pending.done.set()


@dataclass
class _Pending:
    text: str
    vector: np.ndarray | None = None
    error: Exception | None = None
    done: threading.Event = field(default_factory=threading.Event)


class SentenceTransformerEmbedder:
    """The real model, loaded lazily from a local path (never from a hub)."""

    dimensions = DIMENSIONS

    def __init__(self, model_path: str | None = None, batch_size: int = 32) -> None:
        self.model_path = model_path or default_model_path()
        self.batch_size = batch_size
        self.name = "all-MiniLM-L6-v2"
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            import os

            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
            transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]

            log.info("loading embedding model from %s", self.model_path)
            self._model = SentenceTransformer(self.model_path, device="cpu")
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = self._load().encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


class HashingEmbedder:
    """A fast, deterministic stand-in for tests: stemmed words hashed into 384 dimensions.

    Texts that share words get similar vectors, so ranking behaves sensibly without the model.
    """

    dimensions = DIMENSIONS
    name = "hashing-test-embedder"

    def embed(self, texts: list[str]) -> np.ndarray:
        matrix = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for token, count in Counter(tokenize(text)).items():
                digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
                slot = int.from_bytes(digest[:4], "little") % self.dimensions
                sign = 1.0 if digest[4] & 1 else -1.0
                matrix[row, slot] += sign * (1.0 + math.log(count))
            norm = np.linalg.norm(matrix[row])
            if norm > 0:
                matrix[row] /= norm
        return matrix


class OnnxEmbedder:
    """The real model run by onnxruntime (no torch at run time); vectors match sentence-transformers'."""

    dimensions = DIMENSIONS

    def __init__(self, model_path: str | None = None, batch_size: int = 32) -> None:
        from pathlib import Path

        self.model_path = model_path or default_model_path()
        self.batch_size = batch_size
        self.name = "all-MiniLM-L6-v2"
        self._model = OnnxSentenceModel(Path(self.model_path))

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        return self._model.encode(texts, batch_size=self.batch_size)


def make_embedder(model: str | None, batch_size: int = 32) -> Embedder:
    """The configured embedder: a local model path (default: the bundled all-MiniLM-L6-v2), or 'hashing'.

    'hashing' is a fast bag-of-words stand-in for tests and smoke checks, not for real search.
    """
    if model == "hashing":
        return HashingEmbedder()
    return OnnxEmbedder(model, batch_size)


# --- sparse (BM25-style) ----------------------------------------------------------------------

_STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "also",
        "may",
        "might",
        "must",
        "shall",
        "us",
        "via",
        "within",
        "without",
    ]
)
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_K1 = 1.2
_B = 0.75
_AVG_WORDS = 180.0


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def tokenize(text: str) -> list[str]:
    """Lower-case words without stop words, Snowball-stemmed; 'co-operative' and 'cooperative' agree,
    and other hyphenated words count whole and by their parts ('home-care' is also 'home', 'care')."""
    lowered = text.lower().replace("co-op", "coop")
    words: list[str] = []
    for raw in _WORD.findall(lowered):
        word = raw.replace("'", "").replace("’", "")
        if "-" in word:
            words.extend(part for part in word.split("-") if part not in _STOP_WORDS and len(part) > 2)
            word = word.replace("-", "")
        if word not in _STOP_WORDS and len(word) > 1:
            words.append(word)
    return list(_stemmer().stemWords(words))


def _token_id(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=4).digest(), "little") & 0x7FFFFFFF


def sparse_document(text: str) -> tuple[list[int], list[float]]:
    """BM25 term weights for a passage; Qdrant's IDF modifier supplies the collection statistics."""
    tokens = tokenize(text)
    counts = Counter(tokens)
    length = max(1, len(tokens))
    weights: dict[int, float] = {}
    for token, tf in counts.items():
        weight = tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / _AVG_WORDS))
        index = _token_id(token)
        weights[index] = weights.get(index, 0.0) + weight
    return list(weights), list(weights.values())


def sparse_query(text: str) -> tuple[list[int], list[float]]:
    ids = sorted({_token_id(t) for t in tokenize(text)})
    return ids, [1.0] * len(ids)


def query_terms(text: str) -> set[str]:
    """Stems of a query's words, for highlighting matches in snippets."""
    return set(tokenize(text))
