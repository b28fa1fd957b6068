#!/usr/bin/env bash
# Renders the SAMPLE compliance reports to PNG pictures for a person to look at.
#
#   scripts/render-reports.sh [out-dir]      (default: report-export/target/sample-reports/png)
#
# 1. writes the sample workbooks and PDFs (the test SampleReportFilesTest, into report-export/target/sample-reports/);
# 2. converts each .xlsx to PDF with LibreOffice headless (the way a spreadsheet prints: A4 landscape, fit to width);
# 3. turns every PDF page into a PNG with pdftoppm at 80 dpi.
# Installs poppler-utils, LibreOffice Calc and the Liberation fonts with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

src=report-export/target/sample-reports
out=${1:-$src/png}

need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
[ -n "$(fc-list "Liberation Serif" 2>/dev/null)" ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

./build -q -pl report-export -am test -Dtest=SampleReportFilesTest -Dsurefire.failIfNoSpecifiedTests=false

mkdir -p "$out" "$src/from-xlsx"
rm -f "$out"/*.png
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for x in "$src"/*.xlsx; do
  soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$src/from-xlsx" "$x" \
    >/dev/null 2>&1
done
for p in "$src"/*.pdf; do
  pdftoppm -r 80 -png "$p" "$out/$(basename "$p" .pdf)-pdf"
done
for p in "$src"/from-xlsx/*.pdf; do
  pdftoppm -r 80 -png "$p" "$out/$(basename "$p" .pdf)-xlsx"
done
ls -1 "$out"
