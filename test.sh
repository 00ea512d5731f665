#!/usr/bin/env bash
# The test command: builds and runs every test project of PreSales.sln, then prints the totals
# on a line of their own ("N passed, N failed") read from the test results.
set -uo pipefail
cd "$(dirname "$0")"
rm -rf TestResults
dotnet test PreSales.sln --logger "trx" --results-directory TestResults "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no test ran"; exit 1; fi
exit $status
