#!/usr/bin/env bash
# Prints a probabilistic reachability program on an N×N grid: every edge right and down (and, with
# "undirected", also left and up) holds with probability 0.6; the query asks corner to corner.
# Usage: scripts/grid.sh N [directed|undirected] > grid.pl
set -euo pipefail
n="${1:?usage: scripts/grid.sh N [directed|undirected]}"
mode="${2:-directed}"
for ((i = 0; i < n; i++)); do
  for ((j = 0; j < n; j++)); do
    if ((j + 1 < n)); then
      echo "0.6::edge(n${i}_${j},n${i}_$((j + 1)))."
      [ "$mode" = undirected ] && echo "0.6::edge(n${i}_$((j + 1)),n${i}_${j})."
    fi
    if ((i + 1 < n)); then
      echo "0.6::edge(n${i}_${j},n$((i + 1))_${j})."
      [ "$mode" = undirected ] && echo "0.6::edge(n$((i + 1))_${j},n${i}_${j})."
    fi
  done
done
echo "path(X,Y) :- edge(X,Y)."
echo "path(X,Y) :- edge(X,Z), path(Z,Y)."
echo "query(path(n0_0,n$((n - 1))_$((n - 1))))."
