"""Extraction accuracy per field on the development set and the blind set.

    .venv/bin/python bench/extract_accuracy.py [--set dev|blind|both|round2|round3|round4|round5|round6] [--misses]

Run with PYTHONPATH pointing at another checkout's `src` to score that version of the extractor on
today's sets (how the blind-first figures in docs/benchmarks.md were taken):

    PYTHONPATH=/tmp/baseline/src .venv/bin/python bench/extract_accuracy.py --set blind
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.golden.blind_set import ROUND2_DIR, ROUND3_DIR, ROUND4_DIR, ROUND5_DIR, ROUND6_DIR, blind_cases
from tests.golden.corpus import all_cases
from tests.golden.scoring import report, score_cases

FIELDS = (
    "lead",
    "participants_f1",
    "year",
    "type",
    "doc_type",
    "principles_listed_f1",
    "principles_listed_recall",
    "principles_statements_f1",
    "principles_paraphrased_f1",
    "principles_any_basis_f1",
    "contacts_f1",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=("dev", "blind", "both", "round2", "round3", "round4", "round5", "round6"), default="both"
    )
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    sets = {
        "dev": all_cases,
        "blind": blind_cases,
        "round2": lambda: blind_cases(ROUND2_DIR),
        "round3": lambda: blind_cases(ROUND3_DIR),
        "round4": lambda: blind_cases(ROUND4_DIR),
        "round5": lambda: blind_cases(ROUND5_DIR),
        "round6": lambda: blind_cases(ROUND6_DIR),
    }
    chosen = ["dev", "blind"] if args.set == "both" else [args.set]
    results = {name: score_cases(sets[name]()) for name in chosen}
    print("| field | " + " | ".join(f"{name} ({len(sets[name]())})" for name in chosen) + " |")
    print("|---|" + "---|" * len(chosen))
    for field in FIELDS:
        values = [results[name].accuracy().get(field) for name in chosen]
        print(f"| {field} | " + " | ".join("—" if v is None else f"{v:.3f}" for v in values) + " |")
    if args.misses:
        for name in chosen:
            print(f"\n## misses: {name}")
            report(results[name], print)


if __name__ == "__main__":
    main()
