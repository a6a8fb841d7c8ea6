"""Generate the blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind/documents/make_pdfs.py

Every document is invented (fictional people, made-up projects written in our own words) but modelled
on the structure of real Co-operative Councils' Innovation Network case-study packs, Policy Lab reports,
toolkits and bid forms. Canonical principle statements and real council names are used deliberately.
Output is deterministic: reportlab's invariant mode fixes creation dates and document IDs.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
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
PAGE_W, PAGE_H = A4

# Canonical statements (copied from the network's Statement of Values and Principles).
STATEMENT = {
    "Social partnership": "We will strengthen the co-operative partnership between citizens, communities, "
    "enterprises and Councils, based on a shared sense of responsibility for wellbeing and mutual benefit.",
    "Democratic engagement": "We will support the active engagement of the full range of residents in "
    "decision making and priority setting.",
    "Co-production": "We will develop systems that enable citizens to be equal partners in designing and "
    "commissioning public services and in determining the use of public resources.",
    "Enterprise and social economy": "We will promote community-based approaches to economic development "
    "that focus on supporting the creation of jobs, social enterprises and other businesses and providing "
    "an environment for co-operative and mutual enterprises to thrive.",
    "Maximising social value": "We will support the development of a framework and criteria for social "
    "value, giving substance to the concept and supporting Councils with the tools to ensure better local "
    "social and economic outcomes.",
    "Community leadership and a new role for councillors": "We will explore ways for councils to act as a "
    "platform for helping the community to contribute to local outcomes, and to re-think the role of "
    "councillors as community connectors, brokers and leaders.",
    "New models of meeting priority needs": "In exploring new ways of meeting the priority needs of our "
    "communities we will encourage models, such as co-operatives and mutuals, which give greater "
    "influence and voice to staff and users.",
    "Innovation": "We will embrace innovation in how we work with local communities to drive positive change.",
    "Learning": "We will capture and \u2018expand\u2019 the experience and learning from individual projects and "
    "approaches in order to encourage broader application of co-operative principles within individual "
    "member Councils and across the Network.",
    "Walking the talk": "As a membership organisation, we will make this statement of our principles "
    "operational by: co-operation among members, openness of membership, co-production of the Network's "
    "work, action-focused, membership-based, non-party-political.",
}

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["BodyText"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12.5, spaceAfter=0)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle(
    "h1", parent=_ss["Title"], fontName="Helvetica-Bold", fontSize=22, leading=27, alignment=0, spaceAfter=10
)
H1C = ParagraphStyle("h1c", parent=H1, alignment=TA_CENTER, fontSize=26, leading=32)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=13, leading=17, textColor=colors.HexColor("#444444"), spaceAfter=10)
SUBC = ParagraphStyle("subc", parent=SUB, alignment=TA_CENTER)
H2 = ParagraphStyle(
    "h2",
    parent=_ss["Heading2"],
    fontName="Helvetica-Bold",
    fontSize=14,
    leading=18,
    spaceBefore=8,
    spaceAfter=6,
    textColor=colors.HexColor("#1d4f91"),
)
H3 = ParagraphStyle(
    "h3", parent=_ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3
)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4)

RULED = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef7")),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
)
HEADER_ROW = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d4f91")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
)
WHITE_B = ParagraphStyle("whiteb", parent=CELL_B, textColor=colors.white)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str], style: ParagraphStyle = BULLET) -> list[Paragraph]:
    return [Paragraph(item, style, bulletText="\u2022") for item in items]


def kv_table(rows: list[tuple[str, str]], widths: tuple[float, float] = (4.2 * cm, 12.3 * cm)) -> Table:
    data = [[p(k, CELL_B), p(v, CELL)] for k, v in rows]
    table = Table(data, colWidths=list(widths))
    table.setStyle(RULED)
    return table


def numbered_canvas(draw):
    """A canvas that knows the page count, so footers can say "Page 3 of 8"."""

    class _Canvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return _Canvas


def header_footer(header: str | None, footer_left: str, footer_right_fmt: str = "Page {n} of {total}"):
    def draw(c: rl_canvas.Canvas, n: int, total: int) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        if header:
            c.drawString(2 * cm, PAGE_H - 1.2 * cm, header)
            c.setStrokeColor(colors.HexColor("#bbbbbb"))
            c.line(2 * cm, PAGE_H - 1.35 * cm, PAGE_W - 2 * cm, PAGE_H - 1.35 * cm)
        c.drawString(2 * cm, 1.1 * cm, footer_left)
        c.drawRightString(PAGE_W - 2 * cm, 1.1 * cm, footer_right_fmt.format(n=n, total=total))
        c.restoreState()

    return draw


def simple_doc(name: str, *, title: str, author: str | None = None, subject: str | None = None) -> SimpleDocTemplate:
    kwargs = dict(
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title=title,
        invariant=1,
        creator="Adobe InDesign 18.2 (Windows)",
        producer="Adobe PDF Library 17.0",
    )
    if author is not None:
        kwargs["author"] = author
    if subject is not None:
        kwargs["subject"] = subject
    return SimpleDocTemplate(str(OUT / f"{name}.pdf"), **kwargs)


# ---------------------------------------------------------------------------------------------------
# 1. Case-study pack: ruled key-value table on page 1, statements-only principles, contact at the end.
# ---------------------------------------------------------------------------------------------------
def pack_2023_kv_table() -> None:
    name = "pack-2023-kv-table"
    doc = simple_doc(name, title="Community Wealth Building in Practice - Case Study Pack")
    s: list = []
    s.append(p("Community Wealth Building in Practice", H1))
    s.append(p("Case study pack from a Co-operative Councils' Innovation Network Policy Lab", SUB))
    s.append(
        kv_table(
            [
                ("Lead Member", "Preston City Council"),
                (
                    "Participating Members",
                    "Preston City Council, Salford City Council, Wirral Council, North Ayrshire Council, "
                    "Kingston upon Hull City Council, Torbay Council, Co-operatives UK",
                ),
                ("Year", "2023"),
                ("Type", "Policy Labs"),
            ]
        )
    )
    s.append(Spacer(1, 14))
    s.append(p("Introduction", H2))
    s.append(
        p(
            "Community wealth building asks a simple question: when a council, a hospital or a college spends "
            "money, how much of it stays in the local economy and reaches the people who need it most? The "
            "councils taking part in this Policy Lab have each been working on an answer for some years, and "
            "they came together to compare notes, test each other's tools and write down what works."
        )
    )
    s.append(
        p(
            "This pack collects one short case study from each partner. Each is written by the officers who "
            "did the work, and each ends with the practical lesson they would pass on to another council "
            "starting out. The case studies are deliberately short; longer material, including template "
            "documents, is listed at the back of the pack."
        )
    )
    s.append(PageBreak())

    s.append(p("Principles met", H2))
    s.append(p("The partner councils agreed that the Policy Lab's work reflects the following commitments:"))
    for key in ("Enterprise and social economy", "Maximising social value", "Social partnership", "Learning"):
        s.append(Paragraph(STATEMENT[key], BULLET, bulletText="\u2022"))
    s.append(Spacer(1, 8))
    s.append(p("How the Lab worked", H2))
    s.append(
        p(
            "Officers met every six weeks, rotating the host council so that each meeting could include a "
            "site visit. Between meetings, small working groups tackled procurement, land and property, "
            "and employment. Co-operatives UK advised on business support for new worker and community "
            "co-operatives, and helped the group agree a common way of counting new co-operative start-ups."
        )
    )
    s.append(
        p(
            "The Lab did not try to produce a single model. The places involved are too different for that: "
            "a Scottish council area with a large rural hinterland, a coastal borough whose economy depends "
            "on tourism, two large cities and two urban boroughs. Instead it looked for the handful of "
            "practices that travelled well between them."
        )
    )
    s.append(PageBreak())

    s.append(p("Case study: Salford", H2))
    s.append(
        p(
            "Salford City Council has published an annual spend analysis since 2019, showing how much of its "
            "contract spend goes to suppliers based in the city. For this Lab the team extended the analysis "
            "to two anchor institutions, a university and an NHS trust, using the same supplier-matching "
            "method. Together the three organisations now share a single pipeline of upcoming contracts so "
            "that local firms and social enterprises can prepare to bid."
        )
    )
    s.append(p("<b>Lesson:</b> agree one data definition of 'local' before anything else.", BODY))
    s.append(p("Case study: Wirral", H2))
    s.append(
        p(
            "Wirral Council focused on community businesses on its high streets. Working with local "
            "development trusts, the council offered long leases on empty shop units to community-owned "
            "enterprises, with rent stepped up over five years. Six units were re-opened, including a "
            "refill shop, a repair caf\u00e9 and a community-owned pub."
        )
    )
    s.append(p("<b>Lesson:</b> lease terms matter more than grants for new community businesses.", BODY))
    s.append(PageBreak())

    s.append(p("Case study: North Ayrshire", H2))
    s.append(
        p(
            "North Ayrshire Council adopted its community wealth building strategy in 2020, the first Scottish "
            "council to do so. Its contribution to the Lab was a land and assets review: every council-owned "
            "site was scored for its potential community use, and the results were shared openly with "
            "community groups interested in asset transfer."
        )
    )
    s.append(p("Case study: Hull", H2))
    s.append(
        p(
            "Hull's team examined how the council's social value commitments in large construction contracts "
            "were being met in practice. They found that apprenticeship promises were often fulfilled, but "
            "that commitments to buy from local social enterprises were rarely monitored. A simple quarterly "
            "return is now required from main contractors."
        )
    )
    s.append(p("Case study: Torbay", H2))
    s.append(
        p(
            "Torbay Council joined the Lab to learn from the larger councils. Its case study describes a "
            "first attempt to map the bay's co-operatives and employee-owned firms, which found more than "
            "it expected, particularly in care and in hospitality."
        )
    )
    s.append(PageBreak())

    s.append(p("Case study: Preston", H2))
    s.append(
        p(
            "Preston's approach is the best known of the group, and the Lab was an opportunity to revisit it. "
            "The team reviewed a decade of procurement data and worked with the other partners on a short "
            "self-assessment that any council can use to see where it stands."
        )
    )
    s.append(p("Further resources", H2))
    s.extend(
        bullets(
            [
                "Self-assessment workbook (spreadsheet)",
                "Template clauses for community leases",
                "Supplier-matching method note",
            ]
        )
    )
    s.append(Spacer(1, 16))
    s.append(p("For further information contact", H2))
    s.append(
        p("Aisha Patel<br/>Community Wealth Building Manager<br/>Preston City Council<br/>aisha.patel@preston.gov.uk")
    )

    draw = header_footer(
        "Community Wealth Building in Practice", "\u00a9 2025 Co-operative Councils Innovation Network"
    )
    doc.build(s, canvasmaker=numbered_canvas(draw))


# ---------------------------------------------------------------------------------------------------
# 2. Policy Lab report: details in a table whose labels sit in the header row; principles name+statement table.
# ---------------------------------------------------------------------------------------------------
def report_header_row_table() -> None:
    name = "report-header-row-table"
    doc = simple_doc(name, title="Food Justice Policy Lab: Final Report")
    s: list = []
    s.append(p("Food Justice Policy Lab", H1))
    s.append(p("Final report", SUB))
    header = [p(h, WHITE_B) for h in ("Lead council", "Partner councils", "Year", "Type")]
    row = [
        p("Oldham Metropolitan Borough Council", CELL),
        p("Rochdale Council, Tameside MBC, Bury Council, Greater Manchester Combined Authority (GMCA)", CELL),
        p("2022", CELL),
        p("Policy Labs", CELL),
    ]
    t = Table([header, row], colWidths=[4.0 * cm, 7.0 * cm, 1.8 * cm, 3.8 * cm])
    t.setStyle(HEADER_ROW)
    s.append(t)
    s.append(Spacer(1, 14))
    s.append(p("Summary", H2))
    s.append(
        p(
            "Food banks were never meant to be permanent. This Lab brought together four Greater Manchester "
            "boroughs and the combined authority to ask how emergency food provision could move towards "
            "community-run alternatives that offer dignity and choice: social supermarkets, pantries and "
            "community food co-operatives owned by their members."
        )
    )
    s.append(
        p(
            "Over nine months the partners ran listening sessions with people using food banks, mapped "
            "surplus food supply across the city region and supported six pantry projects to move onto a "
            "membership model. The report sets out what they learned and what they would do differently."
        )
    )
    s.append(PageBreak())

    s.append(p("The principles behind the Lab", H2))
    rows = [[p("Principle", WHITE_B), p("What it means", WHITE_B)]]
    for key in ("Co-production", "Social partnership", "New models of meeting priority needs", "Democratic engagement"):
        rows.append([p(key, CELL_B), p(STATEMENT[key], CELL)])
    t2 = Table(rows, colWidths=[5.0 * cm, 11.6 * cm])
    t2.setStyle(HEADER_ROW)
    s.append(t2)
    s.append(Spacer(1, 10))
    s.append(
        p(
            "Members of the pantries took part in every stage of the Lab, from choosing the questions for "
            "the listening sessions to deciding how the small development grants were shared out."
        )
    )
    s.append(PageBreak())

    s.append(p("What we found", H2))
    s.extend(
        bullets(
            [
                "People valued choosing their own food far more than the quantity they received.",
                "A small weekly membership fee was accepted by almost everyone when its purpose was explained.",
                "Surplus supply was uneven: two boroughs had more than they could use, two had too little.",
                "Volunteers were the main constraint, not food or premises.",
            ]
        )
    )
    s.append(p("Recommendations", H2))
    s.extend(
        bullets(
            [
                "Councils should fund a shared surplus-food logistics post across borough boundaries.",
                "Pantries should be offered help to register as co-operatives once they reach 150 members.",
                "Listening sessions should be repeated annually and the results published.",
            ]
        )
    )
    s.append(PageBreak())

    s.append(p("Contact", H2))
    s.append(p("For further information about the Lab, please contact:"))
    s.append(p("Tom Whitworth<br/>Policy Officer, Communities<br/>Oldham Council<br/>tom.whitworth@oldham.gov.uk"))
    draw = header_footer(
        "Food Justice Policy Lab \u2013 Final report", "\u00a9 2025 Co-operative Councils Innovation Network"
    )
    doc.build(s, canvasmaker=numbered_canvas(draw))


# ---------------------------------------------------------------------------------------------------
# 3. Toolkit in a two-column layout; details only in running prose; paraphrased commitments;
#    stale PDF metadata from a template (deliberately misleading).
# ---------------------------------------------------------------------------------------------------
def toolkit_two_column() -> None:
    name = "toolkit-two-column"
    path = str(OUT / f"{name}.pdf")
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        title="CCIN_Toolkit_Template_2019",
        author="Oldham Council",
        invariant=1,
        creator="Microsoft Word",
        producer="Microsoft: Print To PDF",
    )
    margin = 2 * cm
    gap = 0.8 * cm
    col_w = (PAGE_W - 2 * margin - gap) / 2
    col_h = PAGE_H - 2 * margin - 1 * cm
    cover = Frame(margin, margin, PAGE_W - 2 * margin, PAGE_H - 2 * margin, id="cover")
    left = Frame(margin, margin, col_w, col_h, id="left")
    right = Frame(margin + col_w + gap, margin, col_w, col_h, id="right")

    def footer(c: rl_canvas.Canvas, d) -> None:
        if d.page == 1:
            return
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(margin, 1.1 * cm, "Community-Led Housing Toolkit  |  2024 edition")
        c.drawRightString(PAGE_W - margin, 1.1 * cm, str(d.page))
        c.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate(id="Cover", frames=[cover], onPage=footer),
            PageTemplate(id="TwoCol", frames=[left, right], onPage=footer),
        ]
    )
    col_body = ParagraphStyle("colbody", parent=BODY, fontSize=9.5, leading=13)
    col_bullet = ParagraphStyle("colbullet", parent=col_body, leftIndent=12, bulletIndent=2)
    s: list = []
    s.append(Spacer(1, 6 * cm))
    s.append(p("Community-Led Housing", H1C))
    s.append(p("A toolkit for councils in Wales", SUBC))
    s.append(Spacer(1, 1 * cm))
    s.append(p("2024 edition", SUBC))
    s.append(NextPageTemplate("TwoCol"))
    s.append(PageBreak())

    def cp(text: str) -> Paragraph:
        return Paragraph(text, col_body)

    s.append(p("About this toolkit", H2))
    s.append(
        cp(
            "This toolkit is the product of a collaboration led by Cardiff Council, working alongside the "
            "City and County of Swansea, Newport City Council and the Vale of Glamorgan Council. The "
            "partnership ran over 2021-23 and was supported by the Co-operative Councils' Innovation Network, "
            "with advice from community-led housing groups in each area."
        )
    )
    s.append(
        cp(
            "It is written for council officers and elected members who want to help residents build or "
            "take over homes that the community owns and controls: housing co-operatives, community land "
            "trusts, cohousing groups and self-help schemes. It does not assume any previous experience of "
            "community-led housing."
        )
    )
    s.append(p("Why community-led housing?", H3))
    for text in (
        "Homes that are owned and run by their residents tend to be well looked after, stay affordable "
        "over the long term and keep tenants in their neighbourhood as their needs change. Schemes are "
        "usually small, which makes them a good fit for awkward sites that volume builders ignore.",
        "For councils, the attraction is not only the homes. Community-led schemes build skills and "
        "confidence among the residents who take part, and many go on to run other local services.",
        "The barrier is almost always the same: groups of volunteers find it very hard to secure land, "
        "finance and planning consent at the same time. Councils hold many of the keys to all three.",
    ):
        s.append(cp(text))
    s.append(p("Step 1: Know your land", H3))
    for text in (
        "Start with a list of every small site the council owns that has no firm plan for development. "
        "Include garage blocks, former depots and the corners of larger estates. Share the list openly: "
        "groups cannot ask for land they do not know about.",
        "Agree in advance how the council will value land offered to community-led schemes. A discount "
        "against open-market value can be justified where the scheme delivers homes that stay affordable "
        "for good, but the reasoning needs to be written down and approved.",
    ):
        s.append(cp(text))
    s.append(p("Step 2: Find the people", H3))
    for text in (
        "Most successful schemes begin with a small group that already trusts each other: a tenants' "
        "association, a faith group, a group of older residents planning for later life. Enabling "
        "officers should spend time with these groups before there is any talk of a site.",
        "Link new groups with an established community-led housing hub. In Wales the hubs can provide "
        "technical advice, help with governance documents and introductions to lenders.",
    ):
        s.append(cp(text))
    s.append(p("Step 3: Money", H3))
    for text in (
        "Community-led schemes typically combine a small amount of grant, a loan from a social lender and "
        "money raised from the community through a share offer. Councils can help by offering revenue "
        "support for the early feasibility stage, when no lender will take a risk.",
        "Some partners also agreed to lend directly to schemes at a commercial rate, which reassures "
        "other lenders and recovers the council's money over time.",
    ):
        s.append(cp(text))
    s.append(p("Step 4: Planning and building", H3))
    for text in (
        "Give each scheme a named planning contact. Pre-application advice should be free for genuinely "
        "community-led groups. Where a scheme includes self-build, agree a realistic programme that "
        "allows for volunteers' other commitments.",
        "Building control teams found it helpful to visit a completed scheme together with the group, so "
        "that expectations about standards were shared from the start.",
    ):
        s.append(cp(text))
    s.append(p("Our commitments", H3))
    s.append(cp("In producing this toolkit the partner councils committed themselves to the following:"))
    for text in (
        "Tenants and future residents are treated as equal partners: they help design the homes and the "
        "services around them, and they have a real share in deciding how the public land and money "
        "involved are used.",
        "Ward members become go-betweens who link housing groups with landowners and council departments, "
        "and the council's job is to provide the platform through which residents shape what happens in "
        "their own area.",
        "Where housing need is most pressing, we favour co-operative and mutual ways of running homes, "
        "because they hand residents and staff a stronger say in how things are done.",
    ):
        s.append(Paragraph(text, col_bullet, bulletText="\u2022"))
    s.append(p("Checklist for councils", H3))
    for text in (
        "Publish a list of small sites and how to express interest.",
        "Name an enabling officer and a planning contact.",
        "Agree a written policy on land disposal at less than best value.",
        "Fund feasibility work for at least two new groups each year.",
        "Report progress to members every six months.",
    ):
        s.append(Paragraph(text, col_bullet, bulletText="-"))
    s.append(p("Further help", H3))
    s.append(
        cp(
            "The partner councils' enabling officers have agreed to take calls from other councils thinking "
            "about community-led housing. Ask the Network office for an introduction."
        )
    )
    doc.build(s)


# ---------------------------------------------------------------------------------------------------
# 4. Cover page with title and "Published March 2023"; project details two pages later; statements only.
# ---------------------------------------------------------------------------------------------------
def cover_published_march_2023() -> None:
    name = "cover-published-march-2023"
    doc = simple_doc(name, title="Co-operative Neighbourhoods: Learning from the First Year")
    s: list = []
    s.append(Spacer(1, 7 * cm))
    s.append(p("Co-operative Neighbourhoods", H1C))
    s.append(p("Learning from the first year", SUBC))
    s.append(Spacer(1, 0.6 * cm))
    s.append(p("Interim report", SUBC))
    s.append(Spacer(1, 5 * cm))
    s.append(p("Published March 2023", SUBC))
    s.append(PageBreak())

    s.append(p("Foreword", H2))
    s.append(
        p(
            "When councils talk about working with communities, too often they mean consulting them on "
            "decisions that have already been made. The councils behind this report have tried something "
            "harder: handing neighbourhoods real influence over the services and spaces on their doorstep."
        )
    )
    s.append(
        p(
            "A year in, the results are promising and honest about what has not worked. I hope other members "
            "of the Network will read it, borrow from it and tell us where we have gone wrong."
        )
    )
    s.append(
        p(
            "<i>Councillor Joanne Mercer<br/>Vice-Chair of the Co-operative Councils' Innovation Network and "
            "Cabinet Member for Communities, Telford &amp; Wrekin Council</i>"
        )
    )
    s.append(PageBreak())

    s.append(p("Project details", H2))
    s.append(p("<b>Led by:</b> Stevenage Borough Council"))
    s.append(
        p(
            "<b>Councils involved:</b> Stevenage Borough Council, North Hertfordshire District Council, "
            "Harlow Council, Milton Keynes Council"
        )
    )
    s.append(p("<b>Dates:</b> 2022 to 2024"))
    s.append(p("<b>Type:</b> Policy Labs"))
    s.append(Spacer(1, 8))
    s.append(p("This project meets the following principles", H3))
    for key in (
        "Democratic engagement",
        "Co-production",
        "Community leadership and a new role for councillors",
        "Innovation",
    ):
        s.append(Paragraph(STATEMENT[key], BULLET, bulletText="\u2022"))
    s.append(PageBreak())

    s.append(p("What we set out to do", H2))
    s.append(
        p(
            "Each council chose two neighbourhoods of around 5,000 residents. In each one, a neighbourhood "
            "team brought together a housing officer, a community development worker and the local ward "
            "councillors, with a small budget that residents would decide how to spend."
        )
    )
    s.append(p("What happened in the first year", H2))
    s.extend(
        bullets(
            [
                "Eight neighbourhood forums were set up; five now meet monthly without officer support.",
                "Residents allocated just over \u00a3120,000 across 61 local projects.",
                "Reports of fly-tipping fell in six of the eight areas.",
                "Two forums struggled to attract younger residents and are trying evening online sessions.",
            ]
        )
    )
    s.append(p("Next steps", H2))
    s.append(
        p(
            "The second year will test whether neighbourhood teams can take on a share of the council's "
            "grounds maintenance budget, and whether forums can commission small services directly. A final "
            "report will follow when the work concludes."
        )
    )
    s.append(PageBreak())
    s.append(p("For further information contact", H2))
    s.append(
        p(
            "Rebecca Lloyd<br/>Neighbourhoods Programme Lead<br/>Stevenage Borough Council<br/>"
            "rebecca.lloyd@stevenage.gov.uk"
        )
    )

    def footer(c: rl_canvas.Canvas, d) -> None:
        if d.page == 1:
            return
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawCentredString(PAGE_W / 2, 1.1 * cm, str(d.page))
        c.restoreState()

    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------------
# 5. Seven-page report: metadata on page 1, principles on page 4, contact on page 7, honest PDF metadata.
# ---------------------------------------------------------------------------------------------------
def multipage_warm_spaces() -> None:
    name = "multipage-warm-spaces"
    doc = simple_doc(
        name,
        title="Warm Spaces and Community Hubs: Policy Lab Report",
        author="Sunderland City Council",
        subject="Co-operative Councils' Innovation Network Policy Lab 2024",
    )
    s: list = []
    s.append(p("Warm Spaces and Community Hubs", H1))
    s.append(p("Policy Lab report", SUB))
    s.append(p("<b>Lead Member:</b> Sunderland City Council"))
    s.append(
        p(
            "<b>Participating Members:</b> Sunderland City Council, South Tyneside Council, Gateshead Council, "
            "Newcastle upon Tyne City Council, Durham County Council, North Tyneside Council"
        )
    )
    s.append(p("<b>Year:</b> 2024"))
    s.append(p("<b>Type:</b> Policy Labs"))
    s.append(Spacer(1, 10))
    s.append(p("Summary", H2))
    s.append(
        p(
            "Warm spaces opened in libraries, churches and community centres across the North East during the "
            "energy crisis. This Lab asked what should happen to them next: whether the networks of "
            "volunteers and venues could become lasting community hubs, and what councils need to do to "
            "support that without taking them over."
        )
    )
    s.append(PageBreak())

    s.append(p("Background", H2))
    s.append(
        p(
            "In the winter of 2022/23 the six councils between them supported more than 300 warm spaces. Many "
            "were run entirely by volunteers. Visitor surveys found that people came for the warmth but "
            "returned for the company, and that a large share of regular visitors lived alone."
        )
    )
    s.append(
        p(
            "The 2021 Census shows that the region has some of the highest proportions of older people living "
            "alone in England, and fuel poverty rates well above the national average. Both facts shaped the "
            "Lab's focus on social connection rather than heating alone."
        )
    )
    s.append(PageBreak())

    s.append(p("What the Lab did", H2))
    s.extend(
        bullets(
            [
                "Ran a regional survey of warm-space organisers, with 212 responses.",
                "Held four workshops at which organisers and visitors set the Lab's priorities.",
                "Tested a small-grants scheme, managed by a panel of hub volunteers, in two council areas.",
                "Produced a shared safeguarding and food-hygiene pack for volunteer-run venues.",
            ]
        )
    )
    s.append(
        p(
            "Ward councillors in each area acted as a link between hubs and council services, attending "
            "sessions in person and bringing issues back to officers."
        )
    )
    s.append(PageBreak())

    s.append(p("Principles met", H2))
    for key in ("Social partnership", "Community leadership and a new role for councillors", "Innovation", "Learning"):
        s.append(p(key, H3))
        s.append(p(STATEMENT[key]))
    s.append(PageBreak())

    s.append(p("Findings", H2))
    s.extend(
        bullets(
            [
                "Most hubs want light-touch support: insurance, training and small grants, not management.",
                "Hubs run from faith buildings reached people that council venues did not.",
                "The volunteer-led grants panel made decisions faster than the councils' own process.",
                "Summer opening was patchy; hubs that offered food all year kept their visitors.",
            ]
        )
    )
    s.append(PageBreak())

    s.append(p("Recommendations", H2))
    s.extend(
        bullets(
            [
                "Keep a regional register of community hubs and update it twice a year.",
                "Offer a shared insurance scheme for volunteer-run venues.",
                "Hand small-grant decisions to panels of hub volunteers wherever possible.",
            ]
        )
    )
    s.append(p("Appendix: related Network projects", H2))
    s.append(p("Other members have worked on related themes. These projects are listed for reference only.", SMALL))
    rel = Table(
        [
            [p("Project", CELL_B), p("Lead Member", CELL_B), p("Year", CELL_B)],
            [
                p("Understanding the Digital Divide", CELL),
                p("Cheshire West and Chester Council", CELL),
                p("2022", CELL),
            ],
            [p("Co-operative Approaches to Sustainable Food", CELL), p("Oldham Council", CELL), p("2019", CELL)],
            [p("Tackling Loneliness Together", CELL), p("Kirklees Council", CELL), p("2021", CELL)],
        ],
        colWidths=[7.5 * cm, 6.5 * cm, 2.0 * cm],
    )
    rel.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(rel)
    s.append(PageBreak())

    s.append(p("For further information contact", H2))
    s.append(
        p(
            "Daniel Hughes<br/>Community Resilience Officer<br/>Sunderland City Council<br/>"
            "daniel.hughes@sunderland.gov.uk"
        )
    )
    draw = header_footer("Warm Spaces and Community Hubs", "\u00a9 2025 Co-operative Councils Innovation Network")
    doc.build(s, canvasmaker=numbered_canvas(draw))


# ---------------------------------------------------------------------------------------------------
# 6. Prototype report: ruled table with long wrapping values, alias council names, paraphrased commitments.
# ---------------------------------------------------------------------------------------------------
def youth_assemblies_long_cells() -> None:
    name = "youth-assemblies-long-cells"
    doc = simple_doc(name, title="Young People's Assemblies")
    s: list = []
    s.append(p("Young People's Assemblies", H1))
    s.append(p("Report of a Policy Prototype", SUB))
    s.append(
        kv_table(
            [
                (
                    "Project title",
                    "Young People's Assemblies: testing deliberative democracy with 14 to 19 year olds on "
                    "local climate, transport and youth-service decisions",
                ),
                ("Lead Member", "London Borough of Lambeth"),
                (
                    "Participating Members",
                    "London Borough of Lambeth, Royal Borough of Greenwich, London Borough of Southwark, "
                    "London Borough of Lewisham, London Borough of Camden, Hackney Council, Newham Council, "
                    "Co-operative College",
                ),
                ("Year", "2024"),
                ("Type", "Policy Prototypes"),
                (
                    "Funding",
                    "Prototype grant from the Network's funding round, matched by officer time from each "
                    "participating borough and a contribution from a charitable trust",
                ),
            ],
            widths=(4.0 * cm, 12.6 * cm),
        )
    )
    s.append(Spacer(1, 12))
    s.append(p("Why young people's assemblies?", H2))
    s.append(
        p(
            "Young people are the group least likely to respond to council consultations, yet many of the "
            "decisions councils take now will shape the places they grow up in. The prototype tested whether "
            "small, randomly selected assemblies of young people could give considered advice on real "
            "decisions, and whether councils would act on it."
        )
    )
    s.append(
        p(
            "Each borough recruited around thirty young people by random invitation through schools and "
            "colleges, topped up to make sure the assembly reflected the borough. Assemblies met for four "
            "Saturday sessions, heard from expert witnesses and young residents, and agreed recommendations "
            "that were presented to cabinet members."
        )
    )
    s.append(PageBreak())

    s.append(p("What we committed to", H2))
    s.append(p("The partner boroughs agreed at the outset that the prototype would:"))
    s.extend(
        bullets(
            [
                "make sure that every kind of young resident, not just those already active in youth councils, "
                "had a genuine say in the decisions and priorities being discussed;",
                "treat the young people as equal partners when the services concerned were being designed and "
                "when the boroughs decided where the money would go;",
                "write up what worked and what did not, openly, so that other councils in the Network can pick "
                "up the method and use it themselves.",
            ]
        )
    )
    s.append(p("Results", H2))
    s.extend(
        bullets(
            [
                "Seven assemblies were held, involving 204 young people.",
                "Forty-one recommendations were made; twenty-six have been accepted in full or in part.",
                "Three boroughs have written youth assemblies into their engagement strategies.",
            ]
        )
    )
    s.append(Spacer(1, 10))
    s.append(p("Contact", H3))
    s.append(p("Priya Shah, Youth Participation Lead, Lambeth Council \u2013 pshah@lambeth.gov.uk"))

    def footer(c: rl_canvas.Canvas, d) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2.2 * cm, 1.1 * cm, "Published by the London Borough of Lambeth on behalf of the partner boroughs")
        c.drawRightString(PAGE_W - 2.2 * cm, 1.1 * cm, str(d.page))
        c.restoreState()

    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------------
# 7. Council case study with a byline as the only lead signal, project year in prose, mixed principles.
# ---------------------------------------------------------------------------------------------------
def case_study_byline_mixed() -> None:
    name = "case-study-byline-mixed"
    doc = simple_doc(name, title="Case study: The Community Investment Fund")
    s: list = []
    s.append(Spacer(1, 5 * cm))
    s.append(p("Case study: The Community Investment Fund", H1C))
    s.append(p("A learning report by Wigan Council", SUBC))
    s.append(Spacer(1, 4 * cm))
    s.append(p("October 2022", SUBC))
    s.append(PageBreak())

    s.append(p("The fund", H2))
    s.append(
        p(
            "The Community Investment Fund ran as a prototype throughout 2021. Instead of a conventional "
            "grants programme, the council offered a mix of small grants, repayable loans and staff time to "
            "community groups and local enterprises with ideas for improving their neighbourhood."
        )
    )
    s.append(
        p(
            "Applicants had a conversation, not a form. A named officer met each group, helped them shape "
            "the idea and stayed in touch after the money was awarded. Ninety-three investments were made, "
            "ranging from \u00a3500 for a village litter-pick kit to \u00a345,000 for a community cafe "
            "that now employs eleven people."
        )
    )
    s.append(p("Principles", H2))
    rows = [[p("Principle", WHITE_B), p("How the fund met it", WHITE_B)]]
    for key in ("Enterprise and social economy", "Social partnership"):
        rows.append([p(key, CELL_B), p(STATEMENT[key], CELL)])
    t = Table(rows, colWidths=[5.0 * cm, 11.6 * cm])
    t.setStyle(HEADER_ROW)
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(
        p(
            "We also wanted every pound to count for more. The team drew up a clear set of local social-value "
            "criteria and gave officers simple tools to check that each investment would lead to better "
            "social and economic results in the community it served."
        )
    )
    s.append(PageBreak())

    s.append(p("What we learned", H2))
    s.extend(
        bullets(
            [
                "The conversation-based approach took more officer time but produced far stronger projects.",
                "Loans were repaid more reliably than expected; only four of thirty-one were in arrears.",
                "Groups valued the named officer more than the money.",
            ]
        )
    )
    s.append(p("For further information contact", H3))
    s.append(p("Sarah Conway, Community Investment Lead, Wigan Council<br/>sarah.conway@wigan.gov.uk"))

    def footer(c: rl_canvas.Canvas, d) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2.2 * cm, 1.1 * cm, "\u00a9 Wigan Council 2022")
        c.drawRightString(PAGE_W - 2.2 * cm, 1.1 * cm, f"Page {d.page}")
        c.restoreState()

    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------------
# 8. Guide with contributing councils but no lead, no principles, publication year only.
# ---------------------------------------------------------------------------------------------------
def guide_no_lead() -> None:
    name = "guide-no-lead"
    doc = simple_doc(name, title="A Short Guide to Participatory Budgeting")
    s: list = []
    s.append(p("A Short Guide to Participatory Budgeting", H1))
    s.append(p("For councils starting out \u2013 October 2021", SUB))
    s.append(
        p("<b>Councils involved:</b> Kirklees Council, Leeds City Council, City of York Council, Calderdale Council")
    )
    s.append(Spacer(1, 8))
    s.append(p("What is participatory budgeting?", H2))
    s.append(
        p(
            "Participatory budgeting, often shortened to PB, is a way of letting local people decide directly "
            "how part of a public budget is spent. Residents put forward ideas, discuss them and vote, and "
            "the winning ideas are funded. PB can be used for a small community grants pot or for a share of "
            "a mainstream service budget."
        )
    )
    s.append(p("Getting started", H2))
    s.extend(
        bullets(
            [
                "Start small: a pot of \u00a320,000 to \u00a350,000 in one neighbourhood is enough to learn from.",
                "Decide the rules before you launch, and publish them: who can apply, who can vote, "
                "how votes are counted.",
                "Budget for outreach. The people you most want to hear from will not find you on their own.",
                "Hold a public voting event if you can; online voting widens participation but events "
                "build relationships.",
            ]
        )
    )
    s.append(
        p(
            "<i>\u201cThe first event we ran was chaotic and brilliant. Three hundred people in a school hall, "
            "arguing about bus shelters and youth clubs.\u201d</i> \u2013 Councillor Mark Ellison, Kirklees Council"
        )
    )
    s.append(PageBreak())
    s.append(p("Common pitfalls", H2))
    s.extend(
        bullets(
            [
                "Spending more on running the process than on the projects themselves.",
                "Letting well-organised groups dominate the vote; consider limiting the number of bids per group.",
                "Failing to report back on what happened to the funded projects.",
            ]
        )
    )
    s.append(p("Further reading", H2))
    s.append(p("The PB Network publishes principles and case studies from across the UK."))

    def footer(c: rl_canvas.Canvas, d) -> None:
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2.2 * cm, 1.1 * cm, "councils.coop")
        c.drawRightString(PAGE_W - 2.2 * cm, 1.1 * cm, str(d.page))
        c.restoreState()

    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------------
# 9. Bid form: ruled form fields, start/end year range, principles as a tick-box list of all ten names.
# ---------------------------------------------------------------------------------------------------
def bid_form_checkboxes() -> None:
    name = "bid-form-checkboxes"
    doc = simple_doc(name, title="Policy Lab bid form")
    s: list = []
    s.append(p("Policy Lab Bid Form", H1))
    s.append(p("Section A \u2013 About the project", H2))
    s.append(
        kv_table(
            [
                ("Project title", "Co-operative Routes into Work for Care Leavers"),
                ("Lead council", "Barnsley Council"),
                ("Partner councils", "Wakefield Council, Sheffield City Council, Doncaster Council"),
                ("Proposed start", "April 2025"),
                ("Proposed end", "March 2026"),
                ("Type of bid", "Policy Lab"),
                ("Amount requested", "\u00a318,000"),
            ],
            widths=(4.5 * cm, 12.1 * cm),
        )
    )
    s.append(p("Section B \u2013 Summary of the idea", H2))
    s.append(
        p(
            "Young people leaving care are far more likely than their peers to be out of work at 21. The "
            "partner councils want to test whether co-operative businesses, with their democratic structure "
            "and mutual support, offer a better first step into work than conventional placements. Each "
            "council will broker paid placements with local co-operatives and run a peer-support circle for "
            "the young people taking part."
        )
    )
    s.append(p("Section C \u2013 Principles", H2))
    s.append(p("Which of the Network's principles will the project meet? Tick all that apply."))
    ticked = {"Co-production", "Innovation", "Learning"}
    rows = []
    for key in STATEMENT:
        rows.append([p("[X]" if key in ticked else "[  ]", CELL_B), p(key, CELL)])
    t = Table(rows, colWidths=[1.3 * cm, 15.3 * cm])
    t.setStyle(
        TableStyle(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]
        )
    )
    s.append(t)
    s.append(PageBreak())
    s.append(p("Section D \u2013 Bid contact", H2))
    s.append(
        kv_table(
            [
                ("Name", "Gareth Lowe"),
                ("Role", "Service Manager, Leaving Care"),
                ("Council", "Barnsley Council"),
                ("Email", "gareth.lowe@barnsley.gov.uk"),
            ],
            widths=(4.5 * cm, 12.1 * cm),
        )
    )
    s.append(Spacer(1, 12))
    s.append(p("Return the completed form to the Network office by 31 January.", SMALL))
    draw = header_footer("CCIN Policy Labs \u2013 Bid Form", "Form version 3 (2024)", "Page {n} of {total}")
    doc.build(s, canvasmaker=numbered_canvas(draw))


BUILDERS = (
    pack_2023_kv_table,
    report_header_row_table,
    toolkit_two_column,
    cover_published_march_2023,
    multipage_warm_spaces,
    youth_assemblies_long_cells,
    case_study_byline_mixed,
    guide_no_lead,
    bid_form_checkboxes,
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in BUILDERS:
        build()
    print(f"wrote {len(BUILDERS)} PDFs to {OUT}")


if __name__ == "__main__":
    main()
