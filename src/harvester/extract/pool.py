"""Extraction off the crawl's event loop: a pool of worker processes with hard limits per document.

A hostile page (a parser's worst case, a PDF whose streams inflate without end) costs one worker
process, never the crawl: each document gets a wall-time limit (`extract.timeout_s`; the worker is
killed when it is passed, by pebble) and each worker an address-space limit (`extract.max_memory_mb`,
RLIMIT_AS), and a document past either fails with the reason while the crawl goes on. Workers start
from a fork server, so they never inherit the parent's threads (the model's, the API's).
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging
import multiprocessing
import resource
import signal
from concurrent.futures import TimeoutError as FutureTimeout
from types import TracebackType

from pebble import ProcessExpired, ProcessPool

from harvester.config import ExtractConfig
from harvester.errors import ExtractionError
from harvester.extract import Extractor
from harvester.models import Document, FetchedPage

log = logging.getLogger(__name__)

_WORKER: Extractor | None = None


def _start_worker(config: ExtractConfig) -> None:
    """In each worker: die with its parent, cap its memory, build its extractor once."""
    global _WORKER
    _die_with_parent()
    limit = config.max_memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    _WORKER = Extractor(config)


def _die_with_parent() -> None:
    """A run killed outright (SIGKILL, a container stopped) must not leave workers behind (Linux)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        log.debug("cannot ask to die with the parent on this platform")


_PR_SET_PDEATHSIG = 1


def _extract_in_worker(page: FetchedPage) -> Document:
    assert _WORKER is not None
    return _WORKER.extract(page)


class ExtractionPool:
    """Extracts documents in worker processes; use as a context manager around a crawl."""

    def __init__(self, config: ExtractConfig) -> None:
        self.config = config
        self._pool: ProcessPool | None = None
        self._inline: Extractor | None = None  # when worker processes cannot start

    def __enter__(self) -> ExtractionPool:
        context = multiprocessing.get_context("forkserver")
        self._pool = ProcessPool(
            max_workers=self.config.workers, initializer=_start_worker, initargs=(self.config,), context=context
        )
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.stop()  # type: ignore[no-untyped-call]
            self._pool.join()

    async def extract(self, page: FetchedPage) -> Document:
        """The page's Document; ExtractionError when it fails, runs out of time or memory, or kills its worker."""
        assert self._pool is not None, "use the pool as a context manager"
        if self._inline is not None:
            return self._inline.extract(page)
        try:
            future = self._pool.schedule(_extract_in_worker, args=(page,), timeout=self.config.timeout_s)
        except RuntimeError as exc:
            # A worker re-imports the main module (forkserver); a script calling the pipeline without an
            # `if __name__ == "__main__":` guard cannot have workers: extract here, without the limits.
            log.warning("extraction workers cannot start (%s); extracting in this process", str(exc).split(".")[0])
            self._inline = Extractor(self.config)
            return self._inline.extract(page)
        try:
            return await asyncio.wrap_future(future)
        except ExtractionError:
            raise
        except FutureTimeout:
            raise ExtractionError(f"took longer than {self.config.timeout_s:g} s (worker stopped)") from None
        except MemoryError:
            raise ExtractionError(f"needed more than {self.config.max_memory_mb} MB (worker limit)") from None
        except ProcessExpired as exc:
            raise ExtractionError(f"worker died (exit code {exc.exitcode}): out of memory or a crash") from None
