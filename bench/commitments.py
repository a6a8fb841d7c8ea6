"""Calibrate the commitment matcher on tests/golden/commitments.yaml (never on the blind set).

    .venv/bin/python bench/commitments.py

For each threshold, margin and lexical weight: paraphrases matched to their principle, matched to the
wrong one, and ordinary project sentences taken for a commitment. The matcher's constants are the
setting with no wrong match and no false commitment that matches the most paraphrases.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import yaml

from harvester.embed import make_embedder
from harvester.extract.commitments import CommitmentMatcher

SET = Path(__file__).resolve().parents[1] / "tests" / "golden" / "commitments.yaml"


def main() -> None:
    data = yaml.safe_load(SET.read_text(encoding="utf-8"))
    items = [(name, text) for name, texts in data["paraphrases"].items() for text in texts]
    negatives = list(data["negatives"])
    matcher = CommitmentMatcher(make_embedder(None).embed)
    print("| lexical | threshold | margin | matched | wrong | false commitments |")
    print("|---|---|---|---|---|---|")
    for lexical, threshold, margin in itertools.product((0.0, 0.3, 0.6), (0.45, 0.5, 0.55, 0.6), (0.02, 0.05)):
        matcher.lexical, matcher.threshold, matcher.margin = lexical, threshold, margin
        found = matcher.match([text for _, text in items])
        matched = sum(1 for (name, _), hit in zip(items, found, strict=True) if hit and hit[0] == name)
        wrong = sum(1 for (name, _), hit in zip(items, found, strict=True) if hit and hit[0] != name)
        false = sum(1 for hit in matcher.match(negatives) if hit)
        print(f"| {lexical} | {threshold} | {margin} | {matched}/{len(items)} | {wrong} | {false}/{len(negatives)} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
