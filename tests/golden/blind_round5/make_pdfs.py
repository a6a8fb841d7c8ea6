"""Generate the round-5 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round5/make_pdfs.py

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
H3 = SS["Heading3"]
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=colors.grey)

GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
FORM = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)

STATEMENTS = {
    "Co-production": "We will develop systems that enable citizens to be equal partners in designing and "
    "commissioning public services and in determining the use of public resources.",
    "Community leadership and a new role for councillors": "We will explore ways for councils to act as a "
    "platform for helping the community to contribute to local outcomes, and to re-think the role of councillors "
    "as community connectors, brokers and leaders.",
}


def _doc(name: str, title: str, author: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(OUT / f"{name}.pdf"),
        pagesize=A4,
        title=title,
        author=author,
        invariant=1,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )


def _cells(rows: list[list[str]], style=CELL) -> list[list[Paragraph]]:
    return [[Paragraph(c, style) for c in r] for r in rows]


def annual_report_network() -> None:
    """CCIN annual report 2022/23: the network's own report, with a table of several OTHER projects."""

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "CCIN Annual Report 2022/23  |  councils.coop")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        canv.restoreState()

    doc = _doc("annual-report-network-2022-23", "CCIN Annual Report 2022-23", "CCIN")
    labs = [
        ["Policy Lab", "Lead", "Partners", "Year"],
        [
            "Co-operative approaches to adult social care",
            "Cheshire West and Chester Council",
            "Sunderland City Council, Wigan Council",
            "2022",
        ],
        [
            "Community wealth in coastal towns",
            "Redcar and Cleveland Borough Council",
            "Hastings Borough Council, Middlesbrough Council",
            "2022-23",
        ],
        ["Digital inclusion anchor network", "Leeds City Council", "Calderdale Council, Bradford Council", "2022"],
        ["Co-operative childcare models", "Islington Council", "Camden Council, Hackney Council", "2022-2024"],
        ["Care co-ops in south Wales", "Cardiff Council", "Swansea Council, Newport City Council", "2023"],
    ]
    t = Table(_cells(labs), colWidths=[4.8 * cm, 4.2 * cm, 5.4 * cm, 2.2 * cm], repeatRows=1)
    t.setStyle(GRID)
    story = [
        Spacer(1, 5 * cm),
        Paragraph("Co-operative Councils\u2019 Innovation Network", H2),
        Paragraph("Annual Report 2022/23", H1),
        Spacer(1, 1 * cm),
        Paragraph("Covering April 2022 to March 2023. Published September 2023.", BODY),
        PageBreak(),
        Paragraph("Foreword from the Chair", H2),
        Paragraph(
            "This has been the Network\u2019s busiest year since it was founded in 2012. Thirty-four full "
            "member councils, twenty-two associates and forty-four affiliates took part in our work, and for the "
            "first time every Policy Lab bid we received was funded. \u2013 Cllr Margaret Oduya, Chair",
            BODY,
        ),
        Paragraph("Our year in numbers", H2),
        Paragraph(
            "6 Policy Labs funded; 5 Policy Prototypes; 11 webinars with 1,240 bookings; an Annual Conference "
            "in Rochdale attended by 210 councillors and officers (9 November 2023 is the date of next year\u2019s "
            "conference).",
            BODY,
        ),
        Paragraph("Policy Labs in 2022/23", H2),
        Paragraph(
            "Each Lab is led by one member council working with others. Their own pages on councils.coop give "
            "full details and contacts.",
            BODY,
        ),
        t,
        PageBreak(),
        Paragraph("Finance", H2),
        Paragraph(
            "Income from subscriptions was \u00a3142,000 (2021/22: \u00a3131,000). Oldham Council continues to "
            "act as the Network\u2019s accountable body.",
            BODY,
        ),
        Paragraph("Looking ahead to 2023/24", H2),
        Paragraph(
            "Round 6 of Policy Labs opens in January 2024. We will refresh our Statement of Values and "
            "Principles with members during 2024.",
            BODY,
        ),
        Paragraph("Contact", H2),
        Paragraph(
            "To discuss this report, contact Hannah Ellwood, Network Manager, at hannah.ellwood@councils.coop. "
            "General enquiries: info@councils.coop.",
            BODY,
        ),
    ]
    doc.build(story, onLaterPages=footer)


def compendium_page_preston() -> None:
    """One page cut from a case-study compendium: running header with the edition, a side box of facts."""

    def header(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#7a1f5c"))
        canv.rect(0, A4[1] - 1.6 * cm, A4[0], 1.6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(2 * cm, A4[1] - 1.05 * cm, "Co-operative Case Studies 2018/19")
        canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.05 * cm, "14")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7)
        canv.drawString(2 * cm, 1.2 * cm, "\u00a9 Co-operative Councils\u2019 Innovation Network 2019")
        canv.restoreState()

    doc = _doc("compendium-page-preston", "Co-operative Case Studies 2018/19", "CCIN")
    facts = Table(
        _cells(
            [
                ["<b>Council</b>", "Preston City Council"],
                [
                    "<b>Partners</b>",
                    "Lancashire County Council; University of Central Lancashire; Preston Community Food Co-operative",
                ],
                ["<b>When</b>", "2017\u20132019"],
                ["<b>Principles</b>", "Enterprise and social economy<br/>Maximising social value<br/>Learning"],
            ]
        ),
        colWidths=[3 * cm, 13 * cm],
    )
    facts.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#7a1f5c")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6eef3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Spacer(1, 0.6 * cm),
        Paragraph("Buying local: food for schools and care homes", H2),
        facts,
        Spacer(1, 8),
        Paragraph(
            "Preston\u2019s anchor institutions spent \u00a31.2m a year on food, but in 2016 less than a tenth of it "
            "went to suppliers in Lancashire. Between 2017 and 2019 the council, the county council and the "
            "university split their catering contracts into smaller lots that growers and a new food "
            "co-operative could bid for.",
            BODY,
        ),
        Paragraph(
            "The food co-operative now supplies 31 schools and 6 care homes with vegetables grown within twenty "
            "miles. Its members are growers, kitchen staff and parents. The university\u2019s researchers "
            "tracked how much of each pound stayed in the local economy.",
            BODY,
        ),
        Paragraph("What we learned", H3),
        Paragraph(
            "Smaller lots only work if the payment terms change too: the co-op asked for 14-day payment, which the "
            "council agreed in 2018. Other councils in this compendium (Oldham, page 12; Wirral, page 16) took "
            "different routes to the same goal.",
            BODY,
        ),
        Spacer(1, 10),
        Paragraph("For further information contact:", H3),
        Paragraph("Liam Fairclough, Community Wealth Building Officer, Preston City Council, tel. 01772 496 233", BODY),
    ]
    doc.build(story, onFirstPage=header, onLaterPages=header)


def scrutiny_report_rochdale() -> None:
    """Council scrutiny progress report with a header block, milestone and budget tables."""

    doc = _doc("scrutiny-report-tables-rochdale", "Co-operative Housing Policy Lab progress", "Rochdale BC")
    head = Table(
        _cells(
            [
                ["Report to:", "Communities, Regeneration and Environment Overview and Scrutiny Committee"],
                ["Date of meeting:", "25 June 2024"],
                ["Portfolio:", "Housing and Regeneration"],
                ["Report author:", "Bilal Chaudhry, Housing Strategy Officer, bilal.chaudhry@rochdale.gov.uk"],
                ["Public/private:", "Public"],
            ]
        ),
        colWidths=[3.6 * cm, 13.4 * cm],
    )
    head.setStyle(FORM)
    milestones = Table(
        _cells(
            [
                ["Milestone", "Planned", "Status"],
                ["Lab launch event (Rochdale)", "October 2023", "Done"],
                ["Tenant co-op study visits", "January 2024", "Done"],
                ["Model rules and lease drafted", "May 2024", "Done"],
                ["Final report to CCIN", "September 2024", "On track"],
            ]
        ),
        colWidths=[8 * cm, 4 * cm, 4 * cm],
    )
    milestones.setStyle(GRID)
    budget = Table(
        _cells(
            [
                ["Budget line", "2023/24", "2024/25", "Total"],
                ["CCIN Policy Lab grant", "\u00a312,000", "\u00a38,000", "\u00a320,000"],
                ["Partner contributions (in kind)", "\u00a34,500", "\u00a33,000", "\u00a37,500"],
            ]
        ),
        colWidths=[7 * cm, 3 * cm, 3 * cm, 3 * cm],
    )
    budget.setStyle(GRID)
    story = [
        Paragraph("ROCHDALE BOROUGH COUNCIL", H3),
        head,
        Spacer(1, 10),
        Paragraph("Co-operative Housing Policy Lab: progress report", H2),
        Paragraph("1. Purpose", H3),
        Paragraph(
            "1.1 Rochdale Borough Council leads the CCIN Co-operative Housing Policy Lab, working with Tameside "
            "Council, Calderdale Council and Salford City Council. This report updates members on progress.",
            BODY,
        ),
        Paragraph("1.2 Lab duration: October 2023 \u2013 September 2024.", BODY),
        Paragraph("2. Recommendation", H3),
        Paragraph("2.1 That the Committee notes the progress of the Lab.", BODY),
        Paragraph("3. Background", H3),
        Paragraph(
            "3.1 The borough has had tenant management organisations since 1998, and Rochdale Boroughwide Housing "
            "became a mutual in 2013. The Lab asks how smaller housing co-operatives could take on management of "
            "individual blocks.",
            BODY,
        ),
        PageBreak(),
        Paragraph("4. Progress against milestones", H3),
        milestones,
        Spacer(1, 10),
        Paragraph("5. Finance", H3),
        budget,
        Spacer(1, 10),
        Paragraph("6. Next steps", H3),
        Paragraph(
            "6.1 A final report will be brought to this Committee in November 2024. Background papers: CCIN bid "
            "form (2023).",
            BODY,
        ),
    ]
    doc.build(story)


def toolkit_plymouth() -> None:
    """Member-council toolkit with cost tables and a principle table; phone-only contact."""

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, "Plymouth City Council  \u2022  Community energy co-operatives toolkit")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page} of 3")
        canv.restoreState()

    doc = _doc("toolkit-tables-phone-plymouth", "Community energy co-operatives: a toolkit for councils", "PCC")
    costs = Table(
        _cells(
            [
                ["Scheme size", "Typical cost", "Payback", "Example"],
                ["50 kW school roof", "\u00a345,000", "9 years", "Plymouth, installed 2015"],
                ["250 kW car park canopy", "\u00a3210,000", "11 years", "Exeter, installed 2018"],
                ["1 MW ground-mounted", "\u00a3780,000", "12 years", "Devon, planned 2022/23"],
            ]
        ),
        colWidths=[4.2 * cm, 3.2 * cm, 2.6 * cm, 6 * cm],
    )
    costs.setStyle(GRID)
    principles = Table(
        _cells(
            [
                ["Network principle", "How this toolkit helps"],
                ["Enterprise and social economy", "Shows councils how to lease roofs and land to energy co-ops."],
                ["Social partnership", "Sets out shared roles for councils, co-ops and residents."],
                ["Innovation", "Describes new finance models such as council-backed share offers."],
            ]
        ),
        colWidths=[5.5 * cm, 10.5 * cm],
    )
    principles.setStyle(GRID)
    story = [
        Spacer(1, 4 * cm),
        Paragraph("Community energy co-operatives", H1),
        Paragraph("A toolkit for councils", H2),
        Spacer(1, 1 * cm),
        Paragraph("<b>Developed by</b> Plymouth City Council", BODY),
        Paragraph("<b>with</b> Exeter City Council and Devon County Council", BODY),
        Paragraph("November 2020", BODY),
        PageBreak(),
        Paragraph("1. Why councils should back energy co-operatives", H2),
        Paragraph(
            "Community-owned energy keeps income local: surplus from Plymouth\u2019s first co-operative schemes has "
            "funded fuel-poverty advice since 2014. This toolkit sets out the options for councils of any size.",
            BODY,
        ),
        Paragraph("2. What schemes cost", H2),
        costs,
        Spacer(1, 8),
        Paragraph("3. The principles behind this toolkit", H2),
        principles,
        PageBreak(),
        Paragraph("4. Getting started", H2),
        Paragraph(
            "Start with a list of council roofs with at least 20 years left on their life, and talk to your local "
            "energy co-operative before you go out to tender.",
            BODY,
        ),
        Paragraph("5. Contact", H2),
        Paragraph("Kerensa Polglase, Community Energy Officer, Plymouth City Council \u2013 01752 496 019", BODY),
        Paragraph("This toolkit was last reviewed in March 2023.", SMALL),
    ]
    doc.build(story, onLaterPages=footer)


def prototype_form_newport() -> None:
    """Bilingual Policy Prototype final report form with UK-format dates and statements copied into a cell."""

    doc = _doc("prototype-report-form-newport", "Policy Prototype final report form", "Newport City Council")
    form = Table(
        _cells(
            [
                ["Lead Member organisation", "Newport City Council"],
                ["Other members involved", "None \u2013 single-council prototype"],
                ["Project title", "Co-operative play streets in Pillgwenlly"],
                ["Start date", "01/09/2021"],
                ["End date", "31/08/2022"],
                ["Type", "Policy Prototype"],
                ["Grant awarded", "\u00a32,000 (Round 4, awarded March 2021)"],
                [
                    "Which of the Network\u2019s principles does the project meet? (please copy the statement)",
                    STATEMENTS["Co-production"]
                    + "<br/><br/>"
                    + STATEMENTS["Community leadership and a new role for councillors"],
                ],
            ]
        ),
        colWidths=[5.5 * cm, 11.5 * cm],
    )
    form.setStyle(FORM)
    done = Table(
        _cells(
            [
                ["Form completed by", "Carys Wynne-Jones, Community Development Officer"],
                ["Email", "carys.wynne-jones@newport.gov.uk"],
                ["Date", "14/10/2022"],
            ]
        ),
        colWidths=[5.5 * cm, 11.5 * cm],
    )
    done.setStyle(FORM)
    story = [
        Paragraph("Cyngor Dinas Casnewydd / Newport City Council", H3),
        Paragraph("Policy Prototype \u2013 final report form", H2),
        Paragraph("Co-operative Councils\u2019 Innovation Network \u2013 form version 2 (2020)", SMALL),
        Spacer(1, 8),
        form,
        Spacer(1, 10),
        Paragraph("What happened?", H3),
        Paragraph(
            "Residents of twelve streets in Pillgwenlly closed their road to traffic for three hours on a "
            "Sunday each month so that children could play. A residents\u2019 co-operative now holds the road "
            "closure order and trains its own volunteer stewards; the council\u2019s role is limited to signing "
            "off the order each year.",
            BODY,
        ),
        Paragraph("What would you do differently?", H3),
        Paragraph("Involve the bus company earlier: one street is on a diverted route.", BODY),
        Spacer(1, 10),
        done,
    ]
    doc.build(story)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    annual_report_network()
    compendium_page_preston()
    scrutiny_report_rochdale()
    toolkit_plymouth()
    prototype_form_newport()


if __name__ == "__main__":
    main()
