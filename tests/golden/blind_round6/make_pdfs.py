"""Generate the round-6 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round6/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names and the canonical
principle statements are used on purpose. Deterministic: reportlab invariant mode fixes creation dates and
document IDs, so re-running gives byte-identical files.
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
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

OUT = Path(__file__).resolve().parent / "pdfs"
SS = getSampleStyleSheet()
BODY = SS["BodyText"]
PAGE = landscape(A4)
SLIDE_TITLE = ParagraphStyle("slide_title", parent=SS["Title"], fontSize=30, leading=36, alignment=0)
SLIDE_SUB = ParagraphStyle("slide_sub", parent=BODY, fontSize=18, leading=24)
BULLET = ParagraphStyle("bullet", parent=BODY, fontSize=16, leading=22, leftIndent=18, bulletIndent=0)
PANEL_H = ParagraphStyle("panel_h", parent=SS["Heading2"], textColor=colors.HexColor("#00594f"))
PANEL = ParagraphStyle("panel", parent=BODY, fontSize=10, leading=13.5)
TINY = ParagraphStyle("tiny", parent=BODY, fontSize=6.5, leading=8, textColor=colors.grey)

STATEMENTS = {
    "Innovation": "We will embrace innovation in how we work with local communities to drive positive change.",
    "Learning": "We will capture and \u2018expand\u2019 the experience and learning from individual projects and "
    "approaches in order to encourage broader application of co-operative principles within individual member "
    "Councils and across the Network.",
}


def _bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(t, BULLET, bulletText="\u2022") for t in items]


def slide_deck_derby() -> None:
    """A Lab final report exported from slides: cover dated March 2023; the Lab ran May 2021 - July 2022."""

    def chrome(canv, doc):
        w, h = PAGE
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1d3c6e"))
        canv.rect(0, h - 1.4 * cm, w, 1.4 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 10)
        canv.drawString(1.5 * cm, h - 0.9 * cm, "East Midlands Co-operative Care Lab")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 8)
        canv.drawString(1.5 * cm, 0.8 * cm, "\u00a9 Derby City Council 2023")
        canv.drawRightString(w - 1.5 * cm, 0.8 * cm, str(doc.page))
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "slide-deck-final-report-derby.pdf"),
        pagesize=PAGE,
        title="East Midlands Co-operative Care Lab - final report",
        author="Derby City Council",
        invariant=1,
    )
    frame = Frame(2 * cm, 1.6 * cm, PAGE[0] - 4 * cm, PAGE[1] - 3.6 * cm, id="slide")
    doc.addPageTemplates([PageTemplate(id="slide", frames=[frame], onPage=chrome)])
    story = [
        Spacer(1, 3 * cm),
        Paragraph("East Midlands Co-operative Care Lab", SLIDE_TITLE),
        Spacer(1, 0.6 * cm),
        Paragraph("Final report, March 2023", SLIDE_SUB),
        Paragraph("Presentation to the CCIN Policy Lab panel", SLIDE_SUB),
        PageBreak(),
        Paragraph("About the Lab", SLIDE_TITLE),
        *_bullets(
            [
                "Lab lead: Derby City Council",
                "Partners: Nottingham City Council; Leicester City Council",
                "Ran May 2021 \u2013 July 2022, with six co-design sessions",
                "Question: can unpaid carers co-own the respite services they rely on?",
            ]
        ),
        PageBreak(),
        Paragraph("Our principles", SLIDE_TITLE),
        *_bullets([STATEMENTS["Innovation"], STATEMENTS["Learning"]]),
        PageBreak(),
        Paragraph("What we found", SLIDE_TITLE),
        *_bullets(
            [
                "Only 9% of carers knew respite could be run as a co-op (2019 baseline survey: 4%)",
                "Two carers\u2019 co-operatives registered; 140 members between them",
                "Recommended roll-out across the three cities in 2023/24",
            ]
        ),
        PageBreak(),
        Paragraph("Questions?", SLIDE_TITLE),
        *_bullets(
            [
                "Marcus Ellery-Finch, Lab Manager, Derby City Council",
                "marcus.ellery-finch@derby.gov.uk",
                "0115 496 0271",
            ]
        ),
    ]
    doc.build(story)


def trifold_leaflet_telford() -> None:
    """A tri-fold leaflet: three panels per landscape page; completed in 2022 after a two-year pilot."""

    def folds(canv, doc):
        w, h = PAGE
        canv.saveState()
        canv.setStrokeColor(colors.lightgrey)
        canv.setDash(2, 3)
        canv.line(w / 3, 0.4 * cm, w / 3, 1 * cm)
        canv.line(2 * w / 3, 0.4 * cm, 2 * w / 3, 1 * cm)
        canv.line(w / 3, h - 1 * cm, w / 3, h - 0.4 * cm)
        canv.line(2 * w / 3, h - 1 * cm, 2 * w / 3, h - 0.4 * cm)
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "trifold-leaflet-completed-two-year-pilot-telford.pdf"),
        pagesize=PAGE,
        title="Co-operative lettings: what we learned",
        author="Telford and Wrekin Council",
        invariant=1,
    )
    pw = PAGE[0] / 3
    frames = [Frame(i * pw + 0.9 * cm, 1.2 * cm, pw - 1.8 * cm, PAGE[1] - 2.4 * cm, id=f"p{i}") for i in range(3)]
    doc.addPageTemplates([PageTemplate(id="leaflet", frames=frames, onPage=folds)])
    story = [
        # page 1: inside flap | back panel | front cover (as printed for folding)
        Paragraph("How it worked", PANEL_H),
        Paragraph(
            "Run by Telford and Wrekin Council in partnership with Herefordshire Council and Shropshire Council, "
            "the pilot let tenants of small private landlords form a lettings co-operative. The co-op vetted "
            "landlords, agreed a standard tenancy and shared a repairs fund.",
            PANEL,
        ),
        Paragraph(
            "In 2018, before the pilot, one in four private tenants in the three areas had moved at least twice "
            "in three years.",
            PANEL,
        ),
        FrameBreak(),
        Paragraph("Principles", PANEL_H),
        Paragraph("Social partnership<br/>Enterprise and social economy", PANEL),
        Spacer(1, 0.5 * cm),
        Paragraph("Find out more", PANEL_H),
        Paragraph(
            "Gemma Radley, Private Sector Housing Officer<br/>gemma.radley@telford.gov.uk<br/>"
            "www.telford.gov.uk/cooplettings",
            PANEL,
        ),
        Spacer(1, 2 * cm),
        Paragraph("Printed 04/2023 TWC/COOP/0423. Alternative formats available on request.", TINY),
        FrameBreak(),
        Spacer(1, 3 * cm),
        Paragraph("Co-operative lettings: what we learned", SS["Title"]),
        Paragraph("Completed in 2022 after a two-year pilot.", PANEL),
        NextPageTemplate("leaflet"),
        PageBreak(),
        # page 2: the three inside panels
        Paragraph("What tenants got", PANEL_H),
        Paragraph(
            "Members paid \u00a32 a month. In return they had a vetted landlord, a standard twelve-month "
            "tenancy and a say in how the repairs fund was spent.",
            PANEL,
        ),
        FrameBreak(),
        Paragraph("What landlords got", PANEL_H),
        Paragraph(
            "Fewer void weeks and a single point of contact. Forty-one landlords signed up; none left the "
            "scheme early.",
            PANEL,
        ),
        FrameBreak(),
        Paragraph("What happens next", PANEL_H),
        Paragraph(
            "The co-op is now independent and registered with the FCA. The three councils will keep referring "
            "tenants to it.",
            PANEL,
        ),
    ]
    doc.build(story)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    slide_deck_derby()
    trifold_leaflet_telford()


if __name__ == "__main__":
    main()
