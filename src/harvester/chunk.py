"""Chunk: passages of ~150-250 words that follow the document's sections and PDF pages."""

from __future__ import annotations

import re

from harvester.models import Chunk, Document

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def chunk_document(doc: Document, words: int = 200, overlap: int = 30) -> list[Chunk]:
    """Split each section into windows of about `words` words, sentence-aligned, with a small overlap.

    Each chunk's text starts with the title and section heading, so it carries its context into the
    embedding; `start`/`end` are character offsets into the section text.
    """
    chunks: list[Chunk] = []
    for section in doc.sections:
        prefix = doc.title if section.heading in ("", doc.title) else f"{doc.title} — {section.heading}"
        for start, end in _windows(section.text, words, overlap):
            body = section.text[start:end].strip()
            if not body:
                continue
            chunks.append(
                Chunk(
                    doc_url=doc.url,
                    chunk_index=len(chunks),
                    text=f"{prefix}\n{body}",
                    section=section.heading,
                    page=section.page,
                    start=start,
                    end=end,
                )
            )
    return _merge_tiny(chunks, words)


def _windows(text: str, words: int, overlap: int) -> list[tuple[int, int]]:
    """Character spans of sentence-aligned windows; a very long sentence is cut by words."""
    pieces = _pieces(text, words)
    windows: list[tuple[int, int]] = []
    index = 0
    while index < len(pieces):
        count, end_index = 0, index
        while end_index < len(pieces) and (count == 0 or count + pieces[end_index][2] <= words):
            count += pieces[end_index][2]
            end_index += 1
        windows.append((pieces[index][0], pieces[end_index - 1][1]))
        if end_index >= len(pieces):
            break
        back, carried = end_index, 0
        while back - 1 > index and carried + pieces[back - 1][2] <= overlap:
            back -= 1
            carried += pieces[back][2]
        index = back
    return windows


def _pieces(text: str, words: int) -> list[tuple[int, int, int]]:
    """(start, end, word count) of each sentence, long sentences split into word runs."""
    pieces: list[tuple[int, int, int]] = []
    position = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        sentence_spans = [(m.start() + position, m.end() + position) for m in re.finditer(r"\S+", text[position:end])]
        for i in range(0, len(sentence_spans), words):
            run = sentence_spans[i : i + words]
            pieces.append((run[0][0], run[-1][1], len(run)))
        position = match.end() if match else len(text)
    return pieces


def _merge_tiny(chunks: list[Chunk], words: int) -> list[Chunk]:
    """Fold a chunk of a few words into a neighbour in the same section, so no chunk is noise."""
    merged: list[Chunk] = []
    carry: Chunk | None = None  # a tiny chunk waiting to be prepended to the next one
    for chunk in chunks:
        if carry is not None and _same_place(carry, chunk):
            chunk = chunk.model_copy(update={"text": _join(carry, chunk), "start": carry.start})
        elif carry is not None:
            merged.append(carry)
        carry = None
        previous = merged[-1] if merged else None
        if _body_words(chunk) >= _TINY:
            merged.append(chunk)
        elif (
            previous is not None
            and _same_place(previous, chunk)
            and _body_words(previous) + _body_words(chunk) <= words * 1.3
        ):
            merged[-1] = previous.model_copy(update={"text": _join(previous, chunk), "end": chunk.end})
        else:
            carry = chunk
    if carry is not None:
        merged.append(carry)
    return [c.model_copy(update={"chunk_index": i}) for i, c in enumerate(merged)]


_TINY = 12


def _body_words(chunk: Chunk) -> int:
    return len(chunk.text.split("\n", 1)[-1].split())


def _same_place(a: Chunk, b: Chunk) -> bool:
    return a.section == b.section and a.page == b.page


def _join(first: Chunk, second: Chunk) -> str:
    head, _, body = first.text.partition("\n")
    return f"{head}\n{body} {second.text.split(chr(10), 1)[-1]}"
