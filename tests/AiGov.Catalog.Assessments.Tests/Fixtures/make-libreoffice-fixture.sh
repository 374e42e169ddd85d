#!/usr/bin/env bash
# Makes libreoffice-edited-2.0.xlsx: a 2.0 template for a service provider made by `aigov assess init`, filled as a
# user would (statuses and measure states chosen from the dropdowns' words, owners, a wrong status 'done', an extra
# column, a trailing space, an empty row), then opened and saved by LibreOffice Calc, which rewrites the whole package
# its own way (shared strings, its own styles). Run from the repository root after building the CLI:
#   bash tests/AiGov.Catalog.Assessments.Tests/Fixtures/make-libreoffice-fixture.sh
# Needs: python3 and LibreOffice (apt-get install libreoffice-calc). The tests only read the committed result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="dotnet src/AiGov.Catalog.Cli/bin/Release/net10.0/aigov.dll"
$cli assess init --edition 2.0 --actor service-provider --assessed 2026-12-01 --organisation "Example Assistants Ltd. (fictional)" --out "$work/template.xlsx"
python3 "$here/edit-workbook.py" "$work/template.xlsx" "$work/edited.xlsx"
mkdir -p "$work/out"
soffice --headless --norestore --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/out" "$work/edited.xlsx" >/dev/null
cp "$work/out/edited.xlsx" "$here/libreoffice-edited-2.0.xlsx"
echo "wrote $here/libreoffice-edited-2.0.xlsx"
