"""Generate the round-2 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round2/make_pdfs.py

All text is invented (people, projects, figures); real council names and the canonical principle names are
used on purpose. Deterministic: reportlab invariant mode fixes creation dates and document IDs.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak,
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
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, textColor=colors.grey)
BIG = ParagraphStyle("big", parent=BODY, fontSize=26, leading=32)
SLIDE = ParagraphStyle("slide", parent=BODY, fontSize=20, leading=28)

ALL_TEN = [
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


def _doc(name: str, title: str, author: str, pagesize=A4) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(OUT / f"{name}.pdf"),
        pagesize=pagesize,
        title=title,
        author=author,
        invariant=1,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )


def yes_no_matrix() -> None:
    """Leeds end-of-grant report; principles as a Yes/No matrix of all ten."""
    met = {"Co-production", "Democratic engagement", "Innovation"}

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "CCIN Fund end-of-grant report template v2 (2019)")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        canv.restoreState()

    doc = _doc("yes-no-principles-matrix-leeds", "End-of-grant report: Tenant-led retrofit", "Leeds City Council")
    meta = Table(
        [
            ["Project", "Tenant-led retrofit of back-to-back homes"],
            ["Lead council(s)", "Leeds City Council"],
            ["Partner councils", "Wakefield Council, Kirklees Council and Calderdale Council"],
            ["Timescale", "2021/22"],
            ["Type", "Fund project"],
            ["Report date", "September 2022"],
        ],
        colWidths=[4.5 * cm, 12 * cm],
    )
    meta.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
            ]
        )
    )
    rows = [["Principle", "Met by this project?"]] + [[p, "Yes" if p in met else "No"] for p in ALL_TEN]
    matrix = Table(rows, colWidths=[11 * cm, 5 * cm])
    matrix.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ]
        )
    )
    story = [
        Paragraph("End-of-grant report", H1),
        meta,
        Spacer(1, 12),
        Paragraph("1. What the grant paid for", H2),
        Paragraph(
            "Tenants in 120 back-to-back terraced homes chose, street by street, which energy-saving "
            "measures went into their homes and which local contractors did the work. A tenants' panel "
            "scored the contractor bids with officers and had an equal vote on the final choice. The three "
            "partner councils each ran one street on the same model.",
            BODY,
        ),
        Paragraph("2. Results", H2),
        Paragraph(
            "Average energy bills in the homes treated fell by 23 per cent over the first winter. The "
            "panel's scoring sheet is now used for all retrofit contracts in Leeds.",
            BODY,
        ),
        PageBreak(),
        Paragraph("3. How did the project meet the Network's principles?", H2),
        Paragraph("Please answer Yes or No for each of the ten principles.", BODY),
        Spacer(1, 6),
        matrix,
        Spacer(1, 14),
        Paragraph("4. Contact", H2),
        Paragraph("Joanne Firth, Housing Improvement Officer, Leeds City Council<br/>joanne.firth@leeds.gov.uk", BODY),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def slide_deck() -> None:
    """Landscape conference slides exported to PDF; one short slide per page."""
    size = landscape(A4)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 9)
        canv.drawString(2 * cm, 1 * cm, "#CCINConf2024  |  Co-operative Councils Innovation Network Annual Conference")
        canv.drawRightString(size[0] - 2 * cm, 1 * cm, f"{doc.page}")
        canv.restoreState()

    doc = _doc(
        "landscape-slides-newcastle",
        "Neighbourhood councillor hubs - conference slides",
        "Newcastle City Council",
        pagesize=size,
    )
    story = [
        Spacer(1, 3 * cm),
        Paragraph("Neighbourhood councillor hubs", BIG),
        Spacer(1, 12),
        Paragraph("CCIN Annual Conference, Newcastle, 14 November 2024", SLIDE),
        Paragraph("Workshop 3B", SLIDE),
        PageBreak(),
        Paragraph("At a glance", BIG),
        Spacer(1, 12),
        Paragraph("Lead: Newcastle City Council", SLIDE),
        Paragraph("With: North Tyneside Council, Gateshead Council", SLIDE),
        Paragraph("When: 2022 \u2013 2024", SLIDE),
        PageBreak(),
        Paragraph("What we did", BIG),
        Spacer(1, 12),
        Paragraph("- 12 ward hubs in libraries and community centres", SLIDE),
        Paragraph("- Councillors hold open surgeries and broker help from local groups", SLIDE),
        Paragraph("- 2,900 residents helped; 64 community groups linked up", SLIDE),
        PageBreak(),
        Paragraph("How is it co-operative?", BIG),
        Spacer(1, 12),
        Paragraph("- Community leadership and a new role for councillors", SLIDE),
        Paragraph("- Social partnership", SLIDE),
        PageBreak(),
        Paragraph("Questions?", BIG),
        Spacer(1, 12),
        Paragraph("Andrew Milburn \u2014 andrew.milburn@newcastle.gov.uk", SLIDE),
        Paragraph("Slides: councils.coop/conference-2024", SLIDE),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def press_release() -> None:
    """Council press release as a PDF; lead stated in prose; media contact."""
    doc = _doc("press-release-pdf-salford", "Press release", "Salford City Council Communications")
    story = [
        Paragraph("Salford City Council \u2013 Press release", SMALL),
        Paragraph("Issued: 3 May 2022", BODY),
        Paragraph("Co-operative childcare nurseries to open in three boroughs", H1),
        Paragraph(
            "Salford City Council is leading the project with Trafford Council and Wigan Council to open "
            "three parent-owned childcare co-operatives by next spring.",
            BODY,
        ),
        Spacer(1, 6),
        Paragraph(
            "Each nursery will be run as a co-operative owned by the families who use it and the staff "
            "who work there. The councils will provide buildings at a peppercorn rent for the first five "
            "years and help with the registration process.",
            BODY,
        ),
        Paragraph(
            "The idea grew out of a 2019 survey in which six in ten Salford parents said they could not "
            "find affordable childcare near home.",
            BODY,
        ),
        Paragraph(
            "\u201cParents know what their children need better than anyone,\u201d said the council's lead "
            "member for children's services.",
            BODY,
        ),
        Spacer(1, 10),
        Paragraph("<b>Notes to editors</b>", BODY),
        Paragraph(
            "1. Salford City Council has been a member of the Co-operative Councils' Innovation Network since 2013.",
            BODY,
        ),
        Paragraph("2. Photographs are available on request.", BODY),
        Spacer(1, 10),
        Paragraph("<b>Media enquiries</b>", BODY),
        Paragraph("Gemma Riley, Communications Officer, gemma.riley@salford.gov.uk, 0161 794 4711", BODY),
        Spacer(1, 20),
        Paragraph(
            "Salford City Council, Salford Civic Centre, Chorley Road, Swinton M27 5AW. \u00a9 Salford City "
            "Council 2022",
            SMALL,
        ),
    ]
    doc.build(story)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    yes_no_matrix()
    slide_deck()
    press_release()
