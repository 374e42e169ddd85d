#!/usr/bin/env python3
"""Builds verified-titles-1.0-zh.txt: every Chinese heading and item title that the reference notes mark VERIFIED for
edition 1.0, in document order, laid out as a text of the official PDF would be (one heading per line, a running
header "- N - 人工智能安全治理框架" on each page, pages separated by form feeds; a heading whose page the notes do not
give goes on a page with no header). Untitled lettered items (sections 4 and 6) get their label and a filler line of
our own, never the framework's text. Titles that are PARTIAL or UNKNOWN in Chinese are left out.

The check on this file must report every verified 1.0 title as matching and propose nothing (SourceCheckDryRunTests).
Run by hand from this folder: python3 make-verified-titles.py ../../../../shared/reference/edition-1.0.md
(the reference notes are beside the repository, not in it; the output is committed).
"""
import re
import sys

FILLER = '（此处为条目正文，本夹具不收录条文内容，只保留编号，以便检验条目编号的识别与对齐是否正确）'
source = open(sys.argv[1], encoding='utf-8').read().splitlines()
entries = {}  # clause -> (title, page: a number, or None where the notes give none)


def page_of(cell):
    m = re.match(r'\s*(\d+)', cell)
    return int(m.group(1)) if m else None


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
        m = re.match(r'^#### (\d+(?:\.\d+)+) ([^\s(—]+) —', line)
        if m:
            entries.setdefault(m.group(1), (m.group(2), None))
        continue
    row = cells(line)
    clause = re.sub(r'\s*\(letter not shown\)', '', row[0])
    if not re.match(r'^\d+(\.\d+)*(\([a-z]\))?$', clause):
        continue
    if 'Chinese heading' in header:  # the tables of contents: all VERIFIED
        entries[clause] = (row[1], page_of(row[3]))
    elif 'CN title' in header:
        status = row[header.index('Status')]
        pages = row[header.index('CN p. / EN p.')] if 'CN p. / EN p.' in header else ''
        title = row[1] if 'CN VERIFIED' in status and row[1] != 'UNKNOWN' else None
        if title is not None:
            entries[clause] = (title, page_of(pages))
    else:  # untitled items: the label only
        pages = row[header.index('CN p. / EN p.')] if 'CN p. / EN p.' in header else ''
        entries.setdefault(clause, (FILLER, page_of(pages)))


def order(clause):
    return [(int(p), '') if p.isdigit() else (0, p) for p in re.split(r'[.()]+', clause) if p]


pages, current, page = [], [], 'start'
for clause in sorted(entries, key=order):
    title, number = entries[clause]
    if number != page:
        if current:
            pages.append(current)
        current = ['- %d - 人工智能安全治理框架' % number] if number is not None else []
        page = number
    label = clause
    m = re.match(r'^(.*)\(([a-z])\)$', clause)
    if m:
        current.append('（%s）%s' % (m.group(2), title if title == FILLER else title + '。测试正文。'))
    else:
        current.append(clause + ' ' + title)
pages.append(current)
with open('verified-titles-1.0-zh.txt', 'w', encoding='utf-8') as f:
    f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
print(sum(len(p) for p in pages), 'lines,', len(pages), 'pages')
