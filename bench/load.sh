#!/usr/bin/env bash
# The host under load, every scenario on every setup, one line each (see bench/PreSales.HostBench/Load.cs):
#   bench/load.sh [seconds] [clients]      (defaults: 60 s, 16 clients; needs PostgreSQL on 127.0.0.1:5432 for postgres*)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; clients=${2:-16}
dotnet build -c Release src/PreSales.AddinHost -v q -nologo >/dev/null
dotnet build -c Release bench/PreSales.HostBench -v q -nologo >/dev/null
for setup in sqlite postgres postgres2; do
  for scenario in deck deck-cold deck-edited word review search; do
    dotnet run -c Release --no-build --project bench/PreSales.HostBench -- load "$setup" "$scenario" "$clients" "$seconds" | tail -1
  done
done
