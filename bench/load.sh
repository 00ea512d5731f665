#!/usr/bin/env bash
# The host under load, every scenario on every setup, two lines each (see bench/PreSales.HostBench/Load.cs):
#   bench/load.sh [seconds] [clients] [warm-up seconds] [scenarios...]
#   (defaults: 60 s, 16 clients, 20 s of the same load first, every scenario; needs PostgreSQL on 127.0.0.1:5432 for
#   postgres*). Each run prints two lines: the warm-up's figures (the runtime still compiling hot code), then the run's.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; clients=${2:-16}; warm=${3:-20}; shift $(( $# < 3 ? $# : 3 ))
scenarios=("$@"); [ ${#scenarios[@]} -gt 0 ] || scenarios=(deck deck-cold deck-edited word review search)
dotnet build -c Release src/PreSales.AddinHost -v q -nologo >/dev/null
dotnet build -c Release bench/PreSales.HostBench -v q -nologo >/dev/null
for setup in sqlite postgres postgres2; do
  for scenario in "${scenarios[@]}"; do
    dotnet run -c Release --no-build --project bench/PreSales.HostBench -- load "$setup" "$scenario" "$clients" "$seconds" "$warm" | tail -2
  done
done
