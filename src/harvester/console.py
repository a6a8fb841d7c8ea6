"""The command line's two consoles (stdout for results, stderr for progress) and how a hit is shown."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from harvester.search import highlight_spans

err = Console(stderr=True)
out = Console(soft_wrap=True)


def print_hits(hits: list[Any], query: str, similar: bool = False) -> None:
    """Search hits for a person: title and score, lead, years, type, principles, snippet, address."""
    if not hits:
        out.print("No results.")
        return
    for hit in hits:
        head = Text(f"{hit.rank}. ", style="bold")
        head.append(hit.title or hit.url, style="bold")
        head.append(f"  ({hit.score:.3f})", style="dim")
        if similar and hit.shares_lead:
            head.append("  same lead council", style="green")
        out.print(head)
        facts = [
            hit.lead_member or "lead unknown",
            str(hit.year) + (f"–{hit.year_end}" if hit.year_end else "") if hit.year else "year unknown",
        ]
        if hit.type:
            facts.append(hit.type)
        if hit.page:
            facts.append(f"PDF page {hit.page}")
        out.print(Text("   " + " · ".join(facts), style="cyan"))
        if hit.principles:
            out.print(Text("   principles: " + ", ".join(hit.principles), style="magenta"))
        if hit.snippet:
            snippet = Text("   " + hit.snippet)
            for start, end in highlight_spans(hit.snippet, query):
                snippet.stylize("bold yellow", start + 3, end + 3)
            out.print(snippet)
        out.print(Text("   " + hit.url, style="dim underline"))
