"""Bytes to text as a browser reads them: the WHATWG Encoding Standard's order and labels."""

from __future__ import annotations

import codecs
import re

import webencodings

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Text without C0/C1 control characters (a terminal escape in a title must never reach a screen)."""
    return _CONTROLS.sub("", text)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode as the WHATWG Encoding Standard (and so a browser) reads the page: byte order mark, HTTP
    charset, <meta charset>, then UTF-8, else windows-1252; control characters are dropped."""
    return strip_controls(_decode(body, content_type))


def _decode(body: bytes, content_type: str) -> str:
    """The page's text. A byte order mark wins; then the HTTP charset, then <meta charset>, each by the
    WHATWG labels (latin-1 and ascii are windows-1252) and each giving way to the next when the bytes
    are not valid in it; then UTF-8; else windows-1252, which reads any bytes.

    UTF-16 is believed only over bytes that can be HTML in UTF-16: its ASCII markup puts a NUL in every
    other byte, so a BOM or header naming UTF-16 over a first kilobyte with no NUL is a mislabel and is
    ignored (a browser would show CJK garbage; we read the words)."""
    utf16_possible = b"\x00" in body[:1024]
    boms = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16le", codecs.BOM_UTF16_BE: "utf-16be"}
    for bom, bom_codec in boms.items():
        if body.startswith(bom):
            body = body[len(bom) :]
            if bom_codec == "utf-8" or utf16_possible:
                return body.decode(bom_codec, "replace")
            break
    header = re.search(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", content_type, re.IGNORECASE)
    meta = _META_CHARSET.search(body[:4096])
    declared = (
        _web_codec(header.group(1) if header else "", from_meta=False, utf16_possible=utf16_possible),
        _web_codec(meta.group(1).decode("ascii", "ignore") if meta else "", from_meta=True),
    )
    for codec in (*declared, "utf-8"):
        if codec is None:
            continue
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    return body.decode("windows-1252", "replace")


def _web_codec(label: str, *, from_meta: bool, utf16_possible: bool = False) -> str | None:
    """The Python codec a charset label names in the WHATWG Encoding Standard, or None to ignore it: a
    label the standard does not know (UTF-7, EBCDIC) or maps to "replacement" (ISO-2022-KR, HZ: they can
    smuggle markup past a filter) never decodes. x-user-defined reads as windows-1252 (its upper half
    is private-use characters, no text)."""
    encoding = webencodings.lookup(label) if label else None
    if encoding is None or encoding.name == "replacement":
        return None
    name = str(encoding.name)
    if name == "x-user-defined":
        return "windows-1252"
    if name in ("utf-16le", "utf-16be"):
        if from_meta:
            return "utf-8"  # the standard's rule: a page that can declare its encoding in ASCII is not UTF-16
        if not utf16_possible:
            return None
    return str(encoding.codec_info.name)
