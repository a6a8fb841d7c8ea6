"""The general mechanisms the fourth blind set prompted, each shown on a page made for it: the same
reading must hold on any template that uses the structure, whatever its wording."""

from __future__ import annotations

import io

import pytest

from harvester.config import ExtractConfig
from harvester.extract import Extractor
from harvester.extract.html import decode_cloudflare_email
from harvester.models import DocType, Document

from .conftest import page

URL = "https://councils.coop/project/test-project/"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(ExtractConfig(principles_model="off"))


def extract(extractor: Extractor, body: str, url: str = URL) -> Document:
    return extractor.extract_html(url, "ccin", body.encode("utf-8"))


def cloudflare_code(address: str, key: int = 0x5A) -> str:
    return f"{key:02x}" + "".join(f"{ord(ch) ^ key:02x}" for ch in address)


def test_cdn_protected_addresses_are_read_as_the_browser_shows_them(extractor: Extractor) -> None:
    code = cloudflare_code("dawn.hesketh@wigan.gov.uk")
    assert decode_cloudflare_email(code) == "dawn.hesketh@wigan.gov.uk"
    assert decode_cloudflare_email("zz") is None
    body = (
        "<h2>For further information contact</h2><p>Dawn Hesketh, Programme Manager, Wigan Council<br>"
        f'<a href="/cdn-cgi/l/email-protection#{code}"><span class="__cf_email__" data-cfemail="{code}">'
        "[email&#160;protected]</span></a></p>"
    )
    doc = extract(extractor, page("Estate renewal", body))
    assert [(c.name, c.email) for c in doc.contacts] == [("Dawn Hesketh", "dawn.hesketh@wigan.gov.uk")]


def test_addresses_spelled_out_in_words_are_addresses(extractor: Extractor) -> None:
    body = (
        "<h2>For further information contact:</h2><p>Kerry Ashworth</p><p>Neighbourhoods Manager</p>"
        "<p>Email: kerry.ashworth at rochdale dot gov dot uk</p><p>We will meet at the hall in the spring.</p>"
    )
    doc = extract(extractor, page("Ward budgets", body))
    assert [(c.name, c.email) for c in doc.contacts] == [("Kerry Ashworth", "kerry.ashworth@rochdale.gov.uk")]


def test_an_address_goes_to_the_person_whose_name_it_spells(extractor: Extractor) -> None:
    body = (
        "<h2>Meet the team</h2><h3>Declan O'Rourke</h3><p>Economic Development Officer</p><p>Preston City Council</p>"
        "<p>Email Declan (declan.orourke@preston.gov.uk)</p><h3>Sunita Chauhan</h3><p>Business Adviser</p>"
        "<p>Email Sunita (s.chauhan@lancaster.gov.uk)</p>"
        "<p>To find out more, email lab@camden.gov.uk or write to us (Adult Social Care).</p>"
    )
    contacts = {(c.name, c.email) for c in extract(extractor, page("Worker co-ops", body)).contacts}
    assert ("Declan O'Rourke", "declan.orourke@preston.gov.uk") in contacts
    assert ("Sunita Chauhan", "s.chauhan@lancaster.gov.uk") in contacts
    assert (None, "lab@camden.gov.uk") in contacts  # 'Adult Social Care' after it is not its owner


def test_contacts_of_other_records_in_a_listing_are_not_the_pages(extractor: Extractor) -> None:
    body = (
        "<ul><li><strong>Lead Member</strong> Bristol City Council</li><li><strong>Year</strong> 2019</li></ul>"
        "<p>" + "The scheme puts solar panels on school roofs. " * 5 + "</p>"
        "<p>Speak to Marcus Oyelaran, Co-operative Development Officer, at marcus.oyelaran@bristol.gov.uk.</p>"
        "<h3>Heat networks</h3><p>Lead Member: Plymouth City Council · Year 2021 · Contact: h.t@plymouth.gov.uk</p>"
        "<h3>Solar Streets</h3><p>Lead Member: Exeter City Council · Year 2018 · Contact: s.s@exeter.gov.uk</p>"
    )
    doc = extract(extractor, page("Community Energy for Schools", body))
    assert [c.email for c in doc.contacts] == ["marcus.oyelaran@bristol.gov.uk"]
    assert doc.lead_member == "Bristol City Council"


def test_a_checklist_of_tick_boxes_claims_only_the_ticked(extractor: Extractor) -> None:
    boxes = "".join(
        f'<li><label><input type="checkbox" disabled{" checked" if ticked else ""}> {name}</label></li>'
        for name, ticked in [("Social partnership", True), ("Innovation", False), ("Learning", True)]
    )
    body = f"<p><strong>Lead Member</strong> Wigan Council</p><h2>Principles met</h2><form><ul>{boxes}</ul></form>"
    doc = extract(extractor, page("Estate renewal", body))
    assert {p.name for p in doc.principles} == {"Social partnership", "Learning"}


def test_a_table_of_all_ten_with_ticks_claims_the_ticked_rows(extractor: Extractor) -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>{'✔' if ticked else ''}</td></tr>"
        for name, ticked in [("Social partnership", False), ("Co-production", True), ("Innovation", False)]
    )
    body = (
        "<p><strong>Lead council:</strong> Camden Council</p><h2>Principles met</h2>"
        f"<table><tr><th>Principle</th><th>This lab</th></tr>{rows}</table>"
    )
    assert {p.name for p in extract(extractor, page("Social value", body)).principles} == {"Co-production"}


def test_labels_set_off_by_markup_need_no_colon(extractor: Extractor) -> None:
    body = (
        '<ul class="meta"><li><span class="k">Lead</span> <a href="/m/bwd/">Blackburn with Darwen Borough Council</a>'
        "</li>"
        '<li><span class="k">Started</span> June 2020</li><li><span class="k">Ended</span> March 2022</li>'
        '<li><span class="k">Partners</span> <span class="chips"><span class="chip">Burnley Borough Council</span>'
        '<span class="chip">Citizens Advice Lancashire East</span></span></li></ul>'
        "<p>" + "Advisers sat in GP surgeries and food banks. " * 5 + "</p>"
    )
    doc = extract(extractor, page("Fuel poverty advice", body))
    assert doc.lead_member == "Blackburn with Darwen Council"
    assert (doc.year, doc.year_end) == (2020, 2022)
    assert doc.participating_members == ["Burnley Borough Council", "Citizens Advice Lancashire East"]


def test_a_table_of_label_value_pairs_side_by_side(extractor: Extractor) -> None:
    body = (
        "<table><tr><td><b>Lead Member</b></td><td>Herefordshire Council</td>"
        "<td><b>Year</b></td><td>2016-2019</td></tr>"
        "<tr><td><b>Participating Members</b></td><td>Shropshire Council<br>Plunkett Foundation</td>"
        "<td><b>Type</b></td><td>Completed</td></tr></table>"
        "<p>" + "Villages opened community-owned shops. " * 5 + "</p>"
    )
    doc = extract(extractor, page("Rural shops", body))
    assert doc.lead_member == "Herefordshire Council"
    assert doc.participating_members == ["Shropshire Council", "Plunkett Foundation"]
    assert (doc.year, doc.year_end, doc.type) == (2016, 2019, "Completed")


def test_a_table_of_partners_is_one_field_not_a_listing(extractor: Extractor) -> None:
    body = (
        "<p>North Ayrshire Council is the lead authority for the lab.</p>"
        "<table><thead><tr><th>Partner</th><th>Role in the lab</th></tr></thead><tbody>"
        "<tr><td>East Ayrshire Council</td><td>Procurement</td></tr>"
        "<tr><td>Ayrshire College</td><td>Skills</td></tr></tbody></table>"
    )
    doc = extract(extractor, page("Community Wealth Building Lab", body))
    assert doc.participating_members == ["East Ayrshire Council", "Ayrshire College"]
    assert doc.lead_member == "North Ayrshire Council"


def test_a_statistic_gives_its_value_before_its_label(extractor: Extractor) -> None:
    body = (
        '<div class="stats"><div><strong>Wigan Council</strong><span>Lead member</span></div>'
        "<div><strong>2017 – 2020</strong><span>Years</span></div>"
        "<div><strong>6</strong><span>Partner organisations</span></div>"
        "<div><strong>1,140</strong><span>Homes improved</span></div></div>"
        "<p>Wigan worked with Bolton Council, Trafford Council and two housing providers, Wigan &amp; Leigh Homes "
        "and Bolton at Home, to test the panel model.</p>"
    )
    doc = extract(extractor, page("Tenant-led estate renewal", body))
    assert (doc.lead_member, doc.year, doc.year_end) == ("Wigan Council", 2017, 2020)
    assert doc.participating_members == ["Bolton Council", "Trafford Council", "Wigan & Leigh Homes", "Bolton at Home"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Launched in autumn 2018, the collective is owned by 37 care homes.", (2018, None)),
        ("From April 2021 until March 2024. Applications close six weeks before each quarter.", (2021, 2024)),
        ("That the Council joins the Community Wealth Building Policy Lab for 2023/24.", (2023, 2024)),
    ],
)
def test_the_works_years_stated_in_prose(extractor: Extractor, text: str, years: tuple[int, int | None]) -> None:
    doc = extract(extractor, page("A project", f"<p>{text}</p><p>" + "More about the work itself. " * 6 + "</p>"))
    assert (doc.year, doc.year_end) == years


def test_partners_listed_under_a_lead_in_or_named_before_joining(extractor: Extractor) -> None:
    listed = extract(
        extractor,
        page(
            "Food co-ops",
            "<p>The network is a Policy Lab led by Sheffield City Council. The partners are:</p><ul>"
            "<li>City of Doncaster Council</li><li>Voluntary Action Sheffield</li></ul>",
        ),
    )
    assert listed.participating_members == ["City of Doncaster Council", "Voluntary Action Sheffield"]
    joined = extract(
        extractor,
        page(
            "Housing hub",
            "<p>The hub is led by Oxford City Council.</p><p>Cherwell District Council and West Oxfordshire "
            "District Council joined the hub as partners, so groups anywhere could use it.</p>",
        ),
    )
    assert joined.participating_members == ["Cherwell District Council", "West Oxfordshire District Council"]


def test_a_councillor_in_the_lead_field_gives_their_council(extractor: Extractor) -> None:
    body = (
        "<h3>Lead Member</h3><p>Cllr Jess Cormack, Cabinet Member for Children and Young People, Lambeth</p>"
        "<p>" + "Young people's assemblies set questions for cabinet. " * 5 + "</p>"
    )
    assert extract(extractor, page("Youth assemblies", body)).lead_member == "Lambeth Council"


def test_a_sidebar_contact_box_is_the_pages_and_the_footers_is_not(extractor: Extractor) -> None:
    html = (
        "<html><head><title>Lab</title></head><body><main><h1>Lab</h1><p>"
        + "North Ayrshire Council is the lead authority for the lab. " * 4
        + "</p></main><aside><nav><h2>Guide</h2><a href='/1'>1</a></nav><div class='contact-block'>"
        "<h2>Contact the Community Wealth Building team</h2><a href='mailto:cwb@north-ayrshire.gov.uk'>"
        "cwb@north-ayrshire.gov.uk</a></div></aside><footer><div class='widget'><h3>Contact the Network</h3>"
        "<a href='mailto:info@councils.coop'>info@councils.coop</a></div></footer></body></html>"
    )
    assert [c.email for c in extract(extractor, html).contacts] == ["cwb@north-ayrshire.gov.uk"]


def test_a_memo_date_is_when_it_was_written_not_the_works_years(extractor: Extractor) -> None:
    body = (
        "<p>To: Cabinet Member</p><p>Date: 12th June 2017</p>"
        "<p>Stroud District Council will lead the Lab. The Lab will run from September 2017 to August 2018.</p>"
    )
    doc = extract(extractor, page("Briefing note", body))
    assert (doc.year, doc.year_end, doc.lead_member) == (2017, 2018, "Stroud District Council")


def test_an_undated_page_that_states_its_lead_is_a_project(extractor: Extractor) -> None:
    body = "<p>North Ayrshire Council is the lead authority for the lab, working with Ayrshire College.</p>" * 2
    assert extract(extractor, page("The lab", body), url="https://x.gov.uk/lab").doc_type is DocType.PROJECT


def make_pdf_with(header_rows: list[list[str]] | None, paragraphs: list[str], pages: int = 1) -> bytes:
    """A PDF whose every page carries `header_rows` as a table at the top, then the paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    out = io.BytesIO()
    story: list[object] = []
    for number in range(pages):
        if number:
            story.append(PageBreak())
        if header_rows:
            story.append(Table(header_rows, style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story.extend(Paragraph(text, getSampleStyleSheet()["BodyText"]) for text in paragraphs)
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def test_pdf_details_repeated_on_every_page_are_read_once(extractor: Extractor) -> None:
    body = make_pdf_with(
        [["Lead", "Partners", "Year"], ["Lancaster City Council", "Preston City Council", "2019"]],
        ["Plots along the canal were brought back into use by growing groups. " * 3],
        pages=3,
    )
    doc = extractor.extract_pdf("https://x.org/evaluation.pdf", "ccin", body)
    assert doc.lead_member == "Lancaster City Council"
    assert doc.participating_members == ["Preston City Council"]
    assert doc.year == 2019
    assert sum(s.text.count("Lancaster City Council") for s in doc.sections) == 1


def test_pdf_bullets_are_list_items(extractor: Extractor) -> None:
    body = make_pdf_with(
        None,
        ["Produced by: Knowsley Metropolitan Borough Council", "Principles met:", "– Social partnership", "– Learning"],
    )
    doc = extractor.extract_pdf("https://x.org/toolkit.pdf", "ccin", body)
    assert {p.name for p in doc.principles} == {"Social partnership", "Learning"}
    assert doc.lead_member == "Knowsley Metropolitan Borough Council"


def test_a_bold_word_opening_a_sentence_is_not_a_label(extractor: Extractor) -> None:
    body = (
        "<p><strong>Lead Member</strong> Oldham Council</p><p>The project ran from 2016 to 2018.</p>"
        "<p><b>When</b> Salford City Council joined in 2020, the scheme doubled in size across both boroughs.</p>"
    )
    doc = extract(extractor, page("Ward budgets", body))
    assert (doc.lead_member, doc.year, doc.year_end) == ("Oldham Council", 2016, 2018)


# The fifth blind set's mechanisms.


def test_council_names_in_other_forms_resolve_to_the_gazetteers(extractor: Extractor) -> None:
    body = (
        "<p>The Royal Borough of Kensington and Chelsea (RBKC) and its neighbours ran the project.</p>"
        "<ul><li><b>Lead Member:</b> RBKC</li><li><b>Participating Members:</b> LB Lambeth, "
        "Hertfordshire County Council</li><li><b>Year:</b> 2020</li></ul>"
    )
    doc = extract(extractor, page("Estate repairs", body))
    assert doc.lead_member == "Royal Borough of Kensington and Chelsea"
    assert doc.participating_members == ["Lambeth Council", "Hertfordshire County Council"]  # not Herefordshire


@pytest.mark.parametrize(
    ("lead_field", "members_field", "lead", "members"),
    [
        ("Kirklees Council &amp; Calderdale Council", "Bradford Council", "Kirklees Council",
         ["Calderdale Council", "Bradford Council"]),
        ("Plymouth City Council with Exeter City Council and Devon County Council", "", "Plymouth City Council",
         ["Exeter City Council", "Devon County Council"]),
        ("Blackburn with Darwen Borough Council", "", "Blackburn with Darwen Council", []),
        ("Newport City Council", "None – single-council prototype", "Newport City Council", []),
    ],
)  # fmt: skip
def test_a_lead_field_with_co_leads_or_partners(
    extractor: Extractor, lead_field: str, members_field: str, lead: str, members: list[str]
) -> None:
    members_line = f"<li><b>Other members involved:</b> {members_field}</li>" if members_field else ""
    body = f"<ul><li><b>Lead Members:</b> {lead_field}</li>{members_line}<li><b>Year:</b> 2022</li></ul>"
    body += "<p>" + "Residents ran the scheme together with the councils. " * 4 + "</p>"
    doc = extract(extractor, page("A lab", body))
    assert (doc.lead_member, doc.participating_members) == (lead, members)


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("<p><b>Timeframe:</b> 2022/23 – 2023/24</p>", (2022, 2024)),
        ("<p><b>Year:</b> 2014-15 &amp; 2015-16</p>", (2014, 2016)),
        ("<p><b>Years:</b> 2016, 2017, 2018</p>", (2016, 2018)),
        ("<p>1.2 Lab duration: October 2023 – September 2024.</p>", (2023, 2024)),
        ("<p><b>Funding round:</b> Round 6 (2023)</p>", (2023, None)),
        ("<p><b>Year:</b> 2018, refreshed 2022</p>", (2018, None)),
    ],
)
def test_years_written_as_council_documents_write_them(
    extractor: Extractor, line: str, years: tuple[int, int | None]
) -> None:
    doc = extract(extractor, page("A lab", line + "<p>" + "The work itself, described. " * 6 + "</p>"))
    assert (doc.year, doc.year_end) == years


def test_partners_in_prose_in_two_forms_or_described(extractor: Extractor) -> None:
    welsh = extract(
        extractor,
        page(
            "Care Lab",
            "<p>The Lab is led by Cardiff Council. Taking part alongside Cardiff are Cyngor Abertawe (Swansea "
            "Council), Cyngor Dinas Casnewydd (Newport City Council) and Social Care Wales.</p>",
        ),
    )
    assert welsh.participating_members == ["Swansea Council", "Newport City Council", "Social Care Wales"]
    described = extract(
        extractor,
        page(
            "Energy lab",
            "<p>Bristol City Council leads the lab. The Lab brings together Exeter City Council and Plymouth City "
            "Council, and three partners from outside local government – Devon Communities Together, the "
            "University of Exeter and Cwmpas, the co-operative development agency, who advise groups.</p>",
        ),
    )
    assert described.participating_members == [
        "Exeter City Council",
        "Plymouth City Council",
        "Devon Communities Together",
        "University of Exeter",
        "Cwmpas",
    ]


def test_the_sites_own_mailbox_is_nobodys_contact(extractor: Extractor) -> None:
    body = (
        "<p>" + "Tenants review repair jobs and score contractors. " * 4 + "</p>"
        "<p>Contact: Joanne Mbeki-Hart on 0161 496 0732.</p>"
        "<p>Got a question about Network funding? Email info@councils.coop .</p>"
    )
    doc = extract(extractor, page("Tenant panels", body), url="https://councils.coop/project/tenant-panels/")
    assert [(c.name, c.email) for c in doc.contacts] == [("Joanne Mbeki-Hart", None)]


def test_an_archive_pages_records_are_not_the_pages(extractor: Extractor) -> None:
    records = "".join(
        f"<h2>Lab {n}</h2><p>Posted on April {n}, 2022</p><p>Lead Member: {council} | Year 2022</p>"
        f"<p>{'This Policy Lab will test co-operative models in their own areas. ' * 3}</p>"
        f"<p>Contact: Person {'ABC'[n - 1]}one – p{n}@{council.split()[0].lower()}.gov.uk</p>"
        for n, council in enumerate(["Leeds City Council", "Oldham Council", "Islington Council"], start=1)
    )
    doc = extract(extractor, page("Category: Policy Labs 2022", records))
    assert doc.lead_member is None
    assert doc.contacts == []


def test_principles_named_in_a_sentence(extractor: Extractor) -> None:
    body = (
        "<p><b>Lead Member:</b> Sunderland City Council</p>"
        "<p>4.2 The Lab will meet the Network's principles of Co-production and Social partnership by involving "
        "residents' groups in designing the model.</p>"
    )
    doc = extract(extractor, page("Report to Cabinet", body))
    assert {p.name for p in doc.principles} == {"Co-production", "Social partnership"}


# The sixth blind set's mechanisms (years above all).


@pytest.mark.parametrize(
    ("body", "years"),
    [
        ("<p>Policy Lab · Led by Camden Council · 2019–present</p>", (2019, None)),
        ("<p>The programme has been running since the 2017/18 financial year.</p>", (2017, None)),
        ("<p>Ran May 2021 – July 2022, with six co-design sessions.</p>", (2021, 2022)),
        ("<p><b>Started:</b> Sept ’18</p>", (2018, None)),
        ("<p><b>Lab cohort:</b> 2024</p>", (2024, None)),
        ("<h3>Phase 1 (2019)</h3><p>Pop-up cafés.</p><h3>Phase 2 (2021–2023)</h3><p>Permanent hubs.</p>", (2019, 2023)),
        ("<p>The scheme was completed in 2022 after a two-year pilot.</p>", (2020, 2022)),
        (
            "<h2>Milestones</h2><table><tr><th>When</th><th>What happened</th></tr>"
            "<tr><td>January 2021</td><td>Kick-off</td></tr><tr><td>May 2021</td><td>Options paper</td></tr>"
            "<tr><td>March 2022</td><td>Final report</td></tr></table>",
            (2021, 2022),
        ),
    ],
)
def test_the_works_years_as_pages_write_them(extractor: Extractor, body: str, years: tuple[int, int | None]) -> None:
    doc = extract(extractor, page("A lab", body + "<p>" + "The work itself, described at some length. " * 5 + "</p>"))
    assert (doc.year, doc.year_end) == years


def test_labels_with_counts_and_convening_councils(extractor: Extractor) -> None:
    body = (
        "<p>Convening council: Plymouth City Council</p><h5>Participating councils (2)</h5>"
        "<ul><li>Exeter</li><li>Torbay Council</li></ul><p>This lab delivers on: Co-production / Learning</p>"
        "<p>" + "Councils offered roofs for community solar. " * 5 + "</p>"
    )
    doc = extract(extractor, page("Energy lab", body))
    assert doc.lead_member == "Plymouth City Council"
    assert doc.participating_members == ["Exeter City Council", "Torbay Council"]
    assert {p.name for p in doc.principles} == {"Co-production", "Learning"}


def test_an_address_offered_after_another_is_not_the_first_persons(extractor: Extractor) -> None:
    body = (
        "<p>" + "The lab will share what it has learned at a showcase. " * 4 + "</p>"
        "<p>For questions about the lab, contact Fran Okafor at Oxford City Council: fokafor@oxford.gov.uk . "
        "For booking problems, email bookings@oxford.gov.uk .</p>"
        "<p>Want to start a co-op? Message Kwame Asante-Boyd on 0161 496 0412 or at kab@salford.gov.uk .</p>"
    )
    contacts = {(c.name, c.email) for c in extract(extractor, page("Showcase", body)).contacts}
    assert ("Fran Okafor", "fokafor@oxford.gov.uk") in contacts
    assert ("Fran Okafor", "bookings@oxford.gov.uk") not in contacts
    assert ("Kwame Asante-Boyd", "kab@salford.gov.uk") in contacts


def test_partners_named_before_taking_part_and_alongside(extractor: Extractor) -> None:
    body = (
        "<p>Oxford City Council is leading a group of councils testing bulk-bought insulation.</p>"
        "<p>Norwich City Council and Stroud District Council are taking part, alongside the Low Carbon Hub.</p>"
    )
    doc = extract(extractor, page("Retrofit lab", body), url="https://councils.coop/2023/11/retrofit/")
    assert doc.participating_members == ["Norwich City Council", "Stroud District Council", "Low Carbon Hub"]


def test_a_councils_own_site_speaking_of_its_work_is_its_lead(extractor: Extractor) -> None:
    body = (
        "<p>We set up the first food co-op in a community centre with twelve founding members. Our co-ops now "
        "buy together through one wholesale account, and we help new groups get started.</p>"
    )
    html = f"<html><head><title>Food co-ops</title></head><body><main><h1>Food co-ops</h1>{body}</main></body></html>"
    assert extract(extractor, html, url="https://www.salford.gov.uk/food-co-ops").lead_member == "Salford City Council"
    assert extract(extractor, html, url="https://foodcoops.example.org/").lead_member is None
