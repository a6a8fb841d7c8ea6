"""The label lexicon: the fields a page labels, the words it labels them with, and label shapes
built from those words."""

from __future__ import annotations

import re

LEAD = "lead_member"
MEMBERS = "participating_members"
YEAR = "year"
YEAR_START = "year_start"
YEAR_END = "year_end"
TYPE = "type"
PUBLISHED = "published"  # the page's date: the project's year only when nothing states one

LEXICON: dict[str, tuple[str, ...]] = {
    LEAD: (
        "lead member",
        "lead members",
        "lead member council",
        "lead member authority",
        "lead member organisation",
        "lead council",
        "lead councils",
        "lead authority",
        "lead local authority",
        "lead organisation",
        "lead organization",
        "lead partner",
        "lead body",
        "lead agency",
        "lead applicant",
        "lead",
        "led by",
        "project lead",
        "lead by",
        "host council",
        "host authority",
        "produced by",
        "convening council",
        "convened by",
        "convenor",
        "lab lead",
        "developed by",
        "hosted by",
        "run by",
        "coordinated by",
        "co ordinated by",
        "authority",
        "local authority",
        "council",
    ),
    MEMBERS: (
        "participating members",
        "participating member",
        "participating councils",
        "participating council",
        "participating authorities",
        "participating organisations",
        "participating partners",
        "participants",
        "partner councils",
        "partner authorities",
        "partner organisations",
        "partner members",
        "partners",
        "project partners",
        "delivery partners",
        "key partners",
        "other partners",
        "other councils",
        "other members",
        "councils involved",
        "members involved",
        "authorities involved",
        "organisations involved",
        "partners involved",
        "who was involved",
        "supporting members",
        "supporting councils",
        "collaborating councils",
        "collaborators",
        "councils taking part",
        "members taking part",
        "member councils",
        "councils",
        "in partnership with",
        "working with",
        "with",
    ),
    YEAR: (
        "year",
        "years",
        "project year",
        "year of project",
        "date",
        "dates",
        "project date",
        "project dates",
        "period",
        "project period",
        "delivery period",
        "funding period",
        "timescale",
        "timescales",
        "timeframe",
        "time frame",
        "duration",
        "project duration",
        "lab duration",
        "funding round",
        "lab cohort",
        "round",
        "cohort",
        "when",
    ),
    PUBLISHED: (
        "date published",
        "publication date",
        "published",
        "date of publication",
        "published on",
        "first published",
    ),
    YEAR_START: (
        "start date",
        "started",
        "start",
        "year started",
        "start year",
        "from",
        "proposed start",
        "proposed start date",
        "project start",
        "launched",
        "launch date",
        "year launched",
        "began",
        "since",
    ),
    YEAR_END: (
        "end date",
        "ended",
        "end",
        "year ended",
        "end year",
        "completed",
        "completion date",
        "proposed end",
        "proposed end date",
        "project end",
        "finished",
    ),
    TYPE: (
        "type",
        "status",
        "project type",
        "type of project",
        "project status",
        "category",
        "project category",
        "programme",
        "strand",
        "work type",
        "type of work",
    ),
}
# Labels so common as words that they count only when set off (a colon, a cell, a line of their own).
BARE_ONLY = frozenset(
    [
        "lead", "with", "when", "from", "start", "end", "started", "ended", "completed", "published", "period",
        "date", "launched", "began", "since", "finished", "round", "cohort",
    ]
)  # fmt: skip
# 'Item type', 'Event category', 'Type of bid', 'Lab status': a kind of thing, whatever the thing.
TYPE_SHAPED = re.compile(r"^(?:[a-z]+ )?(?:type|category|status)$|^type of [a-z]+$")
# 'Lab year', 'Years active', 'Dates of delivery'; 'Council partners', 'Partner': labels built from the
# words the lexicon's own labels are built from, in orders it does not list.
YEAR_SHAPED = re.compile(
    r"^(?:(?:project|lab|programme|delivery|financial|academic|operating|running|active)\s+)?"
    r"(?:years?|dates?|duration|period|timescales?|timeframe)"
    r"(?:\s+(?:active|running|of (?:delivery|operation|the (?:project|lab|programme|work))))?$"
)
MEMBERS_SHAPED = re.compile(
    r"^(?:(?:council|councils|local|other|key|main|project|delivery|lab|programme|community|network|member)\s+)?"
    r"(?:partners?|participants|collaborators)$|"
    r"^(?:other\s+)?(?:members?|councils?|partners?|organisations?|authorities)\s+"
    r"(?:taking part|involved|participating|on board)$|"
    r"^(?:cohort|lab|programme|project)\s+members$"
)

# --- what each field means, for reading labels by meaning (extract/meaning.py) -----------------
# A label the lexicon does not list is compared with these descriptions and with the field's own labels
# above; the field models take the similarities as features.
FIELD_DESCRIPTIONS: dict[str, str] = {
    LEAD: "the council or organisation that leads, hosts or runs the project",
    MEMBERS: "the partner councils and organisations taking part in the project alongside the lead",
    YEAR: "the year or years when the project ran",
    YEAR_START: "when the project started",
    YEAR_END: "when the project ended",
    TYPE: "the kind of project or its status, such as policy lab, prototype or completed",
    PUBLISHED: "the date the page or article was published",
}
# Labels that name none of the fields: the model learns their similarity as a counter-weight.
NOT_A_FIELD: tuple[str, ...] = (
    "email", "telephone", "phone", "address", "website", "contact", "contact name", "budget", "cost",
    "funding", "amount", "tags", "share", "location", "postcode", "author", "role", "job title",
    "outcomes", "impact", "summary", "theme", "topic", "audience", "population", "ward", "download",
    "file size", "format", "reference", "page", "issue", "notes", "key facts", "at a glance", "read more",
)  # fmt: skip
# The roles a council plays in a sentence, with the council written as 'the council'.
ROLE_PROTOTYPES: dict[str, tuple[str, ...]] = {
    "lead": (
        "the project is led by the council",
        "the council is leading the work",
        "the council hosted and ran the programme",
        "the council set up the scheme and manages it",
        "the council launched the pilot",
    ),
    "partner": (
        "the council is a partner in the project",
        "the council joined the programme and is taking part",
        "working alongside the council and others",
        "the council took part in the lab with the other councils",
    ),
    "passing": (
        "the council did something similar in another project",
        "inspired by earlier work in the council",
        "the council's own lab last year was different",
        "the council funded the work",
        "a speaker from the council said",
    ),
}


# --- cue words and shapes the candidate readers count (extract/context.py, councils.py, years.py,
# candidates.py): data, not decisions; the field models learn how much each is worth. ----------------
OPEN_END = re.compile(r"^\s*(?:[-–—]|to|until)\s*(?:present|date|now|today|ongoing|continuing)\b", re.I)
PERIOD = re.compile(
    r"\b((?:19|20)\d\d)(?:\s*(?:[-–—/]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*((?:19|20)?\d\d)\b(?![-/]\d))?",
    re.I,
)
CALENDAR_BEFORE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+$"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]$",
    re.I,
)
MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", re.I)
SEASON_BEFORE = re.compile(r"\b(?:spring|summer|autumn|winter|early|late|mid)[- ]?\s*$", re.I)
# --- cue words near a mention: data, read by `_cues` ---------------------------------------------
CUES: dict[str, re.Pattern[str]] = {
    "lead_before": re.compile(
        r"\b(?:led|run|hosted|convened|co-?ordinated|headed|spearheaded|initiated|developed|produced|delivered|"
        r"managed|commissioned|launched)\s+by\s+(?:the\s+)?$|\blead(?:ing)?\s+(?:council|authority|partner|member|"
        r"organisation|body)\s*(?:is|was|:|,|-|–)?\s*(?:the\s+)?$|\b(?:lead|host|convenor|led by)\s*[:–-]?\s*$",
        re.I,
    ),
    "lead_after": re.compile(
        r"^\W{0,3}(?:\([^)]{1,20}\)\s*)?(?:,\s*)?(?:is|are|was|were|has been|have been|had been)?\s*(?:the\s+)?"
        r"(?:leading|leads|led|lead\b|hosting|hosts|hosted|convening|convened|running|runs|ran|co-?ordinating|"
        r"launched|launches|set up|established|developed|pioneered|will lead|is to lead|took the lead)",
        re.I,
    ),
    "partner_before": re.compile(
        r"\b(?:with|alongside|partners?|partnership|together|joined|joining|including|involving|and|"
        r"councils?|authorities|members?)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,6}$|,\s*$",
        re.I,
    ),
    "partner_after": re.compile(
        r"^\W{0,3}(?:,|and\b|have joined|has joined|joined|are taking part|is taking part|took part|signed up|"
        r"are partners|is a partner|as partners?|also took part)",
        re.I,
    ),
    "passing": re.compile(
        r"\b(?:like|such as|similar|previous(?:ly)?|earlier|last year|another|other|inspired by|following|"
        r"learn(?:ed|t|ing) from|visited|as (?:in|at)|modelled on|based on|unlike)\b[^.]{0,60}$",
        re.I,
    ),
    "funder": re.compile(r"\b(?:funded|funding|grant|sponsored|backed|financed)\s+(?:by|from)\s+(?:the\s+)?$", re.I),
    "speaker": re.compile(
        r"\b(?:cllr|councillor|leader|mayor|cabinet member|chief executive|officer|said|says)\b", re.I
    ),
}
OTHER_SECTION = re.compile(
    r"\b(?:related|other|more|latest|recent|featured|similar|see also|you might|read next|elsewhere|"
    r"previous|past|archive|also)\b",
    re.I,
)
# A heading over principles that claims them for the work ('Principles met', 'How we meet the principles',
# 'Values in play'), not the network's list ('Our ten principles', 'The network's values').
CLAIM_HEADING = re.compile(
    r"\b(?:met|meets|meeting|this (?:project|lab|work|programme)|in (?:practice|action|play)|demonstrat\w*|"
    r"delivers?|how (?:we|it|the project)|we will)\b",
    re.I,
)
CONTACT_SECTION = re.compile(r"\b(?:contact|further information|get in touch|enquiries|media)\b", re.I)
EDITORS_SECTION = re.compile(r"\b(?:notes? to editors?|about (?:the|us)|ends)\b", re.I)
POSTING_CUE = re.compile(
    r"\b(?:published|posted|updated|issued|released|dated|written|copyright|last (?:updated|modified)|on)\s*:?\s*$"
    r"|©\s*$",
    re.I,
)
STRONG_START = re.compile(
    r"\b(?:since|launched|set up|began|begun|started|founded|established|opened|inception|kicked off|piloted|"
    r"created|formed|introduced|first|from)\b[^.;]{0,25}$",
    re.I,
)
START_CUE = re.compile(
    r"\b(?:since|from|began|begun|started|starting|launched|launch|set up|established|founded|opened|in)\s*:?\s*$", re.I
)
END_CUE = re.compile(r"\b(?:until|till|to|ended|ending|completed|finished|closed|by)\s*:?\s*$", re.I)
EVENT_CUE = re.compile(r"\b(?:event|conference|webinar|meeting|deadline|closes|closing|apply by|join us)\b", re.I)


LIST_CUE = re.compile(
    r"\b(?:with|alongside|partners?(?:\s+(?:are|were|include|including))?|including|involving|together with|"
    r"joined by|working with|teamed up with|backed by|supported by|led by|run by|hosted by|between)\s*:?\s+",
    re.I,
)
ORG_WORD = re.compile(
    r"\b(?:University|College|Trust|Foundation|Association|Society|Partnership|Network|CIC|CIO|Ltd|Limited|"
    r"Co-operative|Cooperative|Co-op|Housing|NHS|Hospital|Group|Alliance|Agency|Centre|Center|Charity|Homes|"
    r"Union|Services|Enterprises?|Project|Hub|Board|Chamber|Consortium|Federation|Institute|Commission|Forum|"
    r"Bank|Foodbank|Energy|Developments?|Academy|School|Council|Authority|Cymru|Trust|Works|Collective|Commons)\b"
)
CAPITAL_RUN = re.compile(
    r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|on|upon|in|&)\s+)?[A-Z][\w'’&.-]*){1,7}"
)
NOT_A_PLACE = frozenset(
    [
        "the",
        "council",
        "city",
        "county",
        "borough",
        "district",
        "town",
        "parish",
        "our",
        "your",
        "this",
        "each",
        "every",
        "local",
        "metropolitan",
        "combined",
        "authority",
        "and",
        "of",
    ]
)


GENERIC_NAME_WORDS = frozenset(
    ["the", "of", "and", "for", "council", "city", "county", "borough", "district", "metropolitan", "town", "ltd",
     "limited", "cic", "group", "london", "royal", "combined", "authority"]
)  # fmt: skip


PATH_WORDS: dict[str, re.Pattern[str]] = {
    "path_news": re.compile(r"/(?:news|blogs?|press|articles?|stories|media|\d{4}/\d{2})/|[?&]p=\d"),
    "path_project": re.compile(r"/(?:projects?|policy-labs?|labs?|prototypes?|funded-projects?|work)/"),
    "path_case_study": re.compile(r"case[-_]?stud"),
    "path_toolkit": re.compile(r"/(?:toolkits?|guides?|resources?|publications?|documents?|downloads?)/|toolkit|guide"),
    "path_page": re.compile(r"/(?:about|members?|contact|events?|whats-on|values|principles)(?:/|$)"),
    "path_upload": re.compile(r"/wp-content/|/uploads?/|/files?/|/sites/default/"),
}
TITLE_WORDS: dict[str, re.Pattern[str]] = {
    "title_case_study": re.compile(r"\bcase stud", re.I),
    "title_toolkit": re.compile(r"\b(?:toolkit|guide|handbook|how to)\b", re.I),
    "title_report": re.compile(r"\b(?:report|evaluation|review|briefing|summary)\b", re.I),
    "title_news": re.compile(r"\b(?:launch|announce|news|wins?|award|welcomes?|celebrat|unveil)", re.I),
    "title_project": re.compile(r"\b(?:lab|project|programme|pilot|prototype|scheme|initiative)\b", re.I),
}

# --- contacts: the words around an address and in its local part ---------------------------------

# Local-part words of a service's mailbox rather than a project's person or team ('news@', 'recruitment@').
MAILBOX_WORDS = frozenset({
    "info", "enquiries", "enquiry", "hello", "contact", "contactus", "admin", "office", "webmaster", "web",
    "general", "news", "newsdesk", "press", "media", "editor", "editorial", "comms", "communications", "recruitment",
    "jobs", "careers", "hr", "hrrecruitment", "accessibility", "privacy", "dpo", "foi", "dataprotection", "opendata",
    "data", "events", "event", "conference", "tickets", "bookings", "booking", "tables", "venue", "support", "help",
    "helpdesk", "subscribe", "unsubscribe", "newsletter", "democratic", "services", "governance", "committee",
    "complaints", "feedback", "membership", "join", "donate", "sales", "shop", "marketing", "publications",
    "customer", "customerservices", "reception",
})  # fmt: skip
CONTACT_CUES: dict[str, re.Pattern[str]] = {
    "offer": re.compile(
        r"\b(?:contact|e-?mail|get in touch|find out more|more information|further information|to know more|"
        r"speak to|talk to|write to|drop (?:me|us|her|him|them) a (?:line|note)|questions?|queries|enquiries|"
        r"reach|interested|informal|chat)\b",
        re.I,
    ),
    "press": re.compile(r"\b(?:press|media|journalists?|newsdesk|editor|news desk|reporters?)\b", re.I),
    "jobs": re.compile(r"\b(?:recruit\w*|vacanc\w*|applications?|apply|application form|hr|jobs?|careers?)\b", re.I),
    "service": re.compile(
        r"\b(?:accessib\w*|privacy|data protection|freedom of information|complaints?|subscribe|unsubscribe|"
        r"newsletter|website|cookies?|technical|helpdesk|booking|tickets?|tables?|venue|sponsor\w*|advertis\w*|"
        r"open data|portal|login|password)\b",
        re.I,
    ),
    "governance": re.compile(r"\b(?:democratic services|committee|clerk|governance|minutes|agenda)\b", re.I),
    "project": re.compile(r"\b(?:project|programme|pilot|lab|scheme|initiative|team|lead|officer|manager)\b", re.I),
}
