#!/bin/sh
# Renders every .pptx in a folder to PNG contact sheets (one per deck, every slide) to look at:
#   DECK_RENDER_DIR=/tmp/decks dotnet test tests/PreSales.DocGen.Tests --filter TemplateCorpusTests   # writes corpus/*.pptx
#   bench/render-corpus.sh /tmp/decks/corpus [dpi]        # → /tmp/decks/corpus/sheets/<deck>.png
# Needs soffice, pdftoppm and python3. One soffice call converts all decks.
set -eu
dir=$1
dpi=${2:-30}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/pdf" "$dir/png" "$dir/sheets"
nice -n 10 soffice -env:UserInstallation=file://"$dir/lo-profile" --headless --convert-to pdf --outdir "$dir/pdf" "$dir"/*.pptx >/dev/null 2>&1
for pdf in "$dir"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -png -r "$dpi" "$pdf" "$dir/png/$name"
  python3 "$here/contact-sheet.py" "$dir/sheets/$name.png" 5 "$dir/png/$name"-*.png
done
echo "$dir/sheets"
