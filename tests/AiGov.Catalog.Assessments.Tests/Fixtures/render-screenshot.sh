#!/usr/bin/env bash
# Renders the Risks sheet of the LibreOffice-saved fixture to samples/assessments/workbook-libreoffice.png (for the
# README): LibreOffice prints the workbook to PDF (landscape, one page wide, as the writer sets it up), pdftoppm crops
# the top of the Risks page. Needs LibreOffice and poppler-utils; run from the repository root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/libreoffice-edited-2.0.xlsx" "$work/wb.xlsx"
soffice --headless --norestore --convert-to pdf --outdir "$work" "$work/wb.xlsx" >/dev/null
# Page 3 is the Risks sheet (Instructions and Assessment come first).
pdftoppm -png -r 220 -f 3 -l 3 -x 80 -y 100 -W 1800 -H 560 -singlefile "$work/wb.pdf" "$work/risks"
cp "$work/risks.png" samples/assessments/workbook-libreoffice.png
echo "wrote samples/assessments/workbook-libreoffice.png"
