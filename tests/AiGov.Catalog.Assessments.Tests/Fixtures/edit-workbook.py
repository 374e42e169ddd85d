#!/usr/bin/env python3
"""Edits cells of a workbook written by `aigov assess init` (inline strings), standard library only.

Usage: edit-workbook.py IN.xlsx OUT.xlsx. Sets, on the Risks sheet (sheet3), rows 2-6: statuses, owners and notes,
one wrong status 'done' (row 5), an owner with a trailing space, an extra 'Reviewer' column (L); on the Measures sheet
(sheet4), the states of the first three measure rows. LibreOffice then saves the result (see make-libreoffice-fixture.sh).
"""
import re
import sys
import zipfile


def cell(ref, text):
    return '<c r="%s" s="1" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, text)


def set_cell(xml, ref, text):
    """Replaces the cell `ref` (which the writer always writes, possibly empty) with an inline string."""
    pattern = re.compile(r'<x:c r="%s"[^>]*?(/>|>.*?</x:c>)|<c r="%s"[^>]*?(/>|>.*?</c>)' % (ref, ref), re.S)
    new, n = pattern.subn(lambda m: cell(ref, text).replace("<c ", "<x:c " if m.group(0).startswith("<x:") else "<c ").replace("</c>", "</x:c>" if m.group(0).startswith("<x:") else "</c>").replace("<is>", "<x:is>" if m.group(0).startswith("<x:") else "<is>").replace("</is>", "</x:is>" if m.group(0).startswith("<x:") else "</is>").replace("<t ", "<x:t " if m.group(0).startswith("<x:") else "<t ").replace("</t>", "</x:t>" if m.group(0).startswith("<x:") else "</t>"), xml, count=1)
    if n != 1:
        raise SystemExit("no cell " + ref)
    return new


def append_cell(xml, row, ref, text):
    """Adds a cell at the end of row `row` (for the extra column)."""
    pattern = re.compile(r'(<(x:)?row r="%d"[^>]*>.*?)(</(x:)?row>)' % row, re.S)
    def repl(m):
        prefix = m.group(2) or ""
        c = cell(ref, text)
        if prefix:
            c = c.replace("<c ", "<x:c ").replace("</c>", "</x:c>").replace("<is>", "<x:is>").replace("</is>", "</x:is>").replace("<t ", "<x:t ").replace("</t>", "</x:t>")
        return m.group(1) + c + m.group(3)
    new, n = pattern.subn(repl, xml, count=1)
    if n != 1:
        raise SystemExit("no row %d" % row)
    return new


def main(src, dst):
    with zipfile.ZipFile(src) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    risks = parts["xl/worksheets/sheet3.xml"].decode("utf-8")
    risks = append_cell(risks, 1, "L1", "Reviewer")
    risks = set_cell(risks, "C2", "addressed")
    risks = set_cell(risks, "D2", "ML Platform team ")
    risks = set_cell(risks, "E2", "Model cards for every release\nAnswer citations")
    risks = append_cell(risks, 2, "L2", "J. Doe")
    risks = set_cell(risks, "C3", "partially-addressed")
    risks = set_cell(risks, "D3", "Responsible AI office")
    risks = set_cell(risks, "C4", "not-applicable")
    risks = set_cell(risks, "G4", "No open-weight release.")
    risks = set_cell(risks, "C5", "done")
    risks = set_cell(risks, "D5", "Security engineering")
    risks = set_cell(risks, "C6", "not-addressed")
    risks = set_cell(risks, "D6", "Security engineering")
    parts["xl/worksheets/sheet3.xml"] = risks.encode("utf-8")
    measures = parts["xl/worksheets/sheet4.xml"].decode("utf-8")
    measures = set_cell(measures, "C2", "implemented")
    measures = set_cell(measures, "D2", "https://intranet.example.com/ml/release-checklist")
    measures = set_cell(measures, "C3", "planned")
    measures = set_cell(measures, "E3", "Q2 2027")
    measures = set_cell(measures, "C4", "not-implemented")
    parts["xl/worksheets/sheet4.xml"] = measures.encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
