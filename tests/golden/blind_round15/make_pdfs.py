"""Generate the round-15 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round15/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names are used on purpose.
Deterministic: reportlab invariant mode fixes creation dates and document IDs, so re-running gives byte-identical
files.
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
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontSize=10, leading=13.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
TINY = ParagraphStyle("tiny", parent=BODY, fontSize=6.5, leading=8, textColor=colors.grey)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontSize=18, leading=22)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontSize=13, leading=16)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontSize=11, leading=14)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5)
CELL_B = ParagraphStyle("cell_b", parent=CELL, fontName="Helvetica-Bold")
W, H = A4


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def _table(rows: list[list[str]], widths: list[float], header: bool = False, shade_first_col: bool = True) -> Table:
    data = [
        [_p(c, CELL_B if (header and i == 0) or (shade_first_col and j == 0) else CELL) for j, c in enumerate(r)]
        for i, r in enumerate(rows)
    ]
    t = Table(data, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if shade_first_col:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
    t.setStyle(TableStyle(style))
    return t


def _band(canv, text: str, colour: str, right: str = "", height: float = 1.3 * cm) -> None:
    canv.saveState()
    canv.setFillColor(colors.HexColor(colour))
    canv.rect(0, H - height, W, height, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11)
    canv.drawString(1.8 * cm, H - height + 0.45 * cm, text)
    if right:
        canv.setFont("Helvetica", 9)
        canv.drawRightString(W - 1.8 * cm, H - height + 0.45 * cm, right)
    canv.restoreState()


def _footer(canv, text: str, page: int) -> None:
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.grey)
    canv.drawString(1.8 * cm, 1.0 * cm, text)
    canv.drawRightString(W - 1.8 * cm, 1.0 * cm, f"Page {page}")
    canv.restoreState()


def _simple(name: str, title: str, author: str, on_page, story: list, top: float = 2.4 * cm) -> None:
    doc = SimpleDocTemplate(
        str(OUT / f"{name}.pdf"),
        pagesize=A4,
        title=title,
        author=author,
        leftMargin=1.8 * cm,
        rightMargin=1.8 * cm,
        topMargin=top,
        bottomMargin=1.8 * cm,
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------------------------------------------------------
def eqia_knowsley() -> None:
    """Equality Impact Assessment form: stated lead, proposal period, type of proposal, two ticked principles."""

    def chrome(canv, doc):
        _band(canv, "Knowsley Council \u00b7 Equality Impact Assessment", "#4d4d4d", "EIA template v4 (2023)")
        _footer(canv, "OFFICIAL \u2013 this assessment will be published with the decision", doc.page)

    ticks = [
        ("Social partnership", True),
        ("Democratic engagement", False),
        ("Co-production", True),
        ("Enterprise and social economy", False),
        ("Maximising social value", False),
        ("Community leadership and a new role for councillors", False),
        ("New models of meeting priority needs", False),
        ("Innovation", False),
        ("Learning", False),
        ("Walking the talk", False),
    ]
    story = [
        _p("Equality Impact Assessment (EIA)", H1),
        _p("Section 1: About the proposal", H2),
        _table(
            [
                ["Name of proposal", "Kirkby community transport co-operative"],
                ["Directorate", "Place"],
                ["Service", "Transport and Highways"],
                ["Type of proposal", "New service"],
                ["Proposal period", "April 2025 \u2013 March 2027"],
                [
                    "Officer completing this EIA",
                    "Joanne Mercer, Transport Policy Officer \u2013 joanne.mercer@knowsley.gov.uk",
                ],
                ["Date completed", "14/11/2024"],
                ["Version", "2.0 (final draft for Cabinet)"],
            ],
            [5 * cm, 12.4 * cm],
        ),
        Spacer(1, 0.4 * cm),
        _p("Section 2: What is the proposal?", H2),
        _p(
            "Many older and disabled residents in Kirkby, Northwood and Tower Hill cannot use ordinary buses, and the "
            "dial-a-ride service that covered the area ended in 2023. The council will set up and lead a community "
            "transport service for Kirkby, in partnership with Kirkby Community Transport Co-operative, a new "
            "co-operative of volunteer drivers and passengers that will run the vehicles and the bookings, and "
            "Knowsley Older People's Voice, which will help design the routes and tell people about the service."
        ),
        _p(
            "The council will lease two accessible minibuses to the co-operative, pay for driver training and "
            "safeguarding checks, and fund a part-time co-ordinator for the two years of the proposal."
        ),
        _p("Section 3: Links to the council's co-operative principles (tick all that apply)", H2),
        _table([[("[x]" if t else "[ ]"), n] for n, t in ticks], [1.4 * cm, 16 * cm], shade_first_col=False),
        PageBreak(),
        _p("Section 4: Impact on people with protected characteristics", H2),
        _table(
            [
                ["Characteristic", "Likely impact", "Evidence and comment"],
                ["Age", "Positive", "26% of Kirkby residents are over 65 (Census 2021), above the borough average."],
                [
                    "Disability",
                    "Positive",
                    "Both minibuses have wheelchair lifts; drivers trained in disability awareness.",
                ],
                ["Sex", "Neutral", "Engagement suggests women are more likely to use the service as carers."],
                ["Race", "Neutral", "No differential impact identified; leaflets available in other languages."],
                ["Religion or belief", "Neutral", "Routes will include places of worship on request."],
                ["Pregnancy and maternity", "Positive", "Antenatal appointments at Kirkby clinic can be booked."],
                ["Sexual orientation", "Neutral", "No differential impact identified."],
                ["Gender reassignment", "Neutral", "No differential impact identified."],
                ["Marriage and civil partnership", "Neutral", "No differential impact identified."],
            ],
            [4.2 * cm, 2.6 * cm, 10.6 * cm],
            header=True,
        ),
        Spacer(1, 0.4 * cm),
        _p("Section 5: Engagement", H2),
        _p(
            "Between June and August 2024 officers spoke to 212 residents at lunch clubs, sheltered housing schemes "
            "and the Kirkby market. Eight in ten said they would use a bookable minibus at least once a month."
        ),
        _p("Section 6: Action plan", H2),
        _table(
            [
                ["Action", "By when", "Lead"],
                ["Publish route options in large print and easy read", "February 2025", "Transport Policy"],
                ["Driver safeguarding and disability awareness training", "March 2025", "Co-operative"],
                ["Review this EIA with service users", "March 2026", "Transport Policy"],
            ],
            [9.4 * cm, 3.4 * cm, 4.6 * cm],
            header=True,
        ),
        Spacer(1, 0.5 * cm),
        _p("Signed off by: Head of Transport and Highways, 18/11/2024", SMALL),
    ]
    _simple(
        "eqia-form-ticked-principles-type-of-proposal-knowsley",
        "EIA - Kirkby community transport co-operative",
        "Knowsley Council",
        chrome,
        story,
    )


# ------------------------------------------------------------------------------------------------------------------
def ward_newsletter_derby() -> None:
    """Ward councillors' printed newsletter in two columns; the first full item is the solar scheme."""

    def chrome(canv, doc):
        _band(canv, "DARLEY WARD NEWS \u00b7 Winter 2024", "#b3122e", "from your Darley Ward councillors", 1.8 * cm)
        canv.saveState()
        canv.setFont("Helvetica", 6.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            1.5 * cm,
            0.8 * cm,
            "Promoted by P. Keane on behalf of the Darley Ward Labour and Co-operative councillors, "
            "both at 12 Kedleston Road, Derby. Printed by Trent Print, Derby.",
        )
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "ward-councillors-printed-newsletter-first-item-solar-imprint.pdf"),
        pagesize=A4,
        title="Darley Ward News - Winter 2024",
        author="Darley Ward councillors",
        invariant=1,
    )
    colw = (W - 3.6 * cm) / 2
    frames = [
        Frame(1.5 * cm, 1.4 * cm, colw, H - 3.6 * cm, id="left"),
        Frame(2.1 * cm + colw, 1.4 * cm, colw, H - 3.6 * cm, id="right"),
    ]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=chrome)])
    story = [
        _p("Sun power for the Abbey Community Centre", H2),
        _p(
            "Forty-two solar panels went up on the roof of the Abbey Community Centre on Darley Street this autumn, "
            "and they are already cutting the centre's electricity bills."
        ),
        _p(
            "Derwent Valley Energy Co-operative is leading the scheme, with Derby City Council, which owns the "
            "building and agreed a 20-year roof lease, and Darley Abbey Community Association, which runs the centre "
            "and buys the electricity at a fixed price well below what it was paying before."
        ),
        _p(
            "The panels were installed in September 2024 and have been generating since the start of October. Any "
            "surplus the co-op makes after paying its members a modest interest goes into a fund for energy advice "
            "for households in the ward."
        ),
        _p(
            "We have backed the scheme from the start, and we were proud to switch it on with members of the centre's "
            "lunch club."
        ),
        _p(
            "<b>Want to own a share?</b> Shares start at \u00a350. To find out more or join the co-op, contact the "
            "membership secretary, Anita Shah, at join@derwentvalleyenergy.coop."
        ),
        Spacer(1, 0.3 * cm),
        _p("Duffield Road potholes fixed", H3),
        _p(
            "After we reported them in September, the council resurfaced the worst stretch of Duffield Road between "
            "the Broadway and Ford Lane in November."
        ),
        FrameBreak(),
        _p("Christmas bin collections", H3),
        _table(
            [
                ["Usual day", "Christmas week"],
                ["Wednesday 25 December", "Friday 27 December"],
                ["Thursday 26 December", "Saturday 28 December"],
                ["Wednesday 1 January", "Thursday 2 January"],
            ],
            [3.7 * cm, 3.7 * cm],
            header=True,
            shade_first_col=False,
        ),
        Spacer(1, 0.3 * cm),
        _p("Your councillors' surgeries", H3),
        _table(
            [
                ["Councillor", "Surgery", "Phone"],
                ["Cllr Nadia Rahman", "First Saturday, 10am, Darley Library", "01632 960 341"],
                ["Cllr Ged Hollis", "Third Tuesday, 6pm, Abbey Community Centre", "01632 960 342"],
            ],
            [2.6 * cm, 3.6 * cm, 2.2 * cm],
            header=True,
            shade_first_col=False,
        ),
        Spacer(1, 0.3 * cm),
        _p("Tell us what you think", H3),
        _p(
            "What is the biggest issue on your street? Tick one and return this slip to either surgery: "
            "[ ] parking [ ] litter [ ] speeding [ ] street lights [ ] something else: ______________"
        ),
        _p("Name ____________________ Address ____________________", SMALL),
        _p(
            "We will use your details to reply to you and to keep you updated about the ward. "
            "We will not pass them on.",
            TINY,
        ),
    ]
    doc.build(story)


# ------------------------------------------------------------------------------------------------------------------
def school_newsletter_plymouth() -> None:
    """Primary school weekly newsletter; the first full item is the parents' co-op breakfast club."""

    def chrome(canv, doc):
        _band(canv, "The Friday Flyer \u00b7 Issue 19 \u00b7 7 February 2025", "#2e7d32", "Compton Vale Primary School")
        _footer(
            canv,
            "Compton Vale Primary School, Compton Vale Road, Plymouth PL3 \u00b7 office@comptonvale.plymouth.sch.uk "
            "\u00b7 01632 960 775",
            doc.page,
        )

    story = [
        _p("Breakfast club becomes a parents' co-op", H1),
        _p(
            "From Monday 24 February our breakfast club will be run by Compton Vale Parents' Co-operative, a new "
            "co-op set up by a group of parents and grandparents last term. Many of you will know some of them "
            "already: they have been helping in the club as volunteers since September."
        ),
        _p(
            "The co-op, the school and Plymouth City Council's Early Help team are running it together as a one-year "
            "trial, to the end of February 2026. The co-op will employ two playworkers and organise the volunteers, "
            "the school provides the hall and the kitchen, and the Early Help team is paying for training and will "
            "help families who find the cost hard."
        ),
        _p(
            "Breakfast club will still open at 7.45am and will still cost \u00a31.50 a morning, with free places for "
            "children who receive free school meals. Any parent or carer can join the co-op for \u00a31 and have a say "
            "in how it is run."
        ),
        _p(
            "Questions about the breakfast club? Please email the co-op at breakfast@comptonvaleparents.coop rather "
            "than the school office."
        ),
        Spacer(1, 0.4 * cm),
        _p("Attendance this week", H2),
        _table(
            [
                ["Class", "Attendance"],
                ["Otters (Reception)", "95.2%"],
                ["Puffins (Year 1)", "97.8%"],
                ["Seals (Year 2)", "96.4%"],
                ["Gannets (Year 3)", "94.9%"],
                ["Dolphins (Year 4)", "98.1%"],
                ["Herons (Year 5)", "96.0%"],
                ["Ospreys (Year 6)", "95.7%"],
                ["Whole school", "96.1%"],
            ],
            [6 * cm, 4 * cm],
            header=True,
        ),
        _p("Well done to Dolphins, who win the attendance trophy for the third week running!", SMALL),
        PageBreak(),
        _p("Dates for your diary", H2),
        _table(
            [
                ["Date", "Event"],
                ["Thursday 13 February 2025", "Parents' evening (book through the app)"],
                ["Friday 14 February 2025", "Break up for half-term"],
                ["Monday 24 February 2025", "Back to school \u2013 breakfast club run by the co-op"],
                ["Thursday 6 March 2025", "World Book Day \u2013 come as a character"],
                ["Monday 24 \u2013 Wednesday 26 March 2025", "Year 6 residential, Dartmoor"],
            ],
            [6.5 * cm, 10.9 * cm],
            header=True,
        ),
        Spacer(1, 0.4 * cm),
        _p("PE kit", H3),
        _p("Please make sure PE kit is in school every Monday and Thursday, with names in everything."),
        _p("Lost property", H3),
        _p(
            "The lost property box is overflowing. Anything not collected by half-term will go to the "
            "PTA's uniform sale."
        ),
        _p("Year 6 residential", H3),
        _p("The final payment of \u00a385 for the Dartmoor residential is due by Friday 28 February."),
        Spacer(1, 0.5 * cm),
        _p("Have a lovely weekend,<br/>Mrs K. Penrose, Headteacher"),
    ]
    _simple(
        "school-weekly-newsletter-pdf-first-item-parents-coop-trial",
        "The Friday Flyer - Issue 19",
        "Compton Vale Primary School",
        chrome,
        story,
    )


# ------------------------------------------------------------------------------------------------------------------
def council_tax_leaflet_kirklees() -> None:
    """Council tax leaflet for 2025/26 with a band table and two spotlight boxes."""

    def chrome(canv, doc):
        _band(canv, "Your council tax 2025/26", "#00558c", "Kirklees Council")
        _footer(canv, "Kirklees Council \u00b7 Civic Centre 3, Market Street, Huddersfield HD1 2EY", doc.page)

    def spotlight(title: str, paras: list[str]) -> Table:
        t = Table([[[_p(title, H3), *[_p(x) for x in paras]]]], colWidths=[17.4 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6f0f7")),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#00558c")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return t

    bands = [
        ["Band", "Kirklees Council", "Adult social care", "Police", "Fire", "Total (no parish)"],
        ["A", "\u00a31,274.62", "\u00a3196.51", "\u00a3174.11", "\u00a351.87", "\u00a31,697.11"],
        ["B", "\u00a31,487.06", "\u00a3229.26", "\u00a3203.13", "\u00a360.51", "\u00a31,979.96"],
        ["C", "\u00a31,699.49", "\u00a3262.01", "\u00a3232.15", "\u00a369.16", "\u00a32,262.81"],
        ["D", "\u00a31,911.93", "\u00a3294.76", "\u00a3261.17", "\u00a377.80", "\u00a32,545.66"],
        ["E", "\u00a32,336.80", "\u00a3360.26", "\u00a3319.21", "\u00a395.09", "\u00a33,111.36"],
        ["F", "\u00a32,761.68", "\u00a3425.77", "\u00a3377.25", "\u00a3112.38", "\u00a33,677.08"],
        ["G", "\u00a33,186.55", "\u00a3491.27", "\u00a3435.28", "\u00a3129.67", "\u00a34,242.77"],
        ["H", "\u00a33,823.86", "\u00a3589.52", "\u00a3522.34", "\u00a3155.60", "\u00a35,091.32"],
    ]
    story = [
        _p("A message from the Leader of the Council", H2),
        _p(
            "Like every council in the country, we face rising demand for care and support and costs that have grown "
            "faster than our funding. This year the Kirklees Council element of your council tax rises by 2.99%, with "
            "a further 2% for adult social care. We have protected weekly bin collections, kept every library open "
            "and frozen charges for our leisure centres."
        ),
        _p("Council tax charges for 2025/26", H2),
        _table(bands, [1.6 * cm, 3.4 * cm, 3.2 * cm, 2.8 * cm, 2.6 * cm, 3.8 * cm], header=True),
        _p(
            "If you live in a parish or town council area, the parish precept is added to these amounts. Parish "
            "precepts for 2025/26 range from \u00a38.40 (Band D, Mirfield) to \u00a368.12 (Band D, Holme Valley).",
            SMALL,
        ),
        Spacer(1, 0.3 * cm),
        _p("Where your money goes", H2),
        _p(
            "For every \u00a31 of council spending: adult social care 38p; children's services 24p; waste, streets and "
            "parks 11p; housing and communities 7p; libraries, culture and leisure 4p; other services and "
            "borrowing costs 16p."
        ),
        PageBreak(),
        spotlight(
            "Spotlight: community-run libraries",
            [
                "Since April 2023, five of our smaller libraries have been run by community co-operatives, in "
                "partnership with the council and Kirklees Libraries' Friends Network. The council keeps the "
                "buildings and the book stock; the co-ops recruit the volunteers and decide the opening hours.",
                "Opening hours at the five libraries are up by a third, and visits rose by 18% last year.",
            ],
        ),
        Spacer(1, 0.4 * cm),
        spotlight(
            "Spotlight: warm spaces",
            [
                "Last winter 96 warm spaces across Kirklees welcomed more than 40,000 visits. Find your nearest on our "
                "website.",
            ],
        ),
        Spacer(1, 0.4 * cm),
        _p("Help with paying", H2),
        _p(
            "If you are on a low income you may be able to get Council Tax Reduction. Discounts are also available if "
            "you live alone (25%) or if everyone in the home is a full-time student."
        ),
        _p("Contact us", H2),
        _p(
            "Council tax enquiries: 01632 960 221 (Monday to Friday, 9am to 5pm) or use the online form at "
            "www.kirklees.gov.uk/counciltax. Please have your account number ready."
        ),
    ]
    _simple(
        "council-tax-leaflet-2025-26-band-table-spotlight-boxes",
        "Your council tax 2025/26",
        "Kirklees Council",
        chrome,
        story,
    )


# ------------------------------------------------------------------------------------------------------------------
def design_access_statement_bristol() -> None:
    """Planning Design and Access Statement; the Applicant labels the lead in a Project team table."""

    def chrome(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        canv.drawString(
            1.8 * cm, H - 1.2 * cm, "Gainsborough Square, Lockleaze \u00b7 Design and Access Statement \u00b7 Rev B"
        )
        canv.restoreState()
        _footer(canv, "Hollis Ward Architects for Lockleaze Homes Community Land Trust", doc.page)

    story = [
        Spacer(1, 3 * cm),
        _p("Design and Access Statement", ParagraphStyle("cover", parent=H1, fontSize=26, leading=32)),
        _p("Land at Gainsborough Square, Lockleaze, Bristol", H2),
        _p("24 community-led homes and a shared common house", H3),
        Spacer(1, 1 * cm),
        _p("Prepared on behalf of Lockleaze Homes Community Land Trust"),
        _p("Revision B \u00b7 March 2025"),
        Spacer(1, 1.5 * cm),
        _table(
            [
                ["Revision", "Date", "Author", "Note"],
                ["A", "12/12/2024", "HWA / Marsh Planning", "Pre-application draft"],
                ["B", "21/03/2025", "HWA / Marsh Planning (Mark Dunn)", "For submission"],
            ],
            [2.4 * cm, 3 * cm, 6.4 * cm, 5.6 * cm],
            header=True,
            shade_first_col=False,
        ),
        PageBreak(),
        _p("1 Introduction", H2),
        _p(
            "1.1 This statement accompanies a full planning application for 24 homes, a common house and landscaping "
            "on land at Gainsborough Square, Lockleaze. It explains the design of the scheme and how it will be "
            "accessible to everyone who lives in or visits it."
        ),
        _p(
            "1.2 The homes will be owned by the community land trust and let or sold at prices linked to local incomes."
        ),
        _p("1.3 Project team", H3),
        _table(
            [
                ["Role", "Organisation"],
                ["Applicant", "Lockleaze Homes Community Land Trust"],
                ["Development partner", "Severn Vale Housing Association"],
                ["Landowner and enabling partner", "Bristol City Council"],
                ["Architect", "Hollis Ward Architects"],
                ["Planning agent", "Marsh Planning"],
                ["Structural and civil engineer", "Avon Structures LLP"],
            ],
            [6 * cm, 11.4 * cm],
            header=True,
        ),
        _p("2 The site", H2),
        _p(
            "2.1 The 0.6 hectare site is a former school playing field on the north side of Gainsborough Square, "
            "bounded by Romney Avenue to the west. It has been unused since 2016. There are mature trees along the "
            "eastern edge, which the scheme keeps."
        ),
        _p("3 The proposal", H2),
        _p(
            "3.1 Twenty-four homes: eight one-bedroom flats, ten two-bedroom houses and six three-bedroom houses, "
            "arranged around a car-free shared garden, with a common house for meals, meetings and guests."
        ),
        _p("4 Design", H2),
        _p(
            "4.1 The homes are timber-framed, built to Passivhaus standard, with brick-faced ground floors to match "
            "the 1950s houses on the square. Roofs carry solar panels and the common house has an air-source heat pump."
        ),
        _p("5 Community involvement", H2),
        _p(
            "5.1 The CLT was formed by Lockleaze residents in 2021. Between February and October 2024 its members took "
            "part in fourteen design workshops with the architects, which settled the layout, the common house and "
            "the mix of homes."
        ),
        _p(
            "5.2 The scheme follows the council's community-led housing principles: residents are equal partners in "
            "designing the homes and in deciding how the public land and grant are used, and the CLT's members will "
            "set the rents and the allocations policy."
        ),
        _p("6 Access", H2),
        _p(
            "6.1 All ground-floor homes are step-free and four are designed to wheelchair-user standard. The shared "
            "garden has level paths throughout, and there are four accessible parking bays off Romney Avenue."
        ),
        _p("7 Delivery", H2),
        _p(
            "7.1 Subject to planning, the programme is to start on site in spring 2026, with completion in winter "
            "2027. The council will transfer the land on a 125-year lease once planning permission is granted."
        ),
        _p(
            "7.2 Enquiries about the scheme: Jo Whitfield, Secretary, Lockleaze Homes Community Land Trust, "
            "jo.whitfield@lockleazehomes.org.uk."
        ),
    ]
    _simple(
        "design-and-access-statement-clt-project-team-table",
        "Design and Access Statement - Gainsborough Square - Rev B",
        "Hollis Ward Architects",
        chrome,
        story,
    )


# ------------------------------------------------------------------------------------------------------------------
def social_value_extract_newport() -> None:
    """Two pages extracted from a contractor's social value report: measures table and case study 3."""

    def chrome(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#f28c28"))
        canv.rect(0, H - 0.5 * cm, W, 0.5 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(1.8 * cm, H - 1.2 * cm, "Harbourside Build \u00b7 Social Value Report 2024")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(W - 1.8 * cm, 1.0 * cm, str(11 + doc.page))
        canv.restoreState()

    story = [
        _p("Our social value in numbers", H1),
        _p(
            "Across our public sector contracts in South Wales in the calendar year 2024, measured using the national "
            "TOMs framework and verified by an independent assessor."
        ),
        _table(
            [
                ["Measure", "Unit", "2024"],
                ["Local people employed on our contracts", "% of workforce", "62%"],
                ["Apprenticeships started", "number", "14"],
                ["Spend with local SMEs and social enterprises", "\u00a3", "\u00a33.1m"],
                ["Hours of volunteering by our staff", "hours", "1,846"],
                ["School and college sessions", "number", "57"],
                ["Total social value created", "\u00a3 (TOMs proxy)", "\u00a38.7m"],
            ],
            [9 * cm, 4 * cm, 4.4 * cm],
            header=True,
        ),
        Spacer(1, 0.4 * cm),
        _p(
            "Figures are for our housing repairs, schools maintenance and highways contracts with five Welsh "
            "councils and "
            "three housing associations. A full methodology is on page 31.",
            SMALL,
        ),
        PageBreak(),
        _p("Case study 3: Pill Repairs Co-op", H1),
        _p(
            "When the Pillgwenlly repairs contract came up for renewal, the council wanted more of the work to be done "
            "by people who live in Pill. The answer was a co-operative."
        ),
        _p(
            "Newport City Council leads the Pill Repairs Co-op initiative, which it set up in January 2024 under the "
            "social value clause of its housing repairs framework. We are one of three partners, with Newport City "
            "Homes, which passes small repairs on its homes in Pill to the co-op, and Coleg Gwent, which trains the "
            "co-op's members to Level 2 in multi-skilled maintenance."
        ),
        _p(
            "Our part is to mentor the co-op: we lend it a supervisor two days a week, share our health and safety "
            "systems, and subcontract it work on our own jobs in the area. Eleven residents are now members and eight "
            "work for the co-op full time."
        ),
        _p(
            "In the council's words, the initiative is \u201cMaximising social value and Enterprise and social economy "
            "in action \u2013 local people doing local repairs and owning the business that does them.\u201d"
        ),
        _p(
            "\u201cI'd been out of work for two years. Now I'm a member of a business and I fix my "
            "neighbours' boilers.\u201d "
            "\u2013 Dai, co-op member",
            SMALL,
        ),
        Spacer(1, 0.4 * cm),
        _p(
            "For further information about this case study, contact Carys Bevan, Social Value Manager, "
            "carys.bevan@harbourside-build.co.uk."
        ),
    ]
    _simple(
        "contractor-social-value-report-extract-case-study-named",
        "Social Value Report 2024 (extract)",
        "Harbourside Build",
        chrome,
        story,
    )


# ------------------------------------------------------------------------------------------------------------------
def parish_meeting_hydro() -> None:
    """Report to the Annual Parish Meeting by the hydro working group, with an open-ended timeline table."""

    def chrome(canv, doc):
        _footer(canv, "Upper Colne Parish Council \u00b7 Annual Parish Meeting 2025 \u00b7 Item 5", doc.page)

    centre = ParagraphStyle("centre", parent=H2, alignment=1)
    story = [
        _p("Upper Colne Parish Council", centre),
        _p(
            "Annual Parish Meeting \u00b7 Thursday 15 May 2025 \u00b7 Agenda item 5",
            ParagraphStyle("c2", parent=BODY, alignment=1),
        ),
        _p("Report of the Hydro Working Group", ParagraphStyle("c3", parent=H1, alignment=1)),
        Spacer(1, 0.4 * cm),
        _p(
            "5.1 This report updates parishioners on the Colne Valley Hydro scheme at Bankfoot Mill weir, which the "
            "Annual Parish Meeting first discussed in 2021."
        ),
        _p(
            "5.2 The scheme is owned and led by Colne Valley Hydro Co-operative. The Parish Council is a founding "
            "partner, alongside Kirklees Council, which agreed the lease of the weir and the turbine house and helped "
            "with the grid connection."
        ),
        _p("5.3 The main steps so far are set out below."),
        _table(
            [
                ["Date", "Milestone"],
                ["January 2022", "Colne Valley Hydro Co-operative formed by parishioners"],
                ["October 2023", "Share offer raises \u00a3420,000 from 388 members"],
                ["June 2024", "Construction starts on the intake and turbine house"],
                ["March 2025", "Turbine commissioned"],
                ["April 2025", "First electricity exported to the grid"],
            ],
            [4 * cm, 13.4 * cm],
            header=True,
        ),
        Spacer(1, 0.3 * cm),
        _p(
            "5.4 In its first six weeks the turbine generated 41 MWh, enough for about 90 homes over a year at that "
            "rate. Output will fall in the summer months when the river is low."
        ),
        _p(
            "5.5 The co-op expects to pay members interest of 3% a year from 2026 and to put its remaining surplus "
            "into a community fund. The Parish Council has a seat on the fund's grants panel."
        ),
        _p(
            "5.6 The Parish Council invested \u00a35,000 of its reserves in shares in 2023, as agreed at the Annual "
            "Parish Meeting that year."
        ),
        _p(
            "5.7 Fish passage on the weir has been monitored by the Environment Agency since March, with no concerns "
            "raised."
        ),
        _p(
            "5.8 Parishioners who would like to visit the turbine house or become members can contact the co-op's "
            "secretary, Jenny Haigh, at jenny.haigh@colnevalleyhydro.coop."
        ),
        _p(
            "5.9 The meeting is asked to note this report.",
        ),
        Spacer(1, 0.6 * cm),
        _p(
            "Clerk's note: questions about the Parish Council's shareholding should be sent to the Clerk, "
            "clerk@uppercolne-pc.gov.uk, before the meeting.",
            SMALL,
        ),
    ]
    _simple(
        "annual-parish-meeting-working-group-report-timeline-table",
        "APM 2025 item 5 - Hydro Working Group report",
        "Upper Colne Parish Council",
        chrome,
        story,
        top=1.8 * cm,
    )


# ------------------------------------------------------------------------------------------------------------------
def fund_guidance_oldham() -> None:
    """Guidance notes for applicants to a council neighbourhood fund, with the strand on the cover."""

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#5b2c83"))
        canv.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 26)
        canv.drawString(1.8 * cm, H - 3.5 * cm, "Co-operative Neighbourhoods Fund")
        canv.setFont("Helvetica", 18)
        canv.drawString(1.8 * cm, H - 4.7 * cm, "2025/26 \u00b7 Guidance notes for applicants")
        canv.setFillColor(colors.HexColor("#f3e9fa"))
        canv.roundRect(1.8 * cm, H - 8.2 * cm, 9 * cm, 2.2 * cm, 6, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#5b2c83"))
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(2.3 * cm, H - 6.9 * cm, "Strand: Neighbourhood grants")
        canv.setFont("Helvetica", 10)
        canv.drawString(2.3 * cm, H - 7.6 * cm, "Grants of up to \u00a35,000")
        canv.restoreState()
        _footer(canv, "Oldham Council \u00b7 Communities team", doc.page)

    def later(canv, doc):
        _footer(canv, "Co-operative Neighbourhoods Fund 2025/26 \u2013 guidance notes", doc.page)

    doc = BaseDocTemplate(
        str(OUT / "fund-guidance-notes-strand-panels-decide-fund-officer-oldham.pdf"),
        pagesize=A4,
        title="Co-operative Neighbourhoods Fund 2025/26 - guidance notes",
        author="Oldham Council",
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[Frame(1.8 * cm, 1.8 * cm, W - 3.6 * cm, H - 11.5 * cm)], onPage=cover),
            PageTemplate(id="body", frames=[Frame(1.8 * cm, 1.8 * cm, W - 3.6 * cm, H - 3.6 * cm)], onPage=later),
        ]
    )
    story = [
        _p("What is the fund?", H2),
        _p(
            "The Co-operative Neighbourhoods Fund gives small grants to residents' groups, clubs, faith groups and "
            "other community organisations for projects that bring people together and make their neighbourhood a "
            "better place to live. In 2025/26 there is \u00a3300,000 to share across Oldham's five districts."
        ),
        _p("Who runs it?", H2),
        _p(
            "The fund is run by Oldham Council's Communities team with Action Together, the local infrastructure "
            "charity for the voluntary sector, which gives free help with applications and checks each group's "
            "governance."
        ),
        _p("How are decisions made?", H2),
        _p(
            "The fund puts into practice our commitment to let residents decide how public money is spent in their "
            "neighbourhood. District panels of residents, not officers, decide which bids are funded, and residents "
            "helped design the fund's criteria at workshops last winter. Each panel has nine residents chosen at "
            "random from people who volunteer, and two councillors who do not vote."
        ),
        NextPageTemplate("body"),
        PageBreak(),
        _p("What can I apply for?", H2),
        _p(
            "You can apply for up to \u00a35,000 for activities, equipment, small building works, volunteer costs and "
            "publicity. We cannot fund individuals, party political activity, religious worship or anything that has "
            "already happened."
        ),
        _p("When must my project happen?", H2),
        _p("Projects must take place between 1 June 2025 and 31 March 2026. All money must be spent by 31 March 2026."),
        _p("Key dates", H2),
        _table(
            [
                ["Stage", "Date"],
                ["Fund opens for applications", "Monday 7 April 2025"],
                ["Closing date", "Friday 9 May 2025, 5pm"],
                ["District panels meet", "19 \u2013 23 May 2025"],
                ["Decisions emailed", "by 30 May 2025"],
                ["End-of-grant form due", "30 April 2026"],
            ],
            [8 * cm, 9.4 * cm],
            header=True,
        ),
        Spacer(1, 0.4 * cm),
        _p("What will the panel look for?", H2),
        _p(
            "Panels will score each bid on how many people it will involve, whether local people have shaped it, "
            "whether it will carry on after the grant, and whether it is good value. A sample scoring sheet is on our "
            "website."
        ),
        _p("Who can help?", H2),
        _p(
            "For help with your application, contact Action Together's community development workers on "
            "0161 496 0418. For questions about the fund itself, contact the fund officer, Danny Kershaw, at "
            "danny.kershaw@oldham.gov.uk or on 0161 496 0674. Please do not send applications or questions to "
            "info@oldham.gov.uk, as they will be delayed."
        ),
        KeepTogether([Spacer(1, 0.5 * cm), _p("Alternative formats of this guidance are available on request.", TINY)]),
    ]
    doc.build(story)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    eqia_knowsley()
    ward_newsletter_derby()
    school_newsletter_plymouth()
    council_tax_leaflet_kirklees()
    design_access_statement_bristol()
    social_value_extract_newport()
    parish_meeting_hydro()
    fund_guidance_oldham()


if __name__ == "__main__":
    main()
