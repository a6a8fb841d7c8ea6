"""Generate the round-8 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round8/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names and the canonical
principle statements are used on purpose. Deterministic: reportlab invariant mode fixes creation dates and
document IDs, so re-running gives byte-identical files. Only the standard PDF fonts are used, so Welsh text avoids
the two letters they cannot draw (w and y with a circumflex).
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
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "pdfs"
SS = getSampleStyleSheet()
BODY = SS["BodyText"]
H1 = SS["Heading1"]
H2 = SS["Heading2"]
H3 = SS["Heading3"]
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
TIMES = ParagraphStyle("times", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14)
TIMES_B = ParagraphStyle("times_b", parent=TIMES, fontName="Times-Bold")
TIMES_C = ParagraphStyle("times_c", parent=TIMES_B, alignment=1, fontSize=12.5, leading=16)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5)
CELL_B = ParagraphStyle("cell_b", parent=CELL, fontName="Helvetica-Bold")
BIG = ParagraphStyle("big", parent=BODY, fontName="Helvetica-Bold", fontSize=30, leading=34)
BIG_CAP = ParagraphStyle("big_cap", parent=BODY, fontSize=10, leading=12, spaceAfter=8)
QUOTE = ParagraphStyle(
    "quote", parent=BODY, fontName="Helvetica-Oblique", fontSize=12, leading=16, leftIndent=12, spaceBefore=6
)

STATEMENTS = {
    "Co-production": "We will develop systems that enable citizens to be equal partners in designing and "
    "commissioning public services and in determining the use of public resources.",
    "Innovation": "We will embrace innovation in how we work with local communities to drive positive change.",
    "Democratic engagement": "We will support the active engagement of the full range of residents in decision "
    "making and priority setting.",
    "New models of meeting priority needs": "In exploring new ways of meeting the priority needs of our communities "
    "we will encourage models, such as co-operatives and mutuals, which give greater influence and voice to staff "
    "and users.",
}

GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
    ]
)
HEADER_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
    ]
)


def _kv(rows: list[tuple[str, str]], widths: tuple[float, float], style: TableStyle = GRID) -> Table:
    t = Table([[Paragraph(k, CELL_B), Paragraph(v, CELL)] for k, v in rows], colWidths=list(widths))
    t.setStyle(style)
    return t


def _footer(text: str, total: int | None = None):
    def draw(canv, doc):
        w, _h = canv._pagesize
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        page = f"Page {doc.page} of {total}" if total else str(doc.page)
        canv.drawString(2 * cm, 1.1 * cm, text)
        canv.drawRightString(w - 2 * cm, 1.1 * cm, page)
        canv.restoreState()

    return draw


def town_council_minutes() -> None:
    """Town council minutes; one item joins a district-led project for three years from April 2025."""
    doc = SimpleDocTemplate(
        str(OUT / "town-council-minutes-pdf-joining-district-project.pdf"),
        pagesize=A4,
        title="Full Council Minutes 21 January 2025",
        author="Nailsworth Town Council",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        invariant=1,
    )

    def item(num: str, title: str, text: str) -> Table:
        t = Table(
            [[Paragraph(num, TIMES_B), [Paragraph(title, TIMES_B), Paragraph(text, TIMES)]]],
            colWidths=[2.6 * cm, 14 * cm],
        )
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return t

    pay = Table(
        [
            ["Payee", "Description", "Amount"],
            ["Gloucestershire Association of Parish and Town Councils", "Training", "\u00a3120.00"],
            ["Stroud District Council", "Trade waste collection Q4", "\u00a3412.80"],
            ["Cotswold Grounds Ltd", "Grass cutting, Old Market", "\u00a3960.00"],
            ["Clerk", "Salary December 2024", "\u00a32,104.37"],
        ],
        colWidths=[7.5 * cm, 6 * cm, 2.6 * cm],
    )
    pay.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)])
    )
    story = [
        Paragraph("NAILSWORTH TOWN COUNCIL", TIMES_C),
        Paragraph(
            "Minutes of the meeting of the Full Council held in the Council Chamber, Old Market, Nailsworth on "
            "Tuesday 21 January 2025 at 7.00pm",
            TIMES_C,
        ),
        Spacer(1, 10),
        Paragraph(
            "<b>Present:</b> Cllrs S. Ashworth (Mayor, in the Chair), J. Brookes, T. Dancey, F. Elmore, R. Gale, "
            "M. Hale, C. Iles and P. Keen.",
            TIMES,
        ),
        Paragraph(
            "<b>In attendance:</b> Mrs K. Lewin (Town Clerk); District Cllr N. Morris; two members of the public.",
            TIMES,
        ),
        Spacer(1, 8),
        item("FC/25/01", "Apologies", "Apologies were received and accepted from Cllrs Ormerod and Pike."),
        item("FC/25/02", "Declarations of interest", "None."),
        item(
            "FC/25/03",
            "Public question time",
            "A resident asked about the timetable for the Old Market toilets refurbishment. The Clerk will reply "
            "in writing.",
        ),
        item(
            "FC/25/04",
            "Minutes",
            "RESOLVED that the minutes of the meeting held on 17 December 2024 be approved and signed.",
        ),
        item(
            "FC/25/05",
            "Precept 2025/26",
            "RESOLVED that the precept for 2025/26 be set at \u00a3298,400, an increase of 4.1%.",
        ),
        item("FC/25/06", "Payments", "RESOLVED that the following payments be approved:"),
        pay,
        Spacer(1, 8),
        item(
            "FC/25/07",
            "Community energy",
            "The Clerk introduced a letter from Stroud District Council inviting the Town Council to join the "
            "Five Valleys Community Energy project. Members noted that the project would help community groups "
            "install solar panels and batteries on halls and sports clubs, and that the Town Council's "
            "contribution would be \u00a35,000 a year plus officer time. Cllr Gale proposed and Cllr Iles "
            "seconded that the Council should take part.<br/><br/>"
            "RESOLVED (unanimously) that Nailsworth Town Council joins the Five Valleys Community Energy project "
            "led by Stroud District Council, alongside Minchinhampton Parish Council and Painswick Parish "
            "Council, for three years commencing 1 April 2025, and that the Clerk be authorised to sign the "
            "memorandum of understanding.",
        ),
        item(
            "FC/25/08",
            "Internal audit",
            "The internal auditor's interim report on the 2024 accounts was noted. No issues were raised.",
        ),
        item("FC/25/09", "Christmas lights", "The Mayor thanked the volunteers. A review will be held in March."),
        item("FC/25/10", "Correspondence", "Noted as circulated."),
        item("FC/25/11", "Date of next meeting", "Tuesday 18 March 2025 at 7.00pm."),
        Spacer(1, 16),
        Paragraph("The meeting closed at 8.32pm.", TIMES),
        Spacer(1, 20),
        Paragraph("Signed ........................................ Chair &nbsp;&nbsp; Date ..................", TIMES),
        Paragraph("KL/Minutes/FC210125", SMALL),
    ]
    doc.build(
        story,
        onFirstPage=_footer("Nailsworth Town Council \u2013 Full Council 21.01.2025", 2),
        onLaterPages=_footer("Nailsworth Town Council \u2013 Full Council 21.01.2025", 2),
    )


def committee_minutes_wirral() -> None:
    """ModernGov-style printed minutes; item 65 is the Lab, over the 2024/25 financial year."""
    doc = SimpleDocTemplate(
        str(OUT / "committee-minutes-pdf-moderngov-printed-wirral.pdf"),
        pagesize=A4,
        title="Printed minutes",
        author="Wirral Council",
        invariant=1,
    )
    centre = ParagraphStyle("centre", parent=BODY, alignment=1, fontName="Helvetica-Bold", fontSize=12, leading=16)

    def minute(num: str, title: str, paras: list[str]) -> list:
        out = [Paragraph(f"{num}&nbsp;&nbsp;&nbsp;&nbsp;{title.upper()}", H3)]
        out += [Paragraph(p, BODY) for p in paras]
        return out

    story = [
        Paragraph("ECONOMY, REGENERATION AND HOUSING COMMITTEE", centre),
        Paragraph("Tuesday, 12 March 2024", centre),
        Spacer(1, 10),
        Paragraph(
            "<b>Present:</b> Councillor T Jones (Chair); Councillors H Cameron, J Walsh, P Gilchrist, S Bennett, "
            "A Hodson, L Luxon-Kewley, K Greaney, I Lewis and R Molyneux.",
            BODY,
        ),
        *minute("61", "Welcome and introductions", ["The Chair welcomed everyone to the meeting."]),
        *minute("62", "Apologies", ["Apologies were received from Councillor G Davies."]),
        *minute("63", "Members' code of conduct - declarations of interest", ["No declarations were made."]),
        *minute(
            "64",
            "Minutes",
            [
                "<b>Resolved</b> - That the minutes of the meeting held on 30 January 2024 be approved as a "
                "correct record."
            ],
        ),
        *minute(
            "65",
            "Community Land Trust Policy Lab",
            [
                "The Director of Regeneration and Place introduced a report on the Co-operative Councils' "
                "Innovation Network's invitation to run a Policy Lab on community land trusts. The Lab, which "
                "Wirral Council will lead, working with Liverpool City Council and Sefton Council, over the "
                "2024/25 financial year, will test how councils can transfer small brownfield sites to community "
                "land trusts for permanently affordable homes.",
                "Members asked how sites would be chosen. The Director explained that a long list of 40 sites "
                "under 0.25 hectares had been drawn up from the brownfield register, and that residents' groups "
                "in Birkenhead and Seacombe had already expressed interest.",
                "Members noted that the Lab meets the Network's principles of Co-production and Community "
                "leadership and a new role for councillors.",
                "<b>Resolved</b> - (1) That the Council's leadership of the Community Land Trust Policy Lab be "
                "approved. (2) That the Director of Regeneration and Place be authorised to agree the Lab "
                "partnership terms with Liverpool City Council and Sefton Council.",
            ],
        ),
        *minute(
            "66",
            "2023/24 Budget monitoring for quarter three",
            [
                "The committee considered the forecast outturn for 2023/24.",
                "<b>Resolved</b> - That the forecast position be noted.",
            ],
        ),
        *minute(
            "67",
            "Local Plan - update",
            [
                "Members noted that the examination hearings would resume in May 2025.",
                "<b>Resolved</b> - That the update be noted.",
            ],
        ),
        *minute(
            "68",
            "Work programme",
            ["<b>Resolved</b> - That the work programme be agreed, with a Lab progress report in autumn 2024."],
        ),
        Spacer(1, 24),
        Paragraph("Chair ........................................", BODY),
        Paragraph("Date ........................................", BODY),
    ]
    doc.build(
        story,
        onFirstPage=_footer("Wirral Council - Printed minutes"),
        onLaterPages=_footer("Wirral Council - Printed minutes"),
    )


def cabinet_report_leicester() -> None:
    """Executive decision report; partners in an appendix table, one row an adviser who is not a member."""

    def header(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(2 * cm, h - 1.2 * cm, "Leicester City Council \u2013 Executive decision")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(w - 2 * cm, 1.1 * cm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "cabinet-report-pdf-appendix-role-table-leicester.pdf"),
        pagesize=A4,
        title="Leicester Energy Lab - Executive Decision Report",
        author="Leicester City Council",
        invariant=1,
    )
    w = A4[0] - 4 * cm
    cover = _kv(
        [
            ("Decision to be taken by", "City Mayor"),
            ("Decision maker", "City Mayor, following consultation with the Deputy City Mayor for Climate"),
            ("Date of decision", "14 May 2024"),
            ("Lead director", "Strategic Director, City Development and Neighbourhoods"),
            (
                "Report author",
                "Harjit Kaur-Bennett, Head of Sustainability<br/>harjit.kaur-bennett@leicester.gov.uk "
                "<br/>0116 496 0318",
            ),
        ],
        (5 * cm, w - 5 * cm),
    )
    useful = _kv(
        [("Ward(s) affected", "All"), ("Report version number", "v3")],
        (5 * cm, w - 5 * cm),
    )
    money = Table(
        [
            ["", "2024/25", "2025/26", "Total"],
            ["Council", "\u00a345,000", "\u00a315,000", "\u00a360,000"],
            ["Network Policy Lab fund", "\u00a320,000", "\u00a310,000", "\u00a330,000"],
        ],
        colWidths=[6 * cm, 3 * cm, 3 * cm, 3 * cm],
    )
    money.setStyle(HEADER_GRID)
    roles = Table(
        [
            [Paragraph("Organisation", CELL_B), Paragraph("Role", CELL_B)],
            [Paragraph("Leicester City Council", CELL), Paragraph("Lead; chairs the Lab board", CELL)],
            [Paragraph("Nottingham City Council", CELL), Paragraph("Partner council; pilot in two wards", CELL)],
            [Paragraph("Derby City Council", CELL), Paragraph("Partner council; pilot on one estate", CELL)],
            [Paragraph("De Montfort University", CELL), Paragraph("Research and evaluation partner", CELL)],
            [Paragraph("Energy Saving Trust", CELL), Paragraph("Adviser (not a Lab member)", CELL)],
        ],
        colWidths=[6.5 * cm, w - 6.5 * cm],
    )
    roles.setStyle(HEADER_GRID)
    story = [
        Paragraph("Leicester Energy Lab: joining and leading a co-operative energy Policy Lab", H1),
        cover,
        Spacer(1, 6),
        Paragraph("Useful information", H3),
        useful,
        Paragraph("1. Purpose", H2),
        Paragraph(
            "1.1 To seek approval for the council to lead a regional Policy Lab on community-owned energy, "
            "funded in part by the Co-operative Councils' Innovation Network.",
            BODY,
        ),
        Paragraph("2. Recommendations", H2),
        Paragraph("2.1 The City Mayor is recommended to approve the council's leadership of the Lab.", BODY),
        Paragraph("2.2 To delegate the signing of the partnership agreement to the Strategic Director.", BODY),
        Paragraph("3. Report", H2),
        Paragraph(
            "3.1 Leicester City Council will lead the Lab, with the partners listed in Appendix A. The Lab "
            "will test whether neighbourhood energy co-operatives can help households in fuel poverty, "
            "building on the council's climate emergency declaration of 2019.",
            BODY,
        ),
        Paragraph(
            "3.2 The Lab will run from June 2024 to May 2025. It will work in five neighbourhoods across the "
            "three cities, recruiting residents to design the co-operatives' rules and offers.",
            BODY,
        ),
        Paragraph(
            "3.3 At the end of the Lab the partners will publish a toolkit and decide whether to continue the "
            "neighbourhood co-operatives as independent societies.",
            BODY,
        ),
        PageBreak(),
        Paragraph("4. Co-operative principles", H2),
        Paragraph("4.1 The Lab application was assessed against the following commitments:", BODY),
        Paragraph(STATEMENTS["Co-production"], BODY, bulletText="\u2022"),
        Paragraph(STATEMENTS["Innovation"], BODY, bulletText="\u2022"),
        Paragraph("5. Financial implications", H2),
        Paragraph("5.1 The costs are set out below and are contained within existing budgets.", BODY),
        money,
        Paragraph("6. Legal implications", H2),
        Paragraph("6.1 A partnership agreement will be put in place. There are no procurement implications.", BODY),
        Paragraph("7. Climate emergency implications", H2),
        Paragraph("7.1 The Lab directly supports the council's target of net zero by 2030.", BODY),
        PageBreak(),
        Paragraph("Appendix A: Lab members and roles", H2),
        roles,
        Spacer(1, 12),
        Paragraph("Appendix B: Equality impact assessment", H2),
        Paragraph(
            "An equality impact assessment was completed in April 2024. The Lab is expected to have a positive "
            "impact on older residents and on households with a disabled member, who are over-represented "
            "among households in fuel poverty.",
            BODY,
        ),
        PageBreak(),
        Paragraph("Appendix C: Background papers", H2),
        Paragraph("Climate Emergency Strategy 2020-2023; Leicester Fuel Poverty Review 2023.", BODY),
    ]
    doc.build(story, onFirstPage=header, onLaterPages=header)


def board_report_tower_hamlets() -> None:
    """Health and Wellbeing Board report; lead by the alias LBTH; prototype phase October 2024 - September 2025."""
    doc = SimpleDocTemplate(
        str(OUT / "board-report-pdf-health-wellbeing-prototype.pdf"),
        pagesize=A4,
        title="HWB Co-operative Social Prescribing Prototype",
        author="LBTH",
        invariant=1,
    )
    w = A4[0] - 4 * cm
    cover = _kv(
        [
            ("Health and Wellbeing Board", "19 November 2024"),
            ("Report of", "Director of Public Health"),
            ("Originating officer(s)", "Shirin Choudhury-Wells, Prevention and Partnerships Manager"),
            ("Wards affected", "Bow East; Bow West; Bromley North; Bromley South"),
            ("Classification", "Unrestricted"),
        ],
        (5.5 * cm, w - 5.5 * cm),
    )
    story = [
        Paragraph(
            "TOWER HAMLETS", ParagraphStyle("logo", parent=H1, fontSize=22, textColor=colors.HexColor("#3b1f5e"))
        ),
        Paragraph("Co-operative Social Prescribing Prototype", H1),
        cover,
        Paragraph("Executive summary", H2),
        Paragraph(
            "This report updates the Board on a prototype in which residents referred by GPs for social "
            "prescribing become members of a co-operative that runs the activities they are referred to. It "
            "asks the Board to note progress and to support an evaluation.",
            BODY,
        ),
        Paragraph("1. Recommendations", H2),
        Paragraph("1.1 The Board is recommended to note the progress of the prototype.", BODY),
        Paragraph("1.2 The Board is recommended to support the evaluation set out in section 4.", BODY),
        Paragraph("2. Background", H2),
        Paragraph(
            "2.1 Social prescribing has grown quickly in the borough since 2019. Link workers now receive more "
            "than 6,000 referrals a year, but many of the activities they refer people to are run on short-term "
            "grants and close within a year. The Health and Wellbeing Strategy 2022-2025 asked partners to "
            "find more durable models.",
            BODY,
        ),
        Paragraph(
            "2.2 The prototype is led by LBTH, working with the Bromley by Bow Centre and the Tower Hamlets GP "
            "Care Group. The Bromley by Bow Centre hosts the co-operative and its activities; the GP Care Group "
            "provides the link workers and the referral data.",
            BODY,
        ),
        Paragraph(
            "<b>Prototype phase: October 2024 to September 2025.</b> During this period the co-operative will "
            "run walking, cooking, gardening and peer-support groups in the four wards listed above.",
            BODY,
        ),
        PageBreak(),
        Paragraph("3. Progress", H2),
        Paragraph(
            "3.1 In the first six weeks 112 residents were referred and 74 became members. Members have voted "
            "to add a Bengali-language cooking group and a men's gardening group.",
            BODY,
        ),
        Paragraph("4. Evaluation", H2),
        Paragraph(
            "4.1 An evaluation will compare outcomes for members with outcomes for residents referred to "
            "grant-funded activities elsewhere in the borough, using the 2021 census as a baseline.",
            BODY,
        ),
        Paragraph("5. Implications", H2),
        Paragraph("5.1 Finance: the prototype is funded from the public health grant for 2024/25 and 2025/26.", BODY),
        Paragraph("5.2 Legal: there are no direct legal implications.", BODY),
        Paragraph(
            "5.3 Equalities: the prototype is designed to reach residents who do not use mainstream services.", BODY
        ),
        Paragraph("Linked reports, appendices and background documents", H2),
        Paragraph("Linked report: Social prescribing review, Health and Wellbeing Board, March 2023.", BODY),
        Paragraph("Appendices: none.", BODY),
        PageBreak(),
        Paragraph("Officer contact details for documents", H2),
        Paragraph(
            "Shirin Choudhury-Wells, Prevention and Partnerships Manager, Public Health<br/>"
            "Email: shirin.choudhury-wells@towerhamlets.gov.uk<br/>Telephone: 020 7946 0552",
            BODY,
        ),
    ]
    doc.build(
        story,
        onFirstPage=_footer("Health and Wellbeing Board 19.11.2024"),
        onLaterPages=_footer("Health and Wellbeing Board 19.11.2024"),
    )


def case_study_leaflet_brighton() -> None:
    """Case-study leaflet: narrative left, tinted fact box in a right-hand frame, canvas band."""
    w, h = A4
    box_x, box_w = w - 7.6 * cm, 6.2 * cm

    def page1(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#e4002b"))
        canv.rect(0, h - 2.2 * cm, w, 2.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(1.6 * cm, h - 1.4 * cm, "Co-operative councils in practice \u2013 case study 7")
        canv.setFillColor(colors.HexColor("#fbe9ec"))
        canv.rect(box_x - 0.3 * cm, 3 * cm, box_w + 0.6 * cm, h - 6.2 * cm, stroke=0, fill=1)
        canv.restoreState()
        _foot(canv, doc)

    def _foot(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            1.6 * cm, 1.1 * cm, "\u00a9 Co-operatives UK 2023. Holyoake House, Hanover Street, Manchester M60 0AS."
        )
        canv.drawRightString(w - 1.6 * cm, 1.1 * cm, str(doc.page))
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "case-study-leaflet-pdf-canvas-fact-box.pdf"),
        pagesize=A4,
        title="Case study: solar schools in Brighton and Hove",
        author="Co-operatives UK",
        invariant=1,
    )
    left = Frame(1.6 * cm, 2.6 * cm, box_x - 2.6 * cm, h - 5.4 * cm, id="left")
    right = Frame(box_x, 3 * cm, box_w, h - 6.2 * cm, id="right")
    full = Frame(1.6 * cm, 2.6 * cm, w - 3.2 * cm, h - 4.2 * cm, id="full")
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[left, right], onPage=page1, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[full], onPage=_foot),
        ]
    )
    fact = ParagraphStyle("fact", parent=BODY, fontSize=10, leading=13)
    fact_h = ParagraphStyle("fact_h", parent=fact, fontName="Helvetica-Bold", textColor=colors.HexColor("#a0001e"))
    story = [
        Paragraph("Solar schools: how Brighton and Hove put power in pupils' hands", H1),
        Paragraph(
            "Between them, eleven primary schools in Brighton and Hove now generate more electricity than they "
            "use on a sunny day. The panels are owned by a community energy co-operative whose members include "
            "parents, teachers and neighbours, and the income pays for energy lessons in every school.",
            BODY,
        ),
        Paragraph("The idea", H2),
        Paragraph(
            "The council wanted to cut the schools' bills without borrowing. The co-operative wanted roofs. The "
            "deal was simple: the co-operative would pay for and own the panels, sell the electricity to the "
            "schools at a discount and share the surplus with a schools' education fund.",
            BODY,
        ),
        Paragraph("How it worked", H2),
        Paragraph(
            "The council's property team surveyed the roofs and agreed twenty-year leases. Brighton Energy "
            "Co-operative raised the money through two share offers. Community Works, the city's voluntary "
            "sector network, recruited parents and neighbours to become members and ran sessions in the schools.",
            BODY,
        ),
        Paragraph(
            "\u201cThe children check the display in reception every morning. They know exactly how much "
            "their school made yesterday.\u201d",
            QUOTE,
        ),
        Paragraph("Headteacher, Hove", SMALL),
        FrameBreak(),
        Paragraph("Fact box", H2),
        Paragraph("Lead body", fact_h),
        Paragraph("Brighton and Hove City Council", fact),
        Spacer(1, 6),
        Paragraph("Allies", fact_h),
        Paragraph("Brighton Energy Co-operative; Community Works", fact),
        Spacer(1, 6),
        Paragraph("On the ground", fact_h),
        Paragraph("2017 \u2013 2019", fact),
        Spacer(1, 6),
        Paragraph("Principles", fact_h),
        Paragraph("Enterprise and social economy<br/>Social partnership", fact),
        Spacer(1, 6),
        Paragraph("Scale", fact_h),
        Paragraph("11 schools, 640 kW, 1,020 members", fact),
        PageBreak(),
        Paragraph("What happened next", H2),
        Paragraph(
            "In 2021 the co-operative added batteries at four schools, and the model has been copied in two "
            "other cities. The education fund has paid for more than 300 energy lessons.",
            BODY,
        ),
        Paragraph("Lessons for other councils", H2),
        Paragraph("Survey the roofs first; agree long leases; let the co-operative lead on membership.", BODY),
        Spacer(1, 10),
        Paragraph(
            "Want to know more? Contact Lucy Fairbairn-Otieno, Sustainability Officer, Brighton and Hove City "
            "Council:<br/>lucy.fairbairn-otieno@brighton-hove.gov.uk",
            BODY,
        ),
    ]
    doc.build(story)


def flyer_oxford() -> None:
    """A5 flyer; the council appears only in the contact line; 'Winter 2023/24'."""

    def stat(num: str, cap: str) -> list:
        return [Paragraph(num, BIG), Paragraph(cap, BIG_CAP)]

    doc = SimpleDocTemplate(
        str(OUT / "flyer-pdf-lead-only-in-contact-line.pdf"),
        pagesize=A5,
        title="Warm Welcome Network",
        author="",
        leftMargin=1.4 * cm,
        rightMargin=1.4 * cm,
        topMargin=1.2 * cm,
        bottomMargin=1.2 * cm,
        invariant=1,
    )
    qr = Table([["[QR]"]], colWidths=[2.2 * cm], rowHeights=[2.2 * cm])
    qr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story = [
        Paragraph("Warm Welcome Network", ParagraphStyle("hd", parent=H1, fontSize=24, leading=28)),
        Paragraph("Winter 2023/24: what a season of warm spaces achieved", H3),
        *stat("38", "warm spaces across the city"),
        *stat("11,400", "visits between November and March"),
        *stat("92%", "of visitors said they felt less alone"),
        Paragraph(
            "Warm spaces were run by local groups, faith communities, libraries and sports clubs. Each space "
            "offered a warm room, a hot drink and somebody to talk to, and many added advice sessions on energy "
            "bills and benefits.",
            BODY,
        ),
        Paragraph("Where you could go", H3),
        Paragraph(
            "Community centres \u2022 church and mosque halls \u2022 libraries \u2022 sports clubs \u2022 cafes", BODY
        ),
        Spacer(1, 6),
        qr,
        Spacer(1, 6),
        Paragraph(
            "For further information contact: Sam Okoro-Whitfield, Oxford City Council, "
            "sam.okoro-whitfield@oxford.gov.uk",
            SMALL,
        ),
    ]
    doc.build(story)


def bilingual_side_by_side_vale() -> None:
    """Welsh in the left frame, English in the right frame, on each page."""
    w, h = A4
    col = (w - 4.6 * cm) / 2

    def band(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#005f5a"))
        canv.rect(0, h - 2 * cm, w, 2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(2 * cm, h - 1.25 * cm, "Cyngor Bro Morgannwg")
        canv.drawRightString(w - 2 * cm, h - 1.25 * cm, "Vale of Glamorgan Council")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(
            w / 2, 1.1 * cm, f"\u00a9 Cyngor Bro Morgannwg / Vale of Glamorgan Council 2025 \u2013 {doc.page}"
        )
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "bilingual-report-pdf-side-by-side-frames.pdf"),
        pagesize=A4,
        title="Labordy Polisi Tai Cydweithredol / Co-operative Housing Policy Lab",
        author="Vale of Glamorgan Council",
        invariant=1,
    )
    frames = [
        Frame(2 * cm, 2 * cm, col, h - 4.6 * cm, id="cy"),
        Frame(2.6 * cm + col, 2 * cm, col, h - 4.6 * cm, id="en"),
    ]
    doc.addPageTemplates([PageTemplate(id="bi", frames=frames, onPage=band)])
    cy = [
        Paragraph("Labordy Polisi Tai Cydweithredol: adroddiad terfynol", H2),
        _kv(
            [
                ("Arweinydd y Lab", "Cyngor Bro Morgannwg"),
                ("Aelodau", "Cyngor Rhondda Cynon Taf; Cwmpas"),
                ("Cyfnod", "Ebrill 2023 \u2013 Mawrth 2025"),
                ("Rhaglen", "Labordai Polisi"),
            ],
            (2.8 * cm, col - 2.8 * cm),
        ),
        Paragraph("Cyflwyniad", H3),
        Paragraph(
            "Roedd y Lab yn archwilio sut y gall cynghorau helpu grwpiau o drigolion i sefydlu cwmn\u00efau "
            "tai cydweithredol ar dir cyhoeddus. Gweithiodd y Lab gyda thair cymuned yn y Barri, Penarth a "
            "Phontypridd.",
            BODY,
        ),
        Paragraph("Canfyddiadau", H3),
        Paragraph(
            "Mae angen cymorth cyfreithiol ac ariannol ar grwpiau am o leiaf dwy flynedd. Mae'r tir yn bwysig, "
            "ond mae amser swyddogion yn bwysicach.",
            BODY,
        ),
        Paragraph("Egwyddorion", H3),
        Paragraph("Cyd-gynhyrchu<br/>Partneriaeth gymdeithasol", BODY),
        Paragraph("Cysylltu", H3),
        Paragraph("Rhodri ap Dafydd, Swyddog Tai Cymunedol<br/>rhodri.apdafydd@valeofglamorgan.gov.uk", BODY),
        FrameBreak(),
    ]
    en = [
        Paragraph("Co-operative Housing Policy Lab: final report", H2),
        _kv(
            [
                ("Lab lead", "Vale of Glamorgan Council"),
                ("Members", "Rhondda Cynon Taf Council; Cwmpas"),
                ("Period", "April 2023 \u2013 March 2025"),
                ("Programme", "Policy Labs"),
            ],
            (2.8 * cm, col - 2.8 * cm),
        ),
        Paragraph("Introduction", H3),
        Paragraph(
            "The Lab explored how councils can help groups of residents set up housing co-operatives on public "
            "land. The Lab worked with three groups, in Barry, Penarth and Pontypridd.",
            BODY,
        ),
        Paragraph("Findings", H3),
        Paragraph(
            "Groups need legal and financial support for at least two years. Land matters, but officer time "
            "matters more.",
            BODY,
        ),
        Paragraph("Principles", H3),
        Paragraph("Co-production<br/>Social partnership", BODY),
        Paragraph("Contact", H3),
        Paragraph("Rhodri ap Dafydd, Community Housing Officer<br/>rhodri.apdafydd@valeofglamorgan.gov.uk", BODY),
    ]
    # page 2: recommendations, again Welsh left and English right
    cy2 = [
        Paragraph("Argymhellion", H3),
        Paragraph("1. Creu cronfa tir ar gyfer tai cydweithredol.", BODY),
        Paragraph("2. Ariannu swydd cymorth a rennir rhwng y ddau gyngor.", BODY),
        Paragraph("3. Adolygu'r cynllun yn 2027.", BODY),
        FrameBreak(),
    ]
    en2 = [
        Paragraph("Recommendations", H3),
        Paragraph("1. Create a land pool for co-operative housing.", BODY),
        Paragraph("2. Fund a support post shared between the two councils.", BODY),
        Paragraph("3. Review the scheme in 2027.", BODY),
    ]
    doc.build([*cy, *en, PageBreak(), *cy2, *en2])


def bilingual_welsh_first_denbighshire() -> None:
    """Welsh version pages 1-2, English version pages 3-4."""
    doc = SimpleDocTemplate(
        str(OUT / "bilingual-report-pdf-welsh-first-english-after.pdf"),
        pagesize=A4,
        title="Adroddiad terfynol - Prototeip Tai Cydweithredol",
        author="Cyngor Sir Ddinbych",
        invariant=1,
    )
    w = A4[0] - 4 * cm

    def foot(canv, doc):
        lang = "Cymraeg" if doc.page <= 2 else "English"
        _footer(f"Cyngor Sir Ddinbych / Denbighshire County Council \u2013 {lang}", 4)(canv, doc)

    story = [
        Paragraph("Prototeip Tai Cydweithredol i Bobl Ifanc", H1),
        Paragraph("Adroddiad terfynol", H2),
        Paragraph("Mae'r fersiwn Saesneg yn dechrau ar dudalen 3 / The English version begins on page 3", SMALL),
        Spacer(1, 8),
        _kv(
            [
                ("Corff arweiniol", "Cyngor Sir Ddinbych"),
                ("Partneriaid", "Cyngor Sir y Fflint; Adra"),
                ("Blwyddyn", "2021/22"),
                ("Math", "Prototeip Polisi"),
            ],
            (4 * cm, w - 4 * cm),
        ),
        Paragraph("Crynodeb", H2),
        Paragraph(
            "Profodd y prototeip a allai pobl ifanc rhwng 18 a 25 oed sy'n gadael gofal neu'n ddigartref "
            "rannu cartrefi fel aelodau o gwmni tai cydweithredol bach. Symudodd 14 o bobl ifanc i bedwar "
            "cartref yn y Rhyl a Threffynnon.",
            BODY,
        ),
        PageBreak(),
        Paragraph("Egwyddorion", H2),
        Paragraph(
            "Byddwn yn cefnogi ymgysylltiad gweithredol yr ystod lawn o drigolion wrth wneud penderfyniadau a "
            "phennu blaenoriaethau.",
            BODY,
            bulletText="\u2022",
        ),
        Paragraph(
            "Wrth archwilio ffyrdd newydd o ddiwallu anghenion blaenoriaeth ein cymunedau, byddwn yn annog "
            "modelau, megis cwmn\u00efau cydweithredol a chwmn\u00efau cydfuddiannol, sy'n rhoi mwy o "
            "ddylanwad a llais i staff a defnyddwyr.",
            BODY,
            bulletText="\u2022",
        ),
        Paragraph("Cysylltu", H2),
        Paragraph(
            "Gwenllian Roberts-Price, Rheolwr Tai Ieuenctid<br/>gwenllian.roberts-price@denbighshire.gov.uk",
            BODY,
        ),
        PageBreak(),
        Paragraph("Co-operative Housing Prototype for Young People", H1),
        Paragraph("Final report", H2),
        _kv(
            [
                ("Lead body", "Denbighshire County Council"),
                ("Partners", "Flintshire County Council; Adra"),
                ("Year", "2021/22"),
                ("Type", "Policy Prototype"),
            ],
            (4 * cm, w - 4 * cm),
        ),
        Paragraph("Summary", H2),
        Paragraph(
            "The prototype tested whether young people aged 18 to 25 leaving care or experiencing homelessness "
            "could share homes as members of a small housing co-operative. Fourteen young people moved into "
            "four houses in Rhyl and Holywell.",
            BODY,
        ),
        Paragraph(
            "Members set their own house rules, chose new members together and managed a small repairs budget. "
            "Eleven were still in their homes at the end of the prototype; two had moved on to their own "
            "tenancies.",
            BODY,
        ),
        PageBreak(),
        Paragraph("Principles", H2),
        Paragraph(STATEMENTS["Democratic engagement"], BODY, bulletText="\u2022"),
        Paragraph(STATEMENTS["New models of meeting priority needs"], BODY, bulletText="\u2022"),
        Paragraph("Contact", H2),
        Paragraph(
            "Gwenllian Roberts-Price, Youth Housing Manager<br/>gwenllian.roberts-price@denbighshire.gov.uk",
            BODY,
        ),
    ]
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    town_council_minutes()
    committee_minutes_wirral()
    cabinet_report_leicester()
    board_report_tower_hamlets()
    case_study_leaflet_brighton()
    flyer_oxford()
    bilingual_side_by_side_vale()
    bilingual_welsh_first_denbighshire()


if __name__ == "__main__":
    main()
