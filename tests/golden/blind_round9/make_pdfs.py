"""Generate the round-9 blind test-set PDFs under pdfs/ (reports and forms).

Run with the project venv:  .venv/bin/python tests/golden/blind_round9/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names and the canonical
principle statements are used on purpose. Deterministic: reportlab invariant mode fixes creation dates and
document IDs, so re-running gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A3, A4, A5, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as pdfcanvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
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
BODY = ParagraphStyle("body9", parent=SS["BodyText"], fontSize=10, leading=13.5)
SMALL = ParagraphStyle("small9", parent=BODY, fontSize=8.5, leading=11)
TINY = ParagraphStyle("tiny9", parent=BODY, fontSize=6.5, leading=8, textColor=colors.grey)
H1 = ParagraphStyle("h1_9", parent=SS["Heading1"], fontSize=20, leading=24)
H2 = ParagraphStyle("h2_9", parent=SS["Heading2"], fontSize=13, leading=16)
H3 = ParagraphStyle("h3_9", parent=SS["Heading3"], fontSize=11, leading=14)
CELL = ParagraphStyle("cell9", parent=BODY, fontSize=9, leading=11.5)
CELL_B = ParagraphStyle("cellb9", parent=CELL, fontName="Helvetica-Bold")
CENTRE = ParagraphStyle("centre9", parent=BODY, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right9", parent=BODY, alignment=TA_RIGHT)
TYPED = ParagraphStyle("typed9", parent=BODY, fontName="Courier", fontSize=9.5, leading=12)

STATEMENTS = {
    "Social partnership": "We will strengthen the co-operative partnership between citizens, communities, "
    "enterprises and Councils, based on a shared sense of responsibility for wellbeing and mutual benefit.",
    "Democratic engagement": "We will support the active engagement of the full range of residents in decision "
    "making and priority setting.",
    "Co-production": "We will develop systems that enable citizens to be equal partners in designing and "
    "commissioning public services and in determining the use of public resources.",
    "Enterprise and social economy": "We will promote community-based approaches to economic development that "
    "focus on supporting the creation of jobs, social enterprises and other businesses and providing an "
    "environment for co-operative and mutual enterprises to thrive.",
    "Maximising social value": "We will support the development of a framework and criteria for social value, "
    "giving substance to the concept and supporting Councils with the tools to ensure better local social and "
    "economic outcomes.",
    "Community leadership and a new role for councillors": "We will explore ways for councils to act as a "
    "platform for helping the community to contribute to local outcomes, and to re-think the role of "
    "councillors as community connectors, brokers and leaders.",
    "New models of meeting priority needs": "In exploring new ways of meeting the priority needs of our "
    "communities we will encourage models, such as co-operatives and mutuals, which give greater influence "
    "and voice to staff and users.",
    "Innovation": "We will embrace innovation in how we work with local communities to drive positive change.",
    "Learning": "We will capture and \u2018expand\u2019 the experience and learning from individual projects and "
    "approaches in order to encourage broader application of co-operative principles within individual member "
    "Councils and across the Network.",
    "Walking the talk": "As a membership organisation, we will make this statement of our principles operational "
    "by: co-operation among members, openness of membership, co-production of the Network\u2019s work, "
    "action-focused, membership-based, non-party-political.",
}
TEN = list(STATEMENTS)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def _paras(texts: list[str], style: ParagraphStyle = BODY) -> list[Paragraph]:
    return [Paragraph(t, style) for t in texts]


def _grid(rows: list[list[object]], widths: list[float], extra: list[tuple] | None = None) -> Table:
    """A ruled table whose cells are wrapped in Paragraphs."""
    data = [[c if not isinstance(c, str) else Paragraph(c, CELL) for c in row] for row in rows]
    t = Table(data, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    t.setStyle(TableStyle(style + (extra or [])))
    return t


def _draw_para(c: pdfcanvas.Canvas, text: str, style: ParagraphStyle, x: float, y_top: float, width: float) -> float:
    """Draw a wrapped paragraph with its top at y_top; return the y of its bottom."""
    para = Paragraph(text, style)
    _, h = para.wrapOn(c, width, 1000)
    para.drawOn(c, x, y_top - h)
    return y_top - h


# --------------------------------------------------------------------------------------------------- 1
def evaluation_bradford() -> None:
    """Two-page evaluation report; ruled details table with invented row labels; named values in a callout."""

    def chrome(canv, doc):
        w, _ = A4
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, "\u00a9 University of Bradford 2023. Centre for Place-Based Research.")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"Page {doc.page} of 2")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "evaluation-two-page-row-labels-bradford.pdf"),
        pagesize=A4,
        title="Keeping Warm Together - evaluation report",
        author="Centre for Place-Based Research",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    facts = _grid(
        [
            ["<b>Commissioning authority</b>", "City of Bradford Metropolitan District Council"],
            [
                "<b>Delivery partners</b>",
                "Wakefield Council; Leeds City Council; Incommunities Group (housing association)",
            ],
            ["<b>Pilot lifespan</b>", "October 2021 \u2013 June 2022 (nine months)"],
            ["<b>Fund stream</b>", "Policy Lab"],
            ["<b>Households reached</b>", "412 (target 350)"],
            ["<b>Evaluated by</b>", "Centre for Place-Based Research, University of Bradford"],
        ],
        [5 * cm, 12 * cm],
        [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3f7"))],
    )
    callout = Table(
        [
            [_p("<b>Where the pilot sits against the Network\u2019s values</b>", CELL)],
            [
                _p(
                    "The commissioning brief asked us to test the pilot against two of the Co-operative "
                    "Councils\u2019 Innovation Network principles. We found good evidence for both:",
                    CELL,
                )
            ],
            [_p("\u2013 <b>Social partnership</b>", CELL)],
            [_p("\u2013 <b>New models of meeting priority needs</b>", CELL)],
        ],
        colWidths=[17 * cm],
    )
    callout.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4d6")),
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#e0a800")),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story = [
        _p("Evaluation report | November 2023", SMALL),
        _p("Keeping Warm Together", H1),
        _p("An evaluation of the district\u2019s warm-homes buying co-operative pilot", H3),
        _p("Dr Ruth Okafor and Sam Pennington-Reyes", SMALL),
        Spacer(1, 0.4 * cm),
        facts,
        Spacer(1, 0.5 * cm),
        _p("Summary", H2),
        *_paras(
            [
                "Keeping Warm Together set out to test whether tenants and owner-occupiers on low incomes would "
                "join a buying co-operative for insulation, heating repairs and energy advice if the council "
                "carried the start-up risk. The short answer is yes. Over nine months the pilot recruited 412 "
                "member households, bulk-bought loft and cavity insulation for 138 homes and arranged 61 boiler "
                "repairs through two local installers who agreed a co-op price list.",
                "The idea was not new to the district. A 2019 stock condition survey had already shown that "
                "almost a third of private homes in the inner wards were below EPC band D, and neighbouring "
                "Kirklees had run a similar bulk-buying scheme for solar panels in 2016. What was new was the "
                "shape of the offer: members owned the co-op, elected a board of seven and set the price list "
                "with the installers rather than having it set for them.",
                "The partners split the work sensibly. The council held the contract with the installers and "
                "paid for the co-op\u2019s registration and first-year insurance. Incommunities ran the door-"
                "knocking in its own estates, and the two neighbouring councils each tested the membership "
                "offer in one ward so that the pilot could see whether it travelled.",
            ]
        ),
        PageBreak(),
        _p("What worked", H2),
        *_paras(
            [
                "Trust was the deciding factor. Households who heard about the co-op from a neighbour or a "
                "tenants\u2019 association were three times as likely to join as those reached by post. The "
                "board\u2019s decision in February 2022 to publish every installer quote on a notice board in "
                "the community centre did more for sign-ups than any leaflet.",
                "The price list held. Average insulation costs to members were 23% below the prices quoted to "
                "non-members in the same period, despite the steep rise in materials costs over the winter.",
            ]
        ),
        _p("What was harder", H2),
        *_paras(
            [
                "Owner-occupiers were slower to join than tenants, and the ward-level tests in Wakefield and "
                "Leeds recruited only 64 households between them. Staff turnover at one installer delayed 19 "
                "jobs into the summer. The co-op also found it hard to keep board meetings quorate once the "
                "heating season ended.",
            ]
        ),
        Spacer(1, 0.3 * cm),
        callout,
        Spacer(1, 0.4 * cm),
        _p("Recommendations", H2),
        *_paras(
            [
                "1. Keep the co-op model but give it a standing budget for outreach by existing members.<br/>"
                "2. Extend membership to small landlords, who own many of the coldest homes.<br/>"
                "3. Share the installer agreement with other member councils; Leeds\u2019 own 2020 warm spaces "
                "work would be a natural partner for any second phase.",
            ]
        ),
        Spacer(1, 0.4 * cm),
        _p(
            "<b>For further information about the pilot</b>, contact Imran Siddiqui, Affordable Warmth Manager, "
            "City of Bradford Metropolitan District Council, imran.siddiqui@bradford.gov.uk, 01632 960 314.",
            BODY,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 2
def grant_offer_letter_tameside() -> None:
    """Grant offer letter from the network with a schedule table; commitments quoted as statements."""

    def letterhead(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#5b2a86"))
        canv.rect(0, h - 0.6 * cm, w, 0.6 * cm, stroke=0, fill=1)
        canv.setFont("Helvetica-Bold", 11)
        canv.setFillColor(colors.HexColor("#5b2a86"))
        canv.drawString(2 * cm, h - 1.6 * cm, "Co-operative Councils\u2019 Innovation Network")
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            2 * cm, h - 2.05 * cm, "Secretariat: c/o Civic Centre, West Street, Oldham OL1 1UT  |  councils.coop"
        )
        canv.drawString(
            2 * cm,
            1.2 * cm,
            "The Network is an unincorporated association of member councils. Letter template GL-3 (rev. 2022).",
        )
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "grant-offer-letter-schedule-tameside.pdf"),
        pagesize=A4,
        title="Offer of grant PLF-24-07",
        author="CCIN Secretariat",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=3 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    schedule = _grid(
        [
            ["<b>Grant holder</b>", "Tameside MBC"],
            ["<b>Partner authorities named in your bid</b>", "Stockport MBC and Trafford"],
            ["<b>Project title</b>", "Co-operative Youth Hubs"],
            ["<b>Funding stream</b>", "Co-operative Innovation Fund"],
            ["<b>Amount offered</b>", "\u00a312,500 (paid in two instalments)"],
            ["<b>Grant period</b>", "1 April 2024 \u2013 31 March 2025"],
            ["<b>Final report due</b>", "30 June 2025"],
        ],
        [5.5 * cm, 11 * cm],
    )
    story = [
        _p("Our ref: PLF/24/07<br/>14 March 2024", RIGHT),
        Spacer(1, 0.4 * cm),
        _p(
            "Ms Adaeze Nwosu<br/>Head of Communities<br/>Tameside Metropolitan Borough Council<br/>"
            "Tameside One, Market Place<br/>Ashton-under-Lyne",
            BODY,
        ),
        Spacer(1, 0.4 * cm),
        _p("Dear Ms Nwosu,", BODY),
        _p("<b>Offer of grant: Co-operative Youth Hubs</b>", BODY),
        *_paras(
            [
                "I am delighted to confirm that the Network\u2019s Executive, meeting on 6 March, agreed to offer "
                "your council a grant towards the Co-operative Youth Hubs project on the terms set out in this "
                "letter and its two schedules. The panel was particularly struck by the plan to let young "
                "members vote on how each hub spends its activity budget, and by the commitment of your two "
                "neighbouring authorities to test the model in their own youth centres.",
                "The grant is offered to Tameside as grant holder. You are responsible for the delivery of the "
                "project, for the conduct of the partner authorities named in Schedule 1, and for reporting to "
                "the Network. Please note that the Network\u2019s contribution does not make it a partner in the "
                "project, and we will not take part in its governance.",
                "The first instalment of \u00a36,250 will be paid within 28 days of our receiving the signed "
                "acceptance below. The second will follow the mid-point report. Any money not spent by the end "
                "of the grant period must be returned unless we have agreed an extension in writing.",
                "You will see from Schedule 2 that we have carried the commitments from your bid into the offer. "
                "We will ask you about each of them in the final report, and we would like to feature the "
                "project at the Network\u2019s annual conference in November 2025.",
            ]
        ),
        Spacer(1, 0.3 * cm),
        _p(
            "If anything in this letter is unclear, please contact Ewan Tierney, Grants and Programmes Officer, on "
            "0161 496 0732 or at ewan.tierney@councils.coop.",
            BODY,
        ),
        Spacer(1, 0.3 * cm),
        _p("Yours sincerely,", BODY),
        Spacer(1, 0.6 * cm),
        _p("<i>Cllr Morwenna Daley</i><br/>Chair of the Executive", BODY),
        PageBreak(),
        _p("Schedule 1 \u2013 Grant details", H2),
        schedule,
        Spacer(1, 0.5 * cm),
        _p("Schedule 2 \u2013 Commitments carried into this offer", H2),
        _p("Your bid told us that the project will meet the following commitments:", BODY),
        _p("\u201c" + STATEMENTS["Co-production"] + "\u201d", BODY),
        _p("\u201c" + STATEMENTS["Democratic engagement"] + "\u201d", BODY),
        Spacer(1, 0.5 * cm),
        _p("Acceptance", H2),
        _p(
            "I accept this offer on behalf of the grant holder and confirm that the partner authorities have "
            "agreed to take part.",
            BODY,
        ),
        Spacer(1, 0.4 * cm),
        _grid(
            [["Signed:", ""], ["Name:", ""], ["Position:", ""], ["Date:", ""]],
            [3 * cm, 13.5 * cm],
        ),
        Spacer(1, 0.3 * cm),
        _p("Please return the signed acceptance by 12 April 2024.", SMALL),
    ]
    doc.build(story, onFirstPage=letterhead, onLaterPages=letterhead)


# --------------------------------------------------------------------------------------------------- 3
def acroform_bid_wirral() -> None:
    """A filled-in interactive bid form: the answers live only in AcroForm fields."""
    path = OUT / "acroform-bid-form-fields-wirral.pdf"
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Policy Lab bid form 2025 (fillable)")
    c.setAuthor("CCIN")
    w, h = A4
    form = c.acroForm

    c.setFillColor(colors.HexColor("#00594f"))
    c.rect(0, h - 2.4 * cm, w, 2.4 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(2 * cm, h - 1.4 * cm, "Policy Lab bid form")
    c.setFont("Helvetica", 9)
    c.drawString(2 * cm, h - 1.95 * cm, "Complete every field. Save a copy before you email it.")
    c.setFillColor(colors.black)

    y = h - 3.5 * cm
    questions = [
        ("q_title", "Working title of the Lab", "Anchor Institutions Buying Local"),
        ("q_holder", "1. Which council will hold the money and steer the work?", "Wirral Council"),
        (
            "q_others",
            "2. Who else is signed up? (councils, VCFSE bodies, anchor institutions)",
            "Sefton Council, Liverpool City Council, Wirral Chamber of Commerce",
        ),
        ("q_begin", "3a. When would activity begin? (mm/yyyy)", "06/2025"),
        ("q_finish", "3b. When would activity finish? (mm/yyyy)", "03/2027"),
        ("q_category", "4. Bid category", "Policy Lab"),
    ]
    for name, label, value in questions:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(2 * cm, y, label)
        y -= 0.75 * cm
        form.textfield(
            name=name,
            value=value,
            x=2 * cm,
            y=y,
            width=17 * cm,
            height=0.65 * cm,
            fontName="Helvetica",
            fontSize=10,
            borderColor=colors.HexColor("#7a7a7a"),
            fillColor=colors.HexColor("#f3f7fb"),
            forceBorder=True,
        )
        y -= 0.75 * cm

    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(
        2 * cm, y, "5. Which of the Network\u2019s principles will the Lab put into practice? (tick all that apply)"
    )
    y -= 0.7 * cm
    ticked = {
        "Enterprise and social economy",
        "Maximising social value",
        "Community leadership and a new role for councillors",
    }
    c.setFont("Helvetica", 9.5)
    for i, name in enumerate(TEN):
        col = i % 2
        row = i // 2
        bx = 2 * cm + col * 8.7 * cm
        by = y - row * 0.7 * cm
        form.checkbox(
            name=f"p{i}",
            x=bx,
            y=by - 0.1 * cm,
            size=11,
            checked=name in ticked,
            buttonStyle="check",
            borderColor=colors.black,
            fillColor=colors.white,
            forceBorder=True,
        )
        c.drawString(bx + 0.6 * cm, by, name if len(name) < 40 else "Community leadership and a new role for cllrs")
    y -= 5 * 0.7 * cm + 0.5 * cm

    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(2 * cm, y, "6. In no more than 100 words, what will be different when the Lab ends?")
    y -= 2.1 * cm
    form.textfield(
        name="q_change",
        value="More of the big public bodies on the peninsula will buy from local co-ops and social enterprises.",
        x=2 * cm,
        y=y,
        width=17 * cm,
        height=1.8 * cm,
        fontName="Helvetica",
        fontSize=9,
        fieldFlags="multiline",
        forceBorder=True,
    )
    y -= 0.9 * cm
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(2 * cm, y, "7. Bid contact")
    y -= 0.75 * cm
    c.setFont("Helvetica", 9)
    c.drawString(2 * cm, y + 0.2 * cm, "Name")
    form.textfield(
        name="c_name",
        value="Hollie Pritchard",
        x=3.5 * cm,
        y=y,
        width=6 * cm,
        height=0.65 * cm,
        fontName="Helvetica",
        fontSize=10,
        forceBorder=True,
    )
    c.drawString(10 * cm, y + 0.2 * cm, "Email")
    form.textfield(
        name="c_email",
        value="holliepritchard@wirral.gov.uk",
        x=11.3 * cm,
        y=y,
        width=7.7 * cm,
        height=0.65 * cm,
        fontName="Helvetica",
        fontSize=10,
        forceBorder=True,
    )
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawString(
        2 * cm, 1.2 * cm, "Bid form v5 (October 2024). Send completed forms to labs@councils.coop by 31 January 2025."
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 4
def end_of_project_return_sandwell() -> None:
    """End-of-project return: typed answers, ten drawn check boxes with three vector ticks, a signature."""
    path = OUT / "end-of-project-return-drawn-ticks-sandwell.pdf"
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("End of Project Return")
    c.setAuthor("Sandwell MBC")
    w, h = A4

    def field(y: float, label: str, value: str, label_w: float = 6.5 * cm) -> float:
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(2 * cm, y, label)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(2 * cm + label_w, y - 0.12 * cm, w - 2 * cm, y - 0.12 * cm)
        c.setFont("Courier", 9.5)
        c.drawString(2 * cm + label_w + 0.1 * cm, y, value)
        return y - 0.75 * cm

    c.setFont("Helvetica-Bold", 15)
    c.drawString(2 * cm, h - 2.2 * cm, "END OF PROJECT RETURN")
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 2 * cm, h - 2.2 * cm, "Office use: ref EPR/0331   received 21 MAR 2024")
    c.setFont("Helvetica", 8.5)
    c.drawString(
        2 * cm, h - 2.8 * cm, "Please complete in BLOCK CAPITALS or type. Section A must be completed in full."
    )

    y = h - 3.8 * cm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(2 * cm, y, "Section A \u2013 About the project")
    y -= 0.8 * cm
    y = field(y, "Project name", "WEST BROMWICH COMMUNITY LAUNDERETTE CO-OP")
    y = field(y, "Organisation accountable for delivery", "SANDWELL METROPOLITAN BOROUGH COUNCIL")
    y = field(y, "Co-delivery organisations (if any)", "DUDLEY MBC; WALSALL COUNCIL; BLACK COUNTRY")
    y = field(y, "", "CONSORTIUM LTD")
    y = field(y, "Actual start (month/year)", "09/2022")
    y = field(y, "Actual completion (month/year)", "02/2024")
    y = field(y, "Project classification", "PROTOTYPE")
    y = field(y, "Total spend", "\u00a38,940 (GRANT \u00a37,500 + MATCH \u00a31,440)")

    y -= 0.3 * cm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(2 * cm, y, "Section B \u2013 Principles")
    y -= 0.55 * cm
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, y, "Tick the principles your project has demonstrated. Leave the others blank.")
    y -= 0.8 * cm
    ticked = {"Co-production", "Innovation", "Learning"}
    for i, name in enumerate(TEN):
        bx = 2 * cm if i < 5 else 11 * cm
        by = y - (i % 5) * 0.75 * cm
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.rect(bx, by - 0.1 * cm, 0.4 * cm, 0.4 * cm, stroke=1, fill=0)
        if name in ticked:
            c.setLineWidth(1.6)
            c.setStrokeColor(colors.HexColor("#1a237e"))
            c.line(bx + 0.06 * cm, by + 0.1 * cm, bx + 0.17 * cm, by - 0.04 * cm)
            c.line(bx + 0.17 * cm, by - 0.04 * cm, bx + 0.5 * cm, by + 0.42 * cm)
            c.setLineWidth(0.8)
        c.setFont("Helvetica", 8.5)
        label = name if len(name) < 45 else "Community leadership and a new role for"
        c.drawString(bx + 0.6 * cm, by, label)
        if len(name) >= 45:
            c.drawString(bx + 0.6 * cm, by - 0.3 * cm, "councillors")
    y -= 5 * 0.75 * cm + 0.4 * cm

    c.setFont("Helvetica-Bold", 10)
    c.drawString(2 * cm, y, "Section C \u2013 What happened")
    y -= 0.3 * cm
    y = _draw_para(
        c,
        "THE CO-OP OPENED IN A FORMER BANK ON THE HIGH STREET IN JANUARY 2023 WITH 46 FOUNDER MEMBERS. MEMBERS "
        "BOOK MACHINE TIME THROUGH A TEXT SERVICE AND VOLUNTEER TWO HOURS A MONTH. THE MEMBERS DESIGNED THE "
        "PRICE BANDS THEMSELVES AT THREE OPEN MEETINGS. DUDLEY AND WALSALL EACH RAN A PROMOTION WEEK FOR RESIDENTS "
        "NEAR THE BOROUGH BOUNDARY. BY FEBRUARY 2024 THE CO-OP HAD 171 MEMBERS AND COVERED ITS RUNNING COSTS. "
        "WE HAVE WRITTEN UP THE SET-UP STEPS SO OTHER COUNCILS CAN COPY THEM.",
        TYPED,
        2 * cm,
        y,
        w - 4 * cm,
    )
    y -= 0.8 * cm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(2 * cm, y, "Section D \u2013 Declaration")
    y -= 0.6 * cm
    c.setFont("Helvetica", 8.5)
    c.drawString(2 * cm, y, "I confirm that the information in this return is correct.")
    y -= 0.9 * cm
    c.drawString(2 * cm, y, "Signed")
    c.setFont("Times-Italic", 16)
    c.setFillColor(colors.HexColor("#1a237e"))
    c.drawString(4 * cm, y, "R. Bhogal")
    c.setFillColor(colors.black)
    y -= 0.2 * cm
    y = field(y - 0.5 * cm, "Name", "RAJINDER BHOGAL", 3 * cm)
    y = field(y, "Position", "PROGRAMME LEAD, COMMUNITY PARTNERSHIPS", 3 * cm)
    y = field(y, "Email", "rajinder_bhogal@sandwell.gov.uk", 3 * cm)
    y = field(y, "Date", "19/03/2024", 3 * cm)
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawString(2 * cm, 1.2 * cm, "EPR form 2021 edition. Keep a copy for your records.")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 5
def project_annual_report_southampton() -> None:
    """A project's own annual report (year two) with an 'Around the Network' round-up of other projects."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#c2185b"))
        canv.rect(w - 1.2 * cm, 0, 1.2 * cm, h, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 9)
        canv.translate(w - 0.5 * cm, h / 2)
        canv.rotate(90)
        canv.drawCentredString(0, 0, "SHARING ECONOMY PARTNERSHIP  \u00b7  ANNUAL REPORT  \u00b7  YEAR TWO")
        canv.restoreState()
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.1 * cm, f"Annual Report 2023/24  \u2014  {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "project-annual-report-year-two-southampton.pdf"),
        pagesize=A4,
        title="Southampton Sharing Economy Partnership Annual Report 2023-24",
        author="Southampton City Council",
        leftMargin=2 * cm,
        rightMargin=2.6 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    values = _grid(
        [
            ["<b>Value</b>", "<b>What it looked like this year</b>"],
            [
                "Social partnership",
                "The board now has four resident members alongside the university, the CVS and the two councils.",
            ],
            [
                "Enterprise and social economy",
                "Three new sharing co-ops registered: a tool library, a baby-kit swap and a cargo-bike club.",
            ],
        ],
        [5 * cm, 11.2 * cm],
        [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f8d7e3"))],
    )
    roundup = _grid(
        [
            ["<b>Project</b>", "<b>Who leads it</b>", "<b>When</b>", "<b>Ask</b>"],
            ["Brighton Library of Things", "Brighton and Hove City Council", "2021", "lot@brighton-hove.gov.uk"],
            ["Bristol Repair Network", "Bristol City Council", "2023\u20132025", "repair@bristol.gov.uk"],
            ["Plymouth Food Sharing Co-op", "Plymouth City Council", "2020 onwards", "food.coop@plymouth.gov.uk"],
        ],
        [5 * cm, 4.6 * cm, 2.4 * cm, 4.2 * cm],
        [("FONTSIZE", (0, 0), (-1, -1), 8)],
    )
    story = [
        _p("Southampton Sharing Economy Partnership", H1),
        _p("Annual Report \u2014 Year Two (April 2023 to March 2024)", H3),
        Spacer(1, 0.3 * cm),
        _p("Welcome", H2),
        *_paras(
            [
                "When the Partnership launched in June 2022 we promised residents three things: that borrowing "
                "would be easier than buying, that the things we share would be looked after by the people who "
                "use them, and that the money saved would stay in the city. This second annual report shows how "
                "far we have come, and where we have fallen short.",
                "The Partnership is hosted by Southampton City Council. Its board brings together Solent "
                "University, Southampton Voluntary Services and Portsmouth City Council, which joined in the "
                "first year to test the model across the harbour, together with four resident members elected "
                "at the annual gathering.",
            ]
        ),
        _p("The year in numbers", H2),
        _p(
            "2,118 loans (up from 1,204) \u00b7 3 new co-ops registered \u00b7 61 volunteers \u00b7 an estimated "
            "14 tonnes of goods kept out of landfill \u00b7 \u00a341,000 saved by borrowers",
            BODY,
        ),
        _p("Our co-operative values in practice", H2),
        values,
        Spacer(1, 0.3 * cm),
        _p("What did not go to plan", H2),
        *_paras(
            [
                "The cargo-bike club took eight months to find insurance. The baby-kit swap relies on two "
                "volunteers, and we need to spread that load before year three. Portsmouth\u2019s pilot hub "
                "closed for six weeks in the summer when its host community centre was refurbished.",
            ]
        ),
        PageBreak(),
        _p("Around the Network", H2),
        _p(
            "We are one of a growing number of sharing projects in member councils of the Co-operative "
            "Councils\u2019 Innovation Network. We swap notes with these three every quarter; get in touch with "
            "them directly:",
            BODY,
        ),
        roundup,
        Spacer(1, 0.4 * cm),
        _p("Looking ahead to year three", H2),
        *_paras(
            [
                "In 2024/25 we will open a second library in Woolston, hand the running of the tool library to "
                "its members, and publish an open guide for other councils. The council\u2019s funding is "
                "confirmed until March 2026; after that the co-ops aim to stand on their own.",
            ]
        ),
        Spacer(1, 0.3 * cm),
        KeepTogether(
            [
                _p("Talk to the Partnership", H3),
                _p(
                    "Grace Adebayo-Ellis, Partnership co-ordinator<br/>grace.adebayo-ellis@southampton.gov.uk<br/>"
                    "023 8049 6071",
                    BODY,
                ),
            ]
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 6
def briefing_note_stockport() -> None:
    """Members' briefing note with numbered paragraphs; year given as an 18-month pilot from January 2025."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(2.5 * cm, h - 1.3 * cm, "OFFICIAL")
        canv.drawRightString(w - 2.5 * cm, h - 1.3 * cm, "BN-24-112")
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(w / 2, 1.2 * cm, f"Stockport Council \u2013 Briefing Note \u2013 page {doc.page}")
        canv.drawString(2.5 * cm, 1.2 * cm, "OFFICIAL")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "briefing-note-numbered-paragraphs-stockport.pdf"),
        pagesize=A4,
        title="Briefing note BN-24-112 Co-operative savings pilot",
        author="Stockport Council",
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    num = ParagraphStyle("num9", parent=BODY, leftIndent=1.2 * cm, firstLineIndent=-1.2 * cm, spaceAfter=6)
    head = _grid(
        [
            ["<b>To</b>", "All Members"],
            ["<b>From</b>", "Director of Place (Neighbourhoods)"],
            ["<b>Date</b>", "4 November 2024"],
            ["<b>Subject</b>", "Co-operative savings pilot with credit unions"],
        ],
        [3 * cm, 13 * cm],
    )
    story = [
        _p("BRIEFING NOTE FOR ELECTED MEMBERS", H2),
        head,
        Spacer(1, 0.4 * cm),
        _p("<b>1.0 Purpose</b>", BODY),
        _p(
            "1.1\u00a0\u00a0\u00a0\u00a0To let Members know about a pilot that will help residents who have no "
            "savings at all to build a small rainy-day fund, and to ask ward councillors to help us find the first "
            "members.",
            num,
        ),
        _p("<b>2.0 Background</b>", BODY),
        _p(
            "2.1\u00a0\u00a0\u00a0\u00a0The 2023 household survey found that 31% of Stockport households could not "
            "meet an unexpected bill of \u00a3300 without borrowing. Residents in Brinnington and Lancashire Hill "
            "were most likely to use high-cost lenders.",
            num,
        ),
        _p(
            "2.2\u00a0\u00a0\u00a0\u00a0The Greater Manchester Combined Authority\u2019s 2023 financial inclusion "
            "strategy encourages councils to work through credit unions, and several Greater Manchester councils "
            "already run payroll savings schemes for their own staff.",
            num,
        ),
        _p("<b>3.0 The pilot</b>", BODY),
        _p(
            "3.1\u00a0\u00a0\u00a0\u00a0Stockport Council will lead an 18-month pilot beginning in January 2025. We "
            "will work with Stockport Homes, Stockport Credit Union and Manchester Credit Union. The two credit "
            "unions will open jointly branded savings accounts, and Stockport Homes will offer them to tenants "
            "at the start of every new tenancy.",
            num,
        ),
        _p(
            "3.2\u00a0\u00a0\u00a0\u00a0Every member who saves for six months in a row will receive a one-off "
            "\u00a350 bonus from the council. Members will own a share in their credit union and can vote at its "
            "AGM, and a panel of the first 40 members will help decide how the bonus scheme changes in its "
            "second year.",
            num,
        ),
        _p(
            "3.3\u00a0\u00a0\u00a0\u00a0The council has set aside \u00a360,000 from the Household Support Fund "
            "underspend to pay the bonuses and a part-time outreach worker.",
            num,
        ),
        _p("<b>4.0 What we are asking of Members</b>", BODY),
        _p(
            "4.1\u00a0\u00a0\u00a0\u00a0Please share the sign-up leaflet at ward surgeries and let us know of "
            "community groups that could host a sign-up session.",
            num,
        ),
        _p(
            "4.2\u00a0\u00a0\u00a0\u00a0There are no decisions for Members to take at this stage. A report on the "
            "pilot\u2019s results will go to the Economy and Regeneration Scrutiny Committee after it ends.",
            num,
        ),
        _p("<b>5.0 Further information</b>", BODY),
        _p(
            "5.1\u00a0\u00a0\u00a0\u00a0Briefing note author: Lucy Ferreira-Hale, Financial Inclusion Lead. "
            "Tel: 0161 496 0518. Email: lucy.ferreira-hale@stockport.gov.uk",
            num,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 7
def poster_hackney() -> None:
    """A3 poster drawn on the canvas: headline, big roundel with the start, small-print 'brought to you by'."""
    path = OUT / "poster-a3-repair-coop-hackney.pdf"
    w, h = A3
    c = pdfcanvas.Canvas(str(path), pagesize=A3, invariant=1)
    c.setTitle("Dalston Repair Co-op poster")
    c.setAuthor("Hackney Council Design Studio")
    c.setFillColor(colors.HexColor("#ffde17"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 64)
    c.drawString(2.5 * cm, h - 6 * cm, "FIX IT.")
    c.drawString(2.5 * cm, h - 8.6 * cm, "SHARE IT.")
    c.drawString(2.5 * cm, h - 11.2 * cm, "KEEP IT.")
    c.setFont("Helvetica", 26)
    c.drawString(2.5 * cm, h - 13.4 * cm, "The Dalston Repair Co-op")
    c.setFillColor(colors.HexColor("#e4002b"))
    c.circle(w - 8 * cm, h - 18.5 * cm, 5.2 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 22)
    c.drawCentredString(w - 8 * cm, h - 17.2 * cm, "Open every")
    c.drawCentredString(w - 8 * cm, h - 18.4 * cm, "Saturday")
    c.setFont("Helvetica", 16)
    c.drawCentredString(w - 8 * cm, h - 19.6 * cm, "since summer 2023")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 18)
    lines = [
        "Bring your broken toaster, torn jacket",
        "or wobbly chair. Our members will show",
        "you how to fix it \u2013 and you can join",
        "the co-op for \u00a31 a year.",
    ]
    y = h - 16 * cm
    for line in lines:
        c.drawString(2.5 * cm, y, line)
        y -= 0.9 * cm
    c.setFont("Helvetica-Bold", 20)
    c.drawString(2.5 * cm, h - 24 * cm, "Saturdays 10am\u20132pm")
    c.drawString(2.5 * cm, h - 25.1 * cm, "Dalston Library, back hall")
    c.setFont("Helvetica", 15)
    c.drawString(2.5 * cm, h - 27 * cm, "Questions? Ask Femi Adeyemi:")
    c.drawString(2.5 * cm, h - 27.8 * cm, "femi.adeyemi@hackney.gov.uk  |  020 7946 0183")
    c.setStrokeColor(colors.black)
    c.setLineWidth(2)
    c.rect(w - 7.5 * cm, h - 30 * cm, 4.5 * cm, 4.5 * cm, stroke=1, fill=0)
    c.setFont("Helvetica", 9)
    c.drawCentredString(w - 5.25 * cm, h - 30.6 * cm, "Scan for opening times")
    c.setFillColor(colors.white)
    c.rect(0, 0, w, 6 * cm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    _draw_para(
        c,
        "Brought to you by Hackney Council\u2019s community wealth team, hand in hand with Hackney Co-operative "
        "Developments and volunteers from The Restart Project. Funded by the Mayor of London\u2019s Good Growth "
        "Fund.",
        ParagraphStyle("poster_small", parent=BODY, fontSize=12, leading=15),
        2.5 * cm,
        5 * cm,
        w - 5 * cm,
    )
    c.setFont("Helvetica", 8)
    c.drawString(
        2.5 * cm, 1.4 * cm, "Printed on recycled paper, March 2024. \u00a9 Hackney Council 2024. HC/CW/0324/A3"
    )
    c.drawRightString(w - 2.5 * cm, 1.4 * cm, "hackney.gov.uk/repair")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 8
def flyer_swansea() -> None:
    """A5 two-sided bilingual recruitment flyer built with frames; promise paraphrased."""
    page = A5
    doc = BaseDocTemplate(
        str(OUT / "flyer-a5-bilingual-tenant-coop-swansea.pdf"),
        pagesize=page,
        title="Tenant Co-op Pilot flyer",
        author="Cyngor Abertawe / Swansea Council",
        invariant=1,
    )
    half = (page[0] - 2.4 * cm) / 2
    front = Frame(1.2 * cm, 1.5 * cm, page[0] - 2.4 * cm, page[1] - 3 * cm, id="front")
    back_cy = Frame(1.2 * cm, 1.5 * cm, half - 0.2 * cm, page[1] - 3 * cm, id="cy")
    back_en = Frame(1.2 * cm + half + 0.2 * cm, 1.5 * cm, half - 0.2 * cm, page[1] - 3 * cm, id="en")

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 6.5)
        canv.setFillColor(colors.grey)
        canv.drawCentredString(
            page[0] / 2, 0.8 * cm, "Mae\u2019r daflen hon ar gael yn Gymraeg ac yn Saesneg. Printed 07/2024."
        )
        canv.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate(id="front", frames=[front], onPage=foot),
            PageTemplate(id="back", frames=[back_cy, back_en], onPage=foot),
        ]
    )
    big = ParagraphStyle("flyer_big", parent=H1, fontSize=24, leading=28, textColor=colors.HexColor("#006b3f"))
    sub = ParagraphStyle("flyer_sub", parent=BODY, fontSize=12, leading=16)
    cy = ParagraphStyle("flyer_cy", parent=SMALL, textColor=colors.HexColor("#444444"))
    en = ParagraphStyle("flyer_en", parent=SMALL)
    story = [
        Spacer(1, 1.5 * cm),
        _p("Cynllun Peilot Cydweithfa Tenantiaid", ParagraphStyle("flyer_cyh", parent=big, fontSize=18)),
        _p("Tenant Co-op Pilot", big),
        Spacer(1, 0.6 * cm),
        _p("Run your block together. Have a real say in repairs, cleaning and the budget.", sub),
        _p("Rhedwch eich bloc gyda\u2019ch gilydd.", sub),
        Spacer(1, 1 * cm),
        _p(
            "<b>Our promise to you:</b> tenants will sit as equal partners with the council when the services "
            "for your block are designed and bought, and you will help decide how the money is spent.",
            sub,
        ),
        NextPageTemplate("back"),
        PageBreak(),
        _p("<b>Pwy sydd y tu \u00f4l i hyn?</b>", cy),
        _p(
            "Mae Cyngor Abertawe yn rhedeg y cynllun peilot hwn gyda Grŵp Tai Coastal a Chanolfan Cydweithredol Cymru.",
            cy,
        ),
        _p("<b>Pryd?</b>", cy),
        _p("Medi 2024 i Awst 2025", cy),
        _p("<b>Pwy all ymuno?</b>", cy),
        _p("Tenantiaid yn nhri bloc y cyngor yn Sandfields.", cy),
        _p("<b>Cysylltwch \u00e2 ni</b>", cy),
        _p("Siân Prosser<br/>01632 960 418<br/>sian.prosser@swansea.gov.uk", cy),
        FrameBreak(),
        _p("<b>Who\u2019s behind this?</b>", en),
        _p(
            "Swansea Council is running this pilot with Coastal Housing Group and the Wales Co-operative Centre.",
            en,
        ),
        _p("<b>When?</b>", en),
        _p("September 2024 to August 2025", en),
        _p("<b>Who can join?</b>", en),
        _p(
            "Tenants in the council\u2019s three blocks in Sandfields. Each block will elect a tenants\u2019 "
            "committee that meets the housing team every month.",
            en,
        ),
        _p("<b>Get in touch</b>", en),
        _p("Siân Prosser, Tenant Participation Officer<br/>01632 960 418<br/>sian.prosser@swansea.gov.uk", en),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------------- 9
def newsletter_page_calderdale() -> None:
    """One page of a council's printed community newsletter in three columns; lead story plus 'In brief'."""
    w, h = A4
    doc = BaseDocTemplate(
        str(OUT / "newsletter-page-three-columns-calderdale.pdf"),
        pagesize=A4,
        title="Calderdale Community News issue 27 p4",
        author="Calderdale Council Communications",
        invariant=1,
    )
    gap = 0.5 * cm
    colw = (w - 3 * cm - 2 * gap) / 3
    frames = [Frame(1.5 * cm + i * (colw + gap), 1.8 * cm, colw, h - 5.4 * cm, id=f"c{i}") for i in range(3)]

    def masthead(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#0b6e4f"))
        canv.rect(0, h - 2.8 * cm, w, 2.8 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 22)
        canv.drawString(1.5 * cm, h - 1.7 * cm, "Community News")
        canv.setFont("Helvetica", 9)
        canv.drawString(
            1.5 * cm, h - 2.35 * cm, "Issue 27  \u00b7  Spring 2023  \u00b7  Delivered free to every home in Calderdale"
        )
        canv.drawRightString(w - 1.5 * cm, h - 1.7 * cm, "4")
        canv.setStrokeColor(colors.HexColor("#bbbbbb"))
        for i in (1, 2):
            x = 1.5 * cm + i * (colw + gap) - gap / 2
            canv.line(x, 2 * cm, x, h - 3.4 * cm)
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7)
        canv.drawString(
            1.5 * cm, 1 * cm, "Community News is published four times a year by Calderdale Council. \u00a9 2023."
        )
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="news", frames=frames, onPage=masthead)])
    kicker = ParagraphStyle("kick9", parent=SMALL, textColor=colors.HexColor("#0b6e4f"), fontName="Helvetica-Bold")
    head = ParagraphStyle("nh9", parent=H2, fontSize=15, leading=18)
    col = ParagraphStyle("col9", parent=BODY, fontSize=9, leading=12)
    story = [
        _p("ENERGY", kicker),
        _p("Valley energy co-op signs up its 300th household", head),
        *_paras(
            [
                "Hebden Bridge pensioner Margaret Oduya became the 300th member of the Upper Calder Energy Co-op "
                "last month \u2013 and she has already cut her winter bills by a fifth.",
                "The co-op buys electricity in bulk for its members and owns solar panels on four school roofs. "
                "Led by Calderdale Council since 2020, the scheme is run with Kirklees Council and Hebden Bridge "
                "Community Energy, whose volunteers visit every new member at home to explain their bill.",
                "\u201cI was sceptical,\u201d says Margaret. \u201cBut it\u2019s our co-op \u2013 we vote on where "
                "the next panels go. I went to the AGM and asked awkward questions, and I got answers.\u201d",
                "Members pay a one-off \u00a35 share. Any surplus goes into a fund that pays for loft insulation "
                "for members on low incomes; 46 homes have been insulated so far.",
                "The co-op now wants to reach flats and terraces in Todmorden and Sowerby Bridge, where fewer "
                "households have signed up.",
                "<b>To join, or to host a drop-in session, contact Ellie Marsh at ellie.marsh@calderdale.gov.uk "
                "or call 01632 960 552.</b>",
            ],
            col,
        ),
        FrameBreak(),
        _p("IN BRIEF", kicker),
        _p("<b>Library of Things opens in Halifax</b>", col),
        _p(
            "Borrow a drill, a gazebo or a sewing machine for a few pounds at Halifax Central Library. The "
            "scheme follows Bradford\u2019s 2022 pilot. Details: libraries@calderdale.gov.uk",
            col,
        ),
        _p("<b>Parks volunteers wanted</b>", col),
        _p(
            "Friends of Shibden Park are looking for volunteers to help restore the lake path. No experience "
            "needed; tools and tea provided.",
            col,
        ),
        _p("<b>Brighouse market traders form a co-op</b>", col),
        _p(
            "Twenty-two stallholders have formed a traders\u2019 co-operative to run the Saturday market, "
            "taking over from the council in April 2023.",
            col,
        ),
        _p("<b>Council tax: pay online</b>", col),
        _p("Set up a direct debit in five minutes at calderdale.gov.uk/counciltax.", col),
        FrameBreak(),
        _p("DATES FOR YOUR DIARY", kicker),
        _p(
            "<b>22 April</b> \u2013 Earth Day litter pick, Dean Clough<br/><b>6 May</b> \u2013 Hebden Bridge "
            "repair caf\u00e9<br/><b>13 May</b> \u2013 Energy co-op drop-in, Todmorden Town Hall<br/><b>3 June</b> "
            "\u2013 Calderdale Pride, Halifax<br/><b>17 June</b> \u2013 Energy co-op AGM, Hebden Bridge Town Hall",
            col,
        ),
        Spacer(1, 0.4 * cm),
        _p("YOUR COUNCILLORS", kicker),
        _p(
            "Find your ward councillors and their surgery times at calderdale.gov.uk/councillors or call the "
            "contact centre on 01422 288 001.",
            col,
        ),
        Spacer(1, 0.4 * cm),
        _p("STAY IN TOUCH", kicker),
        _p("Sign up to our e-newsletter at calderdale.gov.uk/news. Story ideas: news@calderdale.gov.uk", col),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------------- 10
def minutes_norwich() -> None:
    """Minutes of a project steering group: attendance lists, numbered items, actions table."""

    def chrome(canv, doc):
        w, _ = A4
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, "Minutes \u2013 draft until approved at the next meeting")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "minutes-steering-group-norwich.pdf"),
        pagesize=A4,
        title="NCFN Steering Group minutes 7 March 2023",
        author="Norwich City Council",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    item = ParagraphStyle("item9", parent=BODY, leftIndent=0.9 * cm, firstLineIndent=-0.9 * cm, spaceBefore=6)
    actions = _grid(
        [
            ["<b>No.</b>", "<b>Action</b>", "<b>Owner</b>", "<b>By</b>"],
            ["1", "Circulate draft evaluation framework", "HO", "21 Mar 2023"],
            ["2", "Confirm second kitchen site with South Norfolk estates", "JT", "4 Apr 2023"],
            ["3", "Bring volunteer numbers by district", "PM", "Next meeting"],
        ],
        [1.2 * cm, 9.8 * cm, 2 * cm, 4 * cm],
    )
    story = [
        _p("Norwich Community Food Network", H2),
        _p("Steering Group", H3),
        _p(
            "Minutes of the meeting held on Tuesday 7 March 2023 at 10:00, Committee Room 2, City Hall, Norwich "
            "(and online)",
            BODY,
        ),
        _p("Hosting council (secretariat): Norwich City Council", BODY),
        Spacer(1, 0.3 * cm),
        _p(
            "<b>Present:</b> Cllr Paula Mendes (Chair, Norwich City Council); Hannah Oyelaran (Project Officer, "
            "Norwich City Council); Jon Thirkettle (South Norfolk Council); Priya Menon (Broadland District "
            "Council); Gary Blythe (FoodCycle Norwich); Deborah Quayle (Norwich Foodbank)",
            BODY,
        ),
        _p("<b>In attendance (observing):</b> Alan Croft (Norfolk County Council, public health)", BODY),
        _p("<b>Apologies:</b> Dr Ines Carvalho (University of East Anglia)", BODY),
        Spacer(1, 0.2 * cm),
        _p(
            "<b>1. Welcome and apologies.</b> The Chair welcomed members. Apologies were noted as above.",
            item,
        ),
        _p(
            "<b>2. Minutes of the last meeting (10 January 2023)</b> were agreed as a correct record.",
            item,
        ),
        _p(
            "<b>3. Project timetable.</b> HO reminded the group that the Network launched in November 2022 and "
            "is funded to run until October 2024. The group agreed that the community kitchens would open in "
            "sequence, Lakenham first, and that a decision on continuation would be taken in spring 2024.",
            item,
        ),
        _p(
            "<b>4. Progress report.</b> Two community kitchens are open and a third is being fitted out. 214 "
            "households have joined the food club, which members run through an elected committee of nine. "
            "GB reported that surplus food collections from supermarkets had doubled since January.",
            item,
        ),
        _p(
            "<b>5. Reporting to the Co-operative Councils\u2019 Innovation Network.</b> Members agreed that the "
            "project will report against the principles of <b>Co-production</b> and <b>Social partnership</b>. "
            "The Chair noted that Preston\u2019s food network (2019\u20132021) had reported against Learning "
            "and that its report was worth reading.",
            item,
        ),
        _p(
            "<b>6. Evaluation.</b> HO will circulate a draft evaluation framework. PM asked that the district "
            "councils\u2019 volunteer figures be shown separately.",
            item,
        ),
        _p("<b>7. Any other business.</b> None.", item),
        _p("<b>8. Date of next meeting:</b> Tuesday 9 May 2023, 10:00, online.", item),
        Spacer(1, 0.4 * cm),
        _p("Action log", H3),
        actions,
        Spacer(1, 0.5 * cm),
        _p(
            "Minutes taken by Hannah Oyelaran, Project Officer. Corrections and questions about the Network to "
            "hannah.oyelaran@norwich.gov.uk by 21 March 2023.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 11
def award_entry_preston() -> None:
    """An awards entry form: boxed field grid, word-limited answers; principles only as paraphrase."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#111111"))
        canv.rect(0, h - 1.8 * cm, w, 1.8 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#d4af37"))
        canv.setFont("Helvetica-Bold", 14)
        canv.drawString(2 * cm, h - 1.15 * cm, "LOCAL IMPACT AWARDS 2022  |  ENTRY FORM")
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.1 * cm, "Entries close 30 September 2022. Shortlist announced November 2022.")
        canv.drawRightString(w - 2 * cm, 1.1 * cm, f"Entry LIA22-0418 \u2013 page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "award-entry-form-preston.pdf"),
        pagesize=A4,
        title="LIA22-0418",
        author="Preston City Council",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2.6 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    grid = _grid(
        [
            ["<b>Entrant</b>", "Preston City Council"],
            ["<b>Name of initiative</b>", "Preston Co-operative Education Hub"],
            ["<b>Category entered</b>", "Community Involvement"],
            [
                "<b>Supporting partners (max. 5)</b>",
                "University of Central Lancashire (UCLan); Preston\u2019s College; Lancashire County Council",
            ],
            [
                "<b>Entry contact</b>",
                "Dominic Whitworth, Community Wealth Officer \u2013 dominic.whitworth@preston.gov.uk",
            ],
        ],
        [5 * cm, 12 * cm],
        [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2ecd9"))],
    )
    q = ParagraphStyle("q9", parent=H3, fontSize=10, leading=13, spaceBefore=10)
    story = [
        grid,
        Spacer(1, 0.3 * cm),
        _p("Q1. Describe the initiative (max. 300 words)", q),
        *_paras(
            [
                "Launched in September 2019, the Preston Co-operative Education Hub gives young people, workers and "
                "would-be founders a place to learn how co-operatives work and how to start one. It grew out of the "
                "city\u2019s community wealth building approach, which since 2013 has encouraged the big local "
                "institutions to spend more of their budgets in Preston.",
                "The hub runs a twelve-week founders\u2019 course, a schools programme and a free advice line. Since "
                "it opened, 318 people have completed the course and 21 new co-operatives have registered, from a "
                "bike-repair workshop to a home-care co-op owned by its carers.",
            ]
        ),
        _p("Q2. What makes it innovative? (max. 250 words)", q),
        *_paras(
            [
                "Most enterprise support treats a co-op as an afterthought. The hub starts from the other end: "
                "every business idea is first tested as a co-op, with the people who will work in it or use it "
                "given a real voice in how it is run from day one.",
                "We also do not keep what we learn to ourselves. Each course ends with a written case study, and we "
                "share these and our teaching materials openly with other councils so that the approach can be "
                "picked up well beyond Preston.",
            ]
        ),
        _p("Q3. What difference has it made? (max. 250 words)", q),
        *_paras(
            [
                "The 21 co-ops employ 74 people, two-thirds of whom live in the city\u2019s most deprived wards. "
                "UCLan\u2019s 2021 study found that graduates of the course were twice as likely to be trading two "
                "years on as founders supported by mainstream programmes.",
            ]
        ),
        _p("Q4. Declaration", q),
        _p(
            "I confirm that the information in this entry is accurate and that the entrant agrees to the awards\u2019 "
            "terms and conditions.<br/>Signed: <i>D. Whitworth</i>  \u00a0\u00a0 Date: 26/09/2022",
            BODY,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 12
def case_study_frames_cardiff() -> None:
    """A magazine-style case study: narrow quote sidebar frame + two body columns; facts only in prose."""
    w, h = A4
    doc = BaseDocTemplate(
        str(OUT / "case-study-three-frames-pantries-cardiff.pdf"),
        pagesize=A4,
        title="Case study: community pantries",
        author="Cardiff Council",
        invariant=1,
    )
    side_w = 4.6 * cm
    colw = (w - 3 * cm - side_w - 1 * cm) / 2
    top = h - 6 * cm
    first = [
        Frame(1.5 * cm, 2 * cm, side_w, top - 2 * cm, id="side"),
        Frame(1.5 * cm + side_w + 0.5 * cm, 2 * cm, colw, top - 2 * cm, id="a"),
        Frame(1.5 * cm + side_w + 0.5 * cm + colw + 0.5 * cm, 2 * cm, colw, top - 2 * cm, id="b"),
    ]
    later = [
        Frame(1.5 * cm, 2 * cm, (w - 3.5 * cm) / 2, h - 4 * cm, id="l"),
        Frame(1.5 * cm + (w - 3.5 * cm) / 2 + 0.5 * cm, 2 * cm, (w - 3.5 * cm) / 2, h - 4 * cm, id="r"),
    ]

    def banner(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#a6192e"))
        canv.rect(0, h - 5.2 * cm, w, 5.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica", 10)
        canv.drawString(
            1.5 * cm, h - 1.6 * cm, "A CASE STUDY FROM CARDIFF COUNCIL  |  ASTUDIAETH ACHOS GAN GYNGOR CAERDYDD"
        )
        canv.setFont("Helvetica-Bold", 26)
        canv.drawString(1.5 * cm, h - 3 * cm, "Nine pantries, one membership")
        canv.setFont("Helvetica", 12)
        canv.drawString(1.5 * cm, h - 3.9 * cm, "How a food-pantry network put members in charge of the shelves")
        canv.restoreState()
        foot(canv, doc)

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(
            1.5 * cm,
            1 * cm,
            "Co-operative case studies series  \u00b7  cardiff.gov.uk  \u00b7  General enquiries: 029 2087 2087",
        )
        canv.drawRightString(w - 1.5 * cm, 1 * cm, str(doc.page))
        canv.restoreState()

    doc.addPageTemplates(
        [PageTemplate(id="first", frames=first, onPage=banner), PageTemplate(id="later", frames=later, onPage=foot)]
    )
    quote = ParagraphStyle("q9c", parent=BODY, fontSize=13, leading=17, textColor=colors.HexColor("#a6192e"))
    cap = ParagraphStyle("cap9", parent=SMALL, fontName="Helvetica-Oblique", textColor=colors.HexColor("#555555"))
    col = ParagraphStyle("colc9", parent=BODY, fontSize=9.5, leading=13)
    box = Table(
        [
            [_p("<b>Where this fits</b>", CELL)],
            [
                _p(
                    "We will develop systems that enable citizens to be equal partners in designing and commissioning "
                    "public services and in determining how public resources are used.",
                    CELL,
                )
            ],
            [
                _p(
                    "We will encourage models, such as co-operatives and mutuals, which give greater influence and "
                    "voice to staff and users, as we explore new ways of meeting our communities\u2019 priority "
                    "needs.",
                    CELL,
                )
            ],
        ],
        colWidths=[(w - 3.5 * cm) / 2 - 0.2 * cm],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#a6192e")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeef0")),
            ]
        )
    )
    story = [
        Spacer(1, 0.6 * cm),
        _p(
            "\u201cPeople stopped seeing it as charity the day they got a vote on what goes on the shelves.\u201d",
            quote,
        ),
        _p("\u2014 Pantry member, Splott", SMALL),
        Spacer(1, 1 * cm),
        _p(
            "Photo: members of the Splott pantry committee with staff from Cardiff Council and the health board, "
            "autumn 2021.",
            cap,
        ),
        Spacer(1, 1 * cm),
        _p("\u00a33.50 a week buys a basket worth \u00a315.", quote),
        FrameBreak(),
        *_paras(
            [
                "When the pandemic emptied the city\u2019s food banks in 2020, Cardiff Council\u2019s tackling "
                "poverty team asked a different question: what would it take for people to stop needing them? "
                "The answer it landed on was the membership pantry, a small shop where members pay a few pounds a "
                "week for a basket of food worth several times as much.",
                "Cardiff Council led the work alongside FareShare Cymru, which supplies the surplus food, and "
                "Cardiff and Vale University Health Board, which pays for a dietitian to visit each pantry once a "
                "month. The first pantry opened in Splott in January 2021. By March 2023, when the council\u2019s "
                "start-up funding ended, there were nine, each run by its own members\u2019 committee.",
                "Members decide what the pantry stocks, the opening hours and who sits on the committee. Several "
                "committees have added things the council would never have thought of: a school-uniform rail, "
                "a baby-food shelf, a monthly cooking club.",
            ],
            col,
        ),
        FrameBreak(),
        *_paras(
            [
                "The numbers are modest but steady. Across the nine pantries there are 1,340 member households, "
                "and 71% of members surveyed in 2022 said they had not needed a food bank since joining.",
                "Not everything worked. A pantry in a church hall closed after six months when the hall was sold, "
                "and committees in two areas struggled to find members willing to do the books.",
                "Other Welsh councils have asked how to copy the model. Swansea and Newport visited in 2022, and "
                "the team has shared its start-up checklist with them.",
            ],
            col,
        ),
        NextPageTemplate("later"),
        PageBreak(),
        _p("What we would tell another council", H3),
        *_paras(
            [
                "Start small, and let the first members write the rules. Find a food partner before you find a "
                "building. Budget for a part-time co-ordinator for at least two years; volunteers carry a pantry "
                "but cannot be asked to set it up.",
                "Be ready to step back. The council\u2019s role now is to help the committees with premises and "
                "training, not to run the pantries.",
            ],
            col,
        ),
        FrameBreak(),
        box,
        Spacer(1, 0.4 * cm),
        _p("More case studies in this series are at cardiff.gov.uk/casestudies.", SMALL),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------------- 13
def unruled_summary_leeds() -> None:
    """Two-page project summary: header-row details table WITHOUT rules; statements in a shaded callout."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#304ffe"))
        canv.setLineWidth(3)
        canv.line(2 * cm, h - 1.5 * cm, w - 2 * cm, h - 1.5 * cm)
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, "Project summary series no. 14  \u00b7  revised 2024")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"{doc.page}/2")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "summary-unruled-header-table-leeds.pdf"),
        pagesize=A4,
        title="Project summary 14",
        author="Leeds City Council",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    hdr = ParagraphStyle("hdr9", parent=CELL, fontName="Helvetica-Bold", textColor=colors.HexColor("#304ffe"))
    facts = Table(
        [
            [_p("Steward", hdr), _p("Alongside", hdr), _p("Span", hdr), _p("Stage", hdr)],
            [
                _p("Leeds City Council", CELL),
                _p("Bradford, Wakefield and Leeds Community Foundation", CELL),
                _p("2020\u201322", CELL),
                _p("Scaling", CELL),
            ],
        ],
        colWidths=[3.6 * cm, 7.2 * cm, 2.6 * cm, 3.6 * cm],
    )
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    callout = Table(
        [
            [_p("<b>The commitments behind the assemblies</b>", CELL)],
            [_p(STATEMENTS["Democratic engagement"], CELL)],
            [_p(STATEMENTS["Community leadership and a new role for councillors"], CELL)],
        ],
        colWidths=[17 * cm],
    )
    callout.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eaf6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor("#304ffe")),
            ]
        )
    )
    story = [
        _p("PROJECT SUMMARY 14", SMALL),
        _p("Neighbourhood Budget Assemblies", H1),
        Spacer(1, 0.3 * cm),
        facts,
        Spacer(1, 0.5 * cm),
        _p("The idea", H2),
        *_paras(
            [
                "Each year a small slice of the community committee budget in six inner-city wards was handed to "
                "an assembly of residents chosen by lot. Assemblies met four times, heard from officers and local "
                "groups, and voted on which projects to fund. Ward councillors sat in as hosts rather than "
                "decision-makers, opening the meetings and following up the results with services.",
                "Over three rounds the assemblies allocated \u00a3612,000 to 143 projects, from a youth boxing club "
                "to a bus for the over-80s. Turnout at the final votes rose from 190 in the first round to 540 in "
                "the third.",
            ]
        ),
        _p("Who did what", H2),
        *_paras(
            [
                "Leeds ran the assemblies, trained the facilitators and paid for the lottery selection. Bradford "
                "and Wakefield each ran a smaller assembly in one ward in the second and third rounds, using "
                "Leeds\u2019 materials. Leeds Community Foundation managed the grants to the winning projects and "
                "chased the monitoring returns.",
            ]
        ),
        PageBreak(),
        callout,
        Spacer(1, 0.5 * cm),
        _p("What changed", H2),
        *_paras(
            [
                "Councillors in the six wards now describe their role differently: less as the person who decides, "
                "more as the person who brings people together and makes sure the council follows through. Four of "
                "the 143 projects have become independent community organisations.",
                "The 2023 review recommended spreading the assemblies to all 33 wards; a bid to the "
                "council\u2019s 2024/25 budget is under consideration.",
            ]
        ),
        _p("Related summaries", H3),
        _p(
            "No. 9 \u2013 Community Committees (2016) \u00b7 No. 12 \u2013 Youth Voice Panels (2019\u201321) \u00b7 "
            "No. 15 \u2013 Digital Participation Platform (2022)",
            SMALL,
        ),
        Spacer(1, 0.5 * cm),
        _p("<b>Project officer</b><br/>Nadia Karimi-Walsh<br/>nadia.karimi-walsh@leeds.gov.uk<br/>0113 496 0287", BODY),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 14
def interim_evaluation_kirklees() -> None:
    """Interim evaluation with a dated DRAFT running header; 'year one of three (2022-2025)' in prose."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Oblique", 8)
        canv.setFillColor(colors.HexColor("#b71c1c"))
        canv.drawString(
            2 * cm, h - 1.2 * cm, "Interim evaluation \u2014 DRAFT v0.3 \u2014 12/05/2023 \u2014 not for citation"
        )
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "University of Huddersfield \u00b7 Institute for Local Economies")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"p. {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "interim-evaluation-draft-header-kirklees.pdf"),
        pagesize=A4,
        title="Interim evaluation v0.3",
        author="ILE",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    survey = _grid(
        [
            ["<b>Measure</b>", "<b>Baseline (autumn 2022)</b>", "<b>Year one (spring 2023)</b>"],
            ["Groups using the asset register", "0", "37"],
            ["Assets transferred or leased", "0", "5"],
            ["Groups saying the council \u2018listens\u2019", "22%", "41%"],
        ],
        [7 * cm, 4.8 * cm, 4.8 * cm],
    )
    story = [
        _p("Community Anchors Programme", H1),
        _p("Interim evaluation report: year one", H3),
        Spacer(1, 0.3 * cm),
        _p("1. Introduction", H2),
        *_paras(
            [
                "This report covers year one of a three-year programme (2022\u20132025). The Community Anchors "
                "Programme is run by Kirklees Council with Locality and Third Sector Leaders Kirklees. It aims to "
                "help community organisations take on the running of buildings and green spaces that the council "
                "can no longer afford to keep, and to grow a small number of anchor organisations strong enough to "
                "support others.",
                "We were appointed in September 2022 to evaluate the programme. This interim report draws on "
                "interviews with 28 people, a survey of community groups, and the programme\u2019s own monitoring "
                "data. It is a draft and will change after the steering group has commented on it.",
            ]
        ),
        _p("2. Early findings", H2),
        survey,
        Spacer(1, 0.3 * cm),
        *_paras(
            [
                "The asset register has been the quickest win: for the first time, community groups can see every "
                "building the council might transfer and what it costs to run. Five transfers or leases are "
                "agreed, and another eleven are in negotiation.",
                "Relationships are improving but remain uneven. Groups in the north of the district told us that "
                "officers now come to them; groups in the south still feel they are competing with each other. "
                "There is some learning here from Calderdale\u2019s 2018\u20132020 asset programme, which paired "
                "each new group with an established anchor.",
            ]
        ),
        _p("3. Questions for year two", H2),
        *_paras(
            [
                "Should the programme concentrate on fewer, larger anchors? How should the council price "
                "leases for groups that cannot yet pay a market rent? And how will the programme know whether "
                "transferred buildings are still open in five years\u2019 time?",
            ]
        ),
        _p("4. About this report", H2),
        _p(
            "Authors: Dr Simon Achterberg and Leah Moorcroft. Comments on this draft, and questions about the "
            "evaluation, to Dr Simon Achterberg, s.achterberg@hud.ac.uk.",
            BODY,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 15
def monitoring_return_sunderland() -> None:
    """Quarterly monitoring return: shaded header grid of fields, milestone RAG table, principles progress."""

    def chrome(canv, doc):
        w, h = landscape(A4)
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(1.5 * cm, h - 1.1 * cm, "QUARTERLY MONITORING RETURN")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(w - 1.5 * cm, h - 1.1 * cm, "Template QMR-2 | issued April 2023")
        canv.drawRightString(w - 1.5 * cm, 0.9 * cm, f"Page {doc.page}")
        canv.restoreState()

    page = landscape(A4)
    doc = SimpleDocTemplate(
        str(OUT / "quarterly-monitoring-return-sunderland.pdf"),
        pagesize=page,
        title="QMR Q3 2023-24 CCIN-PL-23-04",
        author="Sunderland City Council",
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.5 * cm,
        invariant=1,
    )
    shade = colors.HexColor("#dde7f0")
    header = _grid(
        [
            ["<b>Grant ref</b>", "CCIN/PL/23/04", "<b>Reporting quarter</b>", "Q3 (October\u2013December 2023)"],
            ["<b>Grant-holding council</b>", "Sunderland City Council", "<b>Delivery status</b>", "On track"],
            [
                "<b>Co-deliverers</b>",
                "South Tyneside Council; Gateshead Council; Sunderland Software City",
                "<b>Agreed delivery period</b>",
                "01/06/2023 \u2013 31/05/2024",
            ],
            ["<b>Project</b>", "Digital Skills Co-operative", "<b>Spend to date</b>", "\u00a36,120 of \u00a39,800"],
        ],
        [4.2 * cm, 8.7 * cm, 4.6 * cm, 9.2 * cm],
        [("BACKGROUND", (0, 0), (0, -1), shade), ("BACKGROUND", (2, 0), (2, -1), shade)],
    )
    rag = {"G": colors.HexColor("#8bc34a"), "A": colors.HexColor("#ffc107"), "R": colors.HexColor("#e53935")}
    rows = [
        ["<b>Milestone</b>", "<b>Due</b>", "<b>RAG</b>", "<b>Commentary</b>"],
        ["Co-op registered with members", "Sep 2023", "G", "Registered 14 September with 23 founder members."],
        ["Tutor pool trained", "Nov 2023", "G", "18 member-tutors trained, 6 from South Tyneside."],
        ["First 200 learners", "Dec 2023", "A", "162 learners; Gateshead venue opened late."],
        ["Sustainability plan", "Apr 2024", "G", "Draft plan with two paying corporate customers."],
    ]
    milestones = _grid(rows, [7 * cm, 3 * cm, 1.6 * cm, 15.1 * cm])
    for i, row in enumerate(rows[1:], start=1):
        milestones.setStyle(TableStyle([("BACKGROUND", (2, i), (2, i), rag[row[2]])]))
    principles = _grid(
        [
            ["<b>Principle</b>", "<b>Progress this quarter</b>"],
            ["Enterprise and social economy", "Co-op now trading; two paid contracts with local employers."],
            ["Co-production", "Learners sit on the course design group; the spring syllabus is theirs."],
        ],
        [7 * cm, 19.7 * cm],
    )
    story = [
        header,
        Spacer(1, 0.4 * cm),
        _p("Section 1 \u2013 Milestones", H3),
        milestones,
        Spacer(1, 0.3 * cm),
        _p("Section 2 \u2013 Principles progress", H3),
        principles,
        Spacer(1, 0.3 * cm),
        _p("Section 3 \u2013 Risks and issues", H3),
        _p(
            "The Gateshead venue opened five weeks late because of a roof repair. We expect to make up the learner "
            "numbers in Q4. No change to the delivery period is requested.",
            BODY,
        ),
        Spacer(1, 0.3 * cm),
        _p(
            "Return completed by: Ayesha Rahman-Clarke, Digital Inclusion Lead \u2013 "
            "ayesha.rahman-clarke@sunderland.gov.uk \u2013 0191 498 0647 \u2013 date: 12/01/2024",
            BODY,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 16
def infographic_gateshead() -> None:
    """One-page impact infographic drawn on the canvas: stat tiles, an arrow year span, principle roundels."""
    path = OUT / "infographic-impact-tiles-gateshead.pdf"
    w, h = A4
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Impact at a glance")
    c.setAuthor("Gateshead Council")
    c.setFillColor(colors.HexColor("#263238"))
    c.rect(0, h - 4.5 * cm, w, 4.5 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(1.8 * cm, h - 2.2 * cm, "Homecare Co-op: impact at a glance")
    c.setFont("Helvetica", 16)
    c.drawString(1.8 * cm, h - 3.3 * cm, "2021  \u2192  2024")
    tiles = [
        ("96", "care workers who now own their co-op"),
        ("1,450", "hours of care a week"),
        ("12%", "staff turnover (sector: 34%)"),
        ("4.8/5", "average client rating"),
        ("\u00a31.20", "an hour above the local care rate"),
        ("0", "shareholders outside Gateshead"),
    ]
    tw, th = 5.4 * cm, 3.6 * cm
    for i, (num, label) in enumerate(tiles):
        x = 1.8 * cm + (i % 3) * (tw + 0.5 * cm)
        y = h - 9 * cm - (i // 3) * (th + 0.5 * cm)
        c.setFillColor(colors.HexColor("#e0f2f1"))
        c.roundRect(x, y, tw, th, 8, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#00695c"))
        c.setFont("Helvetica-Bold", 26)
        c.drawString(x + 0.4 * cm, y + th - 1.4 * cm, num)
        _draw_para(
            c, label, ParagraphStyle("tile9", parent=SMALL, fontSize=9), x + 0.4 * cm, y + th - 1.8 * cm, tw - 0.8 * cm
        )
    cy = h - 17.5 * cm
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(1.8 * cm, cy + 2.3 * cm, "Values we hold ourselves to")
    roundels = [
        ("New models of meeting", "priority needs"),
        ("Maximising", "social value"),
        ("Enterprise and", "social economy"),
    ]
    for i, (a, b) in enumerate(roundels):
        x = 4 * cm + i * 6.2 * cm
        c.setFillColor(colors.HexColor("#00695c"))
        c.circle(x, cy, 1.1 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(x, cy - 0.2 * cm, str(i + 1))
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawCentredString(x, cy - 1.6 * cm, a)
        c.drawCentredString(x, cy - 2 * cm, b)
    y = cy - 3.2 * cm
    y = _draw_para(
        c,
        "In 2021 Gateshead Council stopped buying care by the minute and helped its home-care workers set up "
        "their own co-operative. The council is still the main customer; the workers own the business, elect "
        "the board and share any surplus. The contract ran for three years, to March 2024, and has now been "
        "renewed.",
        BODY,
        1.8 * cm,
        y,
        w - 3.6 * cm,
    )
    c.setFillColor(colors.HexColor("#eceff1"))
    c.rect(0, 0, w, 4.3 * cm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    _draw_para(
        c,
        "<b>A Gateshead Council initiative, delivered with Co-operatives UK\u2019s Worker Co-op Programme and "
        "Newcastle City Council\u2019s commissioning team.</b><br/>"
        "Want the full story? Talk to Connor Blakey, Commissioning Manager (Adult Social Care): "
        "connorblakey@gateshead.gov.uk",
        SMALL,
        1.8 * cm,
        3.6 * cm,
        w - 3.6 * cm,
    )
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawString(
        1.8 * cm,
        0.8 * cm,
        "Figures to 31 March 2024. Sector turnover from the national workforce survey 2023. \u00a9 Gateshead Council",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 17
def policy_briefing_network() -> None:
    """A thematic network briefing in two columns: examples from many councils, no project of its own."""
    w, h = A4
    doc = BaseDocTemplate(
        str(OUT / "policy-briefing-two-columns-no-lead-network.pdf"),
        pagesize=A4,
        title="Briefing: co-operative approaches to adult social care",
        author="Co-operative Councils' Innovation Network",
        invariant=1,
    )
    colw = (w - 4.5 * cm) / 2
    cover = [
        Frame(2 * cm, h - 9 * cm, w - 4 * cm, 6.5 * cm, id="title"),
        Frame(2 * cm, 2 * cm, colw, h - 11.2 * cm, id="l1"),
        Frame(2.5 * cm + colw, 2 * cm, colw, h - 11.2 * cm, id="r1"),
    ]
    body = [Frame(2 * cm, 2 * cm, colw, h - 4 * cm, id="l"), Frame(2.5 * cm + colw, 2 * cm, colw, h - 4 * cm, id="r")]

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, "CCIN Briefing 07  |  July 2024  |  councils.coop")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, str(doc.page))
        canv.restoreState()

    doc.addPageTemplates(
        [PageTemplate(id="cover", frames=cover, onPage=foot), PageTemplate(id="body", frames=body, onPage=foot)]
    )
    col = ParagraphStyle("colb9", parent=BODY, fontSize=9.5, leading=12.8)
    ex = ParagraphStyle("ex9", parent=col, leftIndent=8, borderPadding=4, backColor=colors.HexColor("#f1f1f1"))
    story = [
        _p("BRIEFING 07", SMALL),
        _p("Co-operative approaches to adult social care: what councils are learning", H1),
        _p("Published: July 2024. Prepared by the Network\u2019s policy officers for member councils.", SMALL),
        FrameBreak(),
        _p("Why this matters", H3),
        *_paras(
            [
                "Every council we speak to is struggling to recruit and keep care workers. Turnover in home care "
                "runs at around a third a year, and in some areas agencies hand back contracts faster than "
                "councils can re-let them. A small but growing number of member councils are trying something "
                "different: care services owned by the people who work in them, or by the people who use them.",
                "This briefing does not describe a Network project. It pulls together what we have heard from "
                "members over the last two years, so that councils thinking about co-operative care can see "
                "what has been tried and who to ask.",
            ],
            col,
        ),
        _p("Three models", H3),
        *_paras(
            [
                "<b>Worker co-operatives</b> employ care staff who own and control the business. They tend to pay "
                "more and keep staff longer, but need help with start-up capital and back-office systems.",
                "<b>Multi-stakeholder co-operatives</b> bring workers, people who draw on care and their families "
                "into one membership. They are harder to govern but build trust quickly.",
                "<b>Micro-enterprise networks</b> support very small providers, often one or two people, to share "
                "training, insurance and cover through a co-operative umbrella.",
            ],
            col,
        ),
        FrameBreak(),
        _p("Examples from member councils", H3),
        _p(
            "Gateshead helped home-care workers set up a worker co-op in 2021; Sunderland has supported care "
            "micro-enterprises since 2019; Cardiff\u2019s 2022 commissioning review asked bidders how staff "
            "would share in decisions; Oldham and Rochdale are exploring a shared multi-stakeholder model.",
            ex,
        ),
        Spacer(1, 0.3 * cm),
        _p("What gets in the way", H3),
        *_paras(
            [
                "Procurement rules are the barrier councils mention most. Framework contracts often require "
                "turnover and insurance levels a new co-op cannot show. Some councils have used social value "
                "weightings and lots reserved for small providers to open the door.",
                "The second barrier is time. A care co-op typically takes 18 months to go from first meeting to "
                "first contract, and councils\u2019 budget cycles rarely allow for that.",
            ],
            col,
        ),
        NextPageTemplate("body"),
        PageBreak(),
        _p("Questions for councils", H3),
        *_paras(
            [
                "1. Who in your council owns the relationship with providers, and could they support a co-op "
                "through its first contract?<br/>2. Do your frameworks let small and new providers in?<br/>3. "
                "Would you pay a little more per hour for lower turnover?",
            ],
            col,
        ),
        _p("Further reading", H3),
        _p(
            "Co-operatives UK, <i>Care co-operatives in the UK</i> (2023). Network case study: Sunderland care "
            "micro-enterprises (2020). Network Policy Lab report: Care and co-operation (2022).",
            col,
        ),
        FrameBreak(),
        _p("About the Network", H3),
        _p(
            "The Co-operative Councils\u2019 Innovation Network is a non-party-political membership network of "
            "local authorities committed to finding better ways of working for, and with, local people. General "
            "enquiries: info@councils.coop.",
            col,
        ),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------------- 18
def eoi_form_hull() -> None:
    """A blank expression-of-interest form: the host is printed, the principle boxes are all empty."""
    path = OUT / "expression-of-interest-blank-ticks-hull.pdf"
    w, h = A4
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Expression of interest - Co-operative Streets Learning Set 2025")
    c.setAuthor("Hull City Council")
    c.setStrokeColor(colors.HexColor("#0055a5"))
    c.setLineWidth(1)
    c.rect(1.5 * cm, 1.5 * cm, w - 3 * cm, h - 3 * cm, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 15)
    c.setFillColor(colors.HexColor("#0055a5"))
    c.drawString(2.2 * cm, h - 2.6 * cm, "Co-operative Streets Learning Set 2025")
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.black)
    c.drawString(2.2 * cm, h - 3.3 * cm, "Expression of interest \u2013 for member councils")
    y = _draw_para(
        c,
        "<b>Hosting authority:</b> Kingston upon Hull City Council<br/><b>Sessions:</b> six half-day sessions, "
        "February to May 2025, alternating between Hull Guildhall and online<br/><b>Cost:</b> free to member "
        "councils; travel at your own expense<br/><b>Places:</b> up to eight councils",
        BODY,
        2.2 * cm,
        h - 3.9 * cm,
        w - 4.4 * cm,
    )
    y = _draw_para(
        c,
        "The learning set brings together officers who are helping residents take on the running of their own "
        "streets: play streets, community gardens on verges, resident-managed parking and street-level repair "
        "teams. Each session is hosted by one council and built around a site visit or a live problem. Hull "
        "ran its own Co-operative Streets pilot in 2022\u201323 and will share its toolkit with every council "
        "that takes part.",
        BODY,
        2.2 * cm,
        y - 0.4 * cm,
        w - 4.4 * cm,
    )
    y -= 0.9 * cm

    def blank(label: str, y: float, lines: int = 1) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(2.2 * cm, y, label)
        for i in range(lines):
            yy = y - 0.65 * cm - i * 0.65 * cm
            c.setStrokeColor(colors.HexColor("#999999"))
            c.line(2.2 * cm, yy, w - 2.2 * cm, yy)
        return y - 0.65 * cm * (lines + 1)

    y = blank("Your council", y)
    y = blank("Officer attending (name, role)", y)
    y = blank("Email and phone", y)
    y = blank("What would you like to get out of the learning set?", y, 3)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(2.2 * cm, y, "Which of the Network\u2019s principles does your street work speak to? (tick any)")
    y -= 0.7 * cm
    c.setFont("Helvetica", 8.5)
    for i, name in enumerate(TEN):
        bx = 2.2 * cm if i < 5 else 10.8 * cm
        by = y - (i % 5) * 0.6 * cm
        c.setStrokeColor(colors.black)
        c.rect(bx, by - 0.08 * cm, 0.32 * cm, 0.32 * cm, stroke=1, fill=0)
        label = name if len(name) < 42 else "Community leadership & new role for cllrs"
        c.drawString(bx + 0.5 * cm, by, label)
    y -= 5 * 0.6 * cm + 0.4 * cm
    y = _draw_para(
        c,
        "Return this form by 13 December 2024 to Marcus Oyelowo-Grant, Neighbourhoods Development Officer, "
        "marcus.oyelowo-grant@hullcc.gov.uk. We will confirm places before Christmas.",
        BODY,
        2.2 * cm,
        y,
        w - 4.4 * cm,
    )
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawString(
        2.2 * cm,
        1.9 * cm,
        "Hull City Council is a member of the Co-operative Councils\u2019 Innovation Network. Form ref NDT/EOI/25.",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 19
def appendix_summary_sheet_derby() -> None:
    """Appendix to a committee report: a single summary sheet in a form grid with invented labels."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Bold", 11)
        canv.drawRightString(w - 2 * cm, h - 1.4 * cm, "Appendix B")
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, h - 1.4 * cm, "Communities and Place Committee \u2013 16 January 2023 \u2013 Item 7")
        canv.drawCentredString(w / 2, 1.1 * cm, "Classification: PUBLIC")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "committee-appendix-summary-sheet-derby.pdf"),
        pagesize=A4,
        title="Item 7 Appendix B",
        author="Democratic Services",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    sheet = _grid(
        [
            [_p("<b>PROJECT SUMMARY SHEET</b>", CELL), ""],
            ["<b>Scheme</b>", "Derby Community Shares Fund"],
            ["<b>Sponsoring directorate</b>", "Communities and Place"],
            ["<b>Accountable council</b>", "Derby City Council"],
            [
                "<b>Co-delivery</b>",
                "Nottingham City Council (shared investment panel); Derbyshire Community Foundation; Co-operatives UK "
                "(Community Shares Unit, technical support \u2013 not a delivery partner)",
            ],
            ["<b>Financial years covered</b>", "2023/24 to 2025/26"],
            ["<b>Scheme category</b>", "Community wealth building \u2013 capital"],
            ["<b>Budget</b>", "\u00a3450,000 match investment (Capital Programme line CP-118)"],
            [
                "<b>Fit with the Co-operative Councils\u2019 Innovation Network principles</b>",
                "Enterprise and social economy \u2013 primary<br/>Social partnership \u2013 secondary",
            ],
            ["<b>Officer for queries</b>", "See ‘Queries’ below"],
        ],
        [5.5 * cm, 11.5 * cm],
        [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#d9d9d9"))],
    )
    story = [
        sheet,
        Spacer(1, 0.5 * cm),
        _p("Summary", H3),
        *_paras(
            [
                "The fund will match community share offers raised by local co-operatives and community benefit "
                "societies, pound for pound up to \u00a350,000 an offer, for assets such as pubs, shops, sports "
                "grounds and renewable energy. The council invests on the same terms as other members and takes a "
                "single vote like any other shareholder.",
                "Nottingham City Council will sit on the investment panel and may co-invest in offers close to the "
                "city boundary. Derbyshire Community Foundation will run the application process. The Community "
                "Shares Unit will provide technical checks on each offer but is not a delivery partner.",
                "The scheme follows the Committee\u2019s resolution of 12 September 2022 and the Council Plan "
                "2022\u20132025.",
            ]
        ),
        _p("Queries", H3),
        _p("Sunita Varma-Holt, Community Investment Manager \u2013 sunita.varma-holt@derby.gov.uk", BODY),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 20
def scorecard_evaluation_brighton() -> None:
    """Evaluation executive summary with a principles scorecard (Met / Partly met / Not evidenced)."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#004d40"))
        canv.rect(0, 0, 0.8 * cm, h, stroke=0, fill=1)
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            2.2 * cm,
            1.1 * cm,
            "Executive summary  |  Community Kitchens evaluation  |  Sussex Social Research Partnership",
        )
        canv.drawRightString(w - 2 * cm, 1.1 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "evaluation-scorecard-partly-met-brighton.pdf"),
        pagesize=A4,
        title="Community Kitchens evaluation - executive summary",
        author="SSRP",
        leftMargin=2.2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    verdict = {"Met": "#c8e6c9", "Partly met": "#fff9c4", "Not evidenced": "#ffcdd2"}
    rows = [
        ["<b>Network principle</b>", "<b>Our finding</b>", "<b>Evidence</b>"],
        ["Co-production", "Met", "Menus, prices and opening hours set by kitchen members\u2019 meetings."],
        ["Social partnership", "Met", "Council, housing provider and residents share a written partnership agreement."],
        ["Democratic engagement", "Partly met", "Good turnout at members\u2019 meetings; few younger residents."],
        ["Maximising social value", "Not evidenced", "No social value measures were agreed at the start."],
    ]
    card = _grid(rows, [5 * cm, 3 * cm, 8.8 * cm])
    for i, row in enumerate(rows[1:], start=1):
        card.setStyle(TableStyle([("BACKGROUND", (1, i), (1, i), colors.HexColor(verdict[row[1]]))]))
    story = [
        _p("Sussex Social Research Partnership", SMALL),
        _p("Community Kitchens: evaluation", H1),
        _p("Executive summary", H3),
        Spacer(1, 0.3 * cm),
        *_paras(
            [
                "Brighton &amp; Hove City Council set up the Community Kitchens programme in 2022 with Brighton "
                "Housing Trust and the Trust for Developing Communities. Over two years, to the end of 2023, six "
                "kitchens in community centres and sheltered housing served low-cost meals cooked and run by "
                "their members.",
                "We were asked to judge the programme against four of the Co-operative Councils\u2019 Innovation "
                "Network principles, chosen by the council at the outset. Our verdicts are in the scorecard "
                "below. We have only counted a principle as met where we found evidence in more than one kitchen.",
            ]
        ),
        _p("Scorecard", H2),
        card,
        Spacer(1, 0.4 * cm),
        _p("Key findings", H2),
        *_paras(
            [
                "1. Members value the kitchens as places to meet as much as places to eat: 64% said they had made "
                "a new friend through their kitchen.<br/>2. The kitchens that lasted were the ones where members "
                "set the prices. The two that closed had prices set by staff.<br/>3. The programme collected little "
                "data on its wider effects, which is why we could not evidence social value.",
                "The council\u2019s earlier Food Partnership work (2014 onwards) and the 2021 city food strategy "
                "provided the background but are outside the scope of this evaluation.",
            ]
        ),
        _p("Recommendations", H2),
        _p(
            "Agree social value measures with members before any further roll-out; recruit younger members "
            "through the city\u2019s colleges; keep pricing in members\u2019 hands.",
            BODY,
        ),
        Spacer(1, 0.4 * cm),
        _p(
            "The full report is available from the council. For more about the programme contact Tamsin "
            "Oakes-Murray, Food Programme Lead, Brighton &amp; Hove City Council: "
            "tamsin.oakes-murray@brighton-hove.gov.uk",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 21
def bid_form_matrix_lewisham() -> None:
    """Three-page bid form: numbered sections, primary/secondary principle matrix, two signature blocks."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, h - 1.2 * cm, "Co-operative Neighbourhoods Fund \u2013 Stage 2 application")
        canv.drawRightString(w - 2 * cm, h - 1.2 * cm, "Application no. CNF2-019")
        canv.drawCentredString(w / 2, 1.1 * cm, f"Section pages {doc.page} of 3")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "stage-two-bid-principles-matrix-lewisham.pdf"),
        pagesize=A4,
        title="CNF2-019",
        author="Applicant",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    sec = ParagraphStyle(
        "sec9", parent=H2, textColor=colors.white, backColor=colors.HexColor("#37474f"), borderPadding=4
    )
    mark = {"Co-production": ("\u25cf", ""), "Democratic engagement": ("", "\u25cf"), "Learning": ("", "\u25cf")}
    matrix_rows = [["<b>Principle</b>", "<b>Primary</b>", "<b>Secondary</b>"]]
    for name in TEN:
        p, s = mark.get(name, ("", ""))
        matrix_rows.append([name, p, s])
    matrix = _grid(matrix_rows, [11 * cm, 3 * cm, 3 * cm], [("ALIGN", (1, 0), (-1, -1), "CENTER")])
    story = [
        _p("Section 1: Applicant", sec),
        Spacer(1, 0.3 * cm),
        _grid(
            [
                ["1.1 Applicant body (the accountable body for the grant)", "London Borough of Lewisham"],
                [
                    "1.2 Other bodies that will deliver part of the project",
                    "Lewisham Homes; Phoenix Community Housing; Goldsmiths, University of London",
                ],
                ["1.3 Project name", "Tenant-led Estate Repairs Co-op"],
                ["1.4 Fund strand applied for", "Strand B: Co-operative housing services"],
            ],
            [8 * cm, 9 * cm],
        ),
        Spacer(1, 0.4 * cm),
        _p("Section 2: The project", sec),
        Spacer(1, 0.3 * cm),
        *_paras(
            [
                "<b>2.1 Summary.</b> Tenants on three estates will set up a repairs co-operative that employs local "
                "tradespeople to carry out day-to-day repairs. Tenants will sit on the co-op\u2019s board, set its "
                "priorities and review every contractor quote above \u00a3500.",
                "<b>2.2 Timetable.</b> Set-up from October 2024; the co-op takes on repairs on the first estate in "
                "April 2025 and on all three by March 2026, when the grant ends.",
                "<b>2.3 Why now?</b> The 2023 stock survey showed a backlog of 1,900 repairs on the three estates. "
                "Lewisham Homes returned to council management in 2024, which gives us the chance to design a "
                "different model from scratch.",
            ]
        ),
        PageBreak(),
        _p("Section 3: Principles", sec),
        Spacer(1, 0.3 * cm),
        _p(
            "3.1 Mark ONE principle as primary and up to TWO as secondary. Leave all other rows empty.",
            BODY,
        ),
        matrix,
        Spacer(1, 0.4 * cm),
        _p("Section 4: Budget", sec),
        Spacer(1, 0.3 * cm),
        _grid(
            [
                ["<b>Item</b>", "<b>2024/25</b>", "<b>2025/26</b>"],
                ["Co-op development worker (0.6 FTE)", "\u00a318,000", "\u00a324,000"],
                ["Tenant training and board support", "\u00a36,500", "\u00a34,000"],
                ["Evaluation (Goldsmiths)", "\u00a32,000", "\u00a35,500"],
            ],
            [9 * cm, 4 * cm, 4 * cm],
        ),
        PageBreak(),
        _p("Section 5: Declarations", sec),
        Spacer(1, 0.3 * cm),
        _p("5.1 Lead officer (day-to-day contact for this application)", H3),
        _grid(
            [
                ["Name", "Oluwaseun Bankole-Price"],
                ["Role", "Head of Resident Participation"],
                ["Email", "oluwaseun.bankole-price@lewisham.gov.uk"],
                ["Phone", "020 7946 0914"],
                ["Signature", _p("<font name='Times-Italic' size='14'>O. Bankole-Price</font>", CELL)],
                ["Date", "22 July 2024"],
            ],
            [4 * cm, 13 * cm],
        ),
        Spacer(1, 0.5 * cm),
        _p("5.2 Chief finance officer (section 151 confirmation)", H3),
        _grid(
            [
                ["Name", "David Achebe"],
                ["Signature", _p("<font name='Times-Italic' size='14'>D. Achebe</font>", CELL)],
                ["Date", "24 July 2024"],
            ],
            [4 * cm, 13 * cm],
        ),
        Spacer(1, 0.5 * cm),
        _p(
            "Send the completed form to the Fund team at cnf@councils.coop. Stage 2 decisions will be made in "
            "September 2024.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


# --------------------------------------------------------------------------------------------------- 22
def brochure_timeline_rochdale() -> None:
    """A landscape brochure spread with a drawn timeline; the span is read off the timeline's ends."""
    page = landscape(A4)
    w, h = page
    path = OUT / "brochure-drawn-timeline-rochdale.pdf"
    c = pdfcanvas.Canvas(str(path), pagesize=page, invariant=1)
    c.setTitle("Rochdale Pioneers Youth Enterprise - the story so far")
    c.setAuthor("Rochdale Borough Council")
    c.setFillColor(colors.HexColor("#f5f0e6"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#4a148c"))
    c.setFont("Helvetica-Bold", 26)
    c.drawString(2 * cm, h - 2.5 * cm, "Young Pioneers: the story so far")
    c.setFont("Helvetica", 12)
    c.setFillColor(colors.black)
    c.drawString(2 * cm, h - 3.3 * cm, "Youth enterprise in the town where the co-operative movement began")
    axis_y = h - 8 * cm
    c.setStrokeColor(colors.HexColor("#4a148c"))
    c.setLineWidth(3)
    c.line(3 * cm, axis_y, w - 3 * cm, axis_y)
    stops = [
        ("2016", "Seed", "First twelve young people form a market-stall co-op at the Pioneers Museum."),
        ("2017", "Root", "Hopwood Hall College joins; a shop unit in the Exchange opens."),
        ("2018", "Grow", "Five youth co-ops trading; Oldham\u2019s youth service visits to learn."),
        ("2019", "Branch", "Co-op Academy Rochdale brings the model into its curriculum."),
        ("2020", "Hand over", "The young members take full control; council support ends in July."),
    ]
    step = (w - 6 * cm) / (len(stops) - 1)
    for i, (yr, word, text) in enumerate(stops):
        x = 3 * cm + i * step
        c.setFillColor(colors.HexColor("#4a148c"))
        c.circle(x, axis_y, 0.45 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(x, axis_y - 0.1 * cm, str(i + 1))
        c.setFillColor(colors.HexColor("#4a148c"))
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(x, axis_y + 1 * cm, yr)
        c.setFont("Helvetica", 10)
        c.drawCentredString(x, axis_y + 1.6 * cm, word.upper())
        c.setFillColor(colors.black)
        _draw_para(
            c, text, ParagraphStyle("tl9", parent=SMALL, alignment=TA_CENTER), x - 2.4 * cm, axis_y - 0.8 * cm, 4.8 * cm
        )
    colw = (w - 5 * cm) / 2
    _draw_para(
        c,
        "Young Pioneers began as a Rochdale Borough Council youth service idea: that teenagers in the town of the "
        "Rochdale Equitable Pioneers should learn enterprise the co-operative way. Over five years the council "
        "provided a youth worker, premises and start-up grants, while Hopwood Hall College and Co-op Academy "
        "Rochdale brought training and new members. In July 2020 the council stepped back and the young members "
        "took over the running of the network themselves.",
        BODY,
        2 * cm,
        axis_y - 4 * cm,
        colw,
    )
    _draw_para(
        c,
        "<b>What the members say they stand for</b><br/>Young people owning and running their own businesses, "
        "creating jobs in the town and making room for co-ops to grow. And passing on what they have learned: "
        "every co-op writes a \u2018how we did it\u2019 guide for the next group, and those guides now travel to "
        "other councils\u2019 youth services across the Network.",
        BODY,
        3 * cm + colw,
        axis_y - 4 * cm,
        colw,
    )
    c.setFont("Helvetica", 9)
    c.drawString(
        2 * cm,
        2 * cm,
        "More about the story: Kieran Ashworth-Bell, Youth Enterprise Officer, kieran.ashworth-bell@rochdale.gov.uk",
    )
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawString(2 * cm, 1 * cm, "Published by Rochdale Borough Council, 2021. Photographs used with permission.")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 23
def research_poster_glasgow() -> None:
    """An academic conference poster (A3 landscape): university-led study with council partners."""
    page = landscape(A3)
    w, h = page
    path = OUT / "conference-poster-university-lead-glasgow.pdf"
    c = pdfcanvas.Canvas(str(path), pagesize=page, invariant=1)
    c.setTitle("Poster P-31")
    c.setAuthor("Urban Studies")
    c.setFillColor(colors.HexColor("#003865"))
    c.rect(0, h - 5 * cm, w, 5 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(2 * cm, h - 2.3 * cm, "Who runs the close? Tenant co-operation in Glasgow\u2019s tenements")
    c.setFont("Helvetica", 14)
    c.drawString(2 * cm, h - 3.3 * cm, "Dr Fiona MacLeod\u00b9, Tariq Hussain\u00b9, Morag Kerr\u00b2")
    c.setFont("Helvetica", 10)
    c.drawString(
        2 * cm,
        h - 4.1 * cm,
        "\u00b9 School of Social and Political Sciences, University of Glasgow   "
        "\u00b2 Glasgow City Council, Neighbourhoods",
    )
    c.setFillColor(colors.black)
    colw = (w - 6 * cm) / 3
    sty = ParagraphStyle("post9", parent=BODY, fontSize=13, leading=17)
    head = ParagraphStyle("posth9", parent=H2, fontSize=18, leading=22, textColor=colors.HexColor("#003865"))
    cols = [
        [
            (
                "Background",
                "Tenement closes are shared by owners, private tenants and social tenants. Repairs stall "
                "because nobody is in charge. We asked whether a close-level co-operative could break the deadlock.",
            ),
            (
                "The study",
                "A University of Glasgow study, working with Glasgow City Council and West of Scotland "
                "Housing Association. Fieldwork ran from March 2022 to February 2024 in 40 closes in Govanhill and "
                "Dennistoun.",
            ),
        ],
        [
            (
                "Findings",
                "Closes with a co-operative agreement completed 3.1 times as many common repairs. Owners "
                "were the hardest to recruit; tenants were the most active members. The council\u2019s missing-share "
                "scheme was decisive in 11 closes.",
            ),
            (
                "Figure 1",
                "Repairs completed per close, co-op vs comparison closes, 2022\u20132024. (Chart omitted "
                "in this version.)",
            ),
        ],
        [
            (
                "Implications",
                "Councils can act as a platform that lets residents take responsibility for shared "
                "spaces. Close co-operatives need a small, reliable source of advice more than they need money.",
            ),
            ("Contact", "Dr Fiona MacLeod \u2013 fiona.macleod@glasgow.ac.uk"),
        ],
    ]
    for i, blocks in enumerate(cols):
        x = 2 * cm + i * (colw + 1 * cm)
        y = h - 6.5 * cm
        for title, text in blocks:
            y = _draw_para(c, title, head, x, y, colw) - 0.3 * cm
            y = _draw_para(c, text, sty, x, y, colw) - 0.9 * cm
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.grey)
    c.drawString(
        2 * cm,
        1.5 * cm,
        "Poster P-31, Housing Studies Association Annual Conference, York, April 2024. Funded by the ESRC.",
    )
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------- 24
def gantt_plan_newcastle() -> None:
    """A landscape 'plan on a page': Gantt bars drawn on a month grid; no year field, only the chart."""
    page = landscape(A4)
    w, h = page
    path = OUT / "plan-on-a-page-gantt-newcastle.pdf"
    c = pdfcanvas.Canvas(str(path), pagesize=page, invariant=1)
    c.setTitle("Plan on a page v4")
    c.setAuthor("Newcastle City Council PMO")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(1.5 * cm, h - 1.6 * cm, "Plan on a page: Co-operative Childcare Pilot")
    c.setFont("Helvetica", 9)
    c.drawString(
        1.5 * cm,
        h - 2.2 * cm,
        "Project owner: Newcastle City Council (Early Years)   |   Working with: North Tyneside Council, "
        "Children North East   |   Version 4, approved at board",
    )
    quarters = ["Q1 21", "Q2 21", "Q3 21", "Q4 21", "Q1 22", "Q2 22", "Q3 22", "Q4 22"]
    left = 7.5 * cm
    gw = (w - left - 1.5 * cm) / len(quarters)
    top = h - 3.4 * cm
    c.setFont("Helvetica-Bold", 8)
    for i, q in enumerate(quarters):
        c.setFillColor(colors.HexColor("#eceff1") if i % 2 else colors.white)
        c.rect(left + i * gw, 3 * cm, gw, top - 3 * cm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.drawCentredString(left + i * gw + gw / 2, top + 0.2 * cm, q)
    tasks = [
        ("Parent co-op design workshops", 0, 2, "#1565c0"),
        ("Register co-op; recruit members", 1, 3, "#1565c0"),
        ("Open first setting (Walker)", 2, 4, "#2e7d32"),
        ("Open second setting (Wallsend)", 4, 6, "#2e7d32"),
        ("Parent board takes over budget", 5, 7, "#6a1b9a"),
        ("Independent evaluation", 6, 8, "#ef6c00"),
    ]
    rh = 1.6 * cm
    for j, (name, start, end, col) in enumerate(tasks):
        y = top - (j + 1) * rh
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawString(1.5 * cm, y + 0.5 * cm, name)
        c.setFillColor(colors.HexColor(col))
        c.roundRect(left + start * gw + 2, y + 0.3 * cm, (end - start) * gw - 4, 0.7 * cm, 4, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(1.5 * cm, 2.3 * cm, "Key:")
    c.setFont("Helvetica", 8)
    c.drawString(2.5 * cm, 2.3 * cm, "blue = set-up   green = delivery   purple = handover   orange = evaluation")
    c.drawString(
        1.5 * cm,
        1.6 * cm,
        "Board chair: Cllr Rehana Akhtar.  PMO contact for this plan: Liam Doherty, liam.doherty@newcastle.gov.uk",
    )
    c.setFont("Helvetica", 6.5)
    c.setFillColor(colors.grey)
    c.drawRightString(w - 1.5 * cm, 1 * cm, "Printed from the PMO portfolio tool. Template 2019.")
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for build in (
        evaluation_bradford,
        grant_offer_letter_tameside,
        acroform_bid_wirral,
        end_of_project_return_sandwell,
        project_annual_report_southampton,
        briefing_note_stockport,
        poster_hackney,
        flyer_swansea,
        newsletter_page_calderdale,
        minutes_norwich,
        award_entry_preston,
        case_study_frames_cardiff,
        unruled_summary_leeds,
        interim_evaluation_kirklees,
        monitoring_return_sunderland,
        infographic_gateshead,
        policy_briefing_network,
        eoi_form_hull,
        appendix_summary_sheet_derby,
        scorecard_evaluation_brighton,
        bid_form_matrix_lewisham,
        brochure_timeline_rochdale,
        research_poster_glasgow,
        gantt_plan_newcastle,
    ):
        build()


if __name__ == "__main__":
    main()
