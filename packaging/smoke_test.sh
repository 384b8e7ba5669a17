#!/usr/bin/env bash
# Run the frozen app as a field officer's machine would: version, a headless self-test of the
# main window on a fresh data folder, sample data, and a briefing PDF. Proves the bundle carries
# Qt, migrations, translations, fonts and the reference data.
set -euo pipefail
app=${1:-dist/helavb/helavb}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# A clean environment: nothing from the build venv may leak in.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app" "$@"; }

version=$(run --version)
echo "frozen: $version"
expected=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' helavb_desktop/__init__.py)
[ "$version" = "helavb $expected" ] || { echo "version mismatch: $version vs $expected" >&2; exit 1; }

internal="$(dirname "$app")/_internal/helavb_desktop"
for f in resources/translations/helavb_en.qm resources/fonts/DejaVuSans.ttf \
         resources/data/vasterbotten_kommuner.csv db/migrations/env.py hub/migrations/env.py; do
  [ -f "$internal/$f" ] || { echo "the bundle lacks $f" >&2; exit 1; }
done

run --data-dir "$work/fresh" gui --self-test
[ -f "$work/fresh/register.sqlite" ] || { echo "self-test made no register" >&2; exit 1; }
run --data-dir "$work/fresh" db check >/dev/null

run --data-dir "$work/demo" demo --size small --seed 3
run --data-dir "$work/demo" report --focus-area brobyggare --out "$work/brief.pdf"
head -c 5 "$work/brief.pdf" | grep -q '%PDF-' || { echo "no PDF written" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
  # Read the whole text first: grep -q closing the pipe early would fail pdftotext under pipefail.
  text=$(pdftotext -enc UTF-8 "$work/brief.pdf" -)
  grep -q "Hela Västerbotten" <<<"$text" || { echo "PDF text wrong" >&2; exit 1; }
fi
echo "frozen app: version, self-test, demo and report ok"
