"""A content-addressed store of raw bodies under data_dir, so re-extraction needs no re-fetch."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from harvester.errors import StorageError
from harvester.models import sha256_hex


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync, then rename: readers never see half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as exc:
        raise StorageError(f"cannot write under {path.parent}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


class RawStore:
    """Raw bodies by their SHA-256, two directory levels deep."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, body: bytes) -> str:
        digest = sha256_hex(body)
        path = self._path(digest)
        if not path.exists():
            atomic_write(path, body)
        return digest

    def get(self, digest: str) -> bytes | None:
        path = self._path(digest)
        return path.read_bytes() if path.exists() else None

    def prune(self, keep: set[str]) -> tuple[int, int]:
        """Delete every body not in `keep` (the catalogue's references); returns (files, bytes) freed.
        Bodies of old versions, held-back changes and pages that are no documents go; no body the
        catalogue names is touched."""
        files = freed = 0
        for path in self.root.glob("??/??/*"):
            if path.name.startswith(".") or path.name in keep or not path.is_file():
                continue  # a temporary file is a write in progress
            size = path.stat().st_size
            path.unlink(missing_ok=True)
            files, freed = files + 1, freed + size
        return files, freed

    def _path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest
