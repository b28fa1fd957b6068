#!/usr/bin/env bash
# Renders compliance reports to PNG pictures for a person to look at.
#
#   scripts/render-reports.sh [out-dir]         the SAMPLE test fixtures (default out: report-export/target/sample-reports/png)
#   scripts/render-reports.sh --readme DIR      the demo's reports in DIR (written by './chitieu demo --out DIR' when DIR
#                                               has none yet) to DIR/png, and the README's two pictures into docs/images/
#
# 1. writes the reports: the test SampleReportFilesTest into report-export/target/sample-reports/, or the demo;
# 2. converts each .xlsx to PDF with LibreOffice headless (the way a spreadsheet prints: A4 landscape, fit to width);
#    with --readme only the first pages of each workbook (PAGES, default 12), the data sheets run to hundreds; and
#    each .docx to PDF with LibreOffice Writer (as Word or Writer prints the document a builder edits);
# 3. turns every PDF page into a PNG with pdftoppm (DPI, default 80);
# 4. with --readme, copies page 1 of the Vietnamese Hai Phong document (.docx), the page of its PDF with the form
#    (Biểu số 01) and page 1 of its workbook to docs/images/report-docx-vi.png, report-pdf-vi.png, report-xlsx-vi.png.
# Installs poppler-utils, LibreOffice Calc and Writer and the Liberation fonts with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

readme=""
if [ "${1:-}" = "--readme" ]; then
  [ $# -eq 2 ] || { echo "usage: $0 --readme DIR" >&2; exit 2; }
  readme=$2
  src=$readme
  out=$readme/png
else
  src=report-export/target/sample-reports
  out=${1:-$src/png}
fi
dpi=${DPI:-80}
pages=${PAGES:-12}

need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
[ -n "$(fc-list "Liberation Serif" 2>/dev/null)" ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -n "$readme" ]; then
  if ! ls "$src"/haiphong-*-vi.pdf >/dev/null 2>&1; then
    ./chitieu demo --out "$src" >/dev/null
  fi
else
  ./build -q -pl report-export -am test -Dtest=SampleReportFilesTest -Dsurefire.failIfNoSpecifiedTests=false
fi

mkdir -p "$out" "$src/from-xlsx" "$src/from-docx"
rm -f "$out"/*.png
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
filter=pdf
if [ -n "$readme" ]; then
  # only the first pages: LibreOffice 7.4+ takes a page range for the PDF export
  filter='pdf:calc_pdf_Export:{"PageRange":{"type":"string","value":"1-'"$pages"'"}}'
fi
for x in "$src"/*.xlsx; do
  soffice -env:UserInstallation=file://"$profile" --headless --convert-to "$filter" --outdir "$src/from-xlsx" "$x" \
    >/dev/null 2>&1
done
for d in "$src"/*.docx; do
  [ -e "$d" ] || continue
  soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$src/from-docx" "$d" \
    >/dev/null 2>&1
done
for p in "$src"/from-docx/*.pdf; do
  [ -e "$p" ] || continue
  pdftoppm -r "$dpi" -png "$p" "$out/$(basename "$p" .pdf)-docx"
done
for p in "$src"/*.pdf; do
  pdftoppm -r "$dpi" -png "$p" "$out/$(basename "$p" .pdf)-pdf"
done
last=()
[ -z "$readme" ] || last=(-l "$pages")
for p in "$src"/from-xlsx/*.pdf; do
  pdftoppm -r "$dpi" "${last[@]}" -png "$p" "$out/$(basename "$p" .pdf)-xlsx"
done

if [ -n "$readme" ]; then
  pdf=$(ls "$src"/haiphong-*-vi.pdf | head -1)
  docx=$(ls "$src"/from-docx/haiphong-*-vi.pdf | head -1)
  xlsx=$(ls "$src"/from-xlsx/haiphong-*-vi.pdf | head -1)
  form=1
  n=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((k = 1; k <= n; k++)); do
    if pdftotext -f "$k" -l "$k" "$pdf" - | grep -q "(Kèm theo Báo cáo số"; then form=$k; break; fi
  done
  mkdir -p docs/images
  pdftoppm -r "$dpi" -f 1 -l 1 -singlefile -png "$docx" docs/images/report-docx-vi
  pdftoppm -r "$dpi" -f "$form" -l "$form" -singlefile -png "$pdf" docs/images/report-pdf-vi
  pdftoppm -r "$dpi" -f 1 -l 1 -singlefile -png "$xlsx" docs/images/report-xlsx-vi
  echo "docs/images/report-docx-vi.png, report-pdf-vi.png (page $form) and report-xlsx-vi.png from $docx, $pdf, $xlsx"
fi
ls -1 "$out"
