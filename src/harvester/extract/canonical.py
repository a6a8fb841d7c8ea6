"""The last step of every decision: the lead, the participants and the type hold canonical or clean
names only, whatever the page wrote.

A name the gazetteer knows becomes its canonical name. Any other value is cleaned of markup, HTML
entities, control and invisible characters, then kept only if it is shaped like a name (a type: like a
short label); else it is dropped. A value that was cleaned or dropped keeps its raw text apart, in
`Document.provenance["<field>_raw"]`, and sends the field to review ("<field>: <why>"), so what a page
injects reaches neither the index's filters nor its facets.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from harvester.extract.context import type_shaped
from harvester.extract.councils import runs_on
from harvester.extract.values import name_shaped
from harvester.gazetteer import Gazetteer, name_key
from harvester.models import Document, Participant

MAX_NAME_WORDS = 10  # the labelled sets' longest body has 8 words
MAX_NAME_CHARS = 90  # and 61 characters
MAX_RAW_CHARS = 300  # as much raw text as any provenance keeps
_UNESCAPE_ROUNDS = 3  # '&amp;lt;b&amp;gt;': entities escaped twice over by a careless CMS
_TAG = re.compile(r"<[^<>]{0,500}>")  # bounded, so a page of '<' stays linear
_PUNCTUATION = frozenset(" '’&,.-–—()/+:")  # what names and labels are written with besides letters, digits
_CODE = re.compile(r"\w\(|[:.](?=[^\W\d_])|//")  # 'alert(1)', 'javascript:x', 'document.cookie', 'https://'
_INVISIBLE = ("Cc", "Cf")  # control and format characters: zero-width spaces and joiners, bidi overrides


@dataclass(frozen=True)
class Settled:
    """A field's value made fit to show and filter on: the name kept (None: dropped) and, when the raw
    text was not already that, why ('' when it was)."""

    name: str | None
    why: str = ""


def keep_clean_names(doc: Document, gazetteer: Gazetteer) -> None:
    """Leave only canonical or clean names in `doc`'s lead, participants and type; the raw text of any
    value cleaned or dropped goes to provenance, and its field to review."""
    changes = _Changes(doc)
    if doc.lead_member:
        doc.lead_member = changes.settle("lead_member", doc.lead_member, settle_name(doc.lead_member, gazetteer))
    members = [
        changes.settle("participating_members", name, settle_name(name, gazetteer))
        for name in doc.participating_members
    ]
    doc.participating_members = list(dict.fromkeys(name for name in members if name))
    doc.participants = [p for p in (_clean_participant(p, gazetteer) for p in doc.participants) if p is not None]
    if doc.type:
        doc.type = changes.settle("type", doc.type, settle_label(doc.type, gazetteer))
    changes.note()


@dataclass
class _Changes:
    """The values of `doc` that were cleaned or dropped, by field: (raw text, why)."""

    doc: Document
    by_field: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def settle(self, field_name: str, raw: str, settled: Settled) -> str | None:
        """`settled.name`; when the raw text was not that already, it goes to provenance."""
        if settled.why:
            self.by_field.setdefault(field_name, []).append((raw, settled.why))
            kept = self.doc.provenance.get(f"{field_name}_raw", "")
            raws = "; ".join(filter(None, [kept, _visible(raw)]))
            self.doc.provenance[f"{field_name}_raw"] = raws[:MAX_RAW_CHARS]
        return settled.name

    def note(self) -> None:
        """One review note per field changed; notes written earlier that quote a raw value go (as
        'unknown council name: <b>X</b>'): raw text is kept in provenance only."""
        raws = [raw for changes in self.by_field.values() for raw, _ in changes]
        review = [note for note in self.doc.review if not any(_quotes(note, raw) for raw in raws)]
        for field_name, changes in self.by_field.items():
            whys = "; ".join(dict.fromkeys(why for _, why in changes))
            note = f"{field_name}: {whys}; raw text kept in provenance ({field_name}_raw)"
            review += [note] if note not in review else []
        self.doc.review = review


def _quotes(note: str, raw: str) -> bool:
    """Whether a review note ends by naming `raw` ('unknown council name: X', '… does not know (X)')."""
    return note.endswith((f": {raw}", f"({raw})"))


def settle_name(raw: str, gazetteer: Gazetteer) -> Settled:
    """The gazetteer's name for the body `raw` names, else `raw` cleaned when it is shaped like a name."""
    text = plain_text(raw)
    defects = _defects(raw)
    for spelling in (text, raw):  # 'Old\u200bham Council' resolves cleaned; 'Oldham\u200bCouncil' raw
        resolved = gazetteer.resolve(spelling) if spelling else None
        if resolved is not None and resolved.known:
            return Settled(resolved.name, _cleaned(defects))
    name = gazetteer.resolve(text).name if text else ""
    flaw = _name_flaw(name)
    return Settled(None, _dropped(flaw, defects)) if flaw else Settled(name, _cleaned(defects))


def settle_label(raw: str, gazetteer: Gazetteer) -> Settled:
    """`raw` cleaned when it is a short label (a project's type or status), else nothing."""
    label = plain_text(raw)  # as written: 'PROTOTYPE' is the page's own type
    flaw = _label_flaw(label, gazetteer)
    return Settled(None, _dropped(flaw, _defects(raw))) if flaw else Settled(label, _cleaned(_defects(raw)))


def plain_text(raw: str) -> str:
    """`raw` as a reader sees it: entities decoded, tags written as text gone, control and invisible
    characters gone, spaces collapsed."""
    text = raw
    for _ in range(_UNESCAPE_ROUNDS):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    text = _TAG.sub(" ", text)
    text = "".join(_visible_part(ch) for ch in text)
    return " ".join(text.replace("\u00a0", " ").split())


def _visible_part(ch: str) -> str:
    """What a reader sees of `ch`: nothing of a zero-width or format character ('Old\u200bham' is
    'Oldham'), a space for a control character."""
    if not _invisible(ch):
        return ch
    return "" if unicodedata.category(ch) == "Cf" else " "


def _name_flaw(name: str) -> str:
    """Why `name` is not a clean name of a body ('' when it is)."""
    if not name_key(name):
        return "no name, only generic words"  # 'Council &nbsp;' leaves 'Council'
    if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return "too long for a name"
    if runs_on(name) or not name_shaped(name):
        return "shaped like a sentence, not a name"
    if not _whole(name):
        return "cut off mid-name"  # 'Oldham &amp' read as 'Oldham &'
    return "" if _plain_characters(name) else "characters no name is written with"


def _label_flaw(label: str, gazetteer: Gazetteer) -> str:
    """Why `label` is not a clean short label ('' when it is)."""
    if not any(ch.isalnum() for ch in label):
        return "no label"
    if not type_shaped(label) or runs_on(label):
        return "not a short label"
    if gazetteer.mentions(label, bare_places=False):
        return "a body's name, not a type"  # as the type reader judges its candidates
    return "" if _plain_characters(label) else "characters no label is written with"


def _whole(name: str) -> bool:
    """Whether `name` starts with a letter or digit and ends with one, a bracket or a plural's apostrophe
    ('… Association (TA)', 'Friends of the Residents''), not with '&' or a quote left open."""
    return name[:1].isalnum() and (name[-1:].isalnum() or name[-1:] == ")" or name[-2:] in ("s'", "s’"))


def _plain_characters(text: str) -> bool:
    """Letters, digits and the punctuation of names only, none of it as code writes it."""
    return all(ch.isalnum() or ch in _PUNCTUATION for ch in text) and not _CODE.search(text)


def _defects(raw: str) -> str:
    """What `raw` holds that no name should, in words ('' when nothing)."""
    found = []
    if html.unescape(raw) != raw:
        found.append("HTML entities")
    if _TAG.search(html.unescape(raw)):
        found.append("markup")
    if any(_invisible(ch) for ch in raw):
        found.append("control or invisible characters")
    return " and ".join(found)


def _invisible(ch: str) -> bool:
    """A control or format character (a tab or a line break is only space)."""
    return unicodedata.category(ch) in _INVISIBLE and ch not in "\t\n\r"


def _cleaned(defects: str) -> str:
    return f"a value cleaned of {defects}" if defects else ""


def _dropped(flaw: str, defects: str) -> str:
    return f"a value dropped, {flaw}" + (f" (with {defects})" if defects else "")


def _clean_participant(person: Participant, gazetteer: Gazetteer) -> Participant | None:
    """`person` with a canonical or clean name and spelling, or None when the name is dropped."""
    settled = settle_name(person.name, gazetteer)
    if settled.name is None:
        return None
    if settled.name == person.name and not _defects(person.as_written):
        return person
    return gazetteer.resolve(settled.name).model_copy(update={"name": settled.name})


def _visible(raw: str) -> str:
    """`raw` with its invisible characters written out ('Old\\u200bham'), for a reviewer to see them."""
    return "".join(f"\\u{ord(ch):04x}" if _invisible(ch) else ch for ch in raw)
