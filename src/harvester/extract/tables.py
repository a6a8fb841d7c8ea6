"""Tables with a header row, as lines the field readers and the embedder can read, the same for HTML
and PDF tables."""

from __future__ import annotations

from dataclasses import dataclass

from harvester.extract.labels import LEAD, MEMBERS, field_of


@dataclass(frozen=True)
class TableLines:
    """A table written as lines; `rows` says whether each line is one row of several."""

    lines: list[str]
    rows: bool


def headed_table_lines(header: list[str], body: list[list[str]]) -> TableLines:
    """One record ('Lead | Partners | Year' over one row of values): a 'Header: value' line per column.
    A table of the page's partners ('Partner | Role in the lab', 'Partner councils | Other partners'):
    one line listing every partner under the first partners header, then each row under its partner's
    name, so the partners read as one field and not as a listing of records. Any other table (a
    table of other councils' projects, each with its own lead): one 'Header: value; …' line per row."""
    if len(body) == 1:
        return TableLines([f"{name}: {value}" for name, value in zip(header, body[0], strict=False) if value], False)
    fields = [field_of(name, loose=False) for name in header]
    if MEMBERS in fields and LEAD not in fields:
        return _partners_table(header, body, fields)
    return TableLines([_row_line(header, values) for values in body], True)


def _partners_table(header: list[str], body: list[list[str]], fields: list[str | None]) -> TableLines:
    columns = [i for i, found in enumerate(fields) if found == MEMBERS]
    partners = [row[i] for row in body for i in columns if i < len(row) and row[i]]
    lines = [f"{header[columns[0]]}: {'; '.join(dict.fromkeys(partners))}"]
    others = [i for i in range(len(header)) if i not in columns]
    for row in body:
        name = next((row[i] for i in columns if i < len(row) and row[i]), "")
        rest = _row_line([header[i] for i in others], [row[i] if i < len(row) else "" for i in others])
        if name and rest:
            lines.append(f"{name} — {rest}")
    return TableLines(lines, False)


def _row_line(header: list[str], values: list[str]) -> str:
    return "; ".join(f"{name}: {value}" for name, value in zip(header, values, strict=False) if value)
