"""Generate the round-10 (held-out) blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round10/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names and the canonical
principle statements are used on purpose. Deterministic: reportlab invariant mode fixes creation dates and
document IDs, so re-running gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, A5  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "pdfs"
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontSize=10, leading=13.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceBefore=0, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=SS["Title"], fontSize=20, leading=24, alignment=0)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontSize=13, leading=16)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontSize=11, leading=14)
NUM = ParagraphStyle("num", parent=BODY, leftIndent=22, firstLineIndent=-22)

STATEMENTS = {
    "Democratic engagement": "We will support the active engagement of the full range of residents in decision "
    "making and priority setting.",
    "Enterprise and social economy": "We will promote community-based approaches to economic development that "
    "focus on supporting the creation of jobs, social enterprises and other businesses and providing an "
    "environment for co-operative and mutual enterprises to thrive.",
    "New models of meeting priority needs": "In exploring new ways of meeting the priority needs of our "
    "communities we will encourage models, such as co-operatives and mutuals, which give greater influence and "
    "voice to staff and users.",
}

GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)
KV = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
    ]
)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def _rows(rows: list[list[str]]) -> list[list[Paragraph]]:
    return [[_p(c, CELL) for c in r] for r in rows]


def _numbered(items: list[tuple[str, str]]) -> list[Paragraph]:
    return [_p(f"{n}&nbsp;&nbsp;{t}", NUM) for n, t in items]


def conference_programme_sheffield() -> None:
    """A5 conference programme booklet; the host council is the lead; the event is in March 2025."""
    page = A5

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(1.2 * cm, 0.7 * cm, "Co-operative Councils Annual Conference 2025 \u00b7 Programme, edition 3")
        canv.drawRightString(page[0] - 1.2 * cm, 0.7 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "pdf-conference-programme-booklet-sheffield.pdf"),
        pagesize=page,
        leftMargin=1.2 * cm,
        rightMargin=1.2 * cm,
        topMargin=1.3 * cm,
        bottomMargin=1.4 * cm,
        title="Co-operative Councils Annual Conference 2025 - programme",
        author="Sheffield City Council Events",
        invariant=1,
    )
    cover_title = ParagraphStyle("ct", parent=H1, fontSize=22, leading=27, textColor=colors.HexColor("#004b87"))
    story = [
        Spacer(1, 2.2 * cm),
        _p("Co-operative Councils Annual Conference 2025", cover_title),
        Spacer(1, 0.3 * cm),
        _p("<b>Owning the future: co-operative answers to hard times</b>", H3),
        Spacer(1, 0.6 * cm),
        _p("Thursday 6 and Friday 7 March 2025"),
        _p("Sheffield City Hall, Barker&rsquo;s Pool, Sheffield S1 2JA"),
        Spacer(1, 1.2 * cm),
        _p(
            "Hosted by Sheffield City Council on behalf of the Co-operative Councils&rsquo; Innovation Network, in "
            "partnership with Sheffield Hallam University."
        ),
        Spacer(1, 2 * cm),
        _p("Programme correct at 24 February 2025. Sessions may change; check the app for updates.", SMALL),
        PageBreak(),
        _p("Welcome to Sheffield", H2),
        _p(
            "It is a great pleasure to welcome you to the steel city for the Network&rsquo;s annual gathering. "
            "Sheffield has a long co-operative history &ndash; from the little mesters&rsquo; workshops to the "
            "great co-operative societies of the nineteenth century &ndash; and we are proud to add a new "
            "chapter."
        ),
        _p(
            "Over two days you will hear from more than forty councils. Preston will reflect on a decade of "
            "community wealth building since 2013; Plymouth and Bristol will talk about energy; and colleagues from "
            "Cardiff, Kirklees and Sunderland will share what their Policy Labs found in 2023 and 2024. I hope you "
            "will also take time to see the city: our own co-operative food network, set up in 2021, runs a "
            "market stall in the Moor Market just five minutes away."
        ),
        _p(
            "My thanks to the Network&rsquo;s secretariat, to our partners at Sheffield Hallam University, who have "
            "hosted the fringe programme and the research poster hall, and to our sponsors."
        ),
        Spacer(1, 0.4 * cm),
        _p("Cllr Tom Aldridge<br/>Leader, Sheffield City Council"),
        PageBreak(),
        _p("Day one &ndash; Thursday 6 March", H2),
    ]
    day1 = [
        ["Time", "Session", "Room"],
        ["09:00", "Registration, coffee and the co-op market", "Foyer"],
        ["10:00", "Opening plenary: Owning the future. Chair: Leader of Oldham Council", "Oval Hall"],
        [
            "11:15",
            "Strand A \u2013 Principles into practice: Co-production masterclass (Lambeth and Kirklees)",
            "Room 1",
        ],
        [
            "11:15",
            "Strand B \u2013 Energy: community energy after the crisis (Plymouth City Council, 2019\u20132024)",
            "Room 2",
        ],
        ["12:30", "Lunch and research posters (Sheffield Hallam University)", "Ballroom"],
        ["13:30", "Policy Labs 2024: what we found (Cardiff, Sunderland, Calderdale)", "Oval Hall"],
        ["15:00", "Workshops: social value in procurement; youth co-ops; care co-ops", "Rooms 1\u20133"],
        ["16:30", "Members&rsquo; AGM (member councils only)", "Room 1"],
        ["19:00", "Conference dinner at the Cutlers&rsquo; Hall", "Off site"],
    ]
    t1 = Table(_rows(day1), colWidths=[1.4 * cm, 8.6 * cm, 2.2 * cm], repeatRows=1)
    t1.setStyle(GRID)
    story += [t1, PageBreak(), _p("Day two &ndash; Friday 7 March", H2)]
    day2 = [
        ["Time", "Session", "Room"],
        ["09:30", "Keynote: The co-operative council at 15. Speaker: Chief Executive, Co-operatives UK", "Oval Hall"],
        ["10:45", "Strand A \u2013 Principles into practice: Walking the talk in our own organisations", "Room 1"],
        ["10:45", "Strand C \u2013 Housing: community land trusts (Lewisham, Leeds, Bristol)", "Room 2"],
        ["12:00", "Lunch", "Ballroom"],
        [
            "13:00",
            "Closing plenary: what next for the Network? Handover to the 2026 host, Swansea Council",
            "Oval Hall",
        ],
        ["14:30", "Close and study visits: Moor Market food co-op; Kelham Island worker co-ops", "Off site"],
    ]
    t2 = Table(_rows(day2), colWidths=[1.4 * cm, 8.6 * cm, 2.2 * cm], repeatRows=1)
    t2.setStyle(GRID)
    story += [
        t2,
        PageBreak(),
        _p("Practical information", H2),
        _p(
            "<b>Wi-Fi:</b> CityHall-Guest, no password. <b>Access:</b> step-free entrance on Holly Street; "
            "quiet room on the first floor; hearing loops in the Oval Hall and Rooms 1&ndash;3."
        ),
        _p(
            "<b>Getting here:</b> Sheffield station is a 12-minute walk or two stops on the tram (Cathedral). "
            "There is no parking at City Hall."
        ),
        _p("<b>Venue enquiries:</b> venue@sheffieldcityhall.co.uk"),
        KeepTogether(
            [
                _p("Conference team", H3),
                _p(
                    "Grace Mwangi, Conference Manager, Sheffield City Council<br/>"
                    "grace.mwangi@sheffield.gov.uk &middot; 0114 496 0190"
                ),
            ]
        ),
        Spacer(1, 0.4 * cm),
        _p("Our sponsors", H3),
        _p("Unity Trust Bank &middot; The Co-operative Group &middot; South Yorkshire Mayoral Combined Authority"),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def job_description_wirral() -> None:
    """Job description and person specification; the programme runs April 2024 - March 2028."""

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1 * cm, "Wirral Council \u00b7 JD template v4 (2023) \u00b7 Post RP-4471")
        canv.drawRightString(A4[0] - 2 * cm, 1 * cm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "pdf-job-description-person-spec-wirral.pdf"),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Job description - Community Wealth Partnership Lead",
        author="Wirral Council HR",
        invariant=1,
    )
    header = [
        ["Post title", "Community Wealth Partnership Lead"],
        ["Post number", "RP-4471"],
        ["Grade", "Band J (\u00a350,791 \u2013 \u00a354,321)"],
        ["Directorate", "Regeneration and Place"],
        ["Reports to", "Head of Economic Growth"],
        ["Contract", "Fixed term to 31 March 2028"],
    ]
    ht = Table(_rows(header), colWidths=[4 * cm, 13 * cm])
    ht.setStyle(KV)
    story = [
        _p("Job description and person specification", H1),
        Spacer(1, 0.3 * cm),
        ht,
        Spacer(1, 0.4 * cm),
        _p("Purpose of the post", H2),
        _p(
            "To manage the Wirral Community Wealth Partnership, a four-year programme (April 2024 &ndash; March 2028) "
            "led by Wirral Council with the Liverpool City Region Combined Authority and Wirral Chamber of Commerce. "
            "The Partnership aims to keep more of the borough&rsquo;s wealth circulating locally by growing "
            "co-operative, employee-owned and community businesses and by changing how the public sector buys "
            "goods and services. It takes forward the Council&rsquo;s Community Wealth Building Strategy (2021)."
        ),
        _p(
            "The postholder will be the Partnership&rsquo;s day-to-day lead, managing a team of four and a budget of "
            "\u00a33.2m, and reporting to a joint board of the three partners."
        ),
        _p("Main duties and responsibilities", H2),
        *_numbered(
            [
                ("1", "Lead the delivery plan for the Partnership and report progress quarterly to the joint board."),
                (
                    "2",
                    "Build relationships with anchor institutions (the NHS trusts, colleges and housing "
                    "associations) to increase their local and social-economy spend.",
                ),
                (
                    "3",
                    "Oversee a business-conversion service for owners considering employee or co-operative "
                    "ownership, commissioned from specialist providers.",
                ),
                (
                    "4",
                    "Manage the Partnership&rsquo;s grants and loans budget in line with the Council&rsquo;s "
                    "financial regulations.",
                ),
                (
                    "5",
                    "Commission and act on an independent evaluation, and share learning with other councils in "
                    "the city region.",
                ),
                ("6", "Manage, develop and support the Partnership team."),
                ("7", "Carry out any other duties appropriate to the grade."),
            ]
        ),
        PageBreak(),
        _p("Person specification", H2),
    ]
    spec = [
        ["Criteria", "Essential", "Desirable", "Assessed by"],
        ["Qualifications", "Degree or equivalent experience", "Project management qualification", "Application"],
        [
            "Experience",
            "Leading multi-partner programmes in economic development or regeneration",
            "Working with co-operatives or employee-owned businesses",
            "Application, interview",
        ],
        [
            "Knowledge",
            "Public procurement and social value; community wealth building",
            "Co-operative legal forms and community shares",
            "Interview",
        ],
        [
            "Skills",
            "Negotiation and influencing senior stakeholders; budget management",
            "Data analysis and evaluation",
            "Interview, presentation",
        ],
        [
            "Other",
            "Ability to travel across the Liverpool City Region",
            "Welsh or another community language",
            "Application",
        ],
    ]
    st = Table(_rows(spec), colWidths=[2.8 * cm, 5.4 * cm, 5 * cm, 3.8 * cm], repeatRows=1)
    st.setStyle(GRID)
    story += [
        st,
        Spacer(1, 0.5 * cm),
        _p("Working for Wirral", H2),
        _p(
            "We offer flexible and hybrid working, 27 days&rsquo; annual leave rising to 32, the Local Government "
            "Pension Scheme and a range of wellbeing benefits. We are a Disability Confident employer."
        ),
        PageBreak(),
        _p("Informal enquiries", H2),
        _p(
            "For an informal discussion about the post, please contact Aled Hughes, Head of Economic Growth, at "
            "aled.hughes@wirral.gov.uk or on 0151 496 0455."
        ),
        _p(
            "Applications must be made online through the Council&rsquo;s jobs website. Please do not send CVs to the "
            "contact above. Closing date: 9 June 2024.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def holyrood_submission_glasgow() -> None:
    """Written submission to a Scottish Parliament committee; evidence from a 2019-2022 pilot."""

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1 * cm, "Clyde Co-operative Enterprise Hub \u00b7 SC0477210")
        canv.drawRightString(A4[0] - 2 * cm, 1 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "pdf-holyrood-committee-submission-childcare.pdf"),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Community Wealth Building (Scotland) Bill - submission",
        author="Clyde Co-operative Enterprise Hub",
        invariant=1,
    )
    cover = [
        ["Committee", "Economy and Fair Work Committee"],
        ["Call for views", "Community Wealth Building (Scotland) Bill"],
        ["Submission from", "Clyde Co-operative Enterprise Hub"],
        ["Date", "14 May 2025"],
    ]
    ct = Table(_rows(cover), colWidths=[4 * cm, 12.5 * cm])
    ct.setStyle(KV)
    story = [
        ct,
        Spacer(1, 0.6 * cm),
        _p("About us", H2),
        *_numbered(
            [
                (
                    "1.",
                    "Clyde Co-operative Enterprise Hub is a charity that supports people in the west of Scotland to "
                    "start and grow co-operatives. Since 2014 we have helped to set up 86 co-operatives, most of them "
                    "worker-owned.",
                ),
                (
                    "2.",
                    "We welcome the Bill and the duty it places on public bodies to prepare community wealth "
                    "building action plans. This submission concentrates on the Bill&rsquo;s "
                    "&lsquo;plural ownership&rsquo; pillar, drawing on our evaluation of one pilot.",
                ),
            ]
        ),
        _p("The evidence we draw on", H2),
        *_numbered(
            [
                (
                    "3.",
                    "The Glasgow Co-operative Childcare Pilot was led by Glasgow City Council with North Ayrshire "
                    "Council and West Lothian Council, and ran from August 2019 to June 2022. It supported "
                    "childminders and nursery workers to form co-operatives to deliver funded early learning and "
                    "childcare hours.",
                ),
                (
                    "4.",
                    "We were commissioned by the three councils to evaluate the pilot. We were not a delivery "
                    "partner, and the views below are our own.",
                ),
                (
                    "5.",
                    "The pilot created seven childcare co-operatives with 112 members. By June 2022 they delivered "
                    "around 9% of funded hours in the participating areas, at a cost per hour within 3% of council "
                    "nurseries. Staff turnover was a third of the sector average.",
                ),
            ]
        ),
        PageBreak(),
        _p("Answers to the Committee&rsquo;s questions", H2),
        _p("<b>Q1. Will the Bill&rsquo;s duties make a practical difference?</b>", H3),
        *_numbered(
            [
                (
                    "6.",
                    "Yes, if action plans have to set out how public bodies will grow plural ownership, not only "
                    "how they will spend. In the pilot, the single most useful decision was the councils&rsquo; "
                    "agreement to commission the co-operatives on three-year terms.",
                ),
            ]
        ),
        _p("<b>Q2. What support do co-operatives need from public bodies?</b>", H3),
        *_numbered(
            [
                (
                    "7.",
                    "Patient finance, procurement that can be won by small providers, and time. Councils that "
                    "have gone furthest in England, such as Preston since 2013 and Oldham, show that ownership change "
                    "takes a decade, not a budget cycle.",
                ),
                (
                    "8.",
                    "The Bill should require action plans to report the number of co-operative and "
                    "employee-owned suppliers, as the Scottish Government&rsquo;s 2021 strategy proposed.",
                ),
            ]
        ),
        _p("<b>Q3. Any other comments?</b>", H3),
        *_numbered(
            [
                (
                    "9.",
                    "The Co-operative and Community Benefit Societies Act 2014 does not apply in the same way in "
                    "Scotland for every purpose; the Committee may wish to check that the Bill&rsquo;s definitions "
                    "capture Scottish co-operatives correctly.",
                ),
            ]
        ),
        Spacer(1, 0.6 * cm),
        _p("Contact", H2),
        _p(
            "Morag Lindsay, Policy Manager, Clyde Co-operative Enterprise Hub<br/>morag.lindsay@clydecoophub.scot "
            "&middot; 0141 496 0377"
        ),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def notice_of_motion_brighton() -> None:
    """A notice of motion as an agenda item; partners and the year only in the request clause."""

    def header_footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica-Bold", 8.5)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, "BRIGHTON & HOVE CITY COUNCIL")
        canv.setFont("Helvetica", 8.5)
        canv.drawRightString(
            A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Full Council \u2013 19 December 2024 \u2013 Agenda Item 58(b)"
        )
        canv.drawCentredString(A4[0] / 2, 1 * cm, f"Page {212 + doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "pdf-notice-of-motion-brighton.pdf"),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        title="NoM Community Wealth Building",
        author="Democratic Services",
        invariant=1,
    )
    contact = Table(
        _rows(
            [
                [
                    "Contact officer:",
                    "Democratic Services<br/>01273 291006 &middot; democratic.services@brighton-hove.gov.uk",
                ]
            ]
        ),
        colWidths=[3.5 * cm, 13 * cm],
    )
    contact.setStyle(KV)
    story = [
        _p("NOTICE OF MOTION", H1),
        _p("<b>LABOUR AND CO-OPERATIVE GROUP</b>"),
        _p("<b>COMMUNITY WEALTH BUILDING</b>"),
        Spacer(1, 0.2 * cm),
        _p("Proposed by: Councillor Ellis Hart &nbsp;&nbsp;&nbsp; Seconded by: Councillor Priya Banerjee"),
        Spacer(1, 0.3 * cm),
        _p("<b>This Council notes:</b>"),
        *_numbered(
            [
                (
                    "a)",
                    "that money spent by the Council and other local anchor institutions too often leaves the "
                    "city, while local small businesses, co-operatives and social enterprises struggle to win "
                    "contracts;",
                ),
                (
                    "b)",
                    "the Council&rsquo;s 2019 climate and biodiversity emergency declaration and the need for a fair "
                    "transition for the city&rsquo;s workforce;",
                ),
                (
                    "c)",
                    "the work of other councils on community wealth building, set out in the supporting information "
                    "below.",
                ),
            ]
        ),
        _p("<b>This Council believes:</b>"),
        *_numbered(
            [
                (
                    "d)",
                    "that the Council should use its spending power, with clear and measurable social value "
                    "criteria, so that local people see better social and economic outcomes from every pound it "
                    "spends;",
                ),
                ("e)", "that growing local ownership is as important as local spending."),
            ]
        ),
        _p("<b>This Council therefore requests the Strategy, Finance and City Regeneration Committee to:</b>"),
        *_numbered(
            [
                (
                    "1.",
                    "instruct officers to develop, with the University of Sussex and Brighton &amp; Hove Community "
                    "Works, a Community Wealth Building strategy for the city during 2025;",
                ),
                (
                    "2.",
                    "include in the strategy targets for spend with local and social-economy suppliers and for "
                    "support to employee and co-operative buy-outs;",
                ),
                ("3.", "report progress to Full Council in the 2025/26 municipal year."),
            ]
        ),
        Spacer(1, 0.4 * cm),
        _p("Supporting information", H2),
        _p(
            "Preston City Council adopted community wealth building in 2013 and has increased the share of its "
            "anchor institutions&rsquo; spend retained in Lancashire from 39% to 79%. North Ayrshire Council became "
            "Scotland&rsquo;s first community wealth building council in 2019. Both are members of the Co-operative "
            "Councils&rsquo; Innovation Network, which Brighton &amp; Hove joined in 2016."
        ),
        _p(
            "Sources: CLES (2019), <i>How we built community wealth in Preston</i>; North Ayrshire Council (2020), "
            "<i>Community Wealth Building Strategy</i>.",
            SMALL,
        ),
        Spacer(1, 0.6 * cm),
        contact,
    ]
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


def tender_specification_rct() -> None:
    """Specification of requirements; contract period June 2025 - May 2027; values as canonical statements."""

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1 * cm, "RCT/PROC/2025/118 \u2013 Specification v1.2")
        canv.drawRightString(A4[0] - 2 * cm, 1 * cm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "pdf-tender-specification-rct-transport.pdf"),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Specification - Community Co-operative Transport Development Support",
        author="Procurement Services",
        invariant=1,
    )
    period = Table(
        _rows(
            [
                ["Item", "Date"],
                ["Contract start", "1 June 2025"],
                ["Contract end", "31 May 2027"],
                ["Optional extension", "Up to 12 months, to 31 May 2028, at the Council&rsquo;s discretion"],
            ]
        ),
        colWidths=[5 * cm, 11.5 * cm],
    )
    period.setStyle(GRID)
    story = [
        Spacer(1, 1.5 * cm),
        _p("Cyngor Bwrdeistref Sirol Rhondda Cynon Taf<br/>Rhondda Cynon Taf County Borough Council", H2),
        Spacer(1, 0.8 * cm),
        _p("SPECIFICATION OF REQUIREMENTS", H1),
        _p("<b>Community Co-operative Transport Development Support</b>", H3),
        Spacer(1, 0.6 * cm),
        _p("Contracting Authority: Rhondda Cynon Taf County Borough Council"),
        _p("Contract reference: RCT/PROC/2025/118"),
        _p("Procedure: Open (below threshold), via Sell2Wales"),
        _p("Issued April 2025"),
        PageBreak(),
        _p("1. Background", H2),
        *_numbered(
            [
                (
                    "1.1",
                    "Many valleys communities have lost bus routes since the Council&rsquo;s 2017 transport "
                    "review. Community transport schemes exist, but most rely on a handful of volunteers and grant "
                    "funding year to year.",
                ),
                (
                    "1.2",
                    "The Community Transport Co-operatives project is led by RCT in partnership with Merthyr "
                    "Tydfil County Borough Council and Cwmpas. It will help at least six community transport groups "
                    "to become member-owned co-operatives that can hold contracts, employ drivers and borrow.",
                ),
                ("1.3", "The project runs for the same period as this contract (see section 3)."),
            ]
        ),
        _p("2. The requirement", H2),
        *_numbered(
            [
                (
                    "2.1",
                    "The supplier will provide co-operative development support to groups referred by the two "
                    "councils: governance, rules and registration; business planning; member recruitment; and "
                    "preparation for tendering.",
                ),
                ("2.2", "The supplier will run a peer network of the groups, meeting at least quarterly."),
                ("2.3", "The supplier will report monthly against the key performance indicators in Annex B."),
            ]
        ),
        _p("3. Contract period", H2),
        period,
        Spacer(1, 0.3 * cm),
        _p("4. Co-operative values", H2),
        _p(
            "4.1 The supplier must work in a way that is consistent with the following values, which the partners "
            "have adopted for the project:"
        ),
        _p("&bull; " + STATEMENTS["New models of meeting priority needs"], NUM),
        _p("&bull; " + STATEMENTS["Enterprise and social economy"], NUM),
        _p("5. Clarifications", H2),
        _p(
            "5.1 All clarification questions must be submitted through the Sell2Wales messaging function by "
            "12:00 on 9 May 2025. The Council will not respond to questions sent by any other route. Answers "
            "will be published to all bidders."
        ),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def working_paper_newport() -> None:
    """Academic working paper on a 2018-2021 pilot; a canonical statement quoted as the pilot's framing."""

    def header(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, "NICE Working Paper 2024/17")
        canv.drawRightString(A4[0] - 2 * cm, 1 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "pdf-working-paper-gwent-energy.pdf"),
        pagesize=A4,
        leftMargin=2.4 * cm,
        rightMargin=2.4 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        title="Community energy and the co-operative council",
        author="F. Prydderch; T. Eastwood",
        invariant=1,
    )
    banner = ParagraphStyle("banner", parent=SMALL, textColor=colors.HexColor("#7a1f3d"), fontSize=9)
    results = Table(
        _rows(
            [
                ["Measure", "2018", "2019", "2020", "2021"],
                ["Member households", "310", "1,140", "1,905", "2,460"],
                ["Installed capacity (kWp)", "0", "420", "1,310", "2,050"],
                ["Members attending an AGM (%)", "\u2013", "24", "31 (online)", "38"],
            ]
        ),
        colWidths=[6 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm],
    )
    results.setStyle(GRID)
    story = [
        _p("Northern Institute for Civic Economies &middot; Working Paper Series 2024/17", banner),
        Spacer(1, 0.4 * cm),
        _p("Community energy and the co-operative council: evidence from the Gwent Levels pilot", H1),
        _p("Ffion Prydderch<super>a</super> and Tom Eastwood<super>b</super>"),
        _p("<super>a</super> Northern Institute for Civic Economies; <super>b</super> Independent researcher", SMALL),
        _p("Correspondence: Dr Ffion Prydderch, f.prydderch@civiceconomies.ac.uk", SMALL),
        Spacer(1, 0.3 * cm),
        _p("<b>Abstract</b>"),
        _p(
            "Councils increasingly present community energy as a co-operative project, but evidence on whether "
            "co-operative ownership changes who takes part is thin. We examine a council-led community energy pilot "
            "in south-east Wales using membership records, two surveys and 38 interviews. Membership grew eight-fold "
            "over three years and drew in households that had not previously engaged with the councils, but "
            "participation in governance remained concentrated among older, owner-occupier members."
        ),
        _p("<b>Keywords:</b> community energy; co-operatives; local government; Wales; participation"),
        _p("1. Introduction", H2),
        _p(
            "Since the Welsh Government&rsquo;s 2017 target for locally owned renewable energy, councils in Wales "
            "have experimented with a range of ownership models (Jones 2019; Morgan and Price 2021). This paper "
            "asks a narrow question: does co-operative ownership broaden participation?"
        ),
        _p("2. The pilot", H2),
        _p(
            "The Gwent Levels Community Energy Pilot was led by Newport City Council, working with Monmouthshire "
            "County Council and Torfaen County Borough Council, and ran from 2018 to 2021. The councils leased "
            "roofs and land to a new community benefit society, Gwent Levels Energy Co-operative, and helped it "
            "raise &pound;2.3m in community shares."
        ),
        _p(
            "The pilot adopted as its framing one of the principles of the Co-operative Councils&rsquo; Innovation "
            "Network: &lsquo;" + STATEMENTS["Democratic engagement"] + "&rsquo; The councils&rsquo; steering group "
            "used it to set participation targets for the co-operative."
        ),
        PageBreak(),
        _p("3. Data and methods", H2),
        _p(
            "We use anonymised membership records for 2018&ndash;2021, surveys of members in 2019 (n = 402) and "
            "2021 (n = 611), and 38 semi-structured interviews with members, directors and officers conducted in "
            "2022. A follow-up survey in 2023 is reported separately (Prydderch, forthcoming)."
        ),
        _p("4. Findings", H2),
        results,
        Spacer(1, 0.3 * cm),
        _p(
            "Membership and capacity grew quickly, but participation in governance grew more slowly. Members who "
            "joined through the councils&rsquo; council-tax mailing were younger and more likely to rent than those "
            "who joined through the co-operative&rsquo;s own events; they were also much less likely to attend an "
            "AGM or stand for the board."
        ),
        _p("5. Discussion", H2),
        _p(
            "The pilot met its membership targets but not its participation ones. We suggest that councils that "
            "frame community energy as democratic engagement should fund the co-operative&rsquo;s member education "
            "as well as its capital, and should measure who governs as well as who joins."
        ),
        PageBreak(),
        _p("References", H2),
        _p("Jones, R. (2019) <i>Local energy in Wales</i>. Cardiff: Institute of Welsh Affairs.", SMALL),
        _p(
            "Morgan, S. and Price, D. (2021) &lsquo;Municipal energy after Robin Hood Energy&rsquo;, "
            "<i>Local Government Studies</i> 47(3), 401&ndash;420.",
            SMALL,
        ),
        _p("Plymouth City Council (2016) <i>Plymouth Energy Community: five years on</i>. Plymouth.", SMALL),
        _p(
            "Vaughan, E. (2020) &lsquo;Who joins an energy co-operative?&rsquo;, <i>Journal of Civic Energy</i> 4(1), "
            "12&ndash;29.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=header, onLaterPages=header)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    conference_programme_sheffield()
    job_description_wirral()
    holyrood_submission_glasgow()
    notice_of_motion_brighton()
    tender_specification_rct()
    working_paper_newport()


if __name__ == "__main__":
    main()
