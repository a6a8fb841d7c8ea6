"""Generate the round-7 blind test-set PDFs under pdfs/ (news and press family).

Run with the project venv:  .venv/bin/python tests/golden/blind_round7/make_pdfs.py

All text is invented (people, projects, figures, emails, phone numbers from the Ofcom drama ranges); real council
names and the canonical principle statement are used on purpose. Deterministic: reportlab invariant mode fixes
creation dates and document IDs, so re-running gives byte-identical files.
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
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontSize=10.5, leading=14)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=SS["Title"], fontSize=20, leading=24, alignment=0)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontSize=13, leading=16)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontSize=11, leading=14)
COL = ParagraphStyle("col", parent=BODY, fontSize=9, leading=12)
COL_H = ParagraphStyle("col_h", parent=SS["Heading3"], fontSize=11.5, leading=14, textColor=colors.HexColor("#7a1f3d"))
PULL = ParagraphStyle(
    "pull", parent=BODY, fontName="Helvetica-BoldOblique", fontSize=13, leading=17, textColor=colors.HexColor("#0b4f6c")
)
LABEL = ParagraphStyle("label", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=14)

CO_PRODUCTION = (
    "We will develop systems that enable citizens to be equal partners in designing and commissioning public "
    "services and in determining the use of public resources."
)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def tameside_press_release() -> None:
    """Letterhead press release with embargo, ENDS and Notes to editors naming the partners."""

    def letterhead(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#5b2a86"))
        canv.rect(0, h - 2.6 * cm, w, 2.6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 15)
        canv.drawString(2 * cm, h - 1.3 * cm, "Tameside Metropolitan Borough Council")
        canv.setFont("Helvetica", 10)
        canv.drawString(2 * cm, h - 1.9 * cm, "Communications and Marketing")
        canv.setFont("Helvetica-Bold", 18)
        canv.drawRightString(w - 2 * cm, h - 1.6 * cm, "PRESS RELEASE")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(
            2 * cm, 1.2 * cm, "Tameside One, Market Place, Ashton-under-Lyne OL6 6BH  |  www.tameside.gov.uk"
        )
        canv.drawRightString(w - 2 * cm, 1.2 * cm, f"\u00a9 Tameside MBC 2024  |  page {doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "tameside-letterhead-release-embargo-notes-partners.pdf"),
        pagesize=A4,
        title="Press release: Repairs co-op",
        author="Tameside MBC Communications",
        invariant=1,
    )
    frame = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 5.2 * cm, id="body")
    doc.addPageTemplates([PageTemplate(id="lh", frames=[frame], onPage=letterhead)])
    meta = Table(
        [
            ["Ref:", "TMBC/PR/24/117"],
            ["Issued:", "Friday 5 July 2024"],
            ["Embargo:", "EMBARGOED UNTIL 00:01, TUESDAY 9 JULY 2024"],
        ],
        colWidths=[2.4 * cm, 12 * cm],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                ("TEXTCOLOR", (1, 2), (1, 2), colors.HexColor("#b00020")),
            ]
        ),
    )
    story = [
        meta,
        Spacer(1, 0.5 * cm),
        _p("Tenant-run repairs co-op to cover 2,000 more homes after pilot success", H1),
        Spacer(1, 0.2 * cm),
        _p(
            "<b>Tenants who fix their own estates have cut waiting times for small repairs from five weeks to six "
            "days, according to the final report on a two-year pilot.</b>"
        ),
        _p(
            "The Repairs Co-operative pilot ran in Hyde and Denton from April 2022 to March 2024 and was led by "
            "Tameside Council. Tenants who joined the co-operative were trained to carry out small repairs such as "
            "fitting locks, fixing taps and replacing fence panels, and were paid for each job from a shared budget. "
            "Larger jobs were passed to qualified trades who agreed to the co-operative's standards."
        ),
        _p(
            "During the pilot, 94 tenants joined the co-operative and carried out 3,140 repairs. Satisfaction with "
            "repairs on the two estates rose from 58% to 87%. Eleven members have since gone on to take a building "
            "trades qualification at Tameside College."
        ),
        _p(
            "Councillor Jacqueline North, Tameside's Executive Member for Housing, said: \u201cThis pilot proves that "
            "tenants are the best people to look after their own estates. It is faster, it is cheaper, and it puts "
            "money in local pockets. We now want every estate in the borough to have the chance to join.\u201d"
        ),
        _p(
            "Councillor Dena Ryness of Stockport Council, whose Brinnington tenants took part in the training, said: "
            "\u201cOur tenants learned a lot alongside Tameside's. We'll be looking closely at how to bring this "
            "to Stockport.\u201d"
        ),
        _p(
            "The co-operative will now be offered to a further 2,000 homes in Ashton, Droylsden and Mossley from "
            "October. A similar scheme in Oldham, launched in 2019, helped to shape the pilot."
        ),
        _p("<b>ENDS</b>", LABEL),
        Spacer(1, 0.3 * cm),
        _p("Notes to editors", H2),
        _p("1. The pilot was funded from the council's Housing Revenue Account and a Greater Manchester grant."),
        _p("2. The pilot partners were Jigsaw Homes Tameside, Stockport Council and Tameside College."),
        _p("3. Photographs of co-op members at work in Hyde are available from the press office."),
        _p("4. Tameside has been a member of the Co-operative Councils' Innovation Network since 2016."),
        Spacer(1, 0.3 * cm),
        _p("Media contact", H2),
        _p("Tameside Council Press Office<br/>Tel: 0161 496 0293<br/>Email: press.office@tameside.gov.uk"),
        _p("Out of hours (journalists only): 07700 900287", SMALL),
    ]
    doc.build(story)


def joint_release_hastings_brighton() -> None:
    """Two-page joint press release from two councils; two media contacts."""

    def band(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#006a71"))
        canv.setLineWidth(3)
        canv.line(2 * cm, h - 2.2 * cm, w - 2 * cm, h - 2.2 * cm)
        canv.setFont("Helvetica-Bold", 10)
        canv.setFillColor(colors.HexColor("#006a71"))
        canv.drawString(2 * cm, h - 1.7 * cm, "JOINT PRESS RELEASE")
        canv.setFont("Helvetica", 9)
        canv.drawRightString(w - 2 * cm, h - 1.7 * cm, "Hastings Borough Council  |  Brighton & Hove City Council")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7.5)
        canv.drawCentredString(w / 2, 1.2 * cm, f"Page {doc.page} of 2")
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "joint-release-two-councils-two-media-contacts.pdf"),
        pagesize=A4,
        title="Joint press release - Sussex Coast Community-Led Homes Partnership",
        author="Hastings Borough Council",
        invariant=1,
    )
    frame = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4.8 * cm, id="body")
    doc.addPageTemplates([PageTemplate(id="band", frames=[frame], onPage=band)])
    story = [
        _p("Date: 19 September 2023", SMALL),
        _p("For immediate release", SMALL),
        Spacer(1, 0.3 * cm),
        _p("Councils join forces to back community land trusts on the Sussex coast", H1),
        _p(
            "Hastings Borough Council and Brighton &amp; Hove City Council are jointly leading the Sussex Coast "
            "Community-Led Homes Partnership, working with Eastbourne Borough Council and Sussex Community Housing "
            "Hub. The partnership will run from January 2024 to December 2026."
        ),
        _p(
            "The partnership will help community land trusts, housing co-operatives and cohousing groups to find "
            "sites, raise money and get through planning. It aims to see 300 community-led homes started along the "
            "coast by the end of 2026, with at least half let at social or living rents."
        ),
        _p(
            "Each council will identify small sites it owns that could be transferred to community groups at below "
            "market value, in return for homes that stay affordable for ever. Sussex Community Housing Hub will "
            "provide technical advice and training for groups' volunteers."
        ),
        _p(
            "Councillor Glenn Haffenden, Leader of Hastings Borough Council, said: \u201cHastings has learned a great "
            "deal from its own community land trusts, and we want to share that with our neighbours. Housing built "
            "and run by local people is housing that stays local.\u201d"
        ),
        _p(
            "Councillor Gill Williams, Cabinet Member for Housing at Brighton &amp; Hove City Council, said: "
            "\u201cThe city has long waiting lists and very little land. Working together, the coastal councils can "
            "open up sites and give community groups the backing they need.\u201d"
        ),
        _p(
            "A launch event for community groups will be held in Bexhill in November. The partnership will also "
            "learn from Bristol's community-led housing hub, which has run since 2019, and from the Cornwall "
            "Community Land Trust network."
        ),
        _p("<b>-ends-</b>", LABEL),
        PageBreak(),
        _p("Notes to editors", H2),
        _p(
            "1. The partnership is funded by the two lead councils and a grant from the Community Housing Fund's "
            "successor programme."
        ),
        _p("2. Hastings has supported community land trusts since 2020; Brighton &amp; Hove has three housing co-ops."),
        _p("3. Rother District Council and Lewes District Council have been invited to the launch."),
        Spacer(1, 0.4 * cm),
        _p("Media contacts", H2),
        _p(
            "<b>Hastings Borough Council:</b> Ellie Marsh, Communications Officer, 01632 960 514, "
            "ellie.marsh@hastings.gov.uk"
        ),
        _p("<b>Brighton &amp; Hove City Council:</b> press office, 01632 960 733, press@brighton-hove.gov.uk"),
    ]
    doc.build(story)


def members_newsletter_brixton() -> None:
    """Printed members' newsletter of a community energy co-op, three columns per page, several items."""

    def masthead(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#f2b705"))
        canv.rect(0, h - 3 * cm, w, 3 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica-Bold", 22)
        canv.drawString(1.5 * cm, h - 1.6 * cm, "Brixton Community Power")
        canv.setFont("Helvetica", 10)
        canv.drawString(1.5 * cm, h - 2.3 * cm, "Members' Newsletter  \u2022  No. 9  \u2022  December 2023")
        canv.setFont("Helvetica", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(
            1.5 * cm, 0.9 * cm, "Brixton Community Power Ltd, a community benefit society. Printed on recycled paper."
        )
        canv.drawRightString(w - 1.5 * cm, 0.9 * cm, str(doc.page))
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "coop-members-newsletter-print-three-columns-partners-box.pdf"),
        pagesize=A4,
        title="Members' Newsletter No. 9",
        author="Brixton Community Power",
        invariant=1,
    )
    cw = (A4[0] - 3 * cm - 1 * cm) / 3
    frames = [Frame(1.5 * cm + i * (cw + 0.5 * cm), 1.5 * cm, cw, A4[1] - 5 * cm, id=f"c{i}") for i in range(3)]
    doc.addPageTemplates([PageTemplate(id="cols", frames=frames, onPage=masthead)])
    partners = Table(
        [
            [Paragraph("<b>Our partners this year</b>", COL)],
            [Paragraph("Lambeth Council (school and estate roofs)", COL)],
            [Paragraph("Southwark Council (library roofs)", COL)],
            [Paragraph("South London Energy Training Hub (installer apprenticeships)", COL)],
        ],
        colWidths=[cw - 0.2 * cm],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a1f3d")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fbe9ef")),
            ]
        ),
    )
    story = [
        _p("From the chair", COL_H),
        _p(
            "What a year. Six new roofs, our biggest AGM yet and, for the first time, more members south of "
            "Coldharbour Lane than north of it. Thank you to every one of you who came to a meeting, climbed a "
            "ladder or simply kept your money with us. \u2014 Marcia Thompson, chair",
            COL,
        ),
        _p("Six more roofs", COL_H),
        _p(
            "This autumn our installers finished panels on four schools and an estate community hall in Lambeth and "
            "on two libraries in Southwark. Together they will generate around 310 MWh a year, and every school gets "
            "its electricity at a lower price than the grid for 20 years.",
            COL,
        ),
        _p(
            "The roofs were paid for by our fourth share offer, which raised \u00a3486,000 from 720 members, most of "
            "them local.",
            COL,
        ),
        KeepTogether([Spacer(1, 0.2 * cm), partners, Spacer(1, 0.2 * cm)]),
        FrameBreak(),
        _p("AGM round-up", COL_H),
        _p(
            "Ninety-one members came to the AGM at Brixton Library. You re-elected three directors, agreed a 3.5% "
            "interest rate for this year and voted to put 20% of our surplus into the community fund. The fund will "
            "pay for energy advice sessions and draught-proofing for members in fuel poverty.",
            COL,
        ),
        _p("Where it started", COL_H),
        _p(
            "We were founded in 2012 by residents of the Loughborough Estate, with one roof and 83 members. Eleven "
            "years on we have 1,140 members and 21 roofs.",
            COL,
        ),
        _p("Interest payments", COL_H),
        _p(
            "Interest for the year will be paid into members' bank accounts in January. If your details have "
            "changed, please update them on the members' portal.",
            COL,
        ),
        FrameBreak(),
        _p("Volunteer with us", COL_H),
        _p(
            "We need volunteers to help at school assemblies, run our stall at the Brixton Winter Market and check "
            "meter readings. No experience needed, and there are biscuits.",
            COL,
        ),
        _p(
            "To find out more, contact our volunteer co-ordinator:<br/>Femi Adeyemi<br/>"
            "femi@brixtoncommunitypower.coop<br/>020 7946 0318",
            COL,
        ),
        _p("Elsewhere in the movement", COL_H),
        _p(
            "Congratulations to Repowering London on their tenth anniversary, and to Plymouth Energy Community, whose "
            "solar farm near Ernesettle opened in 2019. If you fancy a day out, both run open days in spring.",
            COL,
        ),
        _p("Dates for your diary", COL_H),
        _p("Members' social: 18 January 2024, Pop Brixton<br/>Next AGM: 14 September 2024", COL),
        _p("General enquiries: hello@brixtoncommunitypower.coop", COL),
    ]
    doc.build(story)


def media_briefing_swansea() -> None:
    """A background media briefing: key-facts table, Q&A, mixed principles, spokespeople, media contact."""

    def header(canv, doc):
        _w, h = A4
        canv.saveState()
        canv.setFont("Helvetica-Bold", 9)
        canv.setFillColor(colors.HexColor("#9b1c31"))
        canv.drawString(2 * cm, h - 1.3 * cm, "MEDIA BRIEFING  |  BACKGROUND  |  NOT FOR PUBLICATION BEFORE 10:00")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 7.5)
        canv.drawString(2 * cm, 1.2 * cm, "Swansea Council Communications  \u2022  Briefing 2025/14")
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(OUT / "media-briefing-key-facts-qa-mixed-principles-swansea.pdf"),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Media briefing: Swansea Community Care Co-operative",
        author="Swansea Council",
        invariant=1,
    )
    facts = Table(
        [
            [Paragraph("<b>Responsible council</b>", BODY), Paragraph("City and County of Swansea", BODY)],
            [
                Paragraph("<b>Working with</b>", BODY),
                Paragraph(
                    "Neath Port Talbot Council; Swansea Council for Voluntary Service; Gower Care Co-operative", BODY
                ),
            ],
            [Paragraph("<b>Period covered</b>", BODY), Paragraph("May 2022 \u2013 December 2024", BODY)],
            [Paragraph("<b>Status</b>", BODY), Paragraph("Pilot complete", BODY)],
            [Paragraph("<b>Care hours delivered</b>", BODY), Paragraph("61,400", BODY)],
            [Paragraph("<b>Briefing date</b>", BODY), Paragraph("27 February 2025", BODY)],
        ],
        colWidths=[5 * cm, 12 * cm],
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3e6e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    story = [
        _p("Swansea Community Care Co-operative: the pilot in brief", H1),
        _p(
            "This note gives journalists background ahead of the publication of the independent evaluation at 10:00 "
            "on Thursday 27 February 2025. Figures may be reported after that time.",
            SMALL,
        ),
        Spacer(1, 0.3 * cm),
        _p("Key facts", H2),
        facts,
        Spacer(1, 0.4 * cm),
        _p("Questions and answers", H2),
        _p("What is the Community Care Co-operative?", H3),
        _p(
            "A home-care service owned jointly by the care workers who deliver it and the people who receive it. Each "
            "group elects half of the board. Care workers are salaried, paid for travel time and work in small "
            "neighbourhood teams in Penlan, Townhill and Pontarddulais."
        ),
        _p("What did the evaluation find?", H3),
        _p(
            "Staff turnover fell from 38% a year to 11%. Missed visits fell by two thirds. People receiving care "
            "reported higher satisfaction than the council's other home-care providers in every quarter of the pilot."
        ),
        _p("What did it cost?", H3),
        _p(
            "About 6% more per hour than the average contracted rate, offset in part by lower recruitment and agency "
            "costs. The evaluation estimates the net extra cost at \u00a31.30 an hour."
        ),
        _p("What happens now?", H3),
        _p(
            "Cabinet agreed in January to make the co-operative a permanent part of the home-care market from April "
            "2025, and to invite care workers in two more areas to form teams. Carmarthenshire County Council, which "
            "ran its own care co-op trial in 2019, has asked to share findings."
        ),
        _p("The co-operative principles behind it", H2),
        _p(f"<b>Co-production</b> \u2013 {CO_PRODUCTION}"),
        _p(
            "Backing new ways of meeting priority care needs, such as co-operatives and mutuals, that give care "
            "workers and the people they support a real voice in how the service is run."
        ),
        _p("Spokespeople", H2),
        _p(
            "Available for interview on the day, arranged through the press office: Councillor Louise Gibbard, "
            "Cabinet Member for Care Services; Sioned Rowlands, care worker and co-op chair; Dr Aled Morgan, "
            "evaluation lead."
        ),
        _p("Media contact", H2),
        _p(
            "Rhodri Evans, Communications Officer, Swansea Council<br/>"
            "01632 960 418  \u2022  rhodri.evans@swansea.gov.uk"
        ),
    ]
    doc.build(story, onFirstPage=header, onLaterPages=header)


def magazine_reprint_lewisham() -> None:
    """A two-column magazine article reprint with a pull quote and a contact box."""

    def reprint(canv, doc):
        w, h = A4
        canv.saveState()
        canv.setFillColor(colors.HexColor("#0b4f6c"))
        canv.rect(0, h - 1.6 * cm, w, 1.6 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(1.8 * cm, h - 1.05 * cm, "MUNICIPAL MATTERS")
        canv.setFont("Helvetica", 8.5)
        canv.drawRightString(w - 1.8 * cm, h - 1.05 * cm, "Issue 212  \u2022  March 2024  \u2022  Feature")
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica-Oblique", 7)
        canv.drawString(
            1.8 * cm,
            0.9 * cm,
            "Reprinted from Municipal Matters, issue 212, March 2024. \u00a9 Civic Press Ltd 2024. "
            "Reproduced with permission for Lewisham Council.",
        )
        canv.restoreState()

    doc = BaseDocTemplate(
        str(OUT / "magazine-reprint-two-column-pull-quote-lewisham.pdf"),
        pagesize=A4,
        title="Reprint: How Lewisham built a co-operative childcare model",
        author="Civic Press Ltd",
        invariant=1,
    )
    gutter = 0.7 * cm
    cw = (A4[0] - 3.6 * cm - gutter) / 2
    top = Frame(1.8 * cm, A4[1] - 6.2 * cm, A4[0] - 3.6 * cm, 4.2 * cm, id="top")
    left = Frame(1.8 * cm, 1.5 * cm, cw, A4[1] - 7.9 * cm, id="left")
    right = Frame(1.8 * cm + cw + gutter, 1.5 * cm, cw, A4[1] - 7.9 * cm, id="right")
    left2 = Frame(1.8 * cm, 1.5 * cm, cw, A4[1] - 3.6 * cm, id="left2")
    right2 = Frame(1.8 * cm + cw + gutter, 1.5 * cm, cw, A4[1] - 3.6 * cm, id="right2")
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[top, left, right], onPage=reprint, autoNextPageTemplate="rest"),
            PageTemplate(id="rest", frames=[left2, right2], onPage=reprint),
        ]
    )
    contact = Table(
        [
            [Paragraph("<b>Contact</b>", COL)],
            [Paragraph("Dionne Clarke, Early Years Co-operative Lead, Lewisham Council", COL)],
            [Paragraph("dionne.clarke@lewisham.gov.uk", COL)],
        ],
        colWidths=[cw - 0.2 * cm],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#0b4f6c")),
                ("BACKGROUND", (0, 0), (-1, -1), colors.whitesmoke),
            ]
        ),
    )
    story = [
        _p("How Lewisham built a co-operative childcare model", H1),
        _p(
            "Parents own a share in the nurseries their children attend. Three years on, other boroughs are asking how "
            "it was done. <i>By Priti Desai</i>",
            H3,
        ),
        FrameBreak(),
        _p(
            "When Lewisham's early years team first suggested that parents could co-own the borough's new "
            "nurseries, the reaction inside the town hall was mixed. \u201cPeople asked who would be liable if it "
            "went wrong,\u201d recalls one senior officer. "
            "\u201cNobody asked who would benefit if it went right.\u201d",
            COL,
        ),
        _p(
            "Lewisham Council has led the Co-operative Childcare Partnership since 2021, working with Greenwich "
            "Council, Bexley Council and the parent-owned Little Lewisham Co-op. There are now five co-operative "
            "nurseries across the three boroughs, with 310 places.",
            COL,
        ),
        _p(
            "The model is simple to describe. Each nursery is a co-operative society. Parents buy a \u00a31 share, "
            "give a few hours a month and elect half of the board; staff elect the other half. The council provides "
            "the building on a peppercorn lease, back-office support and a start-up loan.",
            COL,
        ),
        _p(
            "Fees are set on a sliding scale, and the co-ops have been able to keep them below the local private "
            "average while paying staff above the London Living Wage.",
            COL,
        ),
        Spacer(1, 0.3 * cm),
        _p("\u201cNobody asked who would benefit if it went right.\u201d", PULL),
        Spacer(1, 0.3 * cm),
        _p(
            "Not everything has worked. The first nursery struggled to recruit parents to its board in its second "
            "year, and one planned site in Bexley fell through when the lease could not be agreed.",
            COL,
        ),
        _p(
            "Cllr Chris Barnham, Lewisham's cabinet member for children, is nevertheless convinced. \u201cThe parents "
            "who run these nurseries are the best advocates we have. They hold us to account and they hold each other "
            "to account.\u201d",
            COL,
        ),
        _p(
            "Other councils are taking note. Southwark began its own parent co-op pilot in 2022, and officers from "
            "Camden and Hackney have visited. The partnership has published its model rules and lease so that others "
            "can copy them.",
            COL,
        ),
        _p(
            "The next test is scale. The government's expanded childcare entitlement, rolled out from April 2024, will "
            "increase demand sharply. The partnership hopes to open four more nurseries by 2026, but says it will need "
            "capital funding to do so.",
            COL,
        ),
        _p(
            "For now, the nurseries' waiting lists speak for themselves. \u201cWe get parents moving into the "
            "borough to get a place,\u201d says one manager. \u201cThat never happened before.\u201d",
            COL,
        ),
        _p("What other councils can copy", COL_H),
        _p(
            "Officers involved say three things made the difference. First, the council kept the back office: payroll, "
            "Ofsted registration and the early years funding claims are handled centrally, so parent boards can spend "
            "their time on the things parents care about.",
            COL,
        ),
        _p(
            "Second, the leases were written with the co-ops rather than for them. Each nursery has a 25-year lease "
            "with a clause that keeps the building in childcare use, and a break clause the co-op, not the council, "
            "can trigger.",
            COL,
        ),
        _p(
            "Third, staff were in from the start. Nursery practitioners sit on every board and helped to design the "
            "pay scale. Turnover among staff at the co-operative nurseries has been well below the London average, "
            "according to figures the partnership shared with Municipal Matters.",
            COL,
        ),
        _p(
            "Greenwich's lead officer describes the partnership as \u201cboringly practical\u201d. \u201cWe share a "
            "waiting list, we share training, and we ring each other when something goes wrong. That's it. That's "
            "the secret.\u201d",
            COL,
        ),
        _p(
            "Bexley, the most recent council to join, is still looking for a second site. Its cabinet member told "
            "Municipal Matters that the model had \u201ccross-party appeal\u201d because it combined parental "
            "choice with local control, and that the council would bring a proposal to cabinet in the summer.",
            COL,
        ),
        Spacer(1, 0.4 * cm),
        contact,
        Spacer(1, 0.3 * cm),
        _p(
            "<i>Priti Desai is Municipal Matters' children's services correspondent. "
            "priti.desai@municipalmatters.co.uk</i>",
            SMALL,
        ),
    ]
    doc.build(story)


def media_advisory_southampton() -> None:
    """A one-page media advisory / photocall in WHAT / WHEN / WHERE / WHO form."""
    doc = SimpleDocTemplate(
        str(OUT / "media-advisory-photocall-what-when-where-southampton.pdf"),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title="Media advisory - photocall 3 July 2024",
        author="Southampton City Council",
        invariant=1,
    )
    rows = [
        (
            "WHAT",
            "Pupils and co-op members switch on the last of 40 school solar roofs, marking the completion of "
            "the Southampton Schools Solar Co-op programme.",
        ),
        ("WHEN", "Wednesday 3 July 2024, 10.30am to 11.15am (please arrive by 10.15am)"),
        ("WHERE", "Bitterne Park School, Dimond Road, Southampton SO18 1BU. Parking in the staff car park."),
        (
            "WHO",
            "Councillor Eamonn Keogh, Cabinet Member for Environment and Transport, Southampton City Council; "
            "Hannah Lyle, chair, Southampton Community Energy Co-operative; pupils from the school's eco-council.",
        ),
        (
            "BACKGROUND",
            "The programme, delivered between 2022 and 2024 by Southampton City Council with Southampton "
            "Community Energy Co-operative, has fitted solar panels to 40 schools. The panels are owned by the "
            "co-operative's 900 local members and sell electricity to the schools below the grid price. Portsmouth "
            "City Council's schools scheme, launched in 2021, was the model for the contract.",
        ),
        (
            "PICTURES",
            "Pupils on the roof walkway (with harnesses), the switch-on, and interviews with the "
            "councillor and the co-op chair. Drone footage will be available after the event.",
        ),
    ]
    table = Table(
        [[Paragraph(f"<b>{k}</b>", BODY), Paragraph(v, BODY)] for k, v in rows],
        colWidths=[3.4 * cm, 13.2 * cm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.lightgrey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        ),
    )
    story = [
        _p("<font color='#00645a'><b>Southampton City Council</b></font>", H2),
        _p("MEDIA ADVISORY \u2013 PHOTOCALL", H1),
        _p("Issued: Friday 28 June 2024", SMALL),
        Spacer(1, 0.3 * cm),
        _p("Last school solar roof switched on as community-owned programme completes", H2),
        Spacer(1, 0.2 * cm),
        table,
        Spacer(1, 0.5 * cm),
        _p("CONTACT", LABEL),
        _p("On the day: Beth Rowe, Communications Officer, 07700 900618"),
        _p("Press office: press@southampton.gov.uk"),
        Spacer(1, 0.6 * cm),
        _p(
            "Southampton City Council, Civic Centre, Southampton SO14 7LY. \u00a9 Southampton City Council 2024.",
            SMALL,
        ),
    ]
    doc.build(story)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    tameside_press_release()
    joint_release_hastings_brighton()
    members_newsletter_brixton()
    media_briefing_swansea()
    magazine_reprint_lewisham()
    media_advisory_southampton()


if __name__ == "__main__":
    main()
