#!/usr/bin/env bash
# The test command: builds and runs every test project of PreSales.sln, lists every skipped test with its reason,
# and ends with the totals on a line of their own ("N passed, N failed, N skipped"), read from the test results.
#
#   ./test.sh            everything
#   ./test.sh --fast     only the fast tests: leaves out [Trait("Category", "Slow")], the tests that start
#                        LibreOffice, pandoc, node, chromium or the presales program (same as
#                        dotnet test PreSales.sln --filter "Category!=Slow")
#   ./test.sh --filter "FullyQualifiedName~DeckCommand"   any other dotnet test option is passed on
#
# With CI=true (as .ci/run runs it) a skipped test fails the run, whatever the tests say: CI installs every outside
# program, so a skip there means something is missing.
set -uo pipefail
cd "$(dirname "$0")"

args=(); filter=""; fast=0
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) fast=1 ;;
    --filter) filter="$2"; shift ;;
    --filter=*) filter="${1#--filter=}" ;;
    *) args+=("$1") ;;
  esac
  shift
done
if [ "$fast" = 1 ]; then filter="${filter:+($filter)&}Category!=Slow"; fi
if [ -n "$filter" ]; then args+=(--filter "$filter"); fi

rm -rf TestResults
echo "test.sh: restoring, building and running the tests (the first run restores packages and builds everything: a minute or more)"
dotnet test PreSales.sln --logger "trx" --results-directory TestResults ${args[@]+"${args[@]}"}
status=$?

passed=0; failed=0; skipped=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

# Every skipped test with its reason: the <Message> inside each NotExecuted <UnitTestResult> of the .trx files.
skips=$(cat TestResults/*.trx 2>/dev/null | awk '
  function unxml(s) { gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s); gsub(/&#xA;|&#xD;/, " ", s); gsub(/&amp;/, "\\&", s); return s }
  /<UnitTestResult / {
    name = ""; skip = index($0, "outcome=\"NotExecuted\"") > 0
    if (skip && match($0, /testName="[^"]*"/)) name = unxml(substr($0, RSTART + 10, RLENGTH - 11))
    if (skip && $0 ~ /\/>[[:space:]]*$/) { print "  " name ": (no reason given)"; skip = 0 }
    next
  }
  skip && /<Message>/ {
    text = $0
    while (text !~ /<\/Message>/ && (getline line) > 0) text = text " " line
    sub(/.*<Message>/, "", text); sub(/<\/Message>.*/, "", text); gsub(/[[:space:]]+/, " ", text)
    print "  " name ": " unxml(text); skip = 0
  }
  skip && /<\/UnitTestResult>/ { print "  " name ": (no reason given)"; skip = 0 }
' | sort)

echo
if [ -n "$skips" ]; then
  echo "skipped tests, with the reason each gives:"
  echo "$skips"
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then echo "no test ran"; status=1; fi
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "CI: $skipped test(s) skipped; on CI every outside program is installed, so a skip fails the run"
  status=1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
