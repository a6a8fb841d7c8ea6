"""Train the field models on every labelled set, or measure them leave-one-set-out.

    .venv/bin/python scripts/field_models.py train          # writes src/harvester/data/field_models.pkl
    .venv/bin/python scripts/field_models.py eval [--misses] [--sets dev,blind,...]

`eval` prints, per labelled set, each field's score with the rules alone and with the models fitted on
every OTHER set (the first-sight figure), then each field's mean and worst set; and how well the review
flags catch the wrong fields. `make train` and `make eval-extract` call these.
"""

from __future__ import annotations

import argparse
import copy
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden.blind_set import labelled_sets
from tests.golden.corpus import Case
from tests.golden.scoring import Scores, score_case

from harvester.extract import Extractor
from harvester.extract.decision import MODEL_FILE, Candidates, apply
from harvester.extract.training import Example, Truth, answers, candidates_for, fit, leave_one_set_out
from harvester.gazetteer import Gazetteer
from harvester.models import Document, FetchedPage

GAZETTEER = Gazetteer.from_file()
FIELDS = ("lead", "participants_f1", "year", "type", "principles_listed_f1", "contacts_f1", "doc_type")


@dataclass
class Read:
    case: Case
    group: str
    doc: Document
    found: Candidates


def read_all(sets: dict[str, Callable[[], list[Case]]]) -> list[Read]:
    extractor = Extractor(models=None)
    out = []
    for group, load in sets.items():
        for case in load():
            page = FetchedPage(
                url=case.url, final_url=case.url, source="golden", status=200, content_type=case.content_type
            )
            page.body = case.body
            doc, found = extractor.read(page)
            out.append(Read(case, group, doc, found))
    return out


def truth(case: Case) -> Truth:
    want = case.expected
    return Truth(
        lead=want.lead,
        participants=frozenset(want.participants),
        year=want.year,
        year_end=want.year_end,
        type=want.type,
        principles=frozenset(want.principles),
        doc_type=want.doc_type,
    )


def examples(reads: list[Read]) -> list[Example]:
    return [Example(r.group, r.case.name, r.found, truth(r.case)) for r in reads]


def train(_: argparse.Namespace) -> None:
    reads = read_all(labelled_sets(include_held_out=False))
    models = fit(examples(reads))
    models.save(MODEL_FILE)
    print(f"trained on {models.trained_on} -> {MODEL_FILE} ({MODEL_FILE.stat().st_size / 1024:.0f} KiB)")


def evaluate(args: argparse.Namespace) -> None:
    sets = labelled_sets(include_held_out=False)
    if args.sets:
        wanted = args.sets.split(",")
        sets = {k: v for k, v in sets.items() if k in wanted}
    reads = read_all(sets)
    per_fold = leave_one_set_out(examples(reads))
    rules: dict[str, Scores] = {}
    model: dict[str, Scores] = {}
    flags = {"wrong": 0, "wrong_flagged": 0, "fields": 0, "flagged": 0}
    for read in reads:
        score_case(rules.setdefault(read.group, Scores()), read.case, read.doc)
        decided = copy.deepcopy(read.doc)
        apply(decided, read.found, per_fold[read.group], GAZETTEER)
        before = len(model.setdefault(read.group, Scores()).misses)
        score_case(model[read.group], read.case, decided)
        _count_flags(flags, decided, model[read.group].misses[before:])
    _coverage(reads)
    _table("rules alone", rules)
    _table("field models, leave-one-set-out", model)
    share = flags["wrong_flagged"] / max(1, flags["wrong"])
    print(
        f"\nreview flags: {flags['flagged']}/{flags['fields']} fields flagged "
        f"({flags['flagged'] / max(1, flags['fields']):.0%}), holding {flags['wrong_flagged']}/{flags['wrong']} "
        f"of the wrong ones ({share:.0%})"
    )
    if args.misses:
        for group, scores in model.items():
            print(f"\n## misses, {group} (models fitted without it)")
            for miss in scores.misses:
                print("  " + miss)


def _coverage(reads: list[Read]) -> None:
    """How often the right answer is among the candidates at all: the most a decision could score."""
    print("\n### candidates holding the right answer (the ceiling of any decision)\n")
    groups = list(dict.fromkeys(r.group for r in reads))
    print("| question | " + " | ".join(groups) + " |")
    print("|---|" + "---|" * len(groups))
    for question in ("lead", "participant", "start", "end", "type"):
        cells = []
        for group in groups:
            have = want = 0
            for read in (r for r in reads if r.group == group):
                candidates = candidates_for(question, read.found, truth(read.case))
                got = sum(answers(question, candidates, truth(read.case)))
                wanted = _wanted(question, truth(read.case))
                have, want = have + min(got, wanted), want + wanted
            cells.append(f"{have / max(1, want):.2f}")
        print(f"| {question} | " + " | ".join(cells) + " |")


def _wanted(question: str, t: Truth) -> int:
    if question == "participant":
        return len(t.participants)
    present = {"lead": t.lead, "start": t.year, "end": t.year_end, "type": t.type or None}
    return int(present[question] is not None)


_REVIEWED = {"lead": "lead_member", "participants": "participating_members", "year": "year", "type": "type"}


def _count_flags(flags: dict[str, int], doc: Document, misses: list[str]) -> None:
    flagged_fields = {r.split(":", 1)[0] for r in doc.review}
    for field, name in _REVIEWED.items():
        wrong = any(f": {field} " in m for m in misses)
        flags["fields"] += 1
        flags["flagged"] += name in flagged_fields
        flags["wrong"] += wrong
        flags["wrong_flagged"] += wrong and name in flagged_fields


def _table(title: str, scores: dict[str, Scores]) -> None:
    print(f"\n### {title}\n")
    groups = list(scores)
    print("| field | " + " | ".join(groups) + " | mean | worst |")
    print("|---|" + "---|" * (len(groups) + 2))
    for field in FIELDS:
        values = [scores[g].accuracy().get(field, float("nan")) for g in groups]
        mean = sum(values) / len(values)
        print(f"| {field} | " + " | ".join(f"{v:.3f}" for v in values) + f" | {mean:.3f} | {min(values):.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("train")
    ev = commands.add_parser("eval")
    ev.add_argument("--misses", action="store_true")
    ev.add_argument("--sets", default="")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    {"train": train, "eval": evaluate}[args.command](args)


if __name__ == "__main__":
    main()
