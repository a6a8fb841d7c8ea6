"""Generate the round-12 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round12/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names and the canonical
principle statements are used on purpose. Deterministic: reportlab invariant mode fixes creation dates and
document IDs, so re-running gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, A5, A6, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "pdfs"
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontSize=10, leading=13.5)
H1 = ParagraphStyle("h1", parent=SS["Title"], fontSize=20, leading=24, alignment=0)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontSize=12.5, leading=15)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
BAND_L = ParagraphStyle("band_l", parent=BODY, fontSize=7.5, leading=9, textColor=colors.HexColor("#cfe3df"))
BAND_V = ParagraphStyle("band_v", parent=BODY, fontSize=10, leading=12.5, textColor=colors.white)

ST = {
    "Social partnership": "We will strengthen the co-operative partnership between citizens, communities, "
    "enterprises and Councils, based on a shared sense of responsibility for wellbeing and mutual benefit.",
    "Democratic engagement": "We will support the active engagement of the full range of residents in "
    "decision making and priority setting.",
    "Co-production": "We will develop systems that enable citizens to be equal partners in designing and commissioning "
    "public services and in determining the use of public resources.",
    "Community leadership and a new role for councillors": "We will explore ways for councils to act as a platform for "
    "helping the community to contribute to local outcomes, and to re-think the role of councillors as community "
    "connectors, brokers and leaders.",
    "Innovation": "We will embrace innovation in how we work with local communities to drive positive change.",
}


def _doc(name: str, pagesize, title: str, author: str) -> BaseDocTemplate:
    return BaseDocTemplate(str(OUT / f"{name}.pdf"), pagesize=pagesize, title=title, author=author, invariant=1)


def _canvas(name: str, pagesize, title: str, author: str) -> Canvas:
    c = Canvas(str(OUT / f"{name}.pdf"), pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    return c


def _wrap(c: Canvas, text: str, x: float, y: float, width: float, style=BODY) -> float:
    p = Paragraph(text, style)
    _, h = p.wrap(width, 1000)
    p.drawOn(c, x, y - h)
    return y - h


def project_sheet_wakefield() -> None:
    w, h = A4

    def band(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#00594f"))
        canv.rect(0, 0, 6.2 * cm, h, stroke=0, fill=1)
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7)
        canv.drawRightString(w - 1.5 * cm, 0.8 * cm, "CCIN project sheets \u00b7 2020 series")
        canv.restoreState()

    doc = _doc("project-sheet-left-band-usual-labels-wakefield", A4, "Wakefield Reuse Network - project sheet", "CCIN")
    left = Frame(0.6 * cm, 2 * cm, 5.0 * cm, h - 4 * cm, id="band")
    right = Frame(7 * cm, 1.6 * cm, w - 8.5 * cm, h - 3.2 * cm, id="body")
    doc.addPageTemplates([PageTemplate(id="p", frames=[left, right], onPage=band)])
    pairs = [
        ("LEAD MEMBER", "Wakefield Council"),
        ("PARTICIPATING MEMBERS", "Kirklees Council<br/>Calderdale Council<br/>Leeds City Council"),
        ("YEAR", "2019-20"),
        ("STATUS", "Completed"),
    ]
    story = []
    for k, v in pairs:
        story += [Paragraph(k, BAND_L), Paragraph(v, BAND_V), Spacer(1, 0.5 * cm)]
    story += [
        FrameBreak(),
        Paragraph("Wakefield Reuse Network", H1),
        Paragraph("About the project", H2),
        Paragraph(
            "Every week, household waste recycling centres across West Yorkshire take in furniture, bikes and "
            "white goods that could be used again. The Reuse Network diverted them to community reuse shops run "
            "by social enterprises, which repair, sell and, for families referred by support workers, give them "
            "away. Four councils shared one booking system, one set of safety checks and one van rota.",
            BODY,
        ),
        Paragraph(
            "In its two years the network diverted 610 tonnes from disposal, created 14 paid jobs in the shops "
            "and furnished 1,200 homes. The Leeds shops had run a smaller scheme since 2015.",
            BODY,
        ),
        Paragraph("Principles met", H2),
        Paragraph("<b>Innovation</b>", BODY),
        Paragraph(ST["Innovation"], BODY),
        Paragraph("<b>Co-production</b>", BODY),
        Paragraph(ST["Co-production"], BODY),
        Paragraph("For further information contact:", H2),
        Paragraph(
            "Harriet Oyelowo-Banks<br/>Waste Strategy Officer<br/>Wakefield Council<br/>"
            "harriet.oyelowo-banks@wakefield.gov.uk",
            BODY,
        ),
    ]
    doc.build(story)


def browser_print_oldham() -> None:
    w, h = A4

    def chrome(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.drawString(1 * cm, h - 0.7 * cm, "14/03/2025, 10:42")
        canv.drawCentredString(
            w / 2, h - 0.7 * cm, "Youth Council budget \u2013 Co-operative Councils\u2019 Innovation Network"
        )
        canv.drawString(1 * cm, 0.6 * cm, "https://councils.coop/case-studies/oldham-youth-council-budget/")
        canv.drawRightString(w - 1 * cm, 0.6 * cm, f"{doc.page}/2")
        canv.restoreState()

    doc = _doc(
        "browser-print-export-project-page-oldham",
        A4,
        "Youth Council budget - Co-operative Councils' Innovation Network",
        "",
    )
    doc.addPageTemplates(
        [PageTemplate(id="p", frames=[Frame(1.5 * cm, 1.3 * cm, w - 3 * cm, h - 2.6 * cm)], onPage=chrome)]
    )
    bullet = ParagraphStyle("b", parent=BODY, leftIndent=12, bulletIndent=0)
    story = [
        Paragraph("Skip to content", SMALL),
        Paragraph(
            "Our work \u00a0 Members \u00a0 Resources \u00a0 News &amp; events \u00a0 About the Network \u00a0 Join us",
            SMALL,
        ),
        Paragraph(
            "We use cookies to make this site work and to understand how it is used. Updated 1 March 2025. "
            "Accept all \u00a0 Reject non-essential",
            SMALL,
        ),
        Spacer(1, 0.4 * cm),
        Paragraph("Youth Council budget", H1),
        Paragraph("Lead Member Oldham Council", bullet, bulletText="\u2022"),
        Paragraph("Participating Members Rochdale Borough Council, Tameside Council", bullet, bulletText="\u2022"),
        Paragraph("Year 2016", bullet, bulletText="\u2022"),
        Paragraph("Type Case Study", bullet, bulletText="\u2022"),
        Paragraph("Principles met", H2),
        Paragraph("<b>Democratic engagement</b>", BODY),
        Paragraph(ST["Democratic engagement"], BODY),
        Paragraph("<b>Community leadership and a new role for councillors</b>", BODY),
        Paragraph(ST["Community leadership and a new role for councillors"], BODY),
        Paragraph("About the project", H2),
    ]
    text = (
        "Oldham's Youth Council has controlled a real budget since the spring of 2016: a share of the youth "
        "service's grants pot, which its members allocate after an open call to young people's groups. "
        "Councillors act as mentors, not decision makers. Rochdale and Tameside youth councils joined for a "
        "joint round, pooling money for projects that cross the borough boundaries. "
    )
    story += [Paragraph(text * 2, BODY) for _ in range(4)]
    story += [
        Paragraph("For further information contact:", H2),
        Paragraph(
            "Shazia Marr-Quigley<br/>Youth Participation Officer<br/>Oldham Council<br/>"
            "shazia.marr-quigley@oldham.gov.uk",
            BODY,
        ),
        Spacer(1, 0.6 * cm),
        Paragraph("Related projects", H2),
        Paragraph(
            "Young people's budget \u2013 Lead Member Wigan Council \u2013 Year 2020 \u2013 youthbudget@wigan.gov.uk",
            SMALL,
        ),
        Paragraph("\u00a9 2025 Co-operative Councils' Innovation Network. All rights reserved.", SMALL),
    ]
    doc.build(story)


def prototype_card_gateshead() -> None:
    size = landscape(A5)
    w, h = size
    c = _canvas("prototype-card-a5-who-is-driving-gateshead", size, "Prototype card - Gateshead", "Gateshead Council")
    c.setFillColor(colors.HexColor("#3b1f5e"))
    c.rect(0, h - 2.2 * cm, w, 2.2 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(1 * cm, h - 1.4 * cm, "Neighbourhood decision days")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(1 * cm, h - 3 * cm, "IN A NUTSHELL")
    _wrap(
        c,
        "Residents of three estates spend a Saturday deciding how the estate's improvement budget is spent, with "
        "officers on hand to cost ideas on the spot. Each decision day is followed by a report-back evening six "
        "weeks later. The prototype tests whether this works better than postal consultation.",
        1 * cm,
        h - 3.3 * cm,
        w / 2 - 1.5 * cm,
    )
    x = w / 2 + 0.5 * cm
    y = h - 3 * cm
    for label, value in [
        ("Who's driving", "Gateshead Council"),
        ("Riding along", "Newcastle City Council; Northumbria University"),
        ("When", "Sept 2023 \u2013 Aug 2024"),
    ]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y, label)
        c.setFont("Helvetica", 10)
        c.drawString(x, y - 0.45 * cm, value)
        y -= 1.3 * cm
    for i, (ini, name, col) in enumerate([("DE", "Democratic engagement", "#e4572e"), ("IN", "Innovation", "#17bebb")]):
        cx = x + 1 * cm + i * 4.2 * cm
        c.setFillColor(colors.HexColor(col))
        c.circle(cx, 3.6 * cm, 0.8 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(cx, 3.45 * cm, ini)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(cx, 2.4 * cm, name)
    c.setFont("Helvetica", 8)
    c.drawString(
        1 * cm, 0.8 * cm, "Questions? coopprototypes@gateshead.gov.uk  \u00b7  Card 3 of the 2023 prototype set"
    )
    c.showPage()
    c.save()


def lab_canvas_bradford() -> None:
    size = landscape(A4)
    w, h = size
    c = _canvas("lab-canvas-nine-boxes-bradford", size, "Lab canvas - Bradford food", "Bradford Council")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(1 * cm, h - 1.3 * cm, "Policy Lab canvas: from food banks to food pantries")
    boxes = [
        (
            "THE CHALLENGE",
            "Food bank use in the district has tripled. Parcels keep people fed for three days but build nothing.",
        ),
        ("WHO HOLDS THE PEN", "Bradford Council"),
        ("WHO ELSE IS IN THE ROOM", "Calderdale Council; Kirklees Council; Bradford Food Partnership"),
        ("WHEN", "Autumn 2022 until the end of 2023"),
        (
            "WHAT WE BELIEVE",
            "People who use food banks design the new pantry model with us and decide how the pot is spent. "
            "We help food co-ops and social enterprises start and trade.",
        ),
        ("MEASURES", "Pantry members; repeat food bank visits; local produce share."),
        ("RISKS", "Volunteer burnout, as seen in Kirklees' 2019 pilot; supply gaps in winter."),
        ("RESOURCES", "\u00a330k Lab grant; two officer days a week; church hall space."),
        ("WHO TO ASK", "Saira Mahmood-Blackwood, Food Poverty Lead<br/>saira.mahmood-blackwood@bradford.gov.uk"),
    ]
    bw = (w - 2 * cm) / 3
    bh = (h - 3 * cm) / 3
    for i, (title, text) in enumerate(boxes):
        col, row = i % 3, i // 3
        x0 = 1 * cm + col * bw
        y0 = h - 2 * cm - row * bh
        c.rect(x0, y0 - bh, bw, bh)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0 + 0.3 * cm, y0 - 0.6 * cm, title)
        _wrap(c, text, x0 + 0.3 * cm, y0 - 0.9 * cm, bw - 0.6 * cm)
    c.showPage()
    c.save()


def pid_southwark() -> None:
    w, h = A4

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawCentredString(w / 2, 0.8 * cm, f"OFFICIAL \u00b7 PID v1.3 \u00b7 Page {doc.page} of 2")
        canv.restoreState()

    doc = _doc("pid-document-control-sponsor-southwark", A4, "PID - Co-operative Childcare", "Southwark Council")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2 * cm, 1.5 * cm, w - 4 * cm, h - 3 * cm)], onPage=foot)])
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    control = Table(
        [
            ["Version", "Date", "Author", "Change"],
            ["1.0", "04/07/2022", "Amira Fensome", "First draft"],
            ["1.2", "22/08/2022", "Tobias Llewellyn-Ng", "Partner comments"],
            ["1.3", "12/09/2022", "Amira Fensome", "Approved by board"],
        ],
        colWidths=[2 * cm, 3 * cm, 4.5 * cm, 5.5 * cm],
    )
    control.setStyle(grid)
    pr = Table(
        [
            [Paragraph("<b>CCIN principle</b>", BODY), Paragraph("<b>How this project meets it</b>", BODY)],
            [Paragraph("Co-production", BODY), Paragraph("Parents design the co-op's rules and fee scale.", BODY)],
            [
                Paragraph("New models of meeting priority needs", BODY),
                Paragraph("Childcare owned by parents and staff as a co-operative.", BODY),
            ],
        ],
        colWidths=[6 * cm, 9 * cm],
    )
    pr.setStyle(grid)
    story = [
        Paragraph("Project Initiation Document", H1),
        Paragraph("Co-operative Childcare in Peckham and beyond", H2),
        Paragraph("Version 1.3 \u00b7 12/09/2022", BODY),
        Spacer(1, 0.4 * cm),
        Paragraph("1. Document control", H2),
        control,
        Paragraph("2. Project definition", H2),
        Paragraph("<b>2.1 Project sponsor:</b> Southwark Council", BODY),
        Paragraph(
            "<b>2.2 Partner organisations:</b> Lambeth Council; Lewisham Council; "
            "Peckham Parents' Childcare Co-operative",
            BODY,
        ),
        Paragraph("<b>2.3 Timescales:</b> 1 October 2022 to 30 September 2024", BODY),
        Paragraph("<b>2.4 Programme:</b> Policy Labs", BODY),
        Paragraph(
            "<b>2.5 Objectives:</b> to open two parent-owned childcare co-operatives, to test a shared back office "
            "across three boroughs, and to publish a guide for other councils.",
            BODY,
        ),
        PageBreak(),
        Paragraph("3. Alignment with CCIN principles", H2),
        pr,
        Paragraph("4. Governance", H2),
        Paragraph(
            "A project board of the three boroughs and two parent representatives meets every six weeks. The "
            "board reports to Southwark's Children's Services Departmental Leadership Team.",
            BODY,
        ),
        Paragraph("5. Contact", H2),
        Paragraph(
            "Project manager: Olusegun Harcourt-Bailey, Early Years Commissioning, "
            "olusegun.harcourt-bailey@southwark.gov.uk",
            BODY,
        ),
    ]
    doc.build(story)


def fact_sheet_salford() -> None:
    w, h = A4
    c = _canvas(
        "fact-sheet-margin-column-to-date-salford",
        A4,
        "Fact sheet 7 - Co-operative childminders",
        "Salford City Council",
    )
    c.setFillColor(colors.HexColor("#eeeeee"))
    c.rect(w - 6 * cm, 0, 6 * cm, h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = h - 3 * cm
    for label, lines in [
        ("LEAD MEMBER", ["Salford City Council"]),
        ("PARTICIPATING MEMBERS", ["Trafford Council", "Wigan Council"]),
        ("YEAR", ["2022 to date"]),
        ("STATUS", ["Ongoing"]),
    ]:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(w - 5.4 * cm, y, label)
        c.setFont("Helvetica", 10)
        for line in lines:
            y -= 0.5 * cm
            c.drawString(w - 5.4 * cm, y, line)
        y -= 0.9 * cm
    c.setFont("Helvetica-Bold", 18)
    c.drawString(2 * cm, h - 2.5 * cm, "Co-operative childminders")
    y = h - 3.2 * cm
    for para in [
        "Childminders work alone, and many give up because of the paperwork, not the children. Salford's "
        "childminder co-operative gives its members a shared booking and invoicing system, cover when someone "
        "is ill, joint training and a louder voice with the council's early years team.",
        "The co-operative was formed with 18 members. It now has 63 across three boroughs, after Trafford and "
        "Wigan childminders joined. Members pay a small monthly fee and elect a board of five.",
        "Parents book through one website and see which members have places. Funded early education hours are "
        "claimed by the co-op on its members' behalf.",
    ]:
        y = _wrap(c, para, 2 * cm, y, w - 9.5 * cm) - 0.3 * cm
    y = _wrap(
        c,
        "<b>For further information contact:</b> Bernadette Ukwu-Ferris, Early Years Development Officer, "
        "bernadette.ukwu-ferris@salford.gov.uk",
        2 * cm,
        y - 0.3 * cm,
        w - 9.5 * cm,
    )
    c.setFont("Helvetica", 7)
    c.drawString(2 * cm, 1 * cm, "Fact sheet 7 \u00b7 Reviewed January 2025 \u00b7 \u00a9 Salford City Council")
    c.showPage()
    c.save()


def one_pager_luton() -> None:
    w, h = A4
    c = _canvas("one-pager-problem-idea-who-luton", A4, "Neighbourhood juries one-pager", "CCIN")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(2 * cm, h - 2.4 * cm, "Neighbourhood juries for Luton")
    bands = [
        (
            "The problem",
            "#fde2c8",
            "Consultations about parks, streets and youth services hear from the same few hundred people. Whole "
            "neighbourhoods never take part.",
        ),
        (
            "The idea",
            "#d6ecf3",
            "Pilot: 2025. Residents chosen by lottery form a paid jury for each neighbourhood, hear evidence and "
            "recommend how the local improvement budget is spent.",
        ),
        (
            "Who's doing it",
            "#dff0d8",
            "Luton Borough Council is leading, with Central Bedfordshire Council and Bedford Borough Council each "
            "running one jury.",
        ),
    ]
    y = h - 3.5 * cm
    for title, col, text in bands:
        c.setFillColor(colors.HexColor(col))
        c.rect(1.5 * cm, y - 4 * cm, w - 3 * cm, 4 * cm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(2 * cm, y - 0.8 * cm, title)
        _wrap(c, text, 2 * cm, y - 1.2 * cm, w - 4 * cm)
        y -= 4.5 * cm
    c.rect(1.5 * cm, y - 4.2 * cm, w - 3 * cm, 4.2 * cm)
    yy = _wrap(c, "\u201c" + ST["Democratic engagement"] + "\u201d", 2 * cm, y - 0.5 * cm, w - 4 * cm)
    _wrap(c, "\u201c" + ST["Innovation"] + "\u201d", 2 * cm, yy - 0.3 * cm, w - 4 * cm)
    c.setFont("Helvetica", 7.5)
    c.drawString(
        2 * cm, 1 * cm, "Co-operative Councils' Innovation Network \u00b7 info@councils.coop \u00b7 councils.coop"
    )
    c.showPage()
    c.save()


def lab_profile_wolverhampton() -> None:
    w, h = A4
    doc = _doc("lab-profile-cohort-table-wolverhampton", A4, "Lab profile - Wolverhampton", "CCIN")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(2 * cm, 1.5 * cm, w - 4 * cm, h - 3 * cm)])])
    cohort = Table(
        [
            ["Lab", "Lead", "Partners", "Year", "Contact"],
            ["Care co-ops", "Sunderland City Council", "South Tyneside Council", "2023", "carecoops@sunderland.gov.uk"],
            ["Green skills", "Lewisham Council", "Greenwich Council", "2023", "greenskills@lewisham.gov.uk"],
            ["Youth voice", "Swansea Council", "Cardiff Council", "2023", "youthvoice@swansea.gov.uk"],
        ],
        colWidths=[2.6 * cm, 3.8 * cm, 3.6 * cm, 1.2 * cm, 5.6 * cm],
    )
    cohort.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    bullet = ParagraphStyle("b", parent=BODY, leftIndent=12)
    story = [
        Paragraph("Lab profile: Buying Black Country", H1),
        Paragraph("<b>Lead Member:</b> City of Wolverhampton Council", BODY),
        Paragraph("<b>Participating Members:</b> Dudley MBC, Sandwell Council, WMCA", BODY),
        Paragraph("<b>Year:</b> 2023", BODY),
        Paragraph("<b>Status:</b> Policy Labs", BODY),
        Paragraph("About the project", H2),
        Paragraph(
            "The Black Country's councils and the combined authority spend over \u00a3900 million a year with "
            "outside suppliers. This Lab maps where that money goes, identifies contracts that local co-operatives "
            "and social enterprises could deliver, and trains commissioners to break large contracts into lots "
            "that smaller providers can win. A supplier-development day in each borough introduced 90 "
            "businesses to the councils' buyers.",
            BODY,
        ),
        Paragraph("Principles met", H2),
        Paragraph("Maximising social value", bullet, bulletText="\u2022"),
        Paragraph("Enterprise and social economy", bullet, bulletText="\u2022"),
        Paragraph("Learning", bullet, bulletText="\u2022"),
        Paragraph("For further information contact:", H2),
        Paragraph(
            "Gurpreet Sandhu-Olsen, Procurement Policy Lead, City of Wolverhampton Council, "
            "gurpreet.sandhu-olsen@wolverhampton.gov.uk",
            BODY,
        ),
        PageBreak(),
        Paragraph("Other Labs in the 2023 cohort", H2),
        cohort,
    ]
    doc.build(story)


def postcard_stroud() -> None:
    size = landscape(A6)
    w, h = size
    c = _canvas("postcard-a6-front-back-stroud", size, "Repair Fest postcard", "Stroud District Council")
    c.setFillColor(colors.HexColor("#f3c623"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(0.8 * cm, h - 2 * cm, "Stroud Repair Fest")
    c.setFont("Helvetica", 11)
    c.drawString(0.8 * cm, h - 2.8 * cm, "Don't bin it. Bring it.")
    c.rect(0.8 * cm, 0.8 * cm, w - 1.6 * cm, h - 4.2 * cm)
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, 2.5 * cm, "[photo: volunteers fixing a toaster]")
    c.showPage()
    c.setLineWidth(0.5)
    c.line(w / 2, 0.6 * cm, w / 2, h - 0.6 * cm)
    _wrap(
        c,
        "Brought together by Stroud District Council with Nailsworth Town Council and Stroud Valleys Project. "
        "Volunteer fixers mend lamps, toasters, bikes and clothes for free. Every first Saturday since May 2019, "
        "at the Subscription Rooms.<br/><br/>Want to volunteer? repairfest@stroud.gov.uk",
        0.6 * cm,
        h - 0.8 * cm,
        w / 2 - 1.1 * cm,
        SMALL,
    )
    c.rect(w - 2.4 * cm, h - 2.6 * cm, 1.8 * cm, 2 * cm)
    c.setFont("Helvetica", 6)
    c.drawCentredString(w - 1.5 * cm, h - 1.6 * cm, "Place stamp here")
    for i in range(4):
        c.line(w / 2 + 0.5 * cm, 3.6 * cm - i * 0.8 * cm, w - 0.6 * cm, 3.6 * cm - i * 0.8 * cm)
    c.drawString(0.6 * cm, 0.4 * cm, "SDC/PC/0424")
    c.showPage()
    c.save()


def airtable_enfield() -> None:
    w, h = A4
    c = _canvas("airtable-record-print-owner-org-enfield", A4, "Project register record", "CCIN")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.grey)
    c.drawString(1.5 * cm, h - 1.2 * cm, "CCIN project register \u203a Grid view \u203a Record 14 of 37")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(1.5 * cm, h - 2.3 * cm, "Enfield Voluntary Sector Commissioning Compact")
    y = h - 3.4 * cm

    def field(label: str, value: str | None = None, pills: list[str] | None = None) -> None:
        nonlocal y
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.grey)
        c.drawString(1.5 * cm, y, label)
        c.setFillColor(colors.black)
        y -= 0.55 * cm
        if pills:
            x = 1.5 * cm
            c.setFont("Helvetica", 9)
            for p in pills:
                pw = c.stringWidth(p, "Helvetica", 9) + 0.6 * cm
                c.setFillColor(colors.HexColor("#d0e7ff"))
                c.roundRect(x, y - 0.15 * cm, pw, 0.55 * cm, 0.25 * cm, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.drawString(x + 0.3 * cm, y, p)
                x += pw + 0.3 * cm
        else:
            c.setFont("Helvetica", 10)
            c.drawString(1.5 * cm, y, value or "")
        y -= 0.9 * cm

    field("OWNER ORG", pills=["Enfield Council"])
    field("COLLABORATORS", pills=["Haringey Council", "Barnet Council", "Enfield Voluntary Action"])
    field("START DATE", "3/1/2021")
    field("END DATE", "2/28/2022")
    field("STATUS", pills=["Done"])
    field("PRINCIPLES", pills=["Co-production", "Social partnership"])
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawString(1.5 * cm, y, "NOTES")
    c.setFillColor(colors.black)
    y = (
        _wrap(
            c,
            "A compact between the council and local charities on how services are commissioned: longer grants, "
            "shared outcome measures agreed with residents, and a standing voluntary-sector seat on the "
            "commissioning board. Barnet observed the first year and signed up for the second half.",
            1.5 * cm,
            y - 0.2 * cm,
            w - 3 * cm,
        )
        - 0.6 * cm
    )
    field("CONTACT NAME", "Marisol Ekwueme-Byrne")
    field("CONTACT EMAIL", "marisol.ekwueme-byrne@enfield.gov.uk")
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawString(1.5 * cm, 1 * cm, "Printed 11/04/2022 \u00b7 airtable.com")
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    project_sheet_wakefield()
    browser_print_oldham()
    prototype_card_gateshead()
    lab_canvas_bradford()
    pid_southwark()
    fact_sheet_salford()
    one_pager_luton()
    lab_profile_wolverhampton()
    postcard_stroud()
    airtable_enfield()


if __name__ == "__main__":
    main()
