"""How often each named rule of the extractor fires on the labelled corpus.

    .venv/bin/python scripts/rule_hits.py [--sets dev,blind,...] [--markdown]

Every named rule at the top level of an `harvester.extract` module (a compiled pattern, a dict of
them, a word set; the lexicon's and each reader's own) is wrapped in a counter, then every labelled
document is read as `make train` reads it. A rule's hits are the documents on which it matched at least
once. Rules that never fire on ~490 labelled documents are candidates for deletion: a rule that fires
nowhere teaches the models nothing and costs every page its time. (Patterns written inline in a
function are not counted; the last line says how many such sites remain.)
"""

from __future__ import annotations

import argparse
import ast
import importlib
import logging
import pkgutil
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import harvester.extract as extract_package  # noqa: E402


@dataclass
class Counter:
    """One named rule: where it is defined and the documents it matched on."""

    module: str
    name: str
    kind: str
    calls: int = 0
    documents: set[int] = field(default_factory=set)


CURRENT = [0]  # the document being read


class CountingPattern:
    """A compiled pattern that records each match (non-empty result) against the current document."""

    def __init__(self, pattern: re.Pattern[str], counter: Counter) -> None:
        self._pattern = pattern
        self._counter = counter

    def _record(self, result: Any) -> Any:
        self._counter.calls += 1
        if result:
            self._counter.documents.add(CURRENT[0])
        return result

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._record(self._pattern.search(*args, **kwargs))

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._record(self._pattern.match(*args, **kwargs))

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._record(self._pattern.fullmatch(*args, **kwargs))

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._record(self._pattern.findall(*args, **kwargs))

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        found = list(self._pattern.finditer(*args, **kwargs))
        self._record(found)
        return iter(found)

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        result, count = self._pattern.subn(repl, string, *args, **kwargs)
        self._record(count)
        return result

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        result = self._pattern.subn(*args, **kwargs)
        self._record(result[1])
        return result

    def split(self, *args: Any, **kwargs: Any) -> Any:
        parts = self._pattern.split(*args, **kwargs)
        self._record(len(parts) > 1)
        return parts

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .groups
        return getattr(self._pattern, name)


class CountingSet(frozenset[str]):
    """A word set that records each membership test that succeeds."""

    counter: Counter

    def __contains__(self, item: object) -> bool:
        found = frozenset.__contains__(self, item)
        self.counter.calls += 1
        if found:
            self.counter.documents.add(CURRENT[0])
        return found


def extract_modules() -> list[ModuleType]:
    names = [f"harvester.extract.{m.name}" for m in pkgutil.iter_modules(extract_package.__path__)]
    return [extract_package, *(importlib.import_module(n) for n in sorted(names))]


def _defines(module: ModuleType, name: str) -> bool:
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    return re.search(rf"^{re.escape(name)}\s*[:=]", source, re.M) is not None


def _rule_name(name: str) -> bool:
    return name.lstrip("_").isupper() and len(name.strip("_")) > 1


def instrument() -> list[Counter]:
    """Wrap every named pattern and word set of the extract modules, in every module that binds it."""
    modules = extract_modules()
    wrapped: dict[int, Any] = {}
    counters: list[Counter] = []
    for module in modules:  # the defining modules first, so each rule is named where it is written
        for name, value in list(vars(module).items()):
            if not _rule_name(name) or id(value) in wrapped or not _defines(module, name):
                continue
            short = module.__name__.removeprefix("harvester.extract.")
            if isinstance(value, re.Pattern):
                counters.append(Counter(short, name, "pattern"))
                wrapped[id(value)] = CountingPattern(value, counters[-1])
            elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
                for key, pattern in value.items():
                    counters.append(Counter(short, f"{name}[{key}]", "pattern"))
                    value[key] = CountingPattern(pattern, counters[-1])
                wrapped[id(value)] = value
            elif isinstance(value, frozenset) and value and all(isinstance(v, str) for v in value):
                counters.append(Counter(short, name, f"words ({len(value)})"))
                counting = CountingSet(value)
                counting.counter = counters[-1]
                wrapped[id(value)] = counting
    for module in modules:
        for name, value in list(vars(module).items()):
            if id(value) in wrapped and _rule_name(name):
                setattr(module, name, wrapped[id(value)])
    return counters


def inline_sites() -> int:
    """Calls like re.search(r"...") inside functions: rules no counter sees."""
    count = 0
    for path in (ROOT / "src" / "harvester" / "extract").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split")
            ):
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    counters = instrument()
    from tests.golden.blind_set import labelled_sets

    from harvester.extract import Extractor
    from harvester.models import FetchedPage

    sets = labelled_sets()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    extractor = Extractor(models=None)
    total = 0
    for load in sets.values():
        for case in load():
            total += 1
            CURRENT[0] = total
            page = FetchedPage(url=case.url, final_url=case.url, source="golden", status=200)
            page.content_type, page.body = case.content_type, case.body
            extractor.read(page)
    print("# How often each named rule of the extractor fires on the labelled corpus\n")
    print("Written by `make rule-hits` (scripts/rule_hits.py); rarest first. A rule is a pattern or word set named")
    print("at the top level of an `extract/` module; it fires on a document when it matches there at least once.\n")
    print(f"| rule | module | kind | documents it fired on (of {total}) | calls |")
    print("|---|---|---|---|---|")
    for counter in sorted(counters, key=lambda c: (len(c.documents), c.module, c.name)):
        print(f"| {counter.name} | {counter.module} | {counter.kind} | {len(counter.documents)} | {counter.calls} |")
    silent = [c for c in counters if not c.documents]
    print(f"\n{len(counters)} named rules; {len(silent)} never fired; {inline_sites()} inline regex sites uncounted")


if __name__ == "__main__":
    main()
