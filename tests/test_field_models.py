"""Candidates, features and the trained field models (extract/candidates.py, decision.py, training.py),
without the sentence model: pages are read with principles_model 'off', so no text is embedded."""

from __future__ import annotations

import copy
import logging
from pathlib import Path

import pytest

from harvester.config import ExtractConfig
from harvester.extract import Extractor
from harvester.extract.candidates import FEATURES
from harvester.extract.context import build_context, read_pairs
from harvester.extract.councils import domain_share, role_sentences, tidy_names
from harvester.extract.decision import Candidates, FieldModels, apply, load_models
from harvester.extract.emails import NameRuns, spelled_name
from harvester.extract.line import Line
from harvester.extract.training import Example, Truth, fit
from harvester.extract.years import end_candidates
from harvester.gazetteer import Gazetteer
from harvester.models import Document, FetchedPage, Kind

pytestmark = []  # plain unit tests: no model, no server

COUNCILS = ["Oldham Council", "Preston City Council", "Wigan Council", "Salford City Council", "Bolton Council"]
PEOPLE = ["Nadia Kowalczyk", "Tom Price", "Aisha Khan", "Rhodri ap Dafydd", "Jess Amankwah", "Sam Okoro"]


def address_of(person: str) -> str:
    return person.lower().replace(" ap ", ".ap").replace(" ", ".") + "@example.org"


def page(url: str, html: str) -> FetchedPage:
    fetched = FetchedPage(url=url, final_url=url, source="t", status=200, content_type="text/html")
    fetched.body = html.encode()
    return fetched


def project_page(number: int, lead: str, partner: str, year: int, other: str) -> str:
    person = PEOPLE[number % len(PEOPLE)]
    return f"""<html><head><title>Lab {number}</title></head><body><main><h1>Community lab {number}</h1>
<p>Posted on 3 March 2025 by {person}.</p>
<p>The lab was set up in {year}. It is led by {lead}, working with {partner}.</p>
<p>Residents chose the projects and the council paid for them, so the work belongs to them.</p>
<p>Want to know more about the lab? Drop a line to {address_of(person)}.</p>
<p>Journalists can reach our press team at news{number}@example.org.</p>
<h2>Related projects</h2><ul><li>A food network run by {other} since 2011</li></ul></main></body></html>"""


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(ExtractConfig(principles_model="off"), models=None)


@pytest.fixture(scope="module")
def examples(extractor: Extractor) -> list[Example]:
    found: list[Example] = []
    for number in range(36):
        lead, partner, other = (COUNCILS[(number + k) % len(COUNCILS)] for k in (0, 1, 2))
        year = 2015 + number % 8
        _, candidates = extractor.read(
            page(f"https://example.org/p/{number}", project_page(number, lead, partner, year, other))
        )
        person = PEOPLE[number % len(PEOPLE)]
        truth = Truth(
            lead, frozenset([partner]), year, None, None, frozenset(), "project", frozenset([address_of(person)])
        )
        found.append(Example(f"set{number % 3}", f"case{number}", candidates, truth))
    return found


@pytest.fixture(scope="module")
def models(examples: list[Example]) -> FieldModels:
    return fit(examples)


def test_pairs_are_read_whatever_the_label_words() -> None:
    lines = [
        Line("Host authority: Oldham Council", "item"),
        Line("Working alongside", "heading", 3),
        Line("Wigan Council", "item"),
        Line("Bolton Council", "item"),
        Line("The lab met monthly.", "text"),
    ]
    pairs = read_pairs(lines)
    assert [(p.label, p.value) for p in pairs] == [
        ("Host authority", "Oldham Council"),
        ("Working alongside", "Wigan Council, Bolton Council"),
    ]
    assert pairs[0].known_field == "lead_member"  # the lexicon knows this one; the other is read by meaning
    assert pairs[1].known_field is None


def test_every_council_and_organisation_named_is_a_candidate(extractor: Extractor) -> None:
    html = project_page(1, "Oldham Council", "Leeds Community Foundation and Cwmpas", 2019, "Wigan Council")
    _, found = extractor.read(page("https://example.org/p/1", html))
    names = {c.value for c in found.councils}
    assert {"Oldham Council", "Leeds Community Foundation", "Cwmpas", "Wigan Council"} <= names
    wigan = next(c for c in found.councils if c.value == "Wigan Council")
    assert wigan.features["in_other_section"] == 1.0  # named only under 'Related projects'
    oldham = next(c for c in found.councils if c.value == "Oldham Council")
    assert oldham.features["cue_lead_before"] >= 1
    for candidate in found.councils:
        assert set(FEATURES["council"]) <= set(candidate.features)


@pytest.mark.parametrize(
    ("found", "bodies"),
    [
        ("Manchester Credit Union. The", ["Manchester Credit Union"]),  # a sentence ran on
        ("With Neath Port Talbot Council", ["Neath Port Talbot Council"]),
        ("Priya Menon (Broadland District Council)", ["Broadland District Council"]),
        ("Wales Co-operative Centre (WCC)", ["Wales Co-operative Centre"]),
        ("Stockport Credit Union and Manchester Credit Union", ["Stockport Credit Union", "Manchester Credit Union"]),
        ("Sefton Council and the University of Liverpool", ["Sefton Council", "University of Liverpool"]),
        ("Homes and Communities Agency", ["Homes and Communities Agency"]),  # one body
        ("Telford and Wrekin Council", ["Telford and Wrekin Council"]),
        ("St. Helens Council", ["St. Helens Council"]),
    ],
)
def test_a_found_name_is_cut_to_the_bodies_it_holds(found: str, bodies: list[str]) -> None:
    assert tidy_names(found, Gazetteer.from_file()) == bodies


def test_every_body_named_in_a_sentence_is_read_by_its_role_there() -> None:
    lines = [
        Line("Pantry", "heading", 1),
        Line("The pantry is run by Hull City Council with volunteers.", "text"),
        Line("Volunteers from Hull Food Co-operative stocked the shelves each week.", "text"),
        Line("The next phase is delivered in partnership with Giroscope, Goodwin Trust and Emmaus.", "text"),
    ]
    doc = Document(url="https://example.org/pantry", source="t", kind=Kind.HTML, title="Pantry")
    context = build_context(doc, lines, set(), published=(None, ""), publisher=None, council_site=None)
    said = role_sentences(context, Gazetteer.from_file())
    assert said["hull city council"] == ["The pantry is run by the council with volunteers."]
    assert said["hull food co-operative"] == ["Volunteers from the council stocked the shelves each week."]
    assert said["giroscope"] == [  # named after a cue word, in no gazetteer and with no kind word
        "The next phase is delivered in partnership with the council, Goodwin Trust and Emmaus."
    ]


def test_years_are_candidates_for_the_start_and_the_end(extractor: Extractor) -> None:
    html = "<main><h1>Lab</h1><p>Published 4 May 2024.</p><p>The pilot ran 2019–2021 in two wards.</p></main>"
    _, found = extractor.read(page("https://example.org/lab", html))
    years = {int(c.value): c for c in found.years}
    assert {2019, 2021, 2024} <= set(years)
    assert years[2019].features["as_start"] == 1 and years[2021].features["as_end"] == 1
    assert years[2021].spans[2019] >= 1  # the span on the page (and the rules reading it)
    assert years[2024].features["calendar_date"] == 1
    ends = {int(c.value): c.features for c in end_candidates(found.years, 2019)}
    assert ends[2021]["spans_from_start"] >= 1 and ends[2021]["gap"] == 2
    assert 2019 not in ends  # an end comes after its start


def test_a_span_written_apart_is_read_as_one(extractor: Extractor) -> None:
    html = (
        "<main><h1>Study</h1><p>Fieldwork runs from spring 2021 until the end of 2023.</p>"
        "<p>It covers three academic years, 2022/23 to 2024/25.</p><p>In 2018 we met; in 2020 we grew.</p></main>"
    )
    _, found = extractor.read(page("https://example.org/study", html))
    years = {int(c.value): c for c in found.years}
    assert years[2021].features["wide_start"] == 1 and years[2023].spans.get(2021) == 1
    assert years[2025].spans.get(2022, 0) >= 1  # the last year of the second span
    assert years[2020].features["wide_end"] == 0 and 2018 not in years[2020].spans  # no span word between


def test_a_name_is_matched_to_the_domains_it_runs() -> None:
    assert domain_share("Afon Housing Co-operative", "afonhousing.coop") > 0.6
    assert domain_share("Sunderland City Council", "www.sunderland.gov.uk") == 1.0
    assert domain_share("Oldham Council", "www.wigan.gov.uk") == 0.0


def test_the_models_pick_the_lead_partners_and_year_of_an_unseen_page(
    extractor: Extractor, models: FieldModels
) -> None:
    html = project_page(99, "Bolton Council", "Preston City Council", 2018, "Salford City Council")
    doc, found = extractor.read(page("https://example.org/p/99", html))
    apply(doc, found, models, Gazetteer.from_file())
    assert doc.lead_member == "Bolton Council"
    assert "Preston City Council" in doc.participating_members
    assert "Salford City Council" not in doc.participating_members  # a related project's lead
    assert doc.year == 2018 and doc.year_end is None
    assert set(doc.confidence) >= {"lead_member", "participating_members", "year", "type", "principles", "doc_type"}
    assert all(0.0 <= value <= 1.0 for value in doc.confidence.values())
    assert doc.provenance["lead_member"].startswith("model (")


def test_every_address_is_a_contact_candidate_and_the_model_keeps_the_projects(
    extractor: Extractor, models: FieldModels
) -> None:
    html = project_page(95, "Wigan Council", "Bolton Council", 2020, "Oldham Council")
    doc, found = extractor.read(page("https://example.org/p/95", html))
    assert {c.value for c in found.contacts} == {"sam.okoro@example.org", "news95@example.org"}
    assert found.names["sam.okoro@example.org"] == "Sam Okoro"  # the byline's name, spelled by the address
    news = next(c for c in found.contacts if c.value.startswith("news"))
    assert news.features["mailbox_word"] == 1.0 and news.features["cue_press"] >= 1
    apply(doc, found, models, Gazetteer.from_file())
    assert [(c.name, c.email) for c in doc.contacts] == [("Sam Okoro", "sam.okoro@example.org")]
    assert 0.0 <= doc.confidence["contacts"] <= 1.0


@pytest.mark.parametrize(
    ("address", "lines", "name"),
    [
        ("mobi@uclan.ac.uk", ["Written by Dr Marcus Obi, Senior Lecturer"], "Dr Marcus Obi"),
        ("i.rafferty@leedsbeckett.ac.uk", ["Contact Dr Imogen Rafferty for details."], "Dr Imogen Rafferty"),
        ("rhodri.apdafydd@bro.gov.uk", ["Email Rhodri ap Dafydd today."], "Rhodri ap Dafydd"),
        ("a.rahman-cole@uni.ac.uk", ["Professor Aisha Rahman-Cole leads it."], "Professor Aisha Rahman-Cole"),
        ("sian.mulholland@x.gov.uk", ["Posted by Siân Mulholland", "Say hello."], "Siân Mulholland"),
        ("jess@larder.coop", ["Ask Jess.", "Jess Amankwah runs the larder."], "Jess Amankwah"),
        ("news@larder.coop", ["News from Jess Amankwah."], None),
    ],
)
def test_an_address_belongs_to_the_name_it_spells(address: str, lines: list[str], name: str | None) -> None:
    spelled = spelled_name(address, NameRuns.of(lines), 0)
    assert (spelled.name if spelled else None) == name


def test_a_doubtful_field_goes_to_review_with_its_name_first(extractor: Extractor, models: FieldModels) -> None:
    html = "<main><h1>Notes</h1><p>Bolton Council and Wigan Council were mentioned at a meeting.</p></main>"
    doc, found = extractor.read(page("https://example.org/notes", html))
    strict = copy.deepcopy(models)
    strict.review_below = {name: 1.01 for name in ("lead_member", "year")}  # nothing is sure enough
    apply(doc, found, strict, Gazetteer.from_file())
    flagged = [note for note in doc.review if note.split(":", 1)[0] in ("lead_member", "year")]
    assert {note.split(":", 1)[0] for note in flagged} == {"lead_member", "year"}
    assert all("confidence" in note for note in flagged)


def test_training_is_deterministic_and_the_json_round_trips(examples: list[Example], models: FieldModels) -> None:
    again = fit(examples)
    assert again.to_json() == models.to_json()
    restored = FieldModels.from_json(models.to_json())
    sample = examples[0].found.councils
    assert list(restored.probabilities("lead", sample)) == pytest.approx(list(models.probabilities("lead", sample)))


def test_models_trained_on_other_features_are_refused(
    models: FieldModels, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stale = copy.deepcopy(models)
    stale.features = {**stale.features, "lead": ("a feature that is gone",)}
    path = tmp_path / "models.json"
    stale.save(path)
    with caplog.at_level(logging.WARNING):
        assert load_models(path) is None
    assert "make train" in caplog.text
    path.write_text("{not json", encoding="utf-8")
    assert load_models(path) is None
    assert load_models(tmp_path / "missing.json") is None


def test_without_models_the_rules_decide(extractor: Extractor) -> None:
    html = "<main><h1>Lab</h1><ul><li>Lead Member: Oldham Council</li><li>Year: 2021</li></ul></main>"
    doc, found = extractor.read(page("https://example.org/lab", html))
    assert doc.lead_member == "Oldham Council" and doc.year == 2021
    assert isinstance(found, Candidates) and doc.confidence == {}
