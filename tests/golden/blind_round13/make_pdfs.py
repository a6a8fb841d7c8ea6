"""Generate the round-13 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round13/make_pdfs.py

The genres are the ones a network's work also travels in: a filled grant claim form with comb boxes, a filled
expression of interest, a six-monthly monitoring return, a slide deck exported as notes pages, a three-per-page
slide handout, partnership board minutes with an action log, an annual-report extract with a Lab spotlight and an
e-bulletin printed from an email client. All text is invented (people, projects, figures, emails, phone numbers);
real council names and the canonical principle statements are used on purpose. Deterministic: reportlab invariant
mode fixes creation dates and document IDs, so re-running gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent / "pdfs"
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body13", parent=SS["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("small13", parent=BODY, fontSize=8, leading=10)
TINY = ParagraphStyle("tiny13", parent=BODY, fontSize=6.5, leading=8, textColor=colors.grey)
H1 = ParagraphStyle("h1_13", parent=SS["Title"], fontName="Helvetica-Bold", fontSize=18, leading=22, alignment=0)
H2 = ParagraphStyle("h2_13", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=12, leading=15)
Q = ParagraphStyle("q13", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5, leading=12)
ANS = ParagraphStyle("ans13", parent=BODY, fontName="Courier", fontSize=9.5, leading=12)
NOTES = ParagraphStyle("notes13", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14.5)
MAIL = ParagraphStyle("mail13", parent=BODY, fontName="Helvetica", fontSize=10, leading=13.5)

TEN = [
    "Social partnership",
    "Democratic engagement",
    "Co-production",
    "Enterprise and social economy",
    "Maximising social value",
    "Community leadership and a new role for councillors",
    "New models of meeting priority needs",
    "Innovation",
    "Learning",
    "Walking the talk",
]


def _para(canv: Canvas, text: str, style: ParagraphStyle, x: float, y_top: float, width: float) -> float:
    """Draw a wrapped paragraph with its top at y_top; return the y of its bottom."""
    p = Paragraph(text, style)
    _, h = p.wrapOn(canv, width, 1000)
    p.drawOn(canv, x, y_top - h)
    return y_top - h


# --------------------------------------------------------------------------------------------- grant claim form
def _comb(canv: Canvas, x: float, y: float, chars: str, cell: float = 13) -> float:
    """Typed characters one per drawn box (a comb field); return the x after the last box."""
    canv.saveState()
    canv.setLineWidth(0.6)
    canv.setFont("Courier-Bold", 10)
    for i, ch in enumerate(chars):
        cx = x + i * cell
        canv.rect(cx, y - 3, cell, 15, stroke=1, fill=0)
        if ch != " ":
            canv.drawCentredString(cx + cell / 2, y + 1, ch)
    canv.restoreState()
    return x + len(chars) * cell


def _section(canv: Canvas, y: float, text: str, w: float) -> None:
    canv.setFillColor(colors.HexColor("#333333"))
    canv.rect(1.5 * cm, y, w - 3 * cm, 0.6 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 10)
    canv.drawString(1.7 * cm, y + 0.18 * cm, text)
    canv.setFillColor(colors.black)


def grant_claim_sefton() -> None:
    """Filled claim form; dates in comb boxes; type from a ticked fund-strand option."""
    w, h = A4
    canv = Canvas(
        str(OUT / "grant-claim-form-comb-boxes-sefton.pdf"),
        pagesize=A4,
        invariant=1,
        pageCompression=0,
    )
    canv.setTitle("GC2 claim form CIF-24-019 claim 2")
    canv.setAuthor("Sefton Council")

    def header_footer(page: int) -> None:
        canv.setFillColor(colors.black)
        canv.rect(0, h - 2.2 * cm, w, 2.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 15)
        canv.drawString(1.5 * cm, h - 1.2 * cm, "CO-OPERATIVE INNOVATION FUND \u00b7 GRANT CLAIM FORM (GC2)")
        canv.setFont("Helvetica", 8.5)
        canv.drawString(
            1.5 * cm, h - 1.75 * cm, "Co-operative Councils\u2019 Innovation Network \u00b7 complete one form per claim"
        )
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7)
        canv.drawString(1.5 * cm, 1 * cm, "Form GC2 version 4 (2023). Keep a copy for your records.")
        canv.drawRightString(w - 1.5 * cm, 1 * cm, f"Page {page} of 2")
        canv.setFillColor(colors.black)

    header_footer(1)
    y = h - 3.2 * cm
    _section(canv, y, "SECTION A  GRANT DETAILS", w)
    y -= 0.9 * cm
    canv.setFont("Helvetica", 9)
    canv.drawString(1.7 * cm, y, "Grant reference")
    _comb(canv, 6.5 * cm, y, "CIF24019")
    y -= 0.9 * cm
    rows = [
        ("Project title", "SEFTON COAST COMMUNITY ENERGY SHARES"),
        ("Grant recipient (lead council)", "SEFTON COUNCIL"),
        ("Delivery partners", "KNOWSLEY MBC; HALTON BOROUGH COUNCIL;"),
        ("", "SEFTON COAST ENERGY CO-OPERATIVE"),
    ]
    for label, value in rows:
        canv.setFont("Helvetica", 9)
        canv.drawString(1.7 * cm, y, label)
        canv.line(6.5 * cm, y - 2, w - 1.7 * cm, y - 2)
        canv.setFont("Courier-Bold", 10)
        canv.drawString(6.6 * cm, y + 1, value)
        y -= 0.75 * cm
    canv.setFont("Helvetica", 9)
    canv.drawString(1.7 * cm, y, "Fund strand")
    options = [
        ("Stream A \u2013 Co-operative care", False),
        ("Stream B \u2013 Community energy", True),
        ("Stream C \u2013 Food and growing", False),
    ]
    for text, ticked in options:
        canv.rect(6.5 * cm, y - 2, 10, 10, stroke=1, fill=0)
        if ticked:
            canv.setFont("Courier-Bold", 10)
            canv.drawString(6.5 * cm + 1.5, y - 0.5, "X")
        canv.setFont("Helvetica", 8.5)
        canv.drawString(6.5 * cm + 16, y, text)
        y -= 0.55 * cm
    y -= 0.9 * cm
    canv.setFont("Helvetica", 9)
    canv.drawString(1.7 * cm, y, "Project start date")
    _comb(canv, 6.5 * cm, y, "01/06/2024")
    canv.drawString(11.3 * cm, y, "Project end date")
    _comb(canv, 14.8 * cm, y, "31/05/2026")
    y -= 1.1 * cm

    _section(canv, y, "SECTION B  THIS CLAIM", w)
    y -= 0.9 * cm
    canv.setFont("Helvetica", 9)
    canv.drawString(1.7 * cm, y, "Claim number")
    _comb(canv, 6.5 * cm, y, "2")
    canv.drawString(7.6 * cm, y, "of")
    _comb(canv, 8.3 * cm, y, "4")
    y -= 0.8 * cm
    canv.drawString(1.7 * cm, y, "Claim period from")
    _comb(canv, 6.5 * cm, y, "01/10/2024")
    canv.drawString(11.5 * cm, y, "to")
    _comb(canv, 12.3 * cm, y, "31/03/2025")
    y -= 0.8 * cm
    canv.drawString(1.7 * cm, y, "Amount claimed (\u00a3)")
    _comb(canv, 6.5 * cm, y, "   41,860")
    y -= 1.0 * cm
    data = [
        ["Expenditure heading", "Budget (\u00a3)", "Spent this period (\u00a3)", "Spent to date (\u00a3)"],
        ["Co-operative development worker (0.6 FTE)", "64,000", "15,400", "26,300"],
        ["Share-offer legal and FCA registration", "12,000", "9,460", "11,950"],
        ["Feasibility surveys of 18 roofs", "30,000", "14,000", "21,500"],
        ["Community engagement and events", "14,000", "3,000", "5,240"],
        ["Total", "120,000", "41,860", "64,990"],
    ]
    t = Table(data, colWidths=[7.4 * cm, 3 * cm, 3.6 * cm, 3.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                ("FONT", (1, 1), (-1, -1), "Courier", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")),
            ]
        )
    )
    _, th = t.wrapOn(canv, w, h)
    t.drawOn(canv, 1.7 * cm, y - th)
    canv.showPage()

    header_footer(2)
    y = h - 3.2 * cm
    _section(canv, y, "SECTION C  PROGRESS SINCE YOUR LAST CLAIM", w)
    y -= 0.3 * cm
    narrative = (
        "THE DEVELOPMENT WORKER STARTED IN OCTOBER AND HAS SURVEYED 18 ROOFS ON SCHOOLS, LIBRARIES AND LEISURE "
        "CENTRES IN SEFTON, KNOWSLEY AND HALTON. 11 ARE SUITABLE FOR SOLAR. THE CO-OPERATIVE WAS REGISTERED WITH THE "
        "FCA IN JANUARY AND HAS 212 FOUNDER MEMBERS. THE SHARE OFFER WILL LAUNCH IN MAY, AIMING TO RAISE \u00a3480,000 "
        "FOR THE FIRST 6 INSTALLATIONS. SPEND ON ENGAGEMENT IS BEHIND PROFILE BECAUSE TWO EVENTS MOVED INTO THE NEXT "
        "CLAIM PERIOD. NO CHANGES TO THE AGREED OUTCOMES."
    )
    canv.rect(1.7 * cm, y - 4.2 * cm, w - 3.4 * cm, 4.0 * cm, stroke=1, fill=0)
    _para(canv, narrative, ANS, 1.9 * cm, y - 0.2 * cm, w - 3.8 * cm)
    y -= 5.0 * cm
    _section(canv, y, "SECTION D  DECLARATION AND CONTACT", w)
    y -= 0.9 * cm
    decl = (
        "I certify that the expenditure claimed has been incurred on the project described in Section A, in line "
        "with the grant offer letter, and that the council holds evidence of it."
    )
    y = _para(canv, decl, BODY, 1.7 * cm, y + 0.4 * cm, w - 3.4 * cm) - 0.5 * cm
    for label, value in [
        ("Signed (Section 151 officer or deputy)", "G. TUOHY"),
        ("Name", "GRAHAM TUOHY, ASSISTANT DIRECTOR OF FINANCE"),
        ("Date", "11/04/2025"),
    ]:
        canv.setFont("Helvetica", 9)
        canv.drawString(1.7 * cm, y, label)
        canv.line(8 * cm, y - 2, w - 1.7 * cm, y - 2)
        canv.setFont("Courier-Bold", 10)
        canv.drawString(8.1 * cm, y + 1, value)
        y -= 0.75 * cm
    y -= 0.3 * cm
    canv.setFont("Helvetica-Bold", 9.5)
    canv.drawString(1.7 * cm, y, "Person completing this claim (we will contact them with any queries)")
    y -= 0.75 * cm
    for label, value in [
        ("Name", "ANITA KOWALCZYK-REES"),
        ("Job title", "CLIMATE PROJECTS OFFICER"),
        ("Email", "anita.kowalczyk-rees@sefton.gov.uk"),
        ("Telephone", "0151 496 0734"),
    ]:
        canv.setFont("Helvetica", 9)
        canv.drawString(1.7 * cm, y, label)
        canv.line(8 * cm, y - 2, w - 1.7 * cm, y - 2)
        canv.setFont("Courier-Bold", 10)
        canv.drawString(8.1 * cm, y + 1, value)
        y -= 0.75 * cm
    y -= 0.6 * cm
    canv.setDash(3, 2)
    canv.rect(1.7 * cm, y - 1.6 * cm, w - 3.4 * cm, 1.9 * cm, stroke=1, fill=0)
    canv.setDash()
    canv.setFont("Helvetica-Oblique", 8)
    canv.drawString(1.9 * cm, y, "For office use only")
    canv.setFont("Helvetica", 8)
    canv.drawString(1.9 * cm, y - 0.55 * cm, "Received: 14/04/2025     Checked by: JM     Payment run: May 2025")
    canv.drawString(1.9 * cm, y - 1.1 * cm, "Evidence sampled: 3 of 11 invoices     Outcome: approved in full")
    canv.showPage()
    canv.save()


# --------------------------------------------------------------------------------------------- expression of interest
def _answer_box(text: str, width: float) -> Table:
    t = Table([[Paragraph(text, ANS)]], colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.7, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f7f2")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def eoi_newport() -> None:
    """Filled expression of interest: question labels, typed answers, ticked strand and principles."""

    def chrome(canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#00594f"))
        canv.rect(0, h - 1.5 * cm, w, 1.5 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(1.8 * cm, h - 0.95 * cm, "Policy Lab 2025/26 \u00b7 Expression of interest")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(1.8 * cm, 1 * cm, "EOI form v2 \u2013 January 2025 \u00b7 Submitted 17/02/2025 10:42")
        canv.drawRightString(w - 1.8 * cm, 1 * cm, f"{doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "expression-of-interest-filled-question-boxes-newport.pdf"),
        pagesize=A4,
        title="Policy Lab EOI - Newport",
        author="Co-operative Councils' Innovation Network",
        invariant=1,
    )
    w, h = A4
    frame = Frame(1.8 * cm, 1.6 * cm, w - 3.6 * cm, h - 3.6 * cm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=chrome)])
    fw = w - 3.6 * cm
    strand = Table(
        [["[ ]  People", "[X]  Place", "[ ]  Power"]],
        colWidths=[fw / 3] * 3,
    )
    strand.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), "Courier", 10), ("BOX", (0, 0), (-1, -1), 0.7, colors.grey)])
    )
    ticked = {"Social partnership", "Co-production", "Learning"}
    cells = [f"[{'X' if n in ticked else ' '}]  {n}" for n in TEN]
    grid = Table(
        [[Paragraph(cells[i], ANS), Paragraph(cells[i + 5], ANS)] for i in range(5)],
        colWidths=[fw / 2, fw / 2],
    )
    grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Expression of interest: Policy Lab 2025/26", H1),
        Paragraph(
            "Use this form to tell the Network about a Lab you would like to run. Answers are typed into the boxes. "
            "Shortlisted councils will be invited to submit a full bid in April.",
            SMALL,
        ),
        Spacer(1, 8),
        Paragraph("Working title of the Lab", Q),
        _answer_box("Valleys to Coast: Co-operative Town Centres", fw),
        Spacer(1, 8),
        Paragraph("1. Which council will convene the Lab?", Q),
        _answer_box("Newport City Council", fw),
        Spacer(1, 8),
        Paragraph("2. Which other members have agreed to take part?", Q),
        _answer_box(
            "Torfaen County Borough Council; Monmouthshire County Council; Cardiff Council (Cyngor Caerdydd)", fw
        ),
        Spacer(1, 8),
        Paragraph("3. Lab strand (tick one)", Q),
        strand,
        Spacer(1, 8),
        Paragraph("4. Proposed timetable", Q),
        _answer_box("June 2025 to May 2026", fw),
        Spacer(1, 8),
        Paragraph("5. Which of the Network\u2019s principles will the Lab test? (tick all that apply)", Q),
        grid,
        PageBreak(),
        Paragraph("6. In no more than 300 words, what is the problem and what would the Lab do?", Q),
        _answer_box(
            "Our town centres lost a third of their shops between 2015 and 2023. Empty units are mostly owned by "
            "absent landlords. The Lab would test how councils can help residents and traders take units into "
            "community and co-operative ownership: a shared toolkit for meanwhile leases, a joint community shares "
            "fund, and a network of co-operative traders' associations. Each council would pilot the approach in "
            "one town centre (Newport, Pontypool, Abergavenny and Cardiff's Canton district), and the four would "
            "meet monthly to compare what works. We would publish what we learn for other members.",
            fw,
        ),
        Spacer(1, 8),
        Paragraph("7. Who should we contact about this expression of interest?", Q),
        _answer_box(
            "Siwan Prydderch, Co-operative Development Lead, Newport City Council<br/>"
            "siwan.prydderch@newport.gov.uk<br/>029 2018 0446",
            fw,
        ),
        Spacer(1, 8),
        Paragraph("8. Has the convening council\u2019s leader or chief executive agreed this EOI?", Q),
        _answer_box("Yes \u2013 agreed by the Cabinet Member for Economy, 12/02/2025", fw),
        Spacer(1, 14),
        Paragraph(
            "Send completed forms to the Policy Lab team. Expressions of interest close at 5pm on 28 February 2025. "
            "Full bids for shortlisted Labs are due by 30 April 2025.",
            TINY,
        ),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------- monitoring return
def monitoring_return_st_helens() -> None:
    """Six-monthly return; contracted dates give the years; overall status box; completed-by contact."""

    def chrome(canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(1.8 * cm, h - 1.1 * cm, "Liverpool City Region Combined Authority")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(w - 1.8 * cm, h - 1.1 * cm, "OFFICIAL")
        canv.line(1.8 * cm, h - 1.3 * cm, w - 1.8 * cm, h - 1.3 * cm)
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(1.8 * cm, 1 * cm, "Community Wealth Accelerator \u00b7 six-monthly return \u00b7 2024/25 H2")
        canv.drawRightString(w - 1.8 * cm, 1 * cm, f"Page {doc.page} of 2")
        canv.drawCentredString(w / 2, 0.6 * cm, "OFFICIAL")
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "six-monthly-monitoring-return-rag-st-helens.pdf"),
        pagesize=A4,
        title="CWA six-monthly return H2 2024-25",
        author="LCRCA Investment and Delivery",
        invariant=1,
    )
    w, h = A4
    fw = w - 3.6 * cm
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(1.8 * cm, 1.5 * cm, fw, h - 3.3 * cm)], onPage=chrome)])
    details = Table(
        [
            [Paragraph("<b>Project name</b>", BODY), Paragraph("St Helens Community Wealth Accelerator", BODY)],
            [Paragraph("<b>Fund reference</b>", BODY), Paragraph("CWA-0412", BODY)],
            [Paragraph("<b>Lead delivery body</b>", BODY), Paragraph("St Helens Borough Council", BODY)],
            [
                Paragraph("<b>Delivery partners</b>", BODY),
                Paragraph("Halton Borough Council; Wirral Council; St Helens Credit Union", BODY),
            ],
            [Paragraph("<b>Contracted start</b>", BODY), Paragraph("01/04/2024", BODY)],
            [Paragraph("<b>Contracted end</b>", BODY), Paragraph("31/03/2027", BODY)],
            [Paragraph("<b>Reporting period</b>", BODY), Paragraph("1 October 2024 \u2013 31 March 2025", BODY)],
            [Paragraph("<b>Grant awarded</b>", BODY), Paragraph("\u00a3742,000", BODY)],
        ],
        colWidths=[5 * cm, fw - 5 * cm],
    )
    details.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    status = Table(
        [[Paragraph("<b>Overall delivery status</b>", BODY), Paragraph("<b>AMBER</b>", BODY)]],
        colWidths=[5 * cm, 3 * cm],
    )
    status.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#ffbf00")),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ]
        )
    )
    rag_colour = {"G": "#5cb85c", "A": "#ffbf00", "R": "#d9534f", "C": "#cccccc"}
    ms = [
        ("M1", "Co-operative development hub open in St Helens town centre", "30/09/2024", "C", "Complete"),
        ("M2", "Anchor procurement review completed in all three boroughs", "31/12/2024", "G", "Complete"),
        ("M3", "Credit union payroll-saving scheme live with 5 employers", "31/03/2025", "A", "3 of 5 live"),
        ("M4", "First 6 new co-operatives registered", "30/09/2025", "G", "4 registered"),
        ("M5", "Community shares fund launched", "31/03/2026", "R", "Legal advice delayed"),
    ]
    ms_rows = [["Ref", "Milestone", "Due", "RAG", "Comment"]] + [
        [a, Paragraph(b, SMALL), c, d, e] for a, b, c, d, e in ms
    ]
    mt = Table(ms_rows, colWidths=[1.1 * cm, 7.6 * cm, 2.2 * cm, 1.2 * cm, fw - 12.1 * cm])
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i, row in enumerate(ms, start=1):
        style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor(rag_colour[row[3]])))
    mt.setStyle(TableStyle(style))
    spend = Table(
        [
            ["Financial year", "Profile (\u00a3)", "Actual (\u00a3)", "Variance (\u00a3)"],
            ["2024/25", "268,000", "231,450", "-36,550"],
            ["2025/26", "274,000", "\u2013", "\u2013"],
            ["2026/27", "200,000", "\u2013", "\u2013"],
        ],
        colWidths=[fw / 4] * 4,
    )
    spend.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f6")),
            ]
        )
    )
    signoff = Table(
        [
            [Paragraph("<b>Return completed by</b>", BODY), Paragraph("Gareth Mensah-Lowe", BODY)],
            [Paragraph("<b>Role</b>", BODY), Paragraph("Community Wealth Programme Manager", BODY)],
            [Paragraph("<b>Email</b>", BODY), Paragraph("gareth.mensah-lowe@sthelens.gov.uk", BODY)],
            [Paragraph("<b>Approved by</b>", BODY), Paragraph("Director of Place, 15/04/2025", BODY)],
        ],
        colWidths=[5 * cm, fw - 5 * cm],
    )
    signoff.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [
        Paragraph("Six-monthly monitoring return", H1),
        Paragraph("Community Wealth Accelerator Fund \u00b7 return for the half-year to 31 March 2025", BODY),
        Spacer(1, 10),
        Paragraph("1. Project details", H2),
        details,
        Spacer(1, 10),
        Paragraph("2. Overall delivery status", H2),
        status,
        Paragraph("Use GREEN if all milestones are on track, AMBER if any are at risk, RED if any are missed.", TINY),
        Spacer(1, 10),
        Paragraph("3. Milestones", H2),
        mt,
        PageBreak(),
        Paragraph("4. Spend", H2),
        spend,
        Spacer(1, 10),
        Paragraph("5. Narrative", H2),
        Paragraph(
            "The co-operative development hub opened on Church Street in September and has supported 37 groups. "
            "Four new co-operatives have registered: a cleaning co-op, a childminders' co-op, a bike repair co-op "
            "and a community bakery. The anchor procurement review is complete in all three boroughs; Halton and "
            "Wirral have each split one large contract into smaller lots so that local firms and co-ops can bid. "
            "The payroll-saving scheme is live with three employers and the credit union has opened 611 accounts. "
            "The community shares fund is at risk: legal advice on the fund's structure has taken longer than "
            "planned, and we have asked the Combined Authority to re-profile \u00a336,550 into 2025/26.",
            BODY,
        ),
        Spacer(1, 10),
        Paragraph("6. Sign-off", H2),
        signoff,
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------- notes pages
def notes_pages_southwark() -> None:
    """Slides as boxes in the top half, speaker notes below; the lead is only in the notes."""
    w, h = A4
    canv = Canvas(str(OUT / "slide-notes-pages-export-lead-in-speaker-notes-southwark.pdf"), pagesize=A4, invariant=1)
    canv.setTitle("Childcare Commons Lab - notes pages")
    canv.setAuthor("k.morrow")
    slides = [
        (
            "The Childcare Commons",
            ["What we learned from a Policy Lab on co-operative childcare"],
            "Good afternoon. Thank you for coming to the last session before the tea break. I am going to talk for "
            "about fifteen minutes about a Lab that many of you will have heard rumours about, and then we will take "
            "questions. Please be honest in the questions; the Lab was honest with us.",
        ),
        (
            "The Lab",
            ["Three boroughs, six nurseries, one question", "2023 \u2192 2024", "Can parents and staff own childcare?"],
            "Some context first. Southwark Council led this Lab, with Lewisham and Greenwich councils, and it ran "
            "across two school years. Each borough found two groups of parents and staff who wanted to run a nursery "
            "together. Camden tried something similar with a single nursery co-op back in 2019, and we learned a lot "
            "from their write-up, but nobody had tried it across borough boundaries before.",
        ),
        (
            "What happened",
            ["4 co-op nurseries open", "2 still in set-up", "212 places, 38% for funded two-year-olds"],
            "Four of the six nurseries are open. The two that are not are both waiting for premises, which turned "
            "out to be the hardest part by far. Staff turnover in the co-op nurseries is about half the borough "
            "average, and parents tell us they trust the settings because they can see how decisions are made.",
        ),
        (
            "Why it matters",
            ["What it meets: Co-production \u00b7 New models of meeting priority needs"],
            "We chose those two because they are what the nurseries actually do. Parents and staff design the "
            "service together, and the co-operative model gives them the voice. I would rather claim two principles "
            "we can show than ten we cannot.",
        ),
        (
            "Questions?",
            ["Keziah Morrow", "lab.childcare@southwark.gov.uk"],
            "That is me, and that is the Lab inbox, which I check every day. The full report goes to the Network "
            "in the spring. Plymouth's Lab on community energy is up next in this room.",
        ),
    ]
    for n, (title, bullets, notes) in enumerate(slides, start=1):
        sx, sw = 2.5 * cm, w - 5 * cm
        sh = sw * 9 / 16
        sy = h - 2.2 * cm - sh
        canv.setLineWidth(1)
        canv.rect(sx, sy, sw, sh, stroke=1, fill=0)
        canv.setFillColor(colors.HexColor("#b5121b"))
        canv.rect(sx, sy + sh - 0.5 * cm, sw, 0.5 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica-Bold", 18)
        canv.drawString(sx + 0.8 * cm, sy + sh - 2.0 * cm, title)
        canv.setFont("Helvetica", 12)
        by = sy + sh - 3.2 * cm
        for b in bullets:
            canv.drawString(sx + 1.0 * cm, by, b)
            by -= 0.75 * cm
        canv.setFont("Helvetica", 7)
        canv.drawRightString(sx + sw - 0.3 * cm, sy + 0.25 * cm, str(n))
        _para(canv, notes, NOTES, 2.5 * cm, sy - 1.0 * cm, w - 5 * cm)
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawCentredString(w / 2, 1.0 * cm, f"CCIN Conference 2025 \u00b7 Notes \u00b7 {n}")
        canv.setFillColor(colors.black)
        canv.showPage()
    canv.save()


# --------------------------------------------------------------------------------------------- handout
def handout_telford() -> None:
    """Three slides per page down the left, ruled note lines on the right."""
    w, h = A4
    canv = Canvas(str(OUT / "slide-handout-three-per-page-telford.pdf"), pagesize=A4, invariant=1)
    canv.setTitle("Workshop B handout")
    slides = [
        ("Telford Digital Co-op", ["From pilot to scale"]),
        (
            "Who",
            [
                "Lead: Telford & Wrekin Council",
                "Partners: Shropshire Council,",
                "Telford Digital Co-op, Telford College",
            ],
        ),
        ("When", ["Pilot: 2022/23 \u00b7 Scale-up: 2024\u201325"]),
        ("Numbers", ["1,900 residents helped online", "64 digital champions", "7 community hubs"]),
        ("Lessons", ["Champions must be paid", "Devices are not the problem", "Trust is"]),
        ("Thank you", ["Questions?"]),
    ]
    per = 3
    for page in range(2):
        canv.setFont("Helvetica", 8.5)
        canv.drawString(1.5 * cm, h - 1.1 * cm, "CCIN Annual Conference 2024 \u2013 Workshop B \u2013 8 October 2024")
        canv.line(1.5 * cm, h - 1.3 * cm, w - 1.5 * cm, h - 1.3 * cm)
        for i in range(per):
            title, lines = slides[page * per + i]
            bw = 8.5 * cm
            bh = bw * 9 / 16
            bx = 1.8 * cm
            by = h - 2.3 * cm - bh - i * (bh + 2.2 * cm)
            canv.rect(bx, by, bw, bh, stroke=1, fill=0)
            canv.setFillColor(colors.HexColor("#2e6f40"))
            canv.rect(bx, by + bh - 0.3 * cm, bw, 0.3 * cm, stroke=0, fill=1)
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica-Bold", 11)
            canv.drawString(bx + 0.4 * cm, by + bh - 1.1 * cm, title)
            canv.setFont("Helvetica", 8.5)
            ly = by + bh - 1.9 * cm
            for ln in lines:
                canv.drawString(bx + 0.5 * cm, ly, ln)
                ly -= 0.5 * cm
            canv.setStrokeColor(colors.HexColor("#bbbbbb"))
            for k in range(7):
                yy = by + bh - 0.3 * cm - k * 0.7 * cm
                canv.line(11.2 * cm, yy, w - 1.8 * cm, yy)
            canv.setStrokeColor(colors.black)
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(w / 2, 1.0 * cm, str(page + 1))
        canv.showPage()
    canv.save()


# --------------------------------------------------------------------------------------------- board minutes
def board_minutes_leicester() -> None:
    """Partnership board minutes with a header block, numbered minutes and an action log page."""
    page = landscape(A4)

    def chrome(canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = page
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(1.5 * cm, h - 1 * cm, "Leicester & Leicestershire Co-operative Care Partnership Board")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(w - 1.5 * cm, h - 1 * cm, "Meeting 5 \u00b7 18 June 2024")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica-Oblique", 7.5)
        canv.drawString(1.5 * cm, 0.8 * cm, "Draft until approved at meeting 6")
        canv.drawRightString(w - 1.5 * cm, 0.8 * cm, f"{doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "partnership-board-minutes-action-log-landscape-leicester.pdf"),
        pagesize=page,
        title="Partnership Board minutes 18 June 2024",
        author="Leicester City Council",
        invariant=1,
    )
    w, h = page
    fw = w - 3 * cm
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(1.5 * cm, 1.3 * cm, fw, h - 2.8 * cm)], onPage=chrome)])
    head = Table(
        [
            [Paragraph("<b>Accountable body:</b> Leicester City Council", BODY), Paragraph("<b>Meeting:</b> 5", BODY)],
            [
                Paragraph(
                    "<b>Partnership members:</b> Leicestershire County Council; Rutland County Council; Carers' "
                    "Voice Co-operative; Leicester Home Care Co-op",
                    BODY,
                ),
                Paragraph("<b>Date:</b> Tuesday 18 June 2024, 14:00, City Hall", BODY),
            ],
        ],
        colWidths=[fw * 0.65, fw * 0.35],
    )
    head.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    minutes = [
        (
            "1",
            "<b>Present, apologies and observers.</b> Present: Cllr Imran Dholakia (Chair, Leicester City Council); "
            "Dawn Pettifer (Leicestershire County Council); Ruth Oyedele (Carers' Voice Co-operative); Sam Bhatti "
            "(Leicester Home Care Co-op); Harriet Blenkinsop (programme officer). Apologies: Neil Gascoigne (Rutland "
            "County Council). Observing: a commissioning lead from NHS Leicester, Leicestershire and Rutland ICB.",
        ),
        (
            "2",
            "<b>Programme update.</b> The programme officer reminded the Board that the programme runs from April "
            "2023 to March 2026 and is now at its midpoint. Two new care co-operatives are trading in the county and "
            "one in the city; the carers' co-operative has 340 members and now sits on the joint commissioning "
            "panel. A recruitment campaign with the local college had produced 22 new care workers, 15 of whom had "
            "chosen to join a co-operative.",
        ),
        (
            "3",
            "<b>Finance.</b> Spend to 31 May 2024 is \u00a3418,000 against a profile of \u00a3450,000. The Board "
            "agreed to move the underspend into the start-up grants line.",
        ),
        (
            "4",
            "<b>Risks.</b> Rutland's position remains under review following its budget decisions; the Board agreed "
            "that the Chair would write to Rutland to confirm its continued membership.",
        ),
        (
            "5",
            "<b>Any other business.</b> The Home Care Co-op reported a visit to the care co-op that ran in Nottingham "
            "from 2020 to 2022 and recommended its rota model. Next meeting: 17 September 2024.",
        ),
    ]
    mt = Table([[n, Paragraph(t, BODY)] for n, t in minutes], colWidths=[1.2 * cm, fw - 1.2 * cm])
    mt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
            ]
        )
    )
    actions = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["5.1", "Write to Rutland County Council to confirm membership", "Chair", "05/07/2024", "Open"],
        ["5.2", "Re-profile underspend into start-up grants", "HB", "31/07/2024", "Open"],
        ["5.3", "Circulate Nottingham rota model to members", "SB", "30/06/2024", "Open"],
        ["4.2", "Report on carer representation on commissioning panel", "RO", "18/06/2024", "Closed"],
        ["3.4", "Agree data-sharing protocol with the ICB", "DP", "31/03/2024", "Closed"],
    ]
    at = Table(actions, colWidths=[1.5 * cm, 13 * cm, 2.5 * cm, 3 * cm, 2.5 * cm])
    at.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
            ]
        )
    )
    story = [
        Paragraph("Minutes and action log", H1),
        head,
        Spacer(1, 10),
        mt,
        PageBreak(),
        Paragraph("Action log", H2),
        at,
        Spacer(1, 16),
        Paragraph(
            "Minutes taken by Harriet Blenkinsop, programme officer \u2013 please send corrections to "
            "harriet.blenkinsop@leicester.gov.uk within ten working days.",
            TINY,
        ),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------- annual report spread
def annual_report_spread_gmca() -> None:
    """Two landscape pages: network numbers (traps) then one Lab spotlight with a fact strip."""
    page = landscape(A4)
    w, h = page
    canv = Canvas(str(OUT / "annual-report-extract-lab-spotlight-spread-gmca.pdf"), pagesize=page, invariant=1)
    canv.setTitle("CCIN Annual Report 2023/24 pp14-15")
    canv.setAuthor("Co-operative Councils' Innovation Network")

    def running(num: str) -> None:
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            1.5 * cm, h - 0.9 * cm, "Annual Report 2023/24 \u00b7 Co-operative Councils\u2019 Innovation Network"
        )
        canv.drawRightString(w - 1.5 * cm, 0.8 * cm, num)
        canv.setFillColor(colors.black)

    running("14")
    canv.setFont("Helvetica-Bold", 26)
    canv.drawString(1.5 * cm, h - 2.6 * cm, "Our year in numbers")
    stats = [
        ("53", "member councils"),
        ("9", "Policy Labs reported"),
        ("1,140", "officers at our events"),
        ("6", "new members"),
    ]
    for i, (num, cap) in enumerate(stats):
        x = 1.5 * cm + i * 6.5 * cm
        canv.setFillColor(colors.HexColor("#00594f"))
        canv.setFont("Helvetica-Bold", 40)
        canv.drawString(x, h - 5.2 * cm, num)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 11)
        canv.drawString(x, h - 5.9 * cm, cap)
    y = _para(canv, "<b>Labs that reported this year</b>", H2, 1.5 * cm, h - 7.2 * cm, w - 3 * cm)
    labs = [
        "Community Heat Lab \u2013 Bristol City Council, 2023\u20132024",
        "Childcare Commons \u2013 Southwark Council, 2023\u20132024",
        "Co-operative Town Centres \u2013 Preston City Council, 2022\u20132023",
        "Youth Co-op Hubs \u2013 Rochdale Borough Council, 2022\u20132025 (interim)",
        "Social Value in Energy \u2013 Cardiff Council, 2022",
    ]
    for lab in labs:
        y = _para(canv, "\u2013 " + lab, BODY, 1.8 * cm, y - 0.15 * cm, w - 4 * cm)
    canv.showPage()

    running("15")
    canv.setFont("Helvetica-Bold", 10)
    canv.setFillColor(colors.HexColor("#c0392b"))
    canv.drawString(1.5 * cm, h - 2.0 * cm, "LAB SPOTLIGHT")
    canv.setFillColor(colors.black)
    canv.setFont("Helvetica-Bold", 22)
    canv.drawString(1.5 * cm, h - 3.0 * cm, "Co-operative Community Pharmacies Lab")
    canv.setFillColor(colors.HexColor("#f4e3d7"))
    canv.rect(1.5 * cm, h - 4.6 * cm, w - 8.5 * cm, 1.2 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.setFont("Helvetica-Bold", 8)
    canv.drawString(1.8 * cm, h - 3.85 * cm, "Lab lead")
    canv.drawString(5.6 * cm, h - 3.85 * cm, "With")
    canv.drawString(17.9 * cm, h - 3.85 * cm, "Ran")
    canv.setFont("Helvetica", 9)
    canv.drawString(1.8 * cm, h - 4.35 * cm, "GMCA")
    canv.drawString(5.6 * cm, h - 4.35 * cm, "Oldham Council, Rochdale MBC, Bolton Council, Pharmacy Co-op North")
    canv.drawString(17.9 * cm, h - 4.35 * cm, "September 2022 \u2013 March 2024")
    body = [
        "Community pharmacies have been closing across Greater Manchester, usually in the neighbourhoods that need "
        "them most. The Lab asked whether pharmacists, staff and patients could own and run the pharmacies that "
        "remain, and what councils and the NHS would need to do to make that possible.",
        "Working with three borough councils and a pharmacists' co-operative, the Lab studied eleven pharmacies "
        "at risk of closure, helped two convert to co-operative ownership, and drafted a model lease that lets "
        "councils offer premises in health centres and libraries at below-market rents to co-operative pharmacies.",
        "The two converted pharmacies are now owned by their staff and a patients' membership of more than 900. "
        "Both have extended their opening hours, and one now offers a free blood-pressure clinic every Saturday.",
        "<i>\u201cWe thought ownership would be the hard part. It was the contracts. The Lab got everybody round "
        "the same table.\u201d</i> \u2013 superintendent pharmacist, Failsworth",
    ]
    y = h - 5.3 * cm
    for para in body:
        y = _para(canv, para, BODY, 1.5 * cm, y, w - 8.5 * cm) - 0.3 * cm
    rx = w - 6.3 * cm
    canv.setFillColor(colors.HexColor("#00594f"))
    canv.rect(rx, 2.0 * cm, 4.8 * cm, h - 4.4 * cm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 10)
    canv.drawString(rx + 0.4 * cm, h - 3.2 * cm, "Principles in play")
    canv.setFont("Helvetica", 9.5)
    canv.drawString(rx + 0.4 * cm, h - 4.0 * cm, "Social partnership")
    canv.drawString(rx + 0.4 * cm, h - 4.6 * cm, "Maximising social value")
    canv.setFont("Helvetica-Bold", 9)
    canv.drawString(rx + 0.4 * cm, 5.2 * cm, "Spotlight contact")
    canv.setFont("Helvetica", 8)
    canv.drawString(rx + 0.4 * cm, 4.6 * cm, "Rehana Qureshi")
    canv.drawString(rx + 0.4 * cm, 4.1 * cm, "rehana.qureshi@")
    canv.drawString(rx + 0.4 * cm, 3.7 * cm, "greatermanchester-ca.gov.uk")
    canv.setFillColor(colors.black)
    canv.showPage()
    canv.save()


# --------------------------------------------------------------------------------------------- printed email
def printed_email_durham() -> None:
    """An e-bulletin printed from an email client and released with an FOI reply."""

    def chrome(canv: Canvas, doc: BaseDocTemplate) -> None:
        w, _ = A4
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(1.8 * cm, 1 * cm, f"FOI 24/1187 \u2013 page {doc.page}")
        canv.drawRightString(w - 1.8 * cm, 1 * cm, "Released by Newcastle City Council")
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "outlook-printed-email-ebulletin-first-item-durham.pdf"),
        pagesize=A4,
        title="Microsoft Outlook - Memo Style",
        author="Sorensen, Ingrid",
        invariant=1,
    )
    w, h = A4
    fw = w - 3.6 * cm
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(1.8 * cm, 1.6 * cm, fw, h - 3.2 * cm)], onPage=chrome)])
    rule = Table([[""]], colWidths=[fw], rowHeights=[3])
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 2.5, colors.black)]))
    hdr = Table(
        [
            ["From:", "North East Co-op Councils <bulletin@necoopcouncils.org.uk>"],
            ["Sent:", "14 June 2023 10:02"],
            ["To:", "S\u00f8rensen, Ingrid <ingrid.sorensen@newcastle.gov.uk>"],
            ["Subject:", "NE Co-op Councils e-bulletin \u2013 June 2023"],
        ],
        colWidths=[2.2 * cm, fw - 2.2 * cm],
    )
    hdr.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 10),
                ("FONT", (1, 0), (1, -1), "Helvetica", 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    items = [
        (
            "Community buses, owned by the people who ride them",
            [
                "Durham County Council, working with Northumberland County Council and Weardale Community "
                "Transport, will run three community bus co-operatives from 2023 to 2026. The routes replace "
                "commercial services withdrawn last year in Upper Weardale, Teesdale and the Tyne valley, and will "
                "be owned by their passengers and drivers, who can join for \u00a31.",
                "The councils are providing the buses on long leases and guaranteeing a minimum fare income for the "
                "first two years; the community transport charity is training volunteer and paid drivers and running "
                "the booking line. Each co-operative will elect its own board, set its timetable and decide how to "
                "spend any surplus. The first route, between Stanhope and Bishop Auckland, starts in September.",
                "If your council is thinking about something similar, contact Phil Armitage, Rural Transport Lead, "
                "phil.armitage@durham.gov.uk.",
            ],
        ),
        (
            "Gateshead\u2019s energy co-op turns three",
            ["Gateshead Council\u2019s community energy co-op, running since 2020, has installed its 40th roof."],
        ),
        (
            "Sunderland shared care pilot",
            ["Sunderland City Council\u2019s shared care pilot (2022\u20132023) publishes its findings next month."],
        ),
        (
            "Dates for your diary",
            [
                "Co-operative economy breakfast, Newcastle, 12 July 2023. Book with events@necoopcouncils.org.uk.",
                "North East co-op councils network meeting, 21 September 2023, Durham.",
            ],
        ),
    ]
    story = [
        Paragraph("<b>S\u00f8rensen, Ingrid</b>", ParagraphStyle("owner", parent=MAIL, fontSize=12, leading=15)),
        rule,
        Spacer(1, 4),
        hdr,
        Spacer(1, 14),
        Paragraph("<b>NE CO-OP COUNCILS E-BULLETIN \u00b7 JUNE 2023</b>", MAIL),
        Paragraph("News from co-operative councils across the North East", MAIL),
        Spacer(1, 10),
    ]
    for title, paras in items:
        story.append(Paragraph(f"<b>{title}</b>", MAIL))
        for p in paras:
            story.append(Paragraph(p, MAIL))
            story.append(Spacer(1, 5))
        story.append(Paragraph("---", MAIL))
        story.append(Spacer(1, 6))
    story += [
        Paragraph(
            "You are receiving this e-bulletin because you work for a member council of the North East co-op "
            "councils network. To unsubscribe, reply with UNSUBSCRIBE in the subject line.",
            SMALL,
        ),
    ]
    doc.build(story)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    grant_claim_sefton()
    eoi_newport()
    monitoring_return_st_helens()
    notes_pages_southwark()
    handout_telford()
    board_minutes_leicester()
    annual_report_spread_gmca()
    printed_email_durham()


if __name__ == "__main__":
    main()
