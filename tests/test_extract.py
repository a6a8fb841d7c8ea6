"""Extraction: metadata from varied templates, encodings, PDFs and broken input."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harvester.errors import ExtractionError
from harvester.extract import Extractor
from harvester.extract.fields import parse_years
from harvester.extract.values import joined_names, split_names
from harvester.gazetteer import Gazetteer
from harvester.models import DocType

from .conftest import page
from .golden.seeds import SEED_EXPECTATIONS, SEEDS, seed_as_html

URL = "https://councils.coop/project/example/"
CWAC = "Cheshire West and Chester Council"
GMCA = "Greater Manchester Combined Authority"
LEAD_AND_NEW_ROLE = "Community leadership and a new role for councillors"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The rules alone (the field models' candidate generators); tests/test_golden.py and the seed test
    below check the decisions of the shipped models."""
    return Extractor(models=None)


def extract(extractor: Extractor, body: str, url: str = URL):  # type: ignore[no-untyped-def]
    return extractor.extract_html(url, "ccin", body.encode("utf-8"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_seed_pages_yield_their_published_metadata(extractor: Extractor, prefix: str) -> None:
    seed = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = extract(extractor, seed_as_html(seed))
    expected = SEED_EXPECTATIONS[prefix]
    assert doc.lead_member == expected["lead_member"]
    assert doc.participating_members == expected["participating_members"]
    assert doc.year == expected.get("rules_year", expected["year"])
    assert doc.type == expected["type"]
    assert sorted(doc.listed_principles) == sorted(expected["principles"])
    assert [(c.name, c.role, c.organisation) for c in doc.contacts] == expected["contacts"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTATIONS))
def test_the_field_models_keep_the_seed_pages_metadata(prefix: str) -> None:
    """The network's own pages, decided by the shipped models: what the page publishes, nothing else."""
    seed = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = extract(Extractor(), seed_as_html(seed))
    expected = SEED_EXPECTATIONS[prefix]
    assert doc.lead_member == expected["lead_member"]
    assert sorted(doc.participating_members) == sorted(expected["participating_members"])
    assert (doc.year, doc.type) == (expected["year"], expected["type"])
    assert sorted(doc.listed_principles) == sorted(expected["principles"])
    assert set(doc.confidence) >= {"lead_member", "year", "principles"}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_seed_without_a_principles_list_gets_no_listed_principles(extractor: Extractor) -> None:
    doc = extract(extractor, seed_as_html(next(SEEDS.glob("001_*.txt"))))
    assert doc.listed_principles == []
    assert all(p.basis == "inferred" for p in doc.principles)
    assert doc.lead_member is None and doc.year is None
    assert "digital inclusion" in doc.summary.lower()


def test_principles_shown_only_as_statements_map_to_names(extractor: Extractor) -> None:
    body = """<ul><li>Lead Member Hackney Council</li></ul><h3>Principles met</h3><ul>
    <li>We will develop systems that enable citizens to be equal partners in designing and commissioning
        public services and in determining the use of public resources.</li>
    <li>We will capture and expand the experience and learning from individual projects in order to encourage
        wider application of co-operative principles within member councils and across the network.</li>
    </ul><h3>About the project</h3><p>Residents and the council wrote the new housing allocations policy
    together over six months of open meetings, surveys and workshops in every ward.</p>"""
    doc = extract(extractor, page("Housing allocations", body))
    assert doc.listed_principles == ["Co-production", "Learning"]
    learning = next(p for p in doc.principles if p.name == "Learning")
    assert learning.basis == "listed" and 0.85 <= learning.confidence < 1.0  # lightly edited statement


def test_principle_names_in_body_text_are_not_listed(extractor: Extractor) -> None:
    body = "<h2>Innovation</h2><p>We tried an innovative approach to learning with schools and families.</p>"
    doc = extract(extractor, page("A page", body))
    assert doc.listed_principles == []


def test_definition_list_template(extractor: Extractor) -> None:
    body = """<dl><dt>Lead council</dt><dd>GMCA</dd><dt>Partner councils</dt>
    <dd>Oldham Council; Salford City Council and Wigan Council</dd><dt>Years</dt><dd>2019 to 2021</dd>
    <dt>Type</dt><dd>Policy Prototype</dd></dl><p>The project helped ten thousand residents to claim the
    support they were entitled to through community advice hubs run with local charities.</p>"""
    doc = extract(extractor, page("Advice hubs", body))
    assert doc.lead_member == GMCA
    assert doc.participating_members == ["Oldham Council", "Salford City Council", "Wigan Council"]
    assert (doc.year, doc.year_end) == (2019, 2021)
    assert doc.type == "Policy Prototype"
    assert doc.provenance["lead_member"] == "label:Lead council"


def test_table_template_and_unknown_council_flagged(extractor: Extractor) -> None:
    body = """<table><tr><th>Lead Member:</th><td>Midshire County Council</td></tr>
    <tr><th>Participating Members:</th><td>CWaC, Action Together CIO</td></tr></table>
    <p>A county-wide programme that paired every care home with a local school so that older residents
    and pupils could learn from one another through weekly visits and shared projects.</p>"""
    doc = extract(extractor, page("Generations together", body))
    assert doc.lead_member == "Midshire County Council"
    assert doc.participating_members == [CWAC, "Action Together CIO"]
    kinds = {p.name: (p.kind, p.known) for p in doc.participants}
    assert kinds == {CWAC: ("council", True), "Action Together CIO": ("organisation", False)}
    assert "unknown council name: Midshire County Council" in doc.review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022", (2022, None)),
        ("2019-2020", (2019, 2020)),
        ("2019/20", (2019, 2020)),
        ("2019 – 2021", (2019, 2021)),
        ("2019 to 2022", (2019, 2022)),
        ("Spring 2021", (2021, None)),
        ("2020/2021", (2020, 2021)),
        ("no year here", (None, None)),
    ],
)
def test_year_formats(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_years(text) == expected


def test_year_never_comes_from_footer_or_sidebar_news(extractor: Extractor) -> None:
    doc = extract(extractor, page("No year", "<p>" + "A project without any stated year at all. " * 5 + "</p>"))
    assert doc.year is None


def test_names_split_on_commas_but_keep_and_inside_names() -> None:
    assert split_names("Telford and Wrekin Council, Barking and Dagenham Council and Brent Council") == [
        "Telford and Wrekin Council",
        "Barking and Dagenham Council",
        "Brent Council",
    ]


@pytest.mark.parametrize(
    ("joined", "names"),
    [
        (
            "Participatory City Foundation and Every One Every Day",
            ["Participatory City Foundation", "Every One Every Day"],
        ),
        ("Torbay Council and the University of Plymouth", ["Torbay Council", "University of Plymouth"]),
        ("Sefton Council and LCRCA", ["Sefton Council", "LCRCA"]),
        ("Telford and Wrekin Council & Shropshire Council", ["Telford and Wrekin Council", "Shropshire Council"]),
        ("Hull Community and Voluntary Services", ["Hull Community and Voluntary Services"]),
        ("Royal Borough of Windsor and Maidenhead", ["Royal Borough of Windsor and Maidenhead"]),
        ("Health and Social Care Partnership", ["Health and Social Care Partnership"]),
    ],
)
def test_joined_names_split_only_where_both_sides_are_whole_names(joined: str, names: list[str]) -> None:
    assert joined_names(joined, Gazetteer.from_file()) == names


def test_boilerplate_is_not_main_text(extractor: Extractor) -> None:
    doc = extract(extractor, page("Clean text", "<p>" + "The real subject of the page is here. " * 6 + "</p>"))
    text = doc.text
    assert "real subject" in text
    for noise in ("cookies", "Conference 2019", "© 2024", "Home"):
        assert noise not in text


def test_windows_1252_without_declaration_decodes(extractor: Extractor) -> None:
    body = (
        "<html><body><main><h1>Energy co\u2011op</h1><p>Shares from \u00a350 \u2013 every member\u2019s "
        "vote counts the same in this community energy scheme run with residents.</p></main></body></html>"
    )
    doc = extractor.extract_html(URL, "ccin", body.replace("\u2011", "-").encode("windows-1252"))
    assert "£50 – every member’s vote" in doc.text


def test_declared_latin1_is_read_as_windows_1252(extractor: Extractor) -> None:
    body = (
        "<html><body><main><p>The council\u2019s \u201cbig idea\u201d for residents, twenty words long "
        "so that it counts as a real paragraph of text on the page here.</p></main></body></html>"
    )
    doc = extractor.extract_html(URL, "ccin", body.encode("windows-1252"), "text/html; charset=ISO-8859-1")
    assert "council’s “big idea”" in doc.text


def test_empty_page_is_recorded_not_indexed(extractor: Extractor) -> None:
    doc = extract(extractor, page("Coming soon", "<p>Details to follow.</p>"))
    assert doc.sections == []
    assert any("empty page" in flag for flag in doc.review)


def test_contacts_in_one_line_with_email(extractor: Extractor) -> None:
    body = (
        "<p>" + "Words about the project that make this a real page. " * 4 + "</p><p>For more information "
        "contact: Dr Jane O'Neill, Head of Policy, Oldham Council, <a href='mailto:jane@oldham.gov.uk'>"
        "jane@oldham.gov.uk</a></p>"
    )
    doc = extract(extractor, page("Contact test", body))
    assert [c.model_dump() for c in doc.contacts] == [
        {
            "name": "Dr Jane O'Neill",
            "role": "Head of Policy",
            "organisation": "Oldham Council",
            "email": "jane@oldham.gov.uk",
        }
    ]


def test_outcomes_and_summary(extractor: Extractor) -> None:
    body = """<h2>About the project</h2><p>Summary of project idea</p><p>Tenants took over the running of
    their estate through a tenant management co-operative, with the council as a partner rather than a landlord.</p>
    <h2>Key outcomes</h2><ol><li>Repairs completed in half the time</li><li>A tenant-run community cafe</li></ol>"""
    doc = extract(extractor, page("Tenant management", body))
    assert doc.summary.startswith("Tenants took over")
    assert doc.outcomes == ["Repairs completed in half the time", "A tenant-run community cafe"]


def test_doc_type_from_url_and_content(extractor: Extractor) -> None:
    text = "<p>" + "A page long enough to count as content for the extractor. " * 3 + "</p>"
    assert extract(extractor, page("Case", text), "https://x.org/case-study/a/").doc_type is DocType.CASE_STUDY
    assert extract(extractor, page("News", text), "https://x.org/news/a/").doc_type is DocType.NEWS
    assert extract(extractor, page("About", text), "https://x.org/about/").doc_type is DocType.PAGE


# --- PDFs ---------------------------------------------------------------------------------------


def make_pdf(pages: list[str], table: list[list[str]] | None = None, encrypt: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title="Test toolkit", encrypt=encrypt)
    story: list[object] = []
    for number, text in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(text, getSampleStyleSheet()["BodyText"]))
    if table:
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        story.append(Table(table, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
    doc.build(story)
    return out.getvalue()


def test_pdf_pages_tables_and_title(extractor: Extractor) -> None:
    body = make_pdf(
        [
            "Lead Member: Kirklees Council. Year: 2021. This toolkit explains community asset transfer.",
            "Second page about leases and governance of transferred buildings.",
        ],
        table=[["Asset", "Group"], ["Library", "Friends of the library"]],
    )
    doc = extractor.extract_pdf("https://x.org/toolkit.pdf", "ccin", body, linked_from="https://x.org/project/")
    assert doc.title == "Test toolkit"
    assert doc.pages == 2
    assert [s.page for s in doc.sections] == [1, 2]
    assert "Asset: Library" in doc.sections[1].text and "Group: Friends of the library" in doc.sections[1].text
    assert doc.lead_member == "Kirklees Council" and doc.year == 2021
    assert doc.linked_from == "https://x.org/project/"
    assert doc.doc_type is DocType.TOOLKIT


def test_encrypted_pdf_is_a_clear_error(extractor: Extractor) -> None:
    body = make_pdf(["Secret"], encrypt="pw")
    with pytest.raises(ExtractionError, match="encrypted"):
        extractor.extract_pdf("https://x.org/s.pdf", "ccin", body)


@pytest.mark.parametrize("body", [b"", b"%PDF-1.4\n garbage \x00\x01", b"not a pdf at all"])
def test_corrupt_pdf_is_a_clear_error(extractor: Extractor, body: bytes) -> None:
    with pytest.raises(ExtractionError):
        extractor.extract_pdf("https://x.org/c.pdf", "ccin", body)


def test_pdf_without_text_layer_is_flagged(extractor: Extractor) -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.rect(100, 100, 200, 200, fill=1)
    c.save()
    doc = extractor.extract_pdf("https://x.org/scan.pdf", "ccin", out.getvalue())
    assert doc.sections == []
    assert any("no text layer" in flag for flag in doc.review)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise_outside_documented_errors(body: bytes) -> None:
    with contextlib.suppress(ExtractionError):
        Extractor().extract_html(URL, "ccin", body)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivlpul&;#x0123\n")), max_size=2000))
def test_malformed_markup_never_raises(markup: str) -> None:
    with contextlib.suppress(ExtractionError):
        Extractor().extract_html(URL, "ccin", markup.encode("utf-8"))


def test_principle_icons_by_alt_text_or_file_name(extractor: Extractor) -> None:
    body = (
        """<h3>Principles met</h3><p><img src="/i/a.png" alt="Co-production icon">
    <img src="/wp-content/uploads/2021/03/social-partnership-150x150.png" alt=""></p>
    <p>"""
        + "A project about resident-led parks with enough words to be a real page. " * 2
        + "</p>"
    )
    doc = extract(extractor, page("Parks", body))
    assert doc.listed_principles == ["Social partnership", "Co-production"]  # canonical order


def test_trafilatura_rescues_content_hidden_in_boilerplate_looking_wrappers(extractor: Extractor) -> None:
    prose = "Tenants in the estate took over day-to-day repairs through their own co-operative. " * 4
    body = f'<html><body><div class="menu-wrapper"><div class="share-box"><p>{prose}</p></div></div></body></html>'
    doc = extractor.extract_html(URL, "ccin", body.encode())
    assert "took over day-to-day repairs" in doc.text


def test_participants_as_a_nested_list_one_per_item(extractor: Extractor) -> None:
    body = """<ul><li>Lead Member<ul><li>Oldham Council</li></ul></li><li>Participating Members<ul>
    <li>Oldham Council</li><li>Rochdale Borough Council</li><li>Bury Council</li></ul></li>
    <li>Year<ul><li>2023</li></ul></li></ul><p>A shared programme of community wealth building across three
    boroughs, with anchor institutions buying from local co-operatives.</p>"""
    doc = extract(extractor, page("Community wealth", body))
    assert doc.lead_member == "Oldham Council"
    assert doc.participating_members == ["Oldham Council", "Rochdale Metropolitan Borough Council", "Bury Council"]
    assert doc.year == 2023
    assert "Bury Council" not in doc.summary
