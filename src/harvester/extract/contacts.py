"""Contacts: the people and addresses a page offers for its work.

'For further information contact' blocks (one field per line, or a whole person on one line), lines
that offer an address in their own words ('To know more, email …', 'For membership enquiries, please
contact Megan Ford, Network Coordinator, at …'), and an address on the line after a person's name.
"""

from __future__ import annotations

import re
import unicodedata

from harvester.extract.fields import CONTACT_START, SECTION_LABELS, clean
from harvester.extract.html_lines import Line
from harvester.extract.labels import language_sides
from harvester.extract.values import ORGANISATION_WORD
from harvester.gazetteer import Gazetteer
from harvester.models import Contact

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"^(?:tel|telephone|phone|t|mobile)?[:.\s]*\+?[\d\s()]{9,}$", re.IGNORECASE)
HONORIFIC = r"(?:Cllr\.?|Councillor|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Miss|Sir|Dame)"
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-])+"  # a word in a name: 'O'Rourke', 'Gráinne', 'Osei-Bonsu'
_PERSON = re.compile(rf"^(?:{HONORIFIC}\s+)?{_CAPITALISED}(?:\s+[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-.])*){{1,3}}$")
ROLE_WORDS = re.compile(
    r"\b(officer|manager|director|head|lead|leader|chief|executive|coordinator|co-ordinator|"
    r"councillor|member|cabinet|portfolio|adviser|advisor|consultant|analyst|specialist|worker|"
    r"assistant|principal|senior|strategic|team|policy|programme|project|development|partnerships?|"
    r"mayor|deputy|chair|secretary|clerk)\b",
    re.IGNORECASE,
)


_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.)"
_TOP_LEVEL = r"(?:uk|com|org|net|coop|gov|ac|info|io|scot|wales|cymru|eu|ie)"
_SPELLED_EMAIL = re.compile(
    rf"\b(?P<local>[\w.+'-]{{1,64}}?){_AT}(?P<domain>(?:[\w-]{{1,63}}{_DOT}){{1,5}}{_TOP_LEVEL})\b", re.IGNORECASE
)


def readable_emails(text: str) -> str:
    """Addresses spelled out against harvesters as the address a reader types: 'jane.smith [at]
    oldham [dot] gov.uk' and 'kerry.ashworth at rochdale dot gov dot uk' are jane.smith@oldham.gov.uk
    and kerry.ashworth@rochdale.gov.uk. The domain must end in a known top-level domain, so 'meet at
    the hall' stays prose."""
    if "at" not in text.lower() or len(text) > 2000:
        return text
    return _SPELLED_EMAIL.sub(_written_address, text)


def _written_address(match: re.Match[str]) -> str:
    domain = re.sub(_DOT, ".", match.group("domain"), flags=re.IGNORECASE)
    return f"{match.group('local')}@{domain}"


def find_contacts(
    lines: list[Line], gazetteer: Gazetteer, other_records: set[int] | None = None, site: str | None = None
) -> list[Contact]:
    """People named in 'For further information contact' blocks, wherever they sit on the page, each
    address with the person it belongs to. Lines in `other_records` (listings of other projects)
    are not read."""
    skipped = other_records or set()
    lines = [
        Line("" if i in skipped else readable_emails(line.text), line.kind, line.level) for i, line in enumerate(lines)
    ]
    contacts = _block_contacts(lines, gazetteer)
    known = {c.email.lower() for c in contacts if c.email}
    contacts.extend(c for c in _offered_emails(lines) if c.email and c.email.lower() not in known)
    named = {c.name for c in contacts if c.name}
    contacts.extend(c for c in _reachable_people(lines) if c.name not in named)
    unique: dict[tuple[str | None, str | None], Contact] = {}
    for contact in _owners_named(contacts, lines):
        if contact.email and _site_mailbox(contact.email, site):
            contact.email = None  # the site's general mailbox is nobody's address in particular
        if contact.name or contact.email:
            unique.setdefault((contact.name, contact.email), contact)
    return list(unique.values())[:MAX_CONTACTS]


def _block_contacts(lines: list[Line], gazetteer: Gazetteer) -> list[Contact]:
    """The people in each contact block: its heading's own words and the lines under it."""
    contacts: list[Contact] = []
    for index, line in enumerate(lines):
        if len(contacts) >= MAX_CONTACTS:
            break
        match = CONTACT_START.match(line.text) or _second_language_start(line.text)
        if not match or len(line.text) > 400:
            continue
        rest = match.group("rest").strip(" :,-–")
        rest = re.sub(r"^(?:please\s+)?contact\s*:?\s*", "", rest, flags=re.IGNORECASE)
        block = _contact_block(lines, index)
        parts = _split_commas(rest) if rest else []
        addressed = [text for text in block if not _POSTAL_ADDRESS.search(text)]
        parts.extend(p for text in addressed for p in _contact_line_parts(text, one_field_per_line=len(block) > 1))
        contacts.extend(_people(parts, gazetteer))
    return contacts


_GENERIC_MAILBOX = re.compile(
    r"^(?:info|enquiries|enquiry|hello|contact|contactus|admin|office|webmaster|web|general)$"
)


def _site_mailbox(email: str, site: str | None) -> bool:
    """The site's own general mailbox ('info@councils.coop' on councils.coop): on every page of the
    site, so no page's contact. An item's own mailbox ('fellowship@…') is."""
    local, _, domain = email.lower().partition("@")
    host = (site or "").lower().removeprefix("www.")
    return bool(host) and _GENERIC_MAILBOX.match(local) is not None and (host == domain or host.endswith("." + domain))


def _owners_named(contacts: list[Contact], lines: list[Line]) -> list[Contact]:
    """An address found without a name, given the person it plainly belongs to: a contact found with
    a name and no address, or a person on its own line or the few lines above (a team card: name,
    role, 'Email Declan (…)'), whose name the address spells ('s.chauhan' for Sunita Chauhan)."""
    nameless = [c for c in contacts if c.email and not c.name]
    if not nameless:
        return contacts
    addressless = [c for c in contacts if c.name and not c.email]
    kept: list[Contact] = []
    for contact in contacts:
        if contact.email and not contact.name:
            owner = next((c for c in addressless if _spells(contact.email, c.name or "")), None)
            if owner is not None:
                owner.email = contact.email
                continue
            contact.name = _person_near(contact.email, lines)
        kept.append(contact)
    return kept


def _person_near(email: str, lines: list[Line], reach: int = 4) -> str | None:
    at = next((i for i, line in enumerate(lines) if email in line.text), None)
    if at is None:
        return None
    for index in range(at, max(-1, at - reach - 1), -1):
        text = lines[index].text
        if index == at:
            text = text[: text.find(email)]  # a person is named before their address
        elif EMAIL.search(text):
            break  # another person's card
        for part in re.split(r"\s*[,;|:()]\s*|\s+[–—-]\s+", _PHONE_TAIL.sub("", text)):
            name = _NAME_LEAD_IN.sub("", part).strip()
            if _is_person(name) and _spells(email, name):
                return name
    return None


_PHONE_TAIL = re.compile(
    r"\b(?:ext|extn|tel|t|m|mob|mobile|phone|on|at)\b\.?:?\s*\+?[\d(][\d\s()+-]{3,}", re.IGNORECASE
)
_NAME_LEAD_IN = re.compile(
    r"^(?:(?:e-?mail|contact|speak to|talk to|write to|call|message|ring|phone|name|and|or)\b\s*:?\s*)+", re.IGNORECASE
)


def _spells(email: str, name: str) -> bool:
    """Whether an address's local part holds a word of the name ('grainne.doherty' and Gráinne Doherty)."""
    local = ascii_fold(email.split("@", 1)[0])
    words = [w for w in re.split(r"[\s'’.-]+", ascii_fold(re.sub(rf"^{HONORIFIC}\s+", "", name))) if len(w) >= 3]
    return any(word in local for word in words)


def ascii_fold(text: str) -> str:
    """Lower case without accents: 'Siân' is 'sian'."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _second_language_start(text: str) -> re.Match[str] | None:
    """A bilingual heading, one language each side of a slash: the side that opens a contact block."""
    return next((m for side in language_sides(text)[1:] if (m := CONTACT_START.match(side))), None)


def _contact_block(lines: list[Line], start: int) -> list[str]:
    """The lines under a contact heading: two or three people's cards, or one sentence naming two."""
    block: list[str] = []
    for following in lines[start + 1 : start + 17]:
        opens_another = CONTACT_START.match(following.text) is not None
        if (
            following.kind == "heading"
            or SECTION_LABELS.match(following.text)
            or _TAXONOMY.match(following.text)
            or len(following.text) > 300
            or opens_another
        ):
            break
        block.append(following.text)
    return block


# A post's tags or categories: where a contact block at the end of an article stops.
_TAXONOMY = re.compile(r"^[;,\s]*(?:tagged|tags|categories|category|filed under|posted in)\b", re.IGNORECASE)


def _contact_line_parts(text: str, *, one_field_per_line: bool) -> list[str]:
    """A block written one field per line ('Name' / 'Role, Team' / 'Council') keeps commas inside a
    role; a line that holds a whole person ('Name, Role, Council – email') is split into its fields."""
    parts = _split_commas(text)
    if one_field_per_line and not (len(parts) > 1 and (_is_person(parts[0]) or EMAIL.search(text))):
        return [text]
    return parts


# A postal address line in a contact block ('Waverley Court, 4 East Market Street, Edinburgh EH8 8BG'):
# a UK postcode, or a house number before a street.
_POSTAL_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|"
    r"\b\d+[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Lane|Avenue|Way|Place|Square|Row|Drive|Terrace|Parade)\b"
)


_EMAIL_CUE = re.compile(
    r"\b(?:e-?mail|contact|get in touch|more information|further information|enquiries|find out more|"
    r"know more|speak to|write to|talk to|message|call|ring|phone|drop)\b",
    re.IGNORECASE,
)


_NAME_BEFORE_EMAIL = re.compile(
    r"(?i:contact|email|e-mail|speak to|write to|talk to|message|call|ring|phone)\s+"
    r"(?:(?:the|our)\s+[a-z][a-z -]{1,40},\s+)?"
    r"(?P<name>(?:[A-Z][a-zA-Z'’-]+\s?){2,3})(?=\s*[(,–-]|\s+(?:on|at)\b)"
)


MAX_CONTACTS = 50


def _offered_emails(lines: list[Line]) -> list[Contact]:
    """Addresses outside contact blocks: offered in the page's own words ('To know more, email …',
    '… please contact Megan Ford, Network Coordinator, at …'), or on the line after a person's name."""
    contacts: list[Contact] = []
    for index, line in enumerate(lines):
        if len(line.text) > 400:
            continue
        if len(contacts) >= MAX_CONTACTS:
            break  # a directory of addresses is not a page's contacts
        for email in EMAIL.findall(line.text)[:MAX_CONTACTS]:
            before = EMAIL.split(line.text[: line.text.find(email)])[-1]  # since the address before it
            cued = _EMAIL_CUE.search(before) or len(before.split()) <= 2
            if not cued:
                continue
            named = _NAME_BEFORE_EMAIL.search(before)
            person = named.group("name").strip() if named and _is_person(named.group("name").strip()) else None
            if person is None and len(before.split()) <= 2 and index > 0:
                person = _person_on(lines[index - 1].text)
            contacts.append(Contact(name=person, email=email.rstrip(".")))
    return contacts


_REACHABLE = re.compile(
    r"(?P<name>(?:[A-Z][^\W\d_'’-]*(?:['’-][A-Z]?[^\W\d_]+)?\s?){2,3}),?\s+(?:can|may)\s+be\s+(?:reached|contacted)\s+"
    r"(?:on|at|by\s+(?:phone|telephone)\s+on)\s+\+?\d[\d\s()-]{7,}|"
    r"\b(?:call|ring|phone|telephone)\s+(?P<called>(?:[A-Z][^\W\d_'’-]*\s?){2,3})\s+on\s+\+?\d[\d\s()-]{7,}"
)


_DIGITS = re.compile(r"\d{3}")


def _reachable_people(lines: list[Line]) -> list[Contact]:
    """People the text offers by phone only: 'The lab's team leader, Fiona MacLeod, can be reached on
    01294 324 118', 'call Sam Patel on 0161 …'."""
    people: list[Contact] = []
    for line in lines:
        if len(line.text) > 600 or not _DIGITS.search(line.text):
            continue
        for match in _REACHABLE.finditer(line.text):
            name = (match.group("name") or match.group("called") or "").strip()
            if _is_person(name):
                people.append(Contact(name=name))
    return people[:MAX_CONTACTS]


def _person_on(text: str) -> str | None:
    """The person a short line starts with ('Priya Chandran – Commissioning Lead, Plymouth City Council')."""
    if len(text) > 160 or EMAIL.search(text):
        return None
    first = _split_commas(text)[0] if text else ""
    return first if _is_person(first) else None


def _split_commas(text: str) -> list[str]:
    return [p for p in re.split(r"\s*[,;|]\s*|\s+[–—-]\s+", text) if p]


def _people(parts: list[str], gazetteer: Gazetteer) -> list[Contact]:
    """Group a contact block's parts into people: a name starts a person; role, organisation, email follow."""
    people: list[Contact] = []
    current: Contact | None = None
    for raw in parts:
        part = re.sub(r"^(?:or|and)\s+", "", clean(raw), flags=re.IGNORECASE)
        emails = EMAIL.findall(part)
        text = clean(_PHONE_TAIL.sub("", EMAIL.sub("", part)).replace("()", "").strip(" ()<>:–—-."))
        text = re.sub(r"^(?:e-?mail(?:\s+address)?|email\s+\w+|e|contact)\s*:?\s*$", "", text, flags=re.IGNORECASE)
        if _PHONE.match(text):
            text = ""
        if text and _is_person(text) and (current is None or current.name or current.email):
            current = Contact(name=text)
            people.append(current)
        elif text and current is None:
            current = Contact(organisation=_organisation(text, gazetteer)) if ORGANISATION_WORD.search(text) else None
            if current:
                people.append(current)
        elif text and current is not None and not (emails and _OWN_ADDRESS.search(text)):
            _fill_contact(current, text, gazetteer)
        if emails:
            offered = bool(_OWN_ADDRESS.search(text))  # 'General enquiries about the lab: x@y'
            if current is None or current.email or offered:
                current = Contact()
                people.append(current)
            current.email = emails[0]
    return [p for p in people if p.name or p.email]


_OWN_ADDRESS = re.compile(
    r"\b(?:enquiries|general|questions|queries|bookings?|media|press|inbox|mailbox)\b", re.IGNORECASE
)


def _fill_contact(contact: Contact, text: str, gazetteer: Gazetteer) -> None:
    if contact.name is None and _is_person(text):
        contact.name = text
    elif (
        contact.organisation is None
        and ORGANISATION_WORD.search(text)
        and (contact.role is not None or not ROLE_WORDS.search(text) or gazetteer.resolve(text).known)
    ):
        contact.organisation = _organisation(text, gazetteer)
    elif contact.role is None and len(text) < 120:
        contact.role = text


def _is_person(text: str) -> bool:
    if not _PERSON.match(text) or ORGANISATION_WORD.search(text):
        return False
    words = re.sub(rf"^{HONORIFIC}\s+", "", text).split()
    return not any(ROLE_WORDS.fullmatch(w) for w in words)


def _organisation(text: str, gazetteer: Gazetteer) -> str:
    return gazetteer.resolve(text).name
