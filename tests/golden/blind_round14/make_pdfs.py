"""Generate the round-14 blind test-set PDFs under pdfs/.

Run with the project venv:  .venv/bin/python tests/golden/blind_round14/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names are used on purpose.
Deterministic: reportlab invariant mode fixes creation dates and document IDs, so re-running gives byte-identical
files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, A5, landscape  # noqa: E402
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
BODY = ParagraphStyle("body14", parent=SS["BodyText"], fontSize=10, leading=13.5)
SMALL = ParagraphStyle("small14", parent=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
H1 = ParagraphStyle("h1_14", parent=SS["Title"], fontSize=20, leading=24, alignment=0)
H2 = ParagraphStyle("h2_14", parent=SS["Heading2"], fontSize=13, leading=16)
H3 = ParagraphStyle("h3_14", parent=SS["Heading3"], fontSize=11, leading=14)
CLAUSE = ParagraphStyle("clause14", parent=BODY, leftIndent=28, firstLineIndent=-28)
BOX = ParagraphStyle("box14", parent=BODY, backColor=colors.HexColor("#eeeeee"), borderPadding=6)
QUOTE = ParagraphStyle("quote14", parent=BODY, fontName="Helvetica-Oblique", fontSize=12, leading=16, leftIndent=12)
MONO = ParagraphStyle("mono14", parent=BODY, fontName="Courier", fontSize=9, leading=11.5)

RULED = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]
)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def _table(rows: list[list[str]], widths: list[float], style: TableStyle = RULED) -> Table:
    cells = [[_p(c, SMALL) for c in row] for row in rows]
    t = Table(cells, colWidths=widths)
    t.setStyle(style)
    return t


def _footer(text: str):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.grey)
        w, _h = doc.pagesize
        canv.drawString(2 * cm, 1.2 * cm, text)
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canv.restoreState()

    return draw


def mou_wakefield() -> None:
    """Memorandum of understanding: Lead Partner clause, schedule of parties, enquiries officer on the last page."""
    doc = SimpleDocTemplate(
        str(OUT / "mou-schedule-of-parties-lead-partner-clause-wakefield.pdf"),
        pagesize=A4,
        title="Castleford Commons - Memorandum of Understanding",
        author="Wakefield Council Legal Services",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        invariant=1,
    )
    foot = _footer("Castleford Commons MoU - FINAL - signed version - OFFICIAL")
    story = [
        _p("MEMORANDUM OF UNDERSTANDING", H1),
        _p("Castleford Commons: a community-owned high street partnership", H2),
        Spacer(1, 8),
        _p(
            "This Memorandum of Understanding is made between the Parties listed in Schedule 1. It is not intended to "
            "be legally binding, except for clauses 9 (Confidentiality) and 10 (Data protection)."
        ),
        _p("1. Background", H3),
        _p(
            "1.1&nbsp;&nbsp;Nineteen shop units on Carlton Street and Bank Street in Castleford have stood empty for "
            "more than two years. The Parties have agreed to bring them back into use as community-owned shops, "
            "workshops and a co-operative market hall, owned and run by local people.",
            CLAUSE,
        ),
        _p(
            "1.2&nbsp;&nbsp;The Parties' first joint work, a 2022 feasibility study, found support for the idea among "
            "81% of residents surveyed.",
            CLAUSE,
        ),
        _p("2. Roles", H3),
        _p(
            "2.1&nbsp;&nbsp;Wakefield Council is the Lead Partner. It will hold the accountable-body role for any "
            "grant, chair the Partnership Board and provide the secretariat.",
            CLAUSE,
        ),
        _p(
            "2.2&nbsp;&nbsp;Each other Party will carry out the role set against its name in Schedule 1.",
            CLAUSE,
        ),
        _p("3. Term", H3),
        _p(
            "3.1&nbsp;&nbsp;This Memorandum shall have effect from 1 April 2024 until 31 March 2027, unless ended "
            "earlier under clause 11.",
            CLAUSE,
        ),
        _p("4. Shared commitments", H3),
        _p(
            "4.1&nbsp;&nbsp;The Parties agree that residents, community organisations, local businesses and the "
            "Council share responsibility for the wellbeing of Castleford, and that each of them should benefit from "
            "the arrangement.",
            CLAUSE,
        ),
        _p(
            "4.2&nbsp;&nbsp;The Council will act as a platform that helps the community to shape what happens on its "
            "high street, and the ward councillors on the Partnership Board will act as connectors, brokers and "
            "leaders in their communities rather than as decision-makers on the community's behalf.",
            CLAUSE,
        ),
        _p("5. Governance", H3),
        _p(
            "5.1&nbsp;&nbsp;A Partnership Board of one nominated representative from each Party (Schedule 2) will meet "
            "every two months. Decisions are made by consensus and, failing that, by simple majority.",
            CLAUSE,
        ),
        _p("6. Funding", H3),
        _p(
            "6.1&nbsp;&nbsp;West Yorkshire Combined Authority provides grant funding for the first two years "
            "through its Town Centre Fund. It is not a Party to this Memorandum.",
            CLAUSE,
        ),
        PageBreak(),
        _p("7-11. General provisions", H3),
        _p(
            "7.1&nbsp;&nbsp;Each Party bears its own costs. 8.1&nbsp;&nbsp;No Party may speak for another without its "
            "consent. 9.1&nbsp;&nbsp;Confidential information shared under this Memorandum must not be disclosed. "
            "10.1&nbsp;&nbsp;The Parties will comply with UK GDPR. 11.1&nbsp;&nbsp;Any Party may withdraw on three "
            "months' written notice to the Lead Partner.",
            CLAUSE,
        ),
        Spacer(1, 10),
        _p("SCHEDULE 1 - The Parties", H2),
        _table(
            [
                ["Party", "Role"],
                ["Wakefield Council (Lead Partner)", "Accountable body; chairs the Board; acquires the leases"],
                ["Wakefield District Housing", "Refurbishes the units above the shops as affordable flats"],
                ["Nova Wakefield District", "Supports community groups to form co-operatives and bid for units"],
                ["Wakefield College", "Retail and trades apprenticeships in the market hall"],
                ["Castleford Heritage Trust", "Runs the co-operative market hall and its events"],
            ],
            [7 * cm, 9.5 * cm],
        ),
        Spacer(1, 14),
        _p("SCHEDULE 2 - Nominated representatives", H2),
        _table(
            [
                ["Party", "Board representative"],
                ["Wakefield Council", "Cllr Denise Hollinrake (chair)"],
                ["Wakefield District Housing", "Paul Ekwueme, Director of Communities"],
                ["Nova Wakefield District", "Alison Fairbrother, Chief Executive"],
                ["Wakefield College", "Hamza Rehman, Vice Principal"],
                ["Castleford Heritage Trust", "Margaret Oyston, Chair"],
            ],
            [7 * cm, 9.5 * cm],
        ),
        PageBreak(),
        _p("12. Enquiries", H3),
        _p(
            "12.1&nbsp;&nbsp;Enquiries about this Memorandum, from Parties or from members of the public, should be "
            "addressed to Imogen Castellano, Castleford Commons Programme Manager, Wakefield Council, "
            "imogen.castellano@wakefield.gov.uk, 01924 496 0519.",
            CLAUSE,
        ),
        Spacer(1, 30),
        _p("Signed on behalf of the Parties on 28 March 2024.", BODY),
        Spacer(1, 40),
        _p("Version control: v1.0 FINAL. Template LS/MoU/2019 rev. 3.", SMALL),
    ]
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def icb_evaluation() -> None:
    """Four-page evaluation summary for an integrated care board; contacts on the last page."""
    doc = SimpleDocTemplate(
        str(OUT / "icb-evaluation-four-pages-autumn-to-march-last-page-further-info.pdf"),
        pagesize=A4,
        title="Community Cafes for Mental Wellbeing - evaluation summary",
        author="University of Wolverhampton",
        invariant=1,
    )
    foot = _footer("University of Wolverhampton - Institute for Community Research - Evaluation summary")
    story = [
        Spacer(1, 5 * cm),
        _p("Community Cafes for Mental Wellbeing", H1),
        _p("Evaluation summary", H2),
        Spacer(1, 1 * cm),
        _p("Institute for Community Research, University of Wolverhampton"),
        _p("March 2025"),
        PageBreak(),
        _p("The programme", H2),
        _p(
            "Community Cafes for Mental Wellbeing offered drop-in support in cafes run by local people, instead of "
            "waiting lists for clinic appointments. People could walk in, have a cup of tea, and talk to a peer "
            "supporter or a mental health practitioner if they wanted to."
        ),
        _p(
            "The programme was led by NHS Black Country Integrated Care Board. It was delivered with Sandwell Council, "
            "Dudley MBC, Walsall Council, Black Country Housing Group and Healthy Minds Co-operative, which employed "
            "the peer supporters."
        ),
        _p(
            "The cafes opened from autumn 2022 to the end of March 2024. Twelve cafes took part, four in each of "
            "Sandwell, Dudley and Walsall."
        ),
        _p("Our evaluation", H2),
        _p(
            "We were commissioned by the ICB to evaluate the programme. We interviewed 64 cafe visitors, 22 peer "
            "supporters and 15 practitioners, and analysed referral data from the three boroughs."
        ),
        PageBreak(),
        _p("What we found", H2),
        _table(
            [
                ["Measure", "Cafe visitors", "Comparison group"],
                ["Felt better after six weeks (WEMWBS +3 or more)", "58%", "31%"],
                ["Referred on to clinical services", "17%", "44%"],
                ["Would recommend to a friend", "92%", "-"],
            ],
            [8 * cm, 4 * cm, 4 * cm],
        ),
        Spacer(1, 12),
        _p(
            "<b>How the programme lived up to the ICB's co-operative commitments.</b> People who use the cafes sat "
            "as equal partners with commissioners when the cafes were designed and commissioned, and a visitors' "
            "panel decided how each cafe's small budget was used.",
            BOX,
        ),
        Spacer(1, 12),
        _p(
            "Costs per visitor were lower than for a first clinic appointment. The main risk is the peer supporters' "
            "short contracts: a third left in the final six months."
        ),
        PageBreak(),
        _p("Further information", H2),
        _p("For questions about the programme, contact the ICB's community cafes team: bcicb.communitycafes@nhs.net."),
        _p(
            "For questions about this evaluation, contact the lead evaluator, Dr Priya Sandhu-Rowe, Institute for "
            "Community Research: p.sandhu-rowe@wlv.ac.uk."
        ),
        Spacer(1, 12),
        _p(
            "The full report, with methods and data tables, is available from the Institute. General enquiries: "
            "icr@wlv.ac.uk.",
            SMALL,
        ),
    ]
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def toolkit_chapter() -> None:
    """Toolkit chapter: Produced by / In association with, a principles side box, vCard-like block at the end."""

    def header(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        if doc.page > 1:
            canv.drawString(2 * cm, h - 1.3 * cm, "Councils and co-ops toolkit \u00b7 Chapter 3")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, str(doc.page))
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "toolkit-chapter-pdf-produced-by-side-box-names-vcard-last-page.pdf"),
        pagesize=A4,
        title="Councils and co-ops toolkit - Chapter 3: Handing over a service",
        author="Co-operatives UK",
        invariant=1,
    )
    w, h = A4
    full = Frame(2 * cm, 2 * cm, w - 4 * cm, h - 4 * cm, id="full")
    main = Frame(2 * cm, 2 * cm, 11.5 * cm, h - 4 * cm, id="main")
    side = Frame(14 * cm, 2 * cm, 5 * cm, h - 4 * cm, id="side")
    doc.addPageTemplates(
        [
            PageTemplate(id="title", frames=[full], onPage=header),
            PageTemplate(id="body", frames=[main, side], onPage=header),
            PageTemplate(id="last", frames=[full], onPage=header),
        ]
    )
    story = [
        Spacer(1, 4 * cm),
        _p("Councils and co-ops toolkit", H2),
        _p("Chapter 3: Handing over a service", H1),
        Spacer(1, 1 * cm),
        _p("Produced by Co-operatives UK"),
        _p("In association with the Co-operative Councils' Innovation Network, Locality and Plunkett UK"),
        _p("Published November 2023"),
        NextPageTemplate("body"),
        PageBreak(),
        _p("3.1 When a service could be run by its community", H2),
        _p(
            "Libraries, leisure centres, community transport, youth clubs and parks are often the first services "
            "councils consider handing to a community organisation. This chapter sets out the questions to ask "
            "before you do, and how to do it so that the community gains control and not just cost."
        ),
        _p("3.2 The five tests", H2),
        _p(
            "1. Is there a group that wants it? 2. Can it be paid for without the council? 3. Who will own the "
            "building? 4. What happens to the staff? 5. What happens if it fails?"
        ),
        _p("3.3 Doing it co-operatively", H2),
        _p(
            "A co-operative or community benefit society lets users, staff and residents all be members. That spreads "
            "the decision-making, and it makes it easier to raise community shares."
        ),
        _p(
            "<b>Case example: Lambeth, 2014.</b> Lambeth Council transferred two libraries to a community trust. "
            "Both are still open.",
            BOX,
        ),
        Spacer(1, 8),
        _p(
            "<b>Case example: Sunderland, 2018.</b> A staff and user co-op took on three youth centres. "
            "Contact youthcoop@sunderland.gov.uk.",
            BOX,
        ),
        FrameBreak(),
        _p("<b>Network principles this chapter supports</b>", SMALL),
        _p("Co-production", SMALL),
        _p("Community leadership and a new role for councillors", SMALL),
        Spacer(1, 20),
        _p(
            "<b>In this chapter</b><br/>3.1 When a service could be run by its community<br/>3.2 The five tests<br/>"
            "3.3 Doing it co-operatively<br/>3.4 Contact",
            SMALL,
        ),
        NextPageTemplate("last"),
        PageBreak(),
        _p("3.4 Contact", H2),
        _p("Questions about this chapter? Save this card to your contacts:"),
        Spacer(1, 6),
        _p(
            "BEGIN:VCARD<br/>N:Adebayo-Stone;Femi<br/>TITLE:Public Services Lead<br/>ORG:Co-operatives UK<br/>"
            "EMAIL:femi.adebayo-stone@uk.coop<br/>TEL:0161 496 0744<br/>END:VCARD",
            MONO,
        ),
        Spacer(1, 10),
        _p("Femi Adebayo-Stone, Public Services Lead, Co-operatives UK"),
        Spacer(1, 20),
        _p("Co-operatives UK, Holyoake House, Hanover Street, Manchester M60 0AS. info@uk.coop", SMALL),
    ]
    doc.build(story)


def gmca_brochure() -> None:
    """Landscape programme brochure: cover band labels, logo boxes, funded-by line, back-page mailbox."""
    page = landscape(A4)
    doc = SimpleDocTemplate(
        str(OUT / "programme-brochure-gmca-logo-boxes-strand-funded-by-back-page.pdf"),
        pagesize=page,
        title="Community Wealth Pathfinders",
        author="GMCA",
        invariant=1,
    )

    def band(canv, doc):
        canv.saveState()
        w, h = page
        canv.setFillColor(colors.HexColor("#1f1f5c"))
        canv.rect(0, h - 2.2 * cm, w, 2.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 14)
        canv.drawString(1.5 * cm, h - 1.4 * cm, "Community Wealth Pathfinders")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7)
        canv.drawString(
            1.5 * cm, 0.8 * cm, "\u00a9 Greater Manchester Combined Authority 2024. Printed on recycled paper"
        )
        canv.restoreState()

    box = TableStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
            ("INNERGRID", (0, 0), (-1, -1), 6, colors.white),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f0f0f5")),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), "Helvetica-Bold"),
            ("TOPPADDING", (0, 0), (-1, -1), 14),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
        ]
    )
    logos = Table(
        [
            ["Bolton Council", "Bury MBC", "Oldham MBC", "Rochdale Borough Council"],
            ["Salford", "Stockport", "Co-operatives UK", ""],
        ],
        colWidths=[6 * cm] * 4,
    )
    logos.setStyle(box)
    story = [
        Spacer(1, 1.2 * cm),
        _p(
            "Programme owner: GMCA &nbsp;&nbsp;|&nbsp;&nbsp; Strand: Community Wealth &nbsp;&nbsp;|&nbsp;&nbsp; "
            "Programme period: 2023/24 \u2013 2025/26",
            H3,
        ),
        Spacer(1, 8),
        _p(
            "Community Wealth Pathfinders helps six Greater Manchester boroughs keep more of their public spending "
            "local: in co-operatives, community businesses and firms that pay the Real Living Wage. Each borough tests "
            "one change to how it buys goods and services, and shares what it learns with the others."
        ),
        Spacer(1, 10),
        _p("Partners", H2),
        logos,
        Spacer(1, 8),
        _p("Funded by: UK Shared Prosperity Fund (Greater Manchester allocation)", SMALL),
        Spacer(1, 10),
        _p(
            "All pathfinder suppliers are asked to sign up to the GM Good Employment Charter's characteristics: "
            "secure work, flexible work, a real living wage, workforce engagement and voice, excellent recruitment, "
            "people management, and health and wellbeing.",
            SMALL,
        ),
        PageBreak(),
        _p("What the pathfinders are testing", H2),
        _table(
            [
                ["Borough", "Pathfinder"],
                ["Bolton", "Splitting the school catering contract into ward-sized lots"],
                ["Bury", "A co-operative consortium for home adaptations"],
                ["Oldham", "Community shares to part-fund a town-centre heat network"],
                ["Rochdale", "Social value scoring weighted to local co-ops"],
                ["Salford and Stockport", "A joint framework for community transport"],
            ],
            [6 * cm, 18 * cm],
        ),
        Spacer(1, 14),
        _p("Get in touch", H2),
        _p("Programme team: cwpathfinders@greatermanchester-ca.gov.uk"),
        _p("General enquiries to GMCA: 0161 496 0600", SMALL),
    ]
    doc.build(story, onFirstPage=band, onLaterPages=band)


def clt_case_study() -> None:
    """One-page case study in two frames: At a glance sidebar (lead, partners, when, obfuscated contact)."""
    w, h = A4
    doc = BaseDocTemplate(
        str(OUT / "case-study-two-frames-clt-season-years-obfuscated-email.pdf"),
        pagesize=A4,
        title="Case study: Toxteth Terraces",
        author="Toxteth Terraces CLT",
        invariant=1,
    )
    side = Frame(1.5 * cm, 2 * cm, 5.2 * cm, h - 4 * cm, id="side", showBoundary=0)
    main = Frame(7.3 * cm, 2 * cm, w - 8.8 * cm, h - 4 * cm, id="main")
    doc.addPageTemplates(
        [PageTemplate(id="cs", frames=[side, main], onPage=_footer("Printed 14/03/2022 - case study series no. 6"))]
    )
    story = [
        _p("<b>At a glance</b>", H3),
        _p("<b>Who led it</b><br/>Toxteth Terraces Community Land Trust", SMALL),
        Spacer(1, 6),
        _p(
            "<b>Who else</b><br/>Liverpool City Council<br/>Merseyside Terraces Housing<br/>"
            "University of Liverpool School of Architecture<br/>Lodge Lane Bakery Co-op",
            SMALL,
        ),
        Spacer(1, 6),
        _p("<b>When</b><br/>Spring 2016 \u2013 autumn 2021", SMALL),
        Spacer(1, 6),
        _p("<b>Homes</b><br/>34 restored, 21 at permanently affordable rents", SMALL),
        Spacer(1, 18),
        _p("<b>Contact</b><br/>Jo Mensah<br/>Trust co-ordinator<br/>jo.mensah [at] toxtethterraces.org", SMALL),
        FrameBreak(),
        _p("Bringing the terraces back", H1),
        _p(
            "By 2015 three streets of Victorian terraces off Lodge Lane had been boarded up for more than a decade, "
            "waiting for a demolition that never came. Residents who had stayed set up a community land trust to "
            "take the houses into community ownership and bring them back to life."
        ),
        _p(
            "The council transferred the empty houses to the trust for a nominal sum. The housing association "
            "managed the building contracts and now lets the affordable homes on the trust's behalf. Architecture "
            "students designed the shared back gardens, and the bakery co-op opened in the corner shop, where it now "
            "employs eleven people from the streets around it."
        ),
        _p(
            "It was slow. Two contractors went bust, and the trust spent much of 2019 in a dispute over a party "
            "wall. But by the autumn of 2021 every house was lived in."
        ),
        Spacer(1, 6),
        _p(
            "\u201cResidents, the council, local businesses and us shared the responsibility for these streets "
            "being good places to live, and each of us got something back from it.\u201d",
            QUOTE,
        ),
        _p("- Trust chair, at the 2021 street party", SMALL),
        Spacer(1, 6),
        _p(
            "<b>What others can take from it.</b> Start with the people who stayed. Get the transfer terms right "
            "before you start building. And open something on the corner that people want to walk to."
        ),
        _p(
            "Other case studies in this series: Anfield Homes for Heroes (2013), Granby winter garden (2019).",
            SMALL,
        ),
    ]
    doc.build(story)


def student_coop_leaflet() -> None:
    """A5 two-page leaflet: front page about the pilot; back page partners list and a drawn Talk to us panel."""
    doc = SimpleDocTemplate(
        str(OUT / "student-coop-leaflet-academic-year-talk-to-us-panel.pdf"),
        pagesize=A5,
        title="Better student homes, owned by students",
        author="Selly Oak Student Housing Co-operative",
        leftMargin=1.4 * cm,
        rightMargin=1.4 * cm,
        topMargin=1.4 * cm,
        bottomMargin=1.4 * cm,
        invariant=1,
    )
    panel = Table(
        [
            [
                _p(
                    "<b>Talk to us</b><br/>Ruairi Nwosu, partnerships officer<br/>"
                    "ruairi@sellyoakstudentcoop.org.uk<br/>07700 900 418",
                    BODY,
                )
            ]
        ],
        colWidths=[11.5 * cm],
    )
    panel.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#b0005a")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbe9f2")),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story = [
        _p("Better student homes, owned by students", H1),
        _p(
            "Selly Oak Student Housing Co-operative has housed students in two big shared houses since 2014. Rents "
            "are set by the members, repairs are done fast, and nobody takes a profit."
        ),
        _p(
            "Now we want to grow. We are running a partnership pilot for the 2024/25 academic year to take on four "
            "more houses from private landlords who are leaving the market, and to show that student housing co-ops "
            "can work at the scale of a street, not just a house."
        ),
        _p(
            "Rent in the pilot houses: \u00a398 a week, bills included. Rooms are allocated by lottery among "
            "applicants who have come to an induction evening."
        ),
        PageBreak(),
        _p("Who's involved", H2),
        _p("\u2013 Birmingham City Council: licenses the houses and checks them before anyone moves in", SMALL),
        _p("\u2013 University of Birmingham Guild of Students: promotes the pilot and runs induction evenings", SMALL),
        _p("\u2013 Students for Cooperation: training for our new members' committee", SMALL),
        _p("\u2013 Bournville Village Trust: buys the houses and leases them to us", SMALL),
        Spacer(1, 12),
        KeepTogether([panel]),
        Spacer(1, 10),
        _p(
            "Questions about licensing or landlord standards go to the council's student housing office: "
            "studenthousing@birmingham.gov.uk",
            SMALL,
        ),
        _p("Printed September 2024. Registered society no. 7731.", SMALL),
    ]
    doc.build(story)


def board_paper() -> None:
    """Housing association board paper: header table with report author, numbered paragraphs, roles appendix."""
    doc = SimpleDocTemplate(
        str(OUT / "housing-board-paper-report-author-header-appendix-roles.pdf"),
        pagesize=A4,
        title="Board item 7 - Peak Retrofit Co-operative pilot",
        author="Moorland Homes",
        invariant=1,
    )
    foot = _footer("Moorland Homes Board - 26 June 2024 - Item 7 - CONFIDENTIAL until approved")
    header = _table(
        [
            ["Meeting", "Board of Management"],
            ["Date", "26 June 2024"],
            ["Item", "7"],
            ["Report author", "Ciaran Whitlow, Head of Asset Strategy, ciaran.whitlow@moorlandhomes.org.uk"],
            ["Status of paper", "For decision"],
        ],
        [4 * cm, 12.5 * cm],
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6efe6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    story = [
        _p("Peak Retrofit Co-operative pilot: progress and phase two", H1),
        header,
        Spacer(1, 10),
        _p("1. Purpose", H3),
        _p(
            "1.1&nbsp;&nbsp;Moorland Homes is leading the pilot of a tenant- and worker-owned retrofit co-operative in "
            "the High Peak and Derbyshire Dales. This paper reports progress and asks the Board to approve the second "
            "phase of works.",
            CLAUSE,
        ),
        _p("2. Background", H3),
        _p(
            "2.1&nbsp;&nbsp;In 2022 the Board agreed to explore whether local trades, organised as a co-operative, "
            "could retrofit our solid-wall stone homes better than national contractors (minute B/22/41).",
            CLAUSE,
        ),
        _p(
            "2.2&nbsp;&nbsp;The pilot runs from autumn 2023 to March 2025. It covers 120 homes in Buxton, Glossop, "
            "Matlock and Wirksworth.",
            CLAUSE,
        ),
        _p("3. Progress", H3),
        _p(
            "3.1&nbsp;&nbsp;71 homes completed to date; average EPC improvement two bands; tenant satisfaction 91%. "
            "The co-operative now has 19 worker members and 140 tenant members.",
            CLAUSE,
        ),
        _p("4. Recommendation", H3),
        _p("4.1&nbsp;&nbsp;The Board is asked to approve phase two (49 homes) within the existing budget.", CLAUSE),
        PageBreak(),
        _p("Appendix A - Organisations in the pilot", H2),
        _table(
            [
                ["Organisation", "Role in the pilot"],
                ["Derbyshire Dales District Council", "Partner: planning and conservation advice; grant top-ups"],
                ["High Peak Borough Council", "Partner: private-sector homes in the same streets"],
                ["Peak Retrofit Co-operative", "Partner: delivers the works"],
                ["University of Derby", "Partner: building-performance monitoring"],
                ["Derbyshire County Council", "Observer"],
                ["Midlands Net Zero Hub", "Funder"],
            ],
            [7 * cm, 9.5 * cm],
        ),
    ]
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def hull_charter() -> None:
    """One-page partnership charter with pledges and a grid of signature blocks; no contact details."""
    doc = SimpleDocTemplate(
        str(OUT / "partnership-charter-signatures-convened-by-financial-year-no-contact.pdf"),
        pagesize=A4,
        title="Hull Food Partnership Charter",
        author="Hull City Council",
        topMargin=1.5 * cm,
        bottomMargin=1.5 * cm,
        invariant=1,
    )
    sig = ParagraphStyle("sig14", parent=SMALL, fontSize=7.5, leading=9.5)
    blocks = [
        ("Cllr Mark Ardern", "Portfolio Holder, Communities", "Hull City Council"),
        ("Dr Sunita Varghese", "Director of Partnerships", "Humber Teaching NHS Foundation Trust"),
        ("Prof. Alan Kettlewell", "Pro Vice-Chancellor", "University of Hull"),
        ("Beverley Mace", "Chief Executive", "Goodwin Development Trust"),
        ("Tomasz Nowicki", "Secretary", "Hull Food Co-operative"),
        ("Cllr Ruth Penistone", "Cabinet Member", "East Riding of Yorkshire Council"),
        ("Grace Adeleke", "Co-ordinator", "Hull Community Pantry Network"),
        ("Dr Owen Bramley", "Clinical Director", "Jean Bishop Integrated Care Centre"),
    ]
    cells = [_p(f"______________________<br/>{n}<br/>{r}<br/><b>{o}</b>", sig) for n, r, o in blocks]
    grid = Table([cells[0:4], cells[4:8]], colWidths=[4.3 * cm] * 4)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 14)]))
    story = [
        _p("HULL FOOD PARTNERSHIP CHARTER", H1),
        _p("Convened by Hull City Council", H3),
        Spacer(1, 6),
        _p(
            "One in five Hull households has cut the size of meals or skipped them in the last year. The signatories "
            "of this charter agree to work as one partnership so that everyone in the city can get good food with "
            "dignity, and so that more of the money the city spends on food stays in Hull."
        ),
        _p("Together, we will:", H3),
        _p(
            "1.&nbsp;&nbsp;make sure every kind of Hull resident - not only those who already come to meetings - "
            "gets a say in deciding what the partnership does first;",
            CLAUSE,
        ),
        _p(
            "2.&nbsp;&nbsp;agree in advance what social value each public food contract must deliver, with criteria "
            "and tools to check it, so that food spending brings better local social and economic results;",
            CLAUSE,
        ),
        _p(
            "3.&nbsp;&nbsp;record what we learn and share it with other councils and partnerships, so that they can "
            "apply co-operative approaches too.",
            CLAUSE,
        ),
        Spacer(1, 6),
        _p("This charter runs for the 2025/26 financial year. It was signed at the Guildhall on 12 March 2025."),
        Spacer(1, 10),
        grid,
        Spacer(1, 14),
        _p("Charter template adapted from the Sustainable Food Places network, 2019 edition.", SMALL),
    ]
    doc.build(story)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    mou_wakefield()
    icb_evaluation()
    toolkit_chapter()
    gmca_brochure()
    clt_case_study()
    student_coop_leaflet()
    board_paper()
    hull_charter()


if __name__ == "__main__":
    main()
