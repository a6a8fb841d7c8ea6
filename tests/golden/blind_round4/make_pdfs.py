"""Generate the round-4 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round4/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names and the canonical
principle names/statements are used on purpose. Deterministic: reportlab invariant mode fixes creation dates
and document IDs, so re-running gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
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
H1 = SS["Title"]
H2 = SS["Heading2"]
H3 = SS["Heading3"]
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=colors.grey)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
TYPE = ParagraphStyle("type", parent=BODY, fontName="Courier", fontSize=10.5, leading=14)
TYPEB = ParagraphStyle("typeb", parent=TYPE, fontName="Courier-Bold")

GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)

STATEMENTS = {
    "Co-production": "We will develop systems that enable citizens to be equal partners in designing and "
    "commissioning public services and in determining the use of public resources.",
    "Social partnership": "We will strengthen the co-operative partnership between citizens, communities, "
    "enterprises and Councils, based on a shared sense of responsibility for wellbeing and mutual benefit.",
    "Learning": "We will capture and \u2018expand\u2019 the experience and learning from individual projects and "
    "approaches in order to encourage broader application of co-operative principles within individual member "
    "Councils and across the Network.",
    "Innovation": "We will embrace innovation in how we work with local communities to drive positive change.",
    "Democratic engagement": "We will support the active engagement of the full range of residents in decision "
    "making and priority setting.",
}


def _doc(name: str, title: str, author: str, **kw) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(OUT / f"{name}.pdf"),
        pagesize=A4,
        title=title,
        author=author,
        invariant=1,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=kw.get("top", 2 * cm),
        bottomMargin=2 * cm,
    )


def toolkit_project_table() -> None:
    """Knowsley community transport toolkit: its own details on the inside cover, a table of OTHER projects."""

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "Co-operative community transport: a toolkit for councils")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canv.restoreState()

    doc = _doc("toolkit-project-table-knowsley", "Co-operative community transport toolkit", "Knowsley Council")
    examples = [
        ["Project", "Lead council", "Year", "Contact"],
        ["Dial-a-ride co-op", "Sefton Council", "2014", "p.ryan@sefton.gov.uk"],
        ["Rural bus members' club", "Herefordshire Council", "2017/18", "bus.club@herefordshire.gov.uk"],
        ["Community car share", "Bristol City Council", "2019", "k.lowe@bristol.gov.uk"],
        ["School run co-operative", "Oldham Council", "2020-2021", "school.travel@oldham.gov.uk"],
    ]
    ex = Table([[Paragraph(c, CELL) for c in r] for r in examples], colWidths=[4.6 * cm, 4 * cm, 2.4 * cm, 6 * cm])
    ex.setStyle(GRID)
    story = [
        Spacer(1, 4 * cm),
        Paragraph("Co-operative community transport", H1),
        Paragraph("A toolkit for councils", H2),
        Spacer(1, 1 * cm),
        Paragraph("Published: June 2021", BODY),
        PageBreak(),
        Paragraph("About this toolkit", H2),
        Paragraph("<b>Produced by:</b> Knowsley Metropolitan Borough Council", BODY),
        Paragraph("<b>With:</b> St Helens Borough Council and Halton Borough Council", BODY),
        Spacer(1, 8),
        Paragraph(
            "This toolkit is for council officers who want to help residents set up transport services they "
            "own and run themselves: community minibuses, car clubs and dial-a-ride co-operatives. It draws on "
            "what the three councils learned supporting eleven community transport groups on Merseyside.",
            BODY,
        ),
        Paragraph("This toolkit supports:", H3),
        Paragraph("\u2013 New models of meeting priority needs", BODY),
        Paragraph("\u2013 Social partnership", BODY),
        Paragraph("1. Getting started", H2),
        Paragraph(
            "Start with the journeys people cannot make today. A survey of older residents in 2019 found that "
            "one in five had missed a medical appointment for lack of transport.",
            BODY,
        ),
        Paragraph("2. Examples from other councils", H2),
        Paragraph("The projects below are not part of this toolkit's work but are useful to visit.", BODY),
        Spacer(1, 6),
        ex,
        PageBreak(),
        Paragraph("3. Legal forms and permits", H2),
        Paragraph(
            "Most groups register as a community benefit society and operate under a section 19 or section 22 "
            "permit. Permit fees and driver requirements are summarised in Annex A (2021 rates).",
            BODY,
        ),
        Paragraph("Questions about this toolkit", H2),
        Paragraph("Email the Knowsley transport team: transport.toolkit@knowsley.gov.uk", BODY),
    ]
    doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=footer)


def two_column_case_study() -> None:
    """Wirral case study in two columns; 'At a glance' box and contact in the right-hand column."""
    path = str(OUT / "two-column-case-study-wirral.pdf")
    doc = BaseDocTemplate(
        path, pagesize=A4, title="Case study: Birkenhead repair co-operative", author="Wirral Council", invariant=1
    )
    w, h = A4
    gap = 0.8 * cm
    colw = (w - 4 * cm - gap) / 2
    left = Frame(2 * cm, 2 * cm, colw, h - 6 * cm, id="left")
    right = Frame(2 * cm + colw + gap, 2 * cm, colw, h - 6 * cm, id="right")

    def banner(canv, d):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1d4f91"))
        canv.rect(0, h - 3.2 * cm, w, 3.2 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 20)
        canv.drawString(2 * cm, h - 2 * cm, "Birkenhead repair co-operative")
        canv.setFont("Helvetica", 10)
        canv.drawString(2 * cm, h - 2.7 * cm, "Co-operative Councils' Innovation Network | Case study series 2023")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "councils.coop/case-studies")
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="two", frames=[left, right], onPage=banner)])
    glance = Table(
        [
            [Paragraph("<b>At a glance</b>", CELL)],
            [Paragraph("<b>Lead council:</b> Wirral Council", CELL)],
            [
                Paragraph(
                    "<b>Partners:</b> Liverpool City Council, Sefton Council and the Liverpool City Region "
                    "Combined Authority",
                    CELL,
                )
            ],
            [Paragraph("<b>Year:</b> 2021-22", CELL)],
            [Paragraph("<b>Type:</b> Case study", CELL)],
        ],
        colWidths=[colw - 0.2 * cm],
    )
    glance.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1d4f91")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3fa")),
            ]
        )
    )
    story = [
        Paragraph("The challenge", H3),
        Paragraph(
            "Birkenhead has more empty shop units than any town centre in the city region, and many residents "
            "throw away appliances they cannot afford to fix. Council surveys in 2019 found that most households "
            "would repair more if it were cheaper and nearer.",
            BODY,
        ),
        Paragraph("What happened", H3),
        Paragraph(
            "A repair co-operative owned by its six repairers and its 400 customer-members took a three-year "
            "lease on an empty unit in Grange Road at a peppercorn rent. The council's regeneration team paid for "
            "the fit-out, and a Liverpool college runs an apprenticeship from the workshop. Partners in Liverpool "
            "and Sefton are now testing the model in their own high streets.",
            BODY,
        ),
        Paragraph("Principles met", H3),
        Paragraph(STATEMENTS["Social partnership"], BODY),
        Paragraph(
            "We will promote community-based approaches to economic development that focus on supporting the "
            "creation of jobs, social enterprises and other businesses and providing an environment for "
            "co-operative and mutual enterprises to thrive.",
            BODY,
        ),
        FrameBreak(),
        glance,
        Spacer(1, 10),
        Paragraph("Results", H3),
        Paragraph(
            "2,100 items repaired in the first year; 3 tonnes kept out of landfill; 6 jobs and 2 apprenticeships.", BODY
        ),
        Paragraph("\u201cWe get a say in what the shop does,\u201d says member Jean Kavanagh, 71.", BODY),
        Paragraph("Find out more", H3),
        Paragraph(
            "To find out more, email Siobhan Kerrigan, Town Centres Manager, on siobhan.kerrigan@wirral.gov.uk.", BODY
        ),
    ]
    doc.build(story)


def header_table_every_page() -> None:
    """Lancaster evaluation report; the project details are in a table drawn in the page header of every page."""

    def header(canv, doc):
        canv.saveState()
        t = Table(
            [
                ["Lead", "Partners", "Year", "Status"],
                ["Lancaster City Council", "Lancashire County Council; Preston City Council", "2019", "Completed"],
            ],
            colWidths=[4.2 * cm, 7.4 * cm, 2 * cm, 3.4 * cm],
        )
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ]
            )
        )
        _tw, th = t.wrap(0, 0)
        t.drawOn(canv, 2 * cm, A4[1] - 1.2 * cm - th)
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "Evaluation report \u2013 version 2, revised April 2021")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}/3")
        canv.restoreState()

    doc = _doc(
        "header-table-lancaster",
        "Canal corridor community allotments evaluation",
        "Lancaster City Council",
        top=3.6 * cm,
    )
    story = [
        Paragraph("Canal corridor community allotments: evaluation", H1),
        Paragraph("1. Summary", H2),
        Paragraph(
            "Eleven derelict plots along the Lancaster Canal were brought back into use by residents' growing "
            "groups, each constituted as a small co-operative with its own tenancy. Plot-holders set the rules, "
            "collect the rents and decide how the surplus is spent.",
            BODY,
        ),
        Paragraph("2. Method", H2),
        Paragraph("We interviewed 48 plot-holders and compared waiting lists with the council's 2016 baseline.", BODY),
        PageBreak(),
        Paragraph("3. Findings", H2),
        Paragraph(
            "Waiting lists fell by two thirds. Nine of the eleven groups were still active at the end of the "
            "year; two merged. The county council's public health team has since funded a similar scheme in "
            "Morecambe (2022).",
            BODY,
        ),
        Paragraph("4. Principles met", H2),
        Paragraph("<b>Co-production</b> \u2013 " + STATEMENTS["Co-production"], BODY),
        Paragraph("<b>Democratic engagement</b> \u2013 " + STATEMENTS["Democratic engagement"], BODY),
        PageBreak(),
        Paragraph("5. Contact", H2),
        Paragraph("Report author: Imogen Whitlock, Parks and Open Spaces Officer", BODY),
        Paragraph("Email: imogen.whitlock@lancaster.gov.uk \u2003 Tel: 01524 582 019", BODY),
    ]
    doc.build(story, onFirstPage=header, onLaterPages=header)


def scanned_briefing_note() -> None:
    """A typed briefing note that looks scanned: grey page, Courier, slight skew, a received stamp."""

    def scan(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.Color(0.93, 0.92, 0.89))
        canv.rect(0, 0, A4[0], A4[1], fill=1, stroke=0)
        canv.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
        canv.line(1 * cm, 0, 1.1 * cm, A4[1])
        canv.translate(A4[0] - 6.5 * cm, A4[1] - 3.2 * cm)
        canv.rotate(8)
        canv.setStrokeColor(colors.Color(0.7, 0.1, 0.1))
        canv.setFillColor(colors.Color(0.7, 0.1, 0.1))
        canv.rect(0, 0, 4.6 * cm, 1.3 * cm, fill=0, stroke=1)
        canv.setFont("Helvetica-Bold", 9)
        canv.drawString(0.3 * cm, 0.75 * cm, "RECEIVED")
        canv.drawString(0.3 * cm, 0.3 * cm, "14 JUN 2017")
        canv.restoreState()
        canv.saveState()
        canv.setFont("Courier", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1 * cm, "SDC/CDU/BN/17-044     scanned 03/09/2019")
        canv.restoreState()

    doc = _doc("scanned-briefing-note-stroud", "SCAN0044", "Canon iR-ADV C5535")
    story = [
        Paragraph("STROUD DISTRICT COUNCIL", TYPEB),
        Paragraph("BRIEFING NOTE", TYPEB),
        Spacer(1, 10),
        Paragraph("To:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Cabinet Member for Communities", TYPE),
        Paragraph("From:&nbsp;&nbsp;&nbsp;Alan Pritchard, Co-operative Development Unit", TYPE),
        Paragraph("Date:&nbsp;&nbsp;&nbsp;12th June 2017", TYPE),
        Paragraph("Re:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Co-operative hubs in market towns - CCIN Policy Lab", TYPE),
        Paragraph("_" * 60, TYPE),
        Spacer(1, 8),
        Paragraph("1. PURPOSE", TYPEB),
        Paragraph(
            "1.1 To update the Cabinet Member on the Council's bid to the Co-operative Councils' "
            "Innovation Network for a Policy Lab on co-operative hubs.",
            TYPE,
        ),
        Paragraph("2. BACKGROUND", TYPEB),
        Paragraph(
            "2.1 The bid was successful. Stroud District Council will lead the Lab, working with "
            "Gloucestershire County Council and Cotswold District Council.",
            TYPE,
        ),
        Paragraph(
            "2.2 The Lab will run from September 2017 to August 2018. Each partner will open one hub "
            "in a market town library or community centre, run by a co-operative of local groups.",
            TYPE,
        ),
        Paragraph("2.3 This follows the Council's 2014 Co-operative Councils pledge.", TYPE),
        Paragraph("3. RESOURCES", TYPEB),
        Paragraph("3.1 The Network grant is GBP 10,000. The Council's contribution is officer time only.", TYPE),
        Paragraph("4. RECOMMENDATION", TYPEB),
        Paragraph("4.1 That the Cabinet Member notes the award.", TYPE),
        Spacer(1, 14),
        Paragraph("Officer contact: Alan Pritchard&nbsp;&nbsp;ext. 4471&nbsp;&nbsp;alan.pritchard@stroud.gov.uk", TYPE),
    ]
    doc.build(story, onFirstPage=scan, onLaterPages=scan)


def policy_lab_report_contact_last() -> None:
    """Sandwell Policy Lab final report; lead/partners on page 2 in a two-column partners table, contact on page 5."""

    def footer(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "Community-led debt advice | Policy Lab final report")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page} of 5")
        canv.restoreState()

    doc = _doc("policy-lab-report-sandwell", "Community-led debt advice - Policy Lab final report", "Sandwell Council")
    lead = Table(
        [["Lead Member", "Sandwell Council"], ["Lab year", "2022-23"], ["Type", "Policy Labs"]],
        colWidths=[4 * cm, 12.5 * cm],
    )
    lead.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")])
    )
    partners = Table(
        [
            ["Partner councils", "Other partners"],
            ["Dudley MBC", "Black Country Consortium"],
            ["City of Wolverhampton Council", "Citizens Advice Sandwell and Walsall"],
            ["West Midlands Combined Authority", ""],
        ],
        colWidths=[8.25 * cm, 8.25 * cm],
    )
    partners.setStyle(GRID)
    story = [
        Spacer(1, 5 * cm),
        Paragraph("Community-led debt advice", H1),
        Paragraph("Policy Lab final report", H2),
        Spacer(1, 2 * cm),
        Paragraph("Co-operative Councils' Innovation Network Policy Labs 2022-23", BODY),
        PageBreak(),
        Paragraph("The Lab", H2),
        lead,
        Spacer(1, 12),
        partners,
        Spacer(1, 12),
        Paragraph(
            "The Lab trained 60 residents as volunteer money mentors, based in faith groups, tenants' "
            "associations and sports clubs, and linked them to council and advice-agency caseworkers.",
            BODY,
        ),
        PageBreak(),
        Paragraph("What we found", H2),
        Paragraph(
            "Residents approached mentors on average five months earlier in their debt than they approached "
            "the council. The partners' 2018 debt review had predicted this but had no model to act on it.",
            BODY,
        ),
        Paragraph(
            "Other Labs in the 2022-23 cohort: Plymouth City Council (food), Kirklees Council (energy), "
            "Cardiff Council (youth).",
            SMALL,
        ),
        PageBreak(),
        Paragraph("Principles met", H2),
        Paragraph("<b>Co-production</b>", BODY),
        Paragraph(STATEMENTS["Co-production"], BODY),
        Paragraph("<b>Learning</b>", BODY),
        Paragraph(STATEMENTS["Learning"], BODY),
        Paragraph("<b>Innovation</b>", BODY),
        Paragraph(STATEMENTS["Innovation"], BODY),
        PageBreak(),
        Paragraph("Contact", H2),
        Paragraph(
            "Marek Nowicki<br/>Financial Inclusion Manager<br/>Sandwell Council<br/>marek_nowicki@sandwell.gov.uk", BODY
        ),
        Spacer(1, 10),
        Paragraph("Lab mailbox: moneymentors@sandwell.gov.uk", BODY),
        Spacer(1, 30),
        Paragraph(
            "\u00a9 Sandwell Council 2023. Registered office: Sandwell Council House, Freeth Street, Oldbury B69 3DE.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    toolkit_project_table()
    two_column_case_study()
    header_table_every_page()
    scanned_briefing_note()
    policy_lab_report_contact_last()
