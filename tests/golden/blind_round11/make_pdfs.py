"""Generate the round-11 blind test-set PDFs under pdfs/ (prose-first documents).

Run with the project venv:  .venv/bin/python tests/golden/blind_round11/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers); real council names are used on purpose.
Deterministic: reportlab invariant mode fixes creation dates and document IDs, so re-running gives byte-identical
files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, A5  # noqa: E402
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
BODY = ParagraphStyle("body11", parent=SS["BodyText"], fontSize=10, leading=13.5)
SMALL = ParagraphStyle("small11", parent=BODY, fontSize=8.5, leading=11)
TINY = ParagraphStyle("tiny11", parent=BODY, fontSize=7, leading=9, textColor=colors.grey)
H1 = ParagraphStyle("h1_11", parent=SS["Heading1"], fontSize=19, leading=23)
H2 = ParagraphStyle("h2_11", parent=SS["Heading2"], fontSize=13, leading=16)
CENTRE = ParagraphStyle("centre11", parent=BODY, alignment=TA_CENTER)
RIGHT = ParagraphStyle("right11", parent=BODY, alignment=TA_RIGHT)
SERIF = ParagraphStyle("serif11", parent=BODY, fontName="Times-Roman", fontSize=11, leading=14.5, firstLineIndent=14)
SERIF_H = ParagraphStyle("serifh11", parent=SERIF, fontName="Times-Bold", fontSize=15, leading=19, firstLineIndent=0)
FOOTNOTE = ParagraphStyle("fn11", parent=SERIF, fontSize=8, leading=10, firstLineIndent=0)
Q_STYLE = ParagraphStyle("q11", parent=BODY, leftIndent=1.6 * cm, firstLineIndent=-1.6 * cm)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def transcript_bristol() -> None:
    """Oral evidence transcript to a scrutiny inquiry; the witness's co-op leads the scheme."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, h - 1.2 * cm, "Communities Scrutiny Commission - Inquiry into community-led housing")
        canv.drawRightString(w - 2 * cm, h - 1.2 * cm, "Uncorrected transcript of oral evidence")
        canv.drawCentredString(w / 2, 1.1 * cm, f"Page {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "scrutiny-oral-evidence-transcript-witness-leads.pdf"),
        pagesize=A4,
        title="Oral evidence: community-led housing inquiry, session 3",
        author="Bristol City Council Democratic Services",
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    qa = [
        ("Q41 Chair:", "Welcome, Ms Okafor. For the record, could you tell the Commission who you are?"),
        (
            "Adaeze Okafor:",
            "Thank you, Chair. I'm the director of Avon Community Land Trust. We're a membership organisation; "
            "anyone who lives or works in Bristol can join for a pound.",
        ),
        ("Q42 Chair:", "And the Barton Hill scheme. Who is actually in charge of it?"),
        (
            "Adaeze Okafor:",
            "We are. The land trust leads the Barton Hill co-operative homes scheme. Bristol City Council is our "
            "partner and the landowner, and Westway Housing Association is the third partner; it will manage the "
            "rented homes once they're built. But the decisions sit with us and, increasingly, with the future "
            "residents, who have their own co-operative now.",
        ),
        ("Q43 Cllr Hartley:", "When did the scheme start, and when will people move in?"),
        (
            "Adaeze Okafor:",
            "The scheme started in 2021, when the council agreed the land transfer. We broke ground last year, and "
            "we expect to finish it in 2025, with the last households in by the autumn.",
        ),
        ("Q44 Cllr Hartley:", "The Commission heard last week about delays at the Lockleaze site. Any delays here?"),
        (
            "Adaeze Okafor:",
            "Some. Lockleaze is a different scheme, led by a different trust, and I won't speak for them. For us the "
            "main delay was the grid connection, about four months.",
        ),
        ("Q45 Cllr Ndlovu:", "How do residents influence the design?"),
        (
            "Adaeze Okafor:",
            "Through the residents' co-operative. They chose the layout of the shared garden and the bike store, "
            "and they sat on the panel that appointed the contractor. That's not a formality; they changed the "
            "shortlist.",
        ),
        ("Q46 Chair:", "Finally, what should the council do differently next time?"),
        (
            "Adaeze Okafor:",
            "Decide faster on land. Everything else we can manage. If members want the detail, I'm happy to send a "
            "note through the clerk.",
        ),
        ("Chair:", "Thank you. The Commission will now take evidence from Westway Housing Association."),
    ]
    story = [
        _p("Bristol City Council", TINY),
        _p("Communities Scrutiny Commission", H2),
        _p("Inquiry into community-led housing - Session 3", H1),
        _p("Monday 15 January 2024, City Hall, College Green", BODY),
        _p(
            "Members present: Cllr Sophie Marsh (Chair), Cllr Tom Hartley, Cllr Grace Ndlovu, Cllr Imran Qureshi",
            SMALL,
        ),
        _p("Witness: Adaeze Okafor, Director, Avon Community Land Trust", SMALL),
        Spacer(1, 0.4 * cm),
        _p(
            "<i>This is an uncorrected transcript. Neither witnesses nor members have had the opportunity to "
            "correct the record.</i>",
            SMALL,
        ),
        Spacer(1, 0.4 * cm),
    ]
    for who, said in qa:
        story.append(_p(f"<b>{who}</b> {said}", Q_STYLE))
        story.append(Spacer(1, 0.2 * cm))
    story += [
        Spacer(1, 0.6 * cm),
        _p(
            "Transcript prepared by Democratic Services. Queries about the inquiry: scrutiny@bristol.gov.uk",
            TINY,
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


def annual_review_greenbank() -> None:
    """Two-page annual review spread: a narrow stats sidebar frame and a wide story frame."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#2e7d32"))
        canv.rect(0, h - 1.6 * cm, w, 1.6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 11)
        canv.drawString(1.5 * cm, h - 1.05 * cm, "Greenbank Housing Group  |  Annual Review 2023-24")
        canv.setFillColor(colors.HexColor("#e8f5e9"))
        canv.rect(0, 0, 6 * cm, h - 1.6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7)
        canv.drawRightString(w - 1.5 * cm, 0.8 * cm, f"Annual Review 2023-24  {doc.page + 11}")
        canv.restoreState()

    w, h = A4
    side = Frame(0.8 * cm, 1.5 * cm, 4.6 * cm, h - 3.6 * cm, id="side")
    main = Frame(6.8 * cm, 1.5 * cm, w - 8.3 * cm, h - 3.6 * cm, id="main")
    doc = BaseDocTemplate(
        str(OUT / "housing-annual-review-spread-sidebar-stats-launched-with.pdf"),
        pagesize=A4,
        title="Annual Review 2023-24: Skills that stay",
        author="Greenbank Housing Group",
        invariant=1,
    )
    doc.addPageTemplates([PageTemplate(id="spread", frames=[side, main], onPage=chrome)])
    stat = ParagraphStyle(
        "stat", parent=BODY, fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#2e7d32")
    )
    story = [
        _p("312", stat),
        _p("tenants trained since the co-op began", SMALL),
        Spacer(1, 0.5 * cm),
        _p("47", stat),
        _p("tenants now in paid work after training", SMALL),
        Spacer(1, 0.5 * cm),
        _p("6", stat),
        _p("courses chosen by members this year", SMALL),
        Spacer(1, 0.5 * cm),
        _p("In 2022-23 we also completed 1,840 repairs in Wigan homes within target (see page 8).", TINY),
        FrameBreak(),
        _p("Skills that stay", H1),
        _p("How tenants are running their own training co-op", H2),
        _p(
            "When we asked tenants in 2021 what would make the biggest difference to their lives, the answer was not "
            "new kitchens. It was work: decent, local, reliable work, and the skills to get it."
        ),
        _p(
            "So, together with Wigan Council and Wigan &amp; Leigh College, we launched the Tenant Skills Co-op in "
            "September 2022. It is a co-operative owned by the tenants who join it. We provide the rooms and a "
            "co-ordinator, the college provides the tutors and the qualifications, and the council's employment "
            "team brings the links to local employers."
        ),
        _p(
            "What makes it different is who designs it. From the first month, tenants have been equal partners in "
            "designing the courses and in deciding how the co-op's budget is spent; nothing is put on because we "
            "think it would be good for people. This year members chose six courses, from forklift licences to "
            "bookkeeping for small businesses."
        ),
        _p(
            "Not everything has worked. A digital skills course we were keen on attracted four people and was "
            "dropped. Childcare remains the biggest barrier for many members, and we are working with the council "
            "on a creche for the autumn term."
        ),
        _p(
            "\u201cI'd been out of work eleven years. I chose the course, I got the certificate, and now I'm on the "
            "other side of the table teaching it.\u201d - Michelle, member and now volunteer tutor",
            SMALL,
        ),
        Spacer(1, 0.3 * cm),
        _p(
            "<b>Want to get involved?</b> Talk to Carla Mendes, Skills Co-op Co-ordinator, "
            "carla.mendes@greenbankhousing.org.uk or 0161 496 0574."
        ),
        PageBreak(),
        _p("Our year elsewhere", SMALL),
        Spacer(1, 2 * cm),
        FrameBreak(),
        _p("Other highlights of 2023-24", H2),
        _p(
            "Our Leigh retrofit programme, run with Greater Manchester Combined Authority funding since 2020, "
            "reached its 900th home. The Hindley tenants' garden won a Greener Wigan award in 2023. And our "
            "resident board members took part in the Northern Housing Consortium's governance programme."
        ),
        _p("Greenbank Housing Group, Wigan. Registered society 30188R. info@greenbankhousing.org.uk", TINY),
    ]
    doc.build(story)


def evaluation_summary_bury() -> None:
    """University evaluation executive summary: prose, a findings box, corresponding author."""
    doc = SimpleDocTemplate(
        str(OUT / "university-evaluation-summary-prose-pilot-led-by.pdf"),
        pagesize=A4,
        title="Evaluation of the Bury Community Care Co-op pilot: executive summary",
        author="University of Salford",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    box = Table(
        [
            [_p("<b>Key findings at a glance</b>", BODY)],
            [_p("\u2022 Care worker turnover fell from 41% to 14% over the pilot.", SMALL)],
            [_p("\u2022 92% of people receiving care saw the same worker each week (baseline 58%).", SMALL)],
            [_p("\u2022 Costs per hour were 6% higher than the borough average.", SMALL)],
            [_p("\u2022 The co-operative now has 64 worker-members.", SMALL)],
        ],
        colWidths=[16.4 * cm],
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4e0")),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#e09b2d")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story = [
        _p("University of Salford | Sustainable Housing and Urban Studies Unit", TINY),
        Spacer(1, 0.5 * cm),
        _p("Evaluation of the Bury Community Care Co-op pilot", H1),
        _p("Executive summary", H2),
        _p("Tessa Vine, Marcus Oduya and Lin Zhao", BODY),
        _p("Final report, February 2024", SMALL),
        Spacer(1, 0.5 * cm),
        _p("About the pilot", H2),
        _p(
            "The pilot, led by Bury Council in partnership with Bury VCFA and the Radcliffe Care Co-operative, ran "
            "from October 2021 to September 2023. It tested whether home care commissioned from a co-operative "
            "owned by its care workers could improve the continuity and quality of care in Radcliffe and Whitefield, "
            "two wards where the council had struggled to place care packages."
        ),
        _p(
            "The University of Salford was commissioned by the council in 2022 to evaluate the pilot independently. "
            "We were not involved in its design or delivery."
        ),
        _p("What we did", H2),
        _p(
            "We interviewed 38 care workers, 27 people receiving care and their families, and 12 council and "
            "partner staff, and we analysed the council's commissioning data for the pilot wards and two comparison "
            "wards. A similar evaluation we carried out for Tameside's reablement service in 2019 provided the "
            "comparison framework."
        ),
        Spacer(1, 0.3 * cm),
        box,
        Spacer(1, 0.3 * cm),
        _p("What we conclude", H2),
        _p(
            "The pilot met its main aim. Continuity of care improved markedly and workers stayed. The higher hourly "
            "cost is real, but our analysis suggests it is largely offset by fewer missed visits and fewer emergency "
            "placements. We recommend that the council continues to commission from the co-operative and tests the "
            "model in a third ward."
        ),
        Spacer(1, 0.5 * cm),
        _p("Correspondence: Dr Tessa Vine, t.vine@salford.ac.uk", SMALL),
        _p("The full report (62 pages) is available from the University of Salford repository.", TINY),
    ]
    doc.build(story)


def consultation_booklet_halton() -> None:
    """A5 consultation booklet with numbered question boxes."""

    def chrome(canv, doc):
        w, _h = A5
        canv.saveState()
        canv.setFillColor(colors.HexColor("#004b87"))
        canv.rect(0, 0, w, 0.9 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica", 7)
        canv.drawString(
            1 * cm, 0.35 * cm, "Halton Borough Council - Leisure review consultation - closes 5 December 2025"
        )
        canv.drawRightString(w - 1 * cm, 0.35 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "consultation-booklet-a5-question-boxes-proposal-from.pdf"),
        pagesize=A5,
        title="Have your say: the future of Halton's leisure centres",
        author="Halton Borough Council",
        leftMargin=1.2 * cm,
        rightMargin=1.2 * cm,
        topMargin=1.2 * cm,
        bottomMargin=1.5 * cm,
        invariant=1,
    )

    def qbox(n: int, q: str) -> Table:
        t = Table(
            [[_p(f"<b>Question {n}</b>", SMALL)], [_p(q, SMALL)], [_p("&nbsp;", SMALL)], [_p("&nbsp;", SMALL)]],
            colWidths=[12.4 * cm],
        )
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#004b87")),
                    ("LINEBELOW", (0, 1), (-1, 2), 0.3, colors.lightgrey),
                ]
            )
        )
        return t

    story = [
        _p("Have your say", H1),
        _p("The future of Halton's leisure centres", H2),
        _p(
            "Halton Borough Council runs three leisure centres: Kingsway in Widnes, Brookvale in Runcorn and the "
            "Halton Lea pool. Together they welcome more than 600,000 visits a year. They also lose money, and the "
            "council can no longer afford to make up the difference from its shrinking budget."
        ),
        _p(
            "We are proposing to transfer all three centres to a new mutual owned jointly by the staff who work in "
            "them and the residents who use them. If councillors agree, the mutual would take over from April 2026."
        ),
        _p("Why a mutual?", H2),
        _p(
            "We looked at three options: carry on as we are and close one centre; hand the centres to a national "
            "leisure company; or create a mutual. We prefer the mutual because it would give the people who work in "
            "and use the centres far more influence and a direct voice in how they are run, and because any surplus "
            "would be reinvested in Halton rather than paid to shareholders."
        ),
        _p(
            "Under the proposal the council would keep ownership of the buildings and pay the mutual a reducing "
            "fee for five years. Staff would transfer on their current terms. Members of the mutual would elect its "
            "board."
        ),
        PageBreak(),
        _p("Your views", H2),
        qbox(1, "How often do you use a Halton leisure centre?"),
        Spacer(1, 0.3 * cm),
        qbox(2, "Do you support the proposal to create a staff and community mutual? Why?"),
        Spacer(1, 0.3 * cm),
        qbox(3, "Would you consider becoming a member of the mutual?"),
        Spacer(1, 0.4 * cm),
        _p("What happens next", H2),
        _p(
            "The consultation closes on 5 December 2025. Executive Board will consider the results in February 2026. "
            "Knowsley and St Helens councils made similar changes in 2016 and 2018; their reports are on our website."
        ),
        _p(
            "Return this booklet to any leisure centre reception, or send your views and questions to the leisure "
            "review team at leisure.review@halton.gov.uk or 0151 496 0710."
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


def book_chapter_islington() -> None:
    """Edited-volume chapter: running heads, serif body, superscript notes and footnotes at the end of each page."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Times-Italic", 9)
        if doc.page % 2:
            canv.drawRightString(w - 2.5 * cm, h - 1.5 * cm, "Mutual aid goes municipal")
        else:
            canv.drawString(2.5 * cm, h - 1.5 * cm, "Co-operative Places: Councils, Commons and Communities")
        canv.setFont("Times-Roman", 9)
        canv.drawCentredString(w / 2, 1.3 * cm, str(doc.page + 142))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "edited-book-chapter-footnotes-established-funding-ended.pdf"),
        pagesize=A4,
        title="Chapter 7: Mutual aid goes municipal",
        author="Policy Press",
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.3 * cm,
        bottomMargin=2.2 * cm,
        invariant=1,
    )
    story = [
        _p("SEVEN", ParagraphStyle("chapno", parent=SERIF_H, fontSize=11, textColor=colors.grey)),
        _p("Mutual aid goes municipal: the Islington food co-operatives", SERIF_H),
        _p("<i>Ruth Akinola and Daniel Cheng</i>", ParagraphStyle("auth", parent=SERIF, firstLineIndent=0)),
        Spacer(1, 0.5 * cm),
        _p("Introduction", ParagraphStyle("sh", parent=SERIF_H, fontSize=12)),
        _p(
            "In the spring of 2020, like many places, Islington saw an explosion of mutual aid. Street WhatsApp "
            "groups delivered shopping; churches and mosques ran food parcels; a community kitchen in Holloway "
            "served two hundred meals a day. This chapter asks what happened when a council tried to turn that "
            "burst of solidarity into something permanent.<super>1</super>"
        ),
        _p(
            "Islington Council, working with the Holloway Food Co-operative and the Cally Pantry Network, established "
            "a borough-wide network of food co-operatives in 2020. The council provided premises, a small grants "
            "fund and a team of three officers; the two community partners recruited members and ran the shops. "
            "Council funding ended in 2023, by which point seven co-operatives were trading, four of them without "
            "any further support.<super>2</super>"
        ),
        _p(
            "We draw on forty interviews carried out between 2021 and 2023 with members, volunteers, officers and "
            "councillors, and on the network's own records. We argue that the network's success depended less on "
            "the co-operative form itself than on the council's willingness to step back once the shops were open."
        ),
        _p("From parcels to pantries", ParagraphStyle("sh2", parent=SERIF_H, fontSize=12)),
        _p(
            "The first co-operative opened in a disused housing office on the Andover estate in November 2020. "
            "Members paid three pounds a week for a basket of groceries worth roughly fifteen. Unlike a food bank, "
            "there was no referral and no means test: anyone on the estate could join, and members voted on what "
            "the shop stocked.<super>3</super>"
        ),
        _p(
            "The model was not new. Similar pantry networks had been developed in Stockport from 2013 and by Your "
            "Local Pantry nationally.<super>4</super> What was new was a council's direct involvement in setting "
            "them up as co-operatives rather than as projects of a charity."
        ),
        Spacer(1, 0.4 * cm),
        _p("_____", FOOTNOTE),
        _p("1. On mutual aid in London in 2020 see Hale and Wu (2021).", FOOTNOTE),
        _p(
            "2. Islington Council, <i>Food Co-operatives Network: closing report</i>, Executive, 14 September 2023.",
            FOOTNOTE,
        ),
        _p("3. Interview, member, Andover estate co-operative, June 2021.", FOOTNOTE),
        _p(
            "4. See also Chapter 4 in this volume, on Leeds City Council's community grocers (2017-2019).",
            FOOTNOTE,
        ),
        PageBreak(),
        _p("Stepping back", ParagraphStyle("sh3", parent=SERIF_H, fontSize=12)),
        _p(
            "By 2022 the officers' role had shifted from running things to answering the phone. Several members "
            "described this as the moment the shops became 'ours'. The council's decision to end funding in 2023 "
            "was controversial, but the four co-operatives that survived it had all elected committees that had "
            "already taken over the finances.<super>5</super>"
        ),
        _p(
            "We conclude that councils wishing to follow Islington should plan their exit from the beginning, and "
            "judge success by how little they are needed."
        ),
        Spacer(1, 0.4 * cm),
        _p("_____", FOOTNOTE),
        _p("5. Interview, former community development officer, Islington Council, March 2023.", FOOTNOTE),
        Spacer(1, 0.6 * cm),
        _p(
            "Ruth Akinola is Senior Lecturer in Social Policy at London Metropolitan University. Daniel Cheng is a "
            "Research Fellow at the Young Foundation.",
            ParagraphStyle("bio", parent=FOOTNOTE, fontName="Times-Italic"),
        ),
    ]
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


def programme_report_don_valley() -> None:
    """Report to members at an AGM: agenda page, then the programme report."""
    doc = SimpleDocTemplate(
        str(OUT / "coop-agm-programme-report-agenda-first-since-year.pdf"),
        pagesize=A4,
        title="Schools Solar Programme - Report to Members, AGM 2024",
        author="Don Valley Community Energy Co-operative",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    agenda = Table(
        [
            ["1.", "Welcome and apologies", "18:30"],
            ["2.", "Minutes of the 2023 AGM", "18:35"],
            ["3.", "Schools Solar Programme: report to members (this paper)", "18:40"],
            ["4.", "Accounts for the year to 31 March 2024", "19:10"],
            ["5.", "Election of directors", "19:25"],
            ["6.", "Any other business", "19:40"],
        ],
        colWidths=[1 * cm, 12 * cm, 2.5 * cm],
    )
    agenda.setStyle(
        TableStyle(
            [("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]
        )
    )
    story = [
        _p("Don Valley Community Energy Co-operative Ltd", H2),
        _p("Annual General Meeting 2024", H1),
        _p("Thursday 26 September 2024, 6.30pm, Attercliffe Library community room, Sheffield", BODY),
        Spacer(1, 0.5 * cm),
        _p("Agenda", H2),
        agenda,
        Spacer(1, 0.5 * cm),
        _p("Members unable to attend may appoint a proxy using the form sent with this notice.", SMALL),
        PageBreak(),
        _p("Item 3", SMALL),
        _p("Schools Solar Programme - Report to Members", H1),
        _p(
            "This year's report focuses on our biggest piece of work, the Schools Solar Programme, which the board "
            "believes members should hear about in detail before they vote on the directors who will steer it next."
        ),
        _p("Where we are", H2),
        _p(
            "We have run the programme with Sheffield City Council and Barnsley Council since 2018. The co-operative "
            "raises the money through share offers to members, owns the panels and sells the electricity to the "
            "schools at a discount; the two councils, as the schools' landlords, lease us the roof space and help "
            "us work with head teachers. There are now panels on 31 school roofs, 22 in Sheffield and 9 in "
            "Barnsley, generating about 1.4 gigawatt hours a year."
        ),
        _p(
            "Pupils are part of it too. Every school in the programme gets a live display of what its roof is "
            "generating and a set of lessons written by our volunteers."
        ),
        _p("This year", H2),
        _p(
            "In the year to March 2024 we added five roofs and repaid 4% interest to members. Our share offer in "
            "the spring raised &#163;410,000 from 380 members, 140 of them new. The inverter failures at two "
            "Barnsley schools in the winter were fixed under warranty."
        ),
        _p("Next year", H2),
        _p(
            "The board proposes to extend the programme to Rotherham schools and to try battery storage at two "
            "sites. Rotherham's own community energy scheme, Rother Valley Sun (founded 2015), has offered to share "
            "its experience."
        ),
        Spacer(1, 0.4 * cm),
        _p(
            "Members with questions about the programme should contact our schools lead, Ravi Dhillon, at "
            "ravi@donvalleyenergy.coop before the meeting."
        ),
        Spacer(1, 0.6 * cm),
        _p(
            "Don Valley Community Energy Co-operative Ltd is a community benefit society (registered no. 7712). "
            "Registered office: 14 Attercliffe Road, Sheffield. hello@donvalleyenergy.coop",
            TINY,
        ),
    ]
    doc.build(story)


def resident_letter_tameside() -> None:
    """A letter to residents with an address block and a tear-off reply slip."""

    def chrome(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Bold", 14)
        canv.drawRightString(w - 2 * cm, h - 2 * cm, "Tameside Council")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(
            w - 2 * cm, h - 2.5 * cm, "Neighbourhoods Team, Tameside One, Market Place, Ashton-under-Lyne OL6 6BH"
        )
        canv.setDash(3, 3)
        canv.line(1.5 * cm, 6.2 * cm, w - 1.5 * cm, 6.2 * cm)
        canv.setFont("Helvetica", 7)
        canv.drawString(1.5 * cm, 6.35 * cm, "- - cut here - -")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "resident-letter-tear-off-slip-from-october-for-a-year.pdf"),
        pagesize=A4,
        title="Letter to residents: Hattersley community pantry",
        author="Tameside Council",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=3.4 * cm,
        bottomMargin=1.5 * cm,
        invariant=1,
    )
    story = [
        _p("The Occupier<br/>Hattersley Road East<br/>Hyde SK14", BODY),
        Spacer(1, 0.4 * cm),
        _p("Our ref: NBH/HP/0924", SMALL),
        _p("2 September 2024", SMALL),
        Spacer(1, 0.4 * cm),
        _p("Dear resident,", BODY),
        _p("<b>A community pantry for Hattersley</b>", BODY),
        _p(
            "I am writing to let you know about a new community pantry opening in your neighbourhood, and to invite "
            "you to become a member."
        ),
        _p(
            "From October, the council, together with Hattersley and Mottram Community Action and Onward Homes, "
            "will run a co-operative pantry at the Hub on Hattersley Road East. It will run for a year, until the "
            "end of September 2025, and we will then decide with members whether it should carry on."
        ),
        _p(
            "Members pay &#163;4 a week and can choose around twelve items, including fresh fruit and vegetables, "
            "each visit. The pantry will be open on Tuesdays, Thursdays and Saturdays. Members will elect a small "
            "committee to help decide what the pantry stocks and how it is run."
        ),
        _p(
            "You do not need a referral and there is no means test. If you would like to join, please fill in the "
            "slip below and hand it in at the Hub, or contact me directly. If you have any questions about the "
            "pantry, please contact me at jo.whitworth@tameside.gov.uk or on 0161 496 0128."
        ),
        _p("Yours faithfully,", BODY),
        Spacer(1, 0.5 * cm),
        _p("Jo Whitworth<br/>Neighbourhood Co-ordinator, Hyde and Hattersley", BODY),
        Spacer(1, 3.2 * cm),
        _p("<b>Hattersley Community Pantry - membership interest slip</b>", BODY),
        _p("Name: ______________________  Address: ______________________________", SMALL),
        _p("Phone or email: ___________________  Number in household: ____", SMALL),
        _p("Return to: The Hub, Hattersley Road East, or post to the Neighbourhoods Team at the address above.", TINY),
    ]
    doc.build(story, onFirstPage=chrome)


def written_evidence_no_lead() -> None:
    """Written evidence to a select committee: numbered paragraphs, several councils' examples, no single lead."""

    def chrome(canv, doc):
        w, _h = A4
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        canv.drawString(2 * cm, 1.2 * cm, "LEG0042")
        canv.drawRightString(w - 2 * cm, 1.2 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "written-evidence-committee-numbered-paras-examples-no-lead.pdf"),
        pagesize=A4,
        title="Written evidence submitted by the Community Wealth Alliance (LEG0042)",
        author="Community Wealth Alliance",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
    )
    num = ParagraphStyle("num", parent=BODY, leftIndent=0.9 * cm, firstLineIndent=-0.9 * cm, spaceAfter=6)
    paras = [
        "The Community Wealth Alliance is a network of 140 co-operatives, community businesses and local "
        "authorities working to keep wealth in the places where it is created. We welcome the Committee's inquiry "
        "into local economic growth.",
        "Our central point is simple: growth that is owned locally stays locally. Councils have more power to "
        "shape who owns their local economy than is often recognised, through what they buy, what they lease and "
        "whom they lend to.",
        "There are many examples. Preston City Council's work with its anchor institutions from 2013 is the best "
        "known. Wirral Council has been building a local spend framework since 2020. Islington Council's food "
        "co-operatives (2020-2023) show how councils can help residents own the basics. North Ayrshire Council "
        "rewrote its procurement rules between 2019 and 2022.",
        "None of these examples was funded by central government, and each relied on the determination of a "
        "small number of officers. They are fragile. When those officers leave, the work often stops.",
        "We recommend that the Government (a) publish guidance on co-operative and community ownership in local "
        "growth plans; (b) allow councils to weight local ownership in procurement; and (c) create a modest "
        "capital fund, administered by a body such as the Co-operative Councils' Innovation Network, to help "
        "councils replicate what works.",
        "We would be glad to give oral evidence.",
    ]
    story = [
        _p("Written evidence submitted by the Community Wealth Alliance (LEG0042)", H2),
        _p("Business and Trade Committee - Inquiry: Local economic growth", SMALL),
        _p("January 2024", SMALL),
        Spacer(1, 0.5 * cm),
        _p("Summary", H2),
        _p(
            "Locally owned enterprises keep more of their value in the local economy. Councils can help create "
            "them, but the examples that exist depend on a few determined officers and need national support."
        ),
        Spacer(1, 0.3 * cm),
        _p("Evidence", H2),
    ]
    for i, text in enumerate(paras, start=1):
        story.append(_p(f"{i}.&nbsp;&nbsp;{text}", num))
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    transcript_bristol()
    annual_review_greenbank()
    evaluation_summary_bury()
    consultation_booklet_halton()
    book_chapter_islington()
    programme_report_don_valley()
    resident_letter_tameside()
    written_evidence_no_lead()


if __name__ == "__main__":
    main()
