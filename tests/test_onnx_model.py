"""The sentence model without torch: ONNX export, cache by fingerprint, vectors equal to sentence-transformers'."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from harvester.embed import default_model_path
from harvester.onnx_model import OnnxSentenceModel, cache_root, exported_model, model_fingerprint

from .golden.corpus import all_cases

pytestmark = pytest.mark.model


def golden_chunks() -> list[str]:
    from harvester.chunk import chunk_document
    from harvester.extract import Extractor

    from .golden.scoring import extract_case

    extractor = Extractor()
    texts = [c.text for case in all_cases()[:25] for c in chunk_document(extract_case(extractor, case))]
    assert len(texts) >= 30
    return texts


def test_onnx_vectors_equal_sentence_transformers_on_the_golden_chunks() -> None:
    from sentence_transformers import SentenceTransformer

    texts = golden_chunks()
    onnx = OnnxSentenceModel(Path(default_model_path())).encode(texts)
    reference = SentenceTransformer(default_model_path(), device="cpu").encode(texts, normalize_embeddings=True)
    cosines = np.sum(onnx * reference, axis=1)
    assert onnx.shape == (len(texts), 384)
    assert float(cosines.min()) >= 0.9999


def test_the_export_is_cached_by_the_model_fingerprint() -> None:
    model = Path(default_model_path())
    first = exported_model(model)
    assert first.parent == cache_root() / model_fingerprint(model)
    stamp = first.stat().st_mtime_ns
    assert exported_model(model) == first and first.stat().st_mtime_ns == stamp  # reused, not re-exported


def test_searching_and_embedding_never_import_torch() -> None:
    code = (
        "import sys\n"
        "from harvester.embed import make_embedder\n"
        "from harvester.extract import Extractor\n"
        "vectors = make_embedder(None).embed(['which councils worked on digital exclusion?'])\n"
        "assert vectors.shape == (1, 384)\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
