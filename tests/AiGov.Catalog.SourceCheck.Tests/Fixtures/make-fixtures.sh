#!/usr/bin/env bash
# Makes the committed fixtures that the tests cannot make themselves. Run once, by hand; the outputs are committed:
#   Fonts/DroidSansFallback-subset.ttf  the glyphs of the mini-edition, from Debian's fonts-droid-fallback (Apache-2.0,
#                                       see Fonts/NOTICE.md); the Kangxi radicals ⼈ ⼯ ⽤ (U+2F08, U+2F2F, U+2F64) map to
#                                       the glyphs of 人 工 用, as the official PDFs' text layers do; “ ” borrow 〝 〞
#   encrypted.pdf                       a one-page PDF encrypted with a user password (qpdf, AES-256)
# Needs: apt-get install fonts-droid-fallback python3-fonttools qpdf
# The mini-edition texts (mini-1.0-zh.txt, mini-1.0-en.txt) are hand-written and committed; the tests lay the PDF out
# from mini-1.0-zh.txt with PdfPig (MiniEditionPdf.cs), so the text and the PDF cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
chars="$(cat mini-1.0-zh.txt mini-1.0-en.txt | tr -d '\n\f')0123456789"
/usr/bin/python3 - "$font" "$chars" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTFont
font_path, chars = sys.argv[1], sys.argv[2]
kangxi = {0x2F08: 0x4EBA, 0x2F2F: 0x5DE5, 0x2F64: 0x7528}
# The font has no “ ” (U+201C, U+201D): they borrow the glyphs of 〝 〞 (U+301D, U+301E).
borrowed = {0x201C: 0x301D, 0x201D: 0x301E}
text = ''.join(chr(c) for c in range(0x20, 0x7F)) + ''.join(sorted(set(chars))) + ''.join(chr(v) for v in kangxi.values())
options = subset.Options()
options.name_IDs = ['*']
options.notdef_outline = True
options.recalc_timestamp = False
options.layout_features = []
options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'vhea', 'vmtx']
font = TTFont(font_path, recalcTimestamp=False)
subsetter = subset.Subsetter(options)
subsetter.populate(text=''.join(c for c in text if not 0x2F00 <= ord(c) <= 0x2FDF and ord(c) not in borrowed) + ''.join(chr(v) for v in borrowed.values()))
subsetter.subset(font)
for table in font['cmap'].tables:
    if table.isUnicode():
        for radical, ideograph in list(kangxi.items()) + list(borrowed.items()):
            if ideograph in table.cmap:
                table.cmap[radical] = table.cmap[ideograph]
# PdfPig's writer reads one advance per glyph: give the last glyph an advance one unit (1/2048 em) wider, so that the
# hmtx table is not compacted to a few entries (numberOfHMetrics < numGlyphs, legal but not read by PdfPig 0.1.16).
last = font.getGlyphOrder()[-1]
advance, lsb = font['hmtx'].metrics[last]
font['hmtx'].metrics[last] = (advance + 1, lsb)
font.save('Fonts/DroidSansFallback-subset.ttf')
PY
/usr/bin/python3 - <<'PY'
# A minimal one-page PDF (Helvetica), offsets computed here, then encrypted by qpdf.
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    None,
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
content = b"BT /F1 12 Tf 72 770 Td (3.1.1 An encrypted test page) Tj ET"
objects[3] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
out = bytearray(b"%PDF-1.7\n")
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for o in offsets:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open("plain.tmp.pdf", "wb").write(out)
PY
qpdf --static-id --encrypt secret-user secret-owner 256 -- plain.tmp.pdf encrypted.pdf
rm -f plain.tmp.pdf
ls -l Fonts/DroidSansFallback-subset.ttf encrypted.pdf
