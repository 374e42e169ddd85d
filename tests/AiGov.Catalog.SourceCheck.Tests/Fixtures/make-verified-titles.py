#!/usr/bin/env python3
"""Builds verified-titles-1.0-zh.txt (or, with the argument en, verified-titles-1.0-en.txt): every Chinese heading and item title that the reference notes mark VERIFIED for
edition 1.0, in document order, laid out as a text of the official PDF would be (one heading per line, a running
header "- N - 人工智能安全治理框架" on each page, pages separated by form feeds; a heading whose page the notes do not
give goes on a page with no header). Untitled lettered items (sections 4 and 6) get their label and a filler line of
our own, never the framework's text. Titles that are PARTIAL or UNKNOWN in Chinese are left out.

English (argument en): every heading and item title the notes mark EN VERIFIED (the English table of contents, 1.1,
the 26 risks, 5.1-5.4), numbered as the English tables of contents and MIT's records print them ("3.1 AI's inherent
safety risks", "(a) Risks of explainability"), with the EN page. The notes do not say how the English pages print
their numbers, so each page with a known EN page ends with a bare page-number line (no running header is invented);
a heading whose EN page is unknown, or given only as a span (the section 4 items' "13-15"), goes on a page with none.
The sub-section headings 3.1.1-3.2.4 and 4.1.1-4.2.3, whose English titles are UNKNOWN, are printed as their number
alone, so that the items below them take the right clause and no translation of ours is offered as printed text.
Editorial remarks in the notes' English cells ("(SRC-12 without "To")", "(as given in MIT's record, ...)") are dropped.

The check on this file must report every verified 1.0 title as matching and propose nothing (the dry-run tests in SourceCheckProposalTests).
Run by hand from this folder: python3 make-verified-titles.py ../../../../shared/reference/edition-1.0.md [zh|en]
(the reference notes are beside the repository, not in it; the output is committed).
"""
import re
import sys

ENGLISH = len(sys.argv) > 2 and sys.argv[2] == 'en'
FILLER = ('Item text left out of this fixture, which keeps only the label to test that labels are found and aligned'
          if ENGLISH else '（此处为条目正文，本夹具不收录条文内容，只保留编号，以便检验条目编号的识别与对齐是否正确）')
LABEL_ONLY = ''  # a heading printed as its number alone (English sub-sections: title unknown)
source = open(sys.argv[1], encoding='utf-8').read().splitlines()
entries = {}  # clause -> (title, page: a number, or None where the notes give none)


def page_of(cell):
    if ENGLISH:  # the EN page, after the slash of "CN p. / EN p.", when it is one page
        m = re.match(r'^[^/]*/\s*(\d+)\s*$', cell)
        return int(m.group(1)) if m else None
    m = re.match(r'\s*(\d+)', cell)
    return int(m.group(1)) if m else None


def english_title(cell):
    return re.sub(r'\s+\((?:SRC-|as given|leading)[^)]*\)$', '', cell.strip())


def cells(line):
    return [c.strip() for c in line.strip().strip('|').split('|')]


header = None
for line in source:
    if line.startswith('| Clause |'):
        header = cells(line)
        continue
    if not line.startswith('|') or line.startswith('|---') or header is None:
        if not line.startswith('|'):
            header = None if not line.strip() == '' else header
        m = re.match(r'^#### (\d+(?:\.\d+)+) ([^\s(—]+) —( EN: UNKNOWN)?', line)
        if m and not ENGLISH:
            entries.setdefault(m.group(1), (m.group(2), None))
        elif m and m.group(3):
            entries.setdefault(m.group(1), (LABEL_ONLY, None))
        continue
    row = cells(line)
    clause = re.sub(r'\s*\(letter not shown\)', '', row[0])
    if not re.match(r'^\d+(\.\d+)*(\([a-z]\))?$', clause):
        continue
    if 'Chinese heading' in header:  # the tables of contents: all VERIFIED
        entries[clause] = (row[2], int(row[4])) if ENGLISH else (row[1], page_of(row[3]))
    elif 'CN title' in header:
        status = row[header.index('Status')]
        pages = row[header.index('CN p. / EN p.')] if 'CN p. / EN p.' in header else ''
        if ENGLISH:
            verified = any(part.strip().startswith('EN VERIFIED') for part in status.split('·'))  # not "(body EN VERIFIED)"
            title = english_title(row[2]) if verified and row[2] != 'UNKNOWN' and not row[2].startswith('translation:') else None
        else:
            title = row[1] if 'CN VERIFIED' in status and row[1] != 'UNKNOWN' else None
        if title is not None:
            entries[clause] = (title, page_of(pages))
    else:  # untitled items: the label only
        pages = row[header.index('CN p. / EN p.')] if 'CN p. / EN p.' in header else ''
        entries.setdefault(clause, (FILLER, page_of(pages)))


def order(clause):
    return [(int(p), '') if p.isdigit() else (0, p) for p in re.split(r'[.()]+', clause) if p]


pages, current, footer, page = [], [], [], 'start'
for clause in sorted(entries, key=order):
    title, number = entries[clause]
    if number != page:
        if current:
            pages.append(current + footer)
        current = ['- %d - 人工智能安全治理框架' % number] if number is not None and not ENGLISH else []
        footer = [str(number)] if number is not None and ENGLISH else []
        page = number
    label = clause
    m = re.match(r'^(.*)\(([a-z])\)$', clause)
    if m and ENGLISH:
        current.append('(%s) %s' % (m.group(2), title if title == FILLER else title + '. A test body line, not the framework\'s text.'))
    elif m:
        current.append('（%s）%s' % (m.group(2), title if title == FILLER else title + '。测试正文。'))
    else:
        current.append(clause + (' ' + title if title else ''))
pages.append(current + footer)
with open('verified-titles-1.0-%s.txt' % ('en' if ENGLISH else 'zh'), 'w', encoding='utf-8') as f:
    f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
print(sum(len(p) for p in pages), 'lines,', len(pages), 'pages')
