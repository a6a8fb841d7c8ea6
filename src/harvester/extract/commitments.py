"""The co-operative principles a page lists: by name, by the network's own statement, or by meaning.

A principles block starts at a heading, summary, label or lead-in line that speaks of principles or
commitments ("Principles met", "Our commitments", "This work meets the following principles:") and runs
to the next heading of its rank or a new section. Inside a block:

- a principle's name (a heading, an accordion summary, a list item, icons' alt texts) is listed;
- a canonical "We will…" statement, quoted exactly or lightly edited, is listed (fuzzy match);
- any other commitment is matched by meaning: the sentence and the ten canonical statements are
  embedded with the sentence model and the nearest is accepted only above a similarity threshold and
  with a margin over the runner-up (both calibrated on tests/golden/commitments.yaml); the sentence is
  the evidence and the similarity the confidence.

Outside a block, only an exact statement or a principle name in a list item or heading counts.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from harvester.embed import tokenize
from harvester.extract.html_lines import Line
from harvester.gazetteer import canonical_principle, fold
from harvester.models import Principle
from harvester.principles import PRINCIPLES

log = logging.getLogger(__name__)

Encoder = Callable[[list[str]], np.ndarray]

_ORDER = {p.name: i for i, p in enumerate(PRINCIPLES)}
_STATEMENT_KEYS = [(p.name, fold(p.statement.split(":")[0])) for p in PRINCIPLES]
_BLOCK_CUE = re.compile(
    r"\bprinciples?\b|\bcommit(?:ments?|ted|s)?\b|\bwe (?:will|commit|pledge)\b.*:$|"
    r"\b(?:co-?operative|our)\s+values\b.*\b(?:met|reflect|this|project|work)|\breflects?\b.*\bvalues\b|"
    r"^(?:how|why|what makes)\b.{0,40}\bco-?operative(?:\s+(?:values|principles|commitments|ways?))?\??$",
    re.IGNORECASE,
)
_NOT_A_BLOCK = re.compile(r"^(?:our|the)\s+values$|statement of (?:values|principles)", re.I)
_INLINE_PRINCIPLES = re.compile(
    r"^(?:this\s+(?:lab|project|prototype|programme|pilot|work)\s+(?:delivers\s+on|meets|supports|reflects)(?=\s*:)|"
    r"(?:(?:co-?operative|ccin|network)\s+)?principles?(?:\s+(?:met|covered|addressed|applied|demonstrated))?)"
    r"\s*(?::|\||\s[-–—]\s|\s(?=(?-i:[A-Z])))\s*(?P<names>.{3,400})$",
    re.IGNORECASE,
)
# 'The Lab will meet the Network's principles of Co-production and Social partnership by …'
_PRINCIPLES_IN_PROSE = re.compile(
    r"\bprinciples?\s+(?:of|including|such as|on)\s+(?P<names>(?-i:[A-Z])[^.;:]{3,300})", re.IGNORECASE
)
_WTT_BULLET = re.compile(
    r"^[•·*-]?\s*(co-?operation among members|openness of membership|co-?production of the network|"
    r"action-focused|membership-based|non-party-political)",
    re.IGNORECASE,
)
_SECTION_END = re.compile(
    r"^(?:about( the| this)? project|summary|background|overview|the project|what (?:we|they) did|"
    r"outcomes?|key outcomes|impact|results|next steps|(?:for )?(?:further|more) information.*|contacts?.*|"
    r"get in touch|project details|details)\s*[:?]?$",
    re.IGNORECASE,
)
_STATEMENT_SHAPED = re.compile(r"^(?:[•·*-]\s*)?(?:we will|in exploring|as a membership)\b", re.IGNORECASE)
_MAX_BLOCK_LINES = 40


@dataclass(frozen=True)
class Block:
    start: int  # the line that opens the block
    lines: range  # the lines it covers after that


def principle_blocks(lines: list[Line]) -> list[Block]:
    """Every principles block on the page, in order."""
    lines = lines[:MAX_LINES]
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if is_block_opener(lines[index]):
            end = _block_end(lines, index)
            blocks.append(Block(index, range(index + 1, end)))
            index = end
        else:
            index += 1
    return blocks


def is_block_opener(line: Line) -> bool:
    """A heading, summary, label or lead-in ending in a colon that speaks of principles or commitments."""
    text = line.text.strip()
    words = len(text.split())
    if not text or words > 16 or _NOT_A_BLOCK.search(text) or _INLINE_PRINCIPLES.match(text):
        return False
    shaped = line.kind == "heading" or text.endswith(":") or words <= 6
    return shaped and bool(_BLOCK_CUE.search(text))


def _block_end(lines: list[Line], start: int) -> int:
    opener = lines[start]
    rank = opener.level if opener.kind == "heading" else 7
    for index in range(start + 1, min(len(lines), start + 1 + _MAX_BLOCK_LINES)):
        line = lines[index]
        if line.kind == "heading" and line.level <= rank and not canonical_principle(line.text):
            return index
        if _SECTION_END.match(line.text.strip()) or _is_prose(line):
            return index
        if index > start + 1 and _untagged_heading(line):
            return index
    return min(len(lines), start + 1 + _MAX_BLOCK_LINES)


def _untagged_heading(line: Line) -> bool:
    """A short title line with no markup to say so (PDFs, bold paragraphs): 'What we found'."""
    text = line.text.strip()
    words = text.split()
    return (
        line.kind == "text"
        and 0 < len(words) <= 6
        and text[:1].isupper()
        and not text.endswith((".", ",", ";", ":"))
        and not canonical_principle(text)
        and not _WTT_BULLET.match(text)
        and not _TICKED.match(text)
        and not _UNTICKED.match(text)
    )


def _is_prose(line: Line) -> bool:
    """A paragraph of running text: the page has moved on from its list of principles."""
    words = len(line.text.split())
    return words > 120 or (line.kind == "text" and words > 50)


def has_principles_heading(lines: list[Line]) -> bool:
    return any(is_block_opener(line) or _INLINE_PRINCIPLES.match(line.text) for line in lines)


MAX_LINES = 4000  # lines of one page searched for principles


def find_listed_principles(
    lines: list[Line], matcher: CommitmentMatcher | None = None
) -> tuple[list[Principle], set[int]]:
    """Principles the page lists and the lines they use."""
    lines = [_without_hashtags(line) for line in lines[:MAX_LINES]]
    found: dict[str, Principle] = {}
    used: set[int] = set()
    in_block: set[int] = set()
    declined: set[int] = set()
    for block in principle_blocks(lines):
        used.add(block.start)
        in_block.update(block.lines)
        declined |= _unticked_in_ticked_block(lines, block)
    unexplained: list[int] = []
    for index, line in enumerate(lines):
        if index in used:
            continue
        if index in declined or _UNTICKED.match(line.text) or _DECLINED.search(line.text):
            used.add(index)  # a form's box left empty, a cross, a 'No': the principle is offered, not claimed
            continue
        names = _inline_list(line) or _principles_in_line(line, index in in_block)
        for name, evidence, confidence in names:
            found.setdefault(name, Principle(name=name, basis="listed", evidence=evidence[:300], confidence=confidence))
        if names or (index in in_block and (len(line.text) <= 3 or _WTT_BULLET.match(line.text))):
            used.add(index)
        elif index in in_block:
            unexplained.append(index)
    if matcher is not None and unexplained:
        _match_by_meaning(lines, unexplained, matcher, found, used)
    return sorted(found.values(), key=lambda p: _ORDER[p.name]), used


# A mark that a row or item is claimed: a tick, a ticked box, a cell that says 'Yes'.
_HAS_TICK = re.compile(r"[✓✔☑✅]|\[\s?[xX]\s?\]|[:|]\s*(?:yes|y|met)\s*$", re.IGNORECASE)


def _unticked_in_ticked_block(lines: list[Line], block: Block) -> set[int]:
    """In a block where some rows carry a tick (a table of all ten with 'This lab: ✔' on three), the
    rows without one are offered, not claimed."""
    ticked = [i for i in block.lines if _HAS_TICK.search(lines[i].text)]
    if not ticked:
        return set()
    return {i for i in block.lines if i not in ticked}


def _inline_list(line: Line) -> list[tuple[str, str, float]]:
    """'Principles met: Co-production; Innovation' on one line, or named in a sentence ('meet the
    principles of Co-production and Social partnership'): the canonical names written out."""
    inline = _INLINE_PRINCIPLES.match(line.text)
    if not inline:
        prose = _PRINCIPLES_IN_PROSE.search(line.text) if len(line.text) <= 1000 else None
        if not prose:
            return []
        named = prose.group("names")
        return [(p.name, line.text, 1.0) for p in PRINCIPLES if re.search(rf"\b{re.escape(p.name)}\b", named, re.I)]
    names = [name for part in re.split(r"\s*[;,|•·/]\s*", inline.group("names")) for name in _names_in_part(part)]
    return [(name, line.text, 1.0) for name in dict.fromkeys(names)]


def _names_in_part(part: str) -> list[str]:
    """'Co-production' or 'Innovation and Learning' ('and' also sits inside 'Enterprise and social economy')."""
    name = canonical_principle(part)
    if name:
        return [name]
    pieces = [canonical_principle(piece) for piece in re.split(r"\s+(?:and|&)\s+", part)]
    return [p for p in pieces if p] if all(pieces) else []


def _match_by_meaning(
    lines: list[Line], indexes: list[int], matcher: CommitmentMatcher, found: dict[str, Principle], used: set[int]
) -> None:
    sentences: list[tuple[int, str]] = [
        (index, sentence)
        for index in indexes
        for sentence in _sentences(lines[index].text)
        if _commitment_shaped(sentence)
    ]
    if not sentences:
        return
    for (index, sentence), match in zip(sentences, matcher.match([s for _, s in sentences]), strict=True):
        if match is None:
            continue
        name, similarity = match
        used.add(index)
        found.setdefault(name, Principle(name=name, basis="listed", evidence=sentence[:300], confidence=similarity))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+(?=[A-Z•])", text) if s.strip()]


def _commitment_shaped(sentence: str) -> bool:
    words = sentence.split()
    return 5 <= len(words) <= 60 and not sentence.rstrip().endswith(":")


_HASHTAG = re.compile(r"#([A-Za-z][A-Za-z-]{2,60})\b")


def _without_hashtags(line: Line) -> Line:
    """'#Learning #WalkingTheTalk' as a list of the words the tags join: 'Learning; Walking The Talk;'."""
    if "#" not in line.text:
        return line
    words = _HASHTAG.sub(lambda m: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m.group(1)) + ";", line.text)
    return Line(words.rstrip("; "), line.kind, line.level)


_UNTICKED = re.compile(r"^\s*(?:\[\s?\]|\(\s?\)|[☐□❏])\s*")
# A row of a principles table marked as not met: 'Innovation | ✗', 'Principle: Learning; Met: No'.
_DECLINED = re.compile(r"(?:[:|;]\s*|\s)(?:no|not met|n/a|[✗✘✕×☐□])\s*\.?$|^\s*[✗✘✕×]\s", re.IGNORECASE)
_TICKED = re.compile(r"^\s*(?:\[\s?[xX✓✔]\s?\]|\(\s?[xX✓✔]\s?\)|[☑☒✓✔✅])\s*")


def _principles_in_line(line: Line, in_block: bool) -> list[tuple[str, str, float]]:
    if _UNTICKED.match(line.text):
        return []  # a form's box left empty: the principle is offered, not claimed
    ticked = _TICKED.match(line.text)
    if ticked:
        line = Line(line.text[ticked.end() :], "item", line.level)
    by_statement = match_statement(line.text, in_block=in_block)
    if by_statement:
        return [(by_statement[0], line.text, round(by_statement[1] / 100, 2))]
    if not (in_block or line.kind in ("item", "heading")):
        run = _names_run(line.text)  # 'Co-production, Innovation, Learning': names and nothing else
        return [(n, line.text, 1.0) for n in run] if len(run) >= 2 else []
    name = _principle_name_line(line.text, strict=not in_block)
    if name:
        return [(name, line.text, 1.0)]
    run = _names_run(line.text)
    return [(n, line.text, 1.0) for n in run] if in_block or len(run) >= 2 else []


_FOLDED_SPELLINGS = [(p.name, [fold(s) for s in (p.name, *p.aliases)]) for p in PRINCIPLES]


def _names_run(text: str) -> list[str]:
    """A line that is only principle names side by side (icons' alt texts): 'Co-production Innovation'."""
    if len(text) > 400:
        return []
    folded = fold(text)
    spans: list[tuple[int, int, str]] = []
    for name, spellings in _FOLDED_SPELLINGS:
        for spelling in spellings:
            at = folded.find(spelling)
            if at >= 0:
                spans.append((at, at + len(spelling), name))
                break
    covered = sum(end - start for start, end, _ in spans)
    letters = len(folded.replace(" ", ""))
    if spans and covered >= 0.8 * letters:
        return [name for _, _, name in sorted(spans)]
    return []


def _principle_name_line(text: str, *, strict: bool) -> str | None:
    """A line that is a principle's name, possibly followed by its statement ('Innovation – We will…')."""
    head = re.split(r"\s+[-–—:]\s+|:\s*|\s+(?=We will\b)|\s+(?=In exploring\b)|\s+(?=As a membership\b)", text)[0]
    if len(head) > 70:
        return None
    name = canonical_principle(head)
    if name and strict and len(head) != len(text) and not match_statement(text[len(head) :]):
        return None
    if name and strict and name in ("Innovation", "Learning"):
        return None  # too common as ordinary headings to trust outside a principles block
    return name


_WILL = re.compile(r"\bwill\b", re.IGNORECASE)


def match_statement(text: str, min_score: int = 85, *, in_block: bool = False) -> tuple[str, float] | None:
    """The principle whose statement this line carries, allowing light edits.

    Inside a principles block a line shaped like a statement ('We will…') needs a lower score,
    provided it is clearly closer to one statement than to any other.
    """
    if len(text) < 40 or len(text) > 2000 or not (in_block or _WILL.search(text)):
        return None  # every statement commits to something ('we will'); elsewhere nothing else is one
    folded = fold(text)
    scores = sorted(((_statement_score(statement, folded), name) for name, statement in _STATEMENT_KEYS), reverse=True)
    (best, name), (runner_up, _) = scores[0], scores[1]
    if best >= min_score:
        return name, best
    if in_block and _STATEMENT_SHAPED.match(text) and best >= 72 and best - runner_up >= 15:
        return name, best
    return None


def _statement_score(statement: str, folded: str) -> float:
    if len(folded) >= len(statement):
        return float(fuzz.partial_ratio(statement, folded, score_cutoff=70))
    if len(folded) <= 0.6 * len(statement):
        return 0.0
    return float(max(fuzz.ratio(statement, folded), fuzz.token_set_ratio(statement, folded)))


class CommitmentMatcher:
    """Matches commitments to the ten principles by meaning (cosine similarity of sentence vectors).

    A sentence's score for a principle is the cosine similarity to its statement plus `lexical` times the
    share of the sentence's stemmed content words that the statement also uses (the model alone
    confuses neighbours such as co-production and social partnership). `threshold`, `margin` and
    `lexical` were calibrated on tests/golden/commitments.yaml (bench/commitments.py): 26 of 29
    paraphrases matched, none to the wrong principle, none of the ordinary project sentences taken.
    """

    threshold = 0.55
    margin = 0.05
    lexical = 0.3

    def __init__(self, encode: Encoder) -> None:
        self._encode = encode
        self._statements: np.ndarray | None = None
        self._lock = threading.Lock()

    def match(self, sentences: list[str]) -> list[tuple[str, float] | None]:
        """For each sentence, the principle it commits to and the similarity, or None."""
        vectors = self._encode(sentences)
        similarities = vectors @ self._statement_vectors().T + self.lexical * word_overlap(sentences)
        results: list[tuple[str, float] | None] = []
        for row in similarities:
            order = np.argsort(-row)
            best, runner_up = float(row[order[0]]), float(row[order[1]])
            if best >= self.threshold and best - runner_up >= self.margin:
                results.append((PRINCIPLES[int(order[0])].name, round(best, 3)))
            else:
                results.append(None)
        return results

    def _statement_vectors(self) -> np.ndarray:
        with self._lock:
            if self._statements is None:
                self._statements = self._encode([p.statement for p in PRINCIPLES])
            return self._statements


_STATEMENT_WORDS = [set(tokenize(p.statement)) for p in PRINCIPLES]


def word_overlap(sentences: list[str]) -> np.ndarray:
    """Per sentence and principle, the share of the sentence's content words (stemmed) in the statement."""
    overlap = np.zeros((len(sentences), len(PRINCIPLES)), dtype=np.float32)
    for row, sentence in enumerate(sentences):
        words = set(tokenize(sentence))
        for column, statement in enumerate(_STATEMENT_WORDS):
            overlap[row, column] = len(words & statement) / max(1, len(words))
    return overlap


# --- principles a page describes without listing them ----------------------------------------

_INFERENCE_CUES: dict[str, tuple[str, ...]] = {
    "Co-production": (r"\bco-?produc", r"\bco-?design", r"equal partners"),
    "Democratic engagement": (
        r"participatory budget",
        r"citizens'? (?:assembly|jury|panel)",
        r"residents? (?:had|have|has) (?:a|their) say",
        r"decision[- ]making",
        r"\bconsultation\b",
        r"\bdemocratic\b",
    ),
    "Enterprise and social economy": (
        r"social enterprises?",
        r"co-?operative (?:business|enterprise)s?",
        r"community business",
        r"community wealth",
        r"local economy",
        r"social economy",
    ),
    "Maximising social value": (r"social value", r"social return", r"procurement"),
    "Community leadership and a new role for councillors": (
        r"\bcouncillors?\b[^.]{0,120}?\b(?:role|community|lead)",
        r"community leader",
        r"community connectors?",
    ),
    "New models of meeting priority needs": (
        r"\bmutuals?\b",
        r"community[- ]owned",
        r"\bspin[- ]out",
        r"co-?operative model",
        r"new (?:delivery )?models?",
    ),
    "Social partnership": (r"\bpartnership\b", r"voluntary (?:and|&) community sector", r"\bvcse\b"),
    "Innovation": (r"\binnovati", r"\bpilot(?:ed|ing)?\b", r"\bpioneer"),
    "Learning": (r"peer[- ]learning", r"share (?:the )?learning", r"lessons learn", r"\btoolkit\b", r"best practice"),
}
_CUES = {name: re.compile("|".join(cues), re.IGNORECASE) for name, cues in _INFERENCE_CUES.items()}


def infer_principles(sentences: list[str], min_confidence: float) -> list[Principle]:
    """Principles a page describes without listing them: cue phrases, confidence by how many sentences."""
    inferred = []
    sentences = [s[:2000] for s in sentences[:MAX_LINES]]  # past 2,000 characters it is not a sentence
    for name, cue in _CUES.items():
        hits = [s for s in sentences if cue.search(s)]
        if not hits:
            continue
        confidence = min(0.9, 0.35 + 0.15 * len(hits))
        if confidence >= min_confidence:
            inferred.append(
                Principle(name=name, basis="inferred", evidence=hits[0][:300], confidence=round(confidence, 2))
            )
    return inferred
