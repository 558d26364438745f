#!/usr/bin/env bash
# Times whole `circa query` runs on grid reachability programs (see scripts/grid.sh) and prints
# one TSV row per grid: mode, n, probability, wall seconds, and Circa's own stage times.
# Usage: scripts/grid-bench.sh [TIME_LIMIT_SECONDS]   (default 120 per run)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
limit="${1:-120}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'mode\tn\tprobability\twall_s\tstages\n'
for spec in directed:6 directed:7 directed:8 directed:10 undirected:3 undirected:4 undirected:5; do
  mode="${spec%%:*}"; n="${spec##*:}"
  "$root/scripts/grid.sh" "$n" "$mode" > "$tmp/g.pl"
  start=$(date +%s.%N)
  out=$(timeout "$limit" "$root/bin/circa" query --quiet --timings --time-limit "$limit" "$tmp/g.pl" 2> "$tmp/err")
  rc=$?
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  prob=$(echo "$out" | cut -f2)
  [ $rc -ne 0 ] && prob="exit $rc"
  printf '%s\t%s\t%s\t%.2f\t%s\n' "$mode" "$n" "$prob" "$wall" "$(grep -o 'parse.*' "$tmp/err" | head -1)"
done
