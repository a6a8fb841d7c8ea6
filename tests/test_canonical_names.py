"""A hostile site's 'Lead council: <markup>' never reaches the lead, the participants, the type or the
index's council and type facets: those hold the gazetteer's canonical names or clean names only, and the
raw text is kept apart in provenance with a review note ("<field>: <why>")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from harvester.config import ExtractConfig
from harvester.extract import Extractor
from harvester.extract.canonical import Settled, keep_clean_names, plain_text, settle_label, settle_name
from harvester.gazetteer import Gazetteer
from harvester.index.payload import payload_for
from harvester.models import Document, Kind

from .conftest import page
from .golden.blind_set import blind_cases
from .golden.corpus import all_cases

URL = "https://councils.coop/project/energy/"
GAZETTEER = Gazetteer.from_file()
OLDHAM = "Oldham Council"
ROCHDALE = "Rochdale Metropolitan Borough Council"
SENTENCE = (
    "Zephyr Housing Trust is the lead on this project and it has worked with many residents, partners and "
    "local groups over several years to build something that we think is remarkable"
)
# As the HTML source writes each value: markup as literal text, entities, script, a sentence, invisible
# characters, and a known council badly spaced.
HOSTILE = {
    "markup rendered as a link": '<a href="/x"><span class="c">Oldham Council</span></a>',
    "tags as literal text": "&lt;b&gt;Oldham&lt;/b&gt; Council",
    "tags around an unknown body": "&lt;i&gt;Zephyr Housing Trust&lt;/i&gt;",
    "an image tag with a handler": "Zephyr Housing Trust &lt;img src=x onerror=alert(1)&gt;",
    "entities escaped twice": "Oldham &amp;amp; Council &amp;nbsp;",
    "a numeric entity": "Zephyr Housing Trust &amp;#8203;",
    "script-looking text": "&lt;script&gt;alert(1)&lt;/script&gt; Oldham Council",
    "script alone": "&lt;script&gt;alert('x')&lt;/script&gt;",
    "a javascript url": "javascript:alert(document.cookie)",
    "a whole long sentence": SENTENCE,
    "control characters": "Old\x07ham\x1b[31m Council\x00",
    "zero-width characters": "Old\u200bham\u200d Coun\ufeffcil",
    "zero-width in an unknown body": "Zephyr\u200b Housing\u2060 Trust",
    "a bidi override": "Zephyr Housing \u202eTrust",
    "a known council, odd spacing and case": "OLDHAM   council",
}


def project_page(value: str, *, everywhere: bool) -> bytes:
    """A project page whose lead label holds `value` (and, `everywhere`, its partners and type too)."""
    partners = f"{value}, Rochdale Borough Council" if everywhere else "Rochdale Borough Council"
    body = f"""<p>This project page describes a council programme in some detail for the network's members.</p>
<ul><li>Lead council: {value}</li><li>Partners: {partners}</li>
<li>Type: {value if everywhere else "Policy Lab"}</li><li>Year: 2019</li></ul>
<p>The project worked with residents across the borough to build a community energy scheme and to share
what was learned with other councils in the network, over two years of meetings and workshops.</p>"""
    return page("Energy project", body).encode("utf-8")


@pytest.fixture(scope="module", params=["rules", "models"])
def extractor(request: pytest.FixtureRequest) -> Extractor:
    """The rules alone (the hashing embedder: no field models) and the shipped field models."""
    if request.param == "rules":
        return Extractor(ExtractConfig(principles_model="hashing"))
    extractor = Extractor()
    assert extractor.models is not None
    return extractor


def assert_clean(name: str) -> None:
    """`name` is a canonical name, or a clean one: nothing left to clean, nothing to drop."""
    assert plain_text(name) == name, name
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name), name
    assert not set(name) & set('<>{}[];="`'), name
    assert len(name) <= 90 and len(name.split()) <= 10, name
    assert settle_name(name, GAZETTEER).why == "", name


def assert_only_clean_names(doc: Document) -> None:
    for name in [*doc.councils, *(p.name for p in doc.participants), *(p.as_written for p in doc.participants)]:
        assert_clean(name)
    if doc.type is not None:
        assert settle_label(doc.type, GAZETTEER).why == "", doc.type


@pytest.mark.parametrize("everywhere", [False, True], ids=["lead only", "lead, partners and type"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_lead_values_leave_only_canonical_or_clean_names(
    extractor: Extractor, case: str, everywhere: bool
) -> None:
    doc = extractor.extract_html(URL, "ccin", project_page(HOSTILE[case], everywhere=everywhere))
    assert_only_clean_names(doc)
    assert doc.lead_member in (None, OLDHAM, "Zephyr Housing Trust")
    assert ROCHDALE in doc.participating_members
    if not everywhere:
        assert doc.type == "Policy Lab"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_the_index_payload_and_facet_fields_hold_only_clean_names(extractor: Extractor, case: str) -> None:
    doc = extractor.extract_html(URL, "ccin", project_page(HOSTILE[case], everywhere=True))
    payload = payload_for(doc, GAZETTEER)
    # `council_names` and `type` are what the council and type facets count (api._FACET_FIELDS)
    for name in [payload["lead_member"] or OLDHAM, *payload["participating_members"], *payload["council_names"]]:
        assert_clean(name)
    assert set(payload["council_names"]) == set(doc.councils)
    assert all(key == plain_text(key) and "<" not in key for key in payload["councils"])
    if payload["type"] is not None:
        assert settle_label(payload["type"], GAZETTEER).why == ""
        assert "<" not in (payload["type_key"] or "")


def test_a_known_council_badly_spaced_and_cased_is_the_gazetteers_name(extractor: Extractor) -> None:
    doc = extractor.extract_html(URL, "ccin", project_page("OLDHAM   council", everywhere=False))
    assert doc.lead_member == OLDHAM
    assert not any(note.startswith("lead_member: a value") for note in doc.review)  # spelling is no defect


def test_markup_around_a_known_council_is_cleaned_to_its_name_and_the_raw_text_kept() -> None:
    doc = decided(lead="<b>Oldham</b> Council", members=["Oldham &amp", "Rochdale Council"])
    assert doc.lead_member == OLDHAM
    assert doc.participating_members == [ROCHDALE]
    assert doc.provenance["lead_member_raw"] == "<b>Oldham</b> Council"
    assert doc.provenance["participating_members_raw"] == "Oldham &amp"
    assert "lead_member: a value cleaned of markup; raw text kept in provenance (lead_member_raw)" in doc.review
    assert any(note.startswith("participating_members: a value dropped, cut off mid-name") for note in doc.review)


def test_a_sentence_as_the_lead_is_dropped_and_kept_for_review() -> None:
    doc = decided(lead=SENTENCE)
    assert doc.lead_member is None
    assert doc.provenance["lead_member_raw"] == SENTENCE[:300]
    assert any(note.startswith("lead_member: a value dropped, too long for a name") for note in doc.review)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Zephyr\u200b Housing\u2060 Trust", "Zephyr Housing Trust"),
        ("Zephyr Housing Trust &lt;img src=x onerror=alert(1)&gt;", "Zephyr Housing Trust"),
        ("Zephyr Housing Trust&nbsp;", "Zephyr Housing Trust"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", None),
        ("javascript:alert(document.cookie)", None),
        ("Council &nbsp;", None),
        ("Zephyr Housing Trust'", None),
        ("Oldham[31m Council", None),
    ],
)
def test_an_unknown_body_is_kept_only_as_a_clean_name(raw: str, kept: str | None) -> None:
    doc = decided(lead=raw)
    assert doc.lead_member == kept
    assert doc.provenance["lead_member_raw"] == raw.replace("\u200b", "\\u200b").replace("\u2060", "\\u2060")
    assert [note for note in doc.review if note.startswith("lead_member: a value")]


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("<b>Policy Lab</b>", "Policy Lab"),
        ("Policy&nbsp;Lab", "Policy Lab"),
        ("<script>alert(1)</script>", None),
        ("javascript:alert(1)", None),
        ("Oldham Council", None),
        ("The project ran for two years and then it was handed over to residents", None),
    ],
)
def test_the_type_is_kept_only_as_a_clean_short_label(raw: str, kept: str | None) -> None:
    doc = decided(type_=raw)
    assert doc.type == kept
    assert doc.provenance["type_raw"] == raw
    assert any(note.startswith("type: a value") for note in doc.review)


def test_clean_values_are_left_alone() -> None:
    doc = decided(lead="Zephyr Housing Trust", members=[OLDHAM, "Residents' Association of Foxley"], type_="PROTOTYPE")
    assert (doc.lead_member, doc.participating_members, doc.type) == (
        "Zephyr Housing Trust",
        [OLDHAM, "Residents' Association of Foxley"],
        "PROTOTYPE",
    )
    assert doc.review == [] and not any(key.endswith("_raw") for key in doc.provenance)


def test_notes_that_quote_a_raw_value_give_way_to_the_fields_note() -> None:
    doc = decided(members=["Council &nbsp"], review=("unknown council name: Council &nbsp", "lead inferred from x"))
    assert doc.participating_members == [] and doc.participants == []
    assert doc.review[0] == "lead inferred from x"
    assert doc.review[1].startswith("participating_members: a value dropped, no name")


def test_cleaning_twice_changes_nothing_more() -> None:
    doc = decided(
        lead="&lt;b&gt;Zephyr Housing Trust&lt;/b&gt;", members=["Old\u200bham Council"], type_="<i>Pilot</i>"
    )
    before = doc.model_copy(deep=True)
    keep_clean_names(doc, GAZETTEER)
    assert doc == before


def labelled_names_and_types() -> tuple[set[str], set[str]]:
    cases = all_cases()
    for root in sorted(Path(__file__).parent.joinpath("golden").glob("blind*")):
        if root.is_dir():
            cases += blind_cases(root)
    names = {c.expected.lead for c in cases if c.expected.lead} | {p for c in cases for p in c.expected.participants}
    return names, {c.expected.type for c in cases if c.expected.type}


def test_every_labelled_name_and_type_passes_unchanged() -> None:
    """The labelled sets' answers are all clean: the cleaning can cost none of the golden floors."""
    names, types = labelled_names_and_types()
    assert len(names) > 500 and len(types) > 50
    assert [n for n in sorted(names) if settle_name(n, GAZETTEER) != Settled(n)] == []
    assert [t for t in sorted(types) if settle_label(t, GAZETTEER).name != t] == []


def decided(
    *, lead: str | None = None, members: list[str] | None = None, type_: str | None = None, review: tuple[str, ...] = ()
) -> Document:
    """A document as a decision left it, with `keep_clean_names` applied."""
    members = members or []
    doc = Document(url=URL, source="ccin", kind=Kind.HTML, lead_member=lead, type=type_, review=list(review))
    doc.participating_members = list(members)
    doc.participants = [GAZETTEER.resolve(name) for name in members]
    keep_clean_names(doc, GAZETTEER)
    return doc
