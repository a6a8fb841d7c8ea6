"""Regenerate the sample site's toolkit PDFs (committed, a few KB each). Needs reportlab (a dev dependency).

.venv/bin/python scripts/make_sample_pdfs.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parents[1] / "src" / "harvester" / "sample_site" / "toolkits"
STYLES = getSampleStyleSheet()


def table(rows: list[list[str]]) -> Table:
    t = Table(rows, hAlign="LEFT")
    t.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)])
    )
    return t


def build(name: str, title: str, pages: list[list[object]]) -> None:
    doc = SimpleDocTemplate(str(OUT / name), pagesize=A4, title=title, author="Sample Network")
    story: list[object] = []
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.extend(page)
    doc.build(story)


def p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, STYLES[style])


def main() -> None:
    build(
        "digital-exclusion-workbook.pdf",
        "Digital exclusion mapping workbook",
        [
            [
                p("Digital exclusion mapping workbook", "Title"),
                p("Lead Member: Cheshire West and Chester Council"),
                p("Year: 2022"),
                p(
                    "This workbook helps a council build a data picture of who is offline in its area, where they "
                    "live and what holds them back. It was written by the Understanding the Digital Divide policy lab "
                    "so that any council can repeat the mapping with its own service data."
                ),
                Spacer(1, 12),
                p(
                    "Step one is to gather indicators that predict exclusion. The table below lists the indicators the "
                    "lab found most useful and where to find them."
                ),
            ],
            [
                p("Indicators of digital exclusion", "Heading2"),
                table(
                    [
                        ["Indicator", "Source", "Why it matters"],
                        ["Age over 75", "Census", "Least likely to use the internet"],
                        ["No home broadband", "Ofcom data", "Connection is the first barrier"],
                        ["Social housing tenancy", "Housing register", "Strongly linked to data poverty"],
                        ["Library computer bookings", "Library system", "Shows demand for free access"],
                    ]
                ),
                Spacer(1, 12),
                p(
                    "Step two is to talk to people at community venues to test what the numbers suggest, and step "
                    "three is to agree with community partners which interventions to trial: device lending, free "
                    "data and drop-in help."
                ),
            ],
        ],
    )
    build(
        "social-value-commissioning-toolkit.pdf",
        "Social value commissioning toolkit",
        [
            [
                p("Social value commissioning toolkit", "Title"),
                p("Lead council: Plymouth City Council. Years: 2019-2020."),
                p(
                    "Social value means the wider benefit to a place that a contract creates beyond the goods or "
                    "service bought: local jobs, apprenticeships, spending with small firms and social enterprises, "
                    "and lower carbon. This toolkit shows commissioners how to ask for it, score it and check it."
                ),
            ],
            [
                p("Themes, outcomes and measures", "Heading2"),
                table(
                    [
                        ["Theme", "Outcome", "Measure"],
                        ["Jobs", "More local people in work", "Local hires as a share of new staff"],
                        ["Skills", "Young people gain qualifications", "Apprenticeship weeks delivered"],
                        ["Local economy", "More spend stays local", "Spend with local SMEs and social enterprises"],
                        ["Environment", "Lower emissions", "Tonnes of CO2 saved"],
                    ]
                ),
                p(
                    "Weight social value at ten to twenty per cent of the quality score, and publish the results "
                    "each year so residents can see what their council's spending achieved."
                ),
            ],
        ],
    )


if __name__ == "__main__":
    main()
