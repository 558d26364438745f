#!/usr/bin/env bash
# Times whole `circa lfi` runs on generated smokers networks (scripts/lfi-smokers.py) and prints
# one TSV row per size: persons, examples, EM steps, wall seconds, and the learned values.
# Usage: scripts/lfi-bench.sh
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'persons\texamples\tsteps\twall_s\tlearned (true: stress 0.3, influences 0.4, cancer 0.6)\n'
for spec in 4:100 8:300 8:3000 12:300; do
  n="${spec%%:*}"; e="${spec##*:}"
  python3 "$root/scripts/lfi-smokers.py" "$n" "$e" "$tmp/s"
  start=$(date +%s.%N)
  out=$("$root/bin/circa" lfi "$tmp/s.pl" "$tmp/s.ev" 2> "$tmp/err")
  rc=$?
  end=$(date +%s.%N)
  steps=$(sed -n 's/.* in \([0-9]*\) EM steps.*/\1/p' "$tmp/err")
  learned=$(echo "$out" | grep '::' | sed 's/::\([a-z]*\).*/ \1/' | tr '\n' ' ')
  [ $rc -ne 0 ] && learned="exit $rc: $(head -c 200 "$tmp/err")"
  printf '%s\t%s\t%s\t%.1f\t%s\n' "$n" "$e" "$steps" "$(echo "$end - $start" | bc)" "$learned"
done
