#!/usr/bin/env bash
# Everything issue 8 asks of the lent GPU machine (see gpu/README.md, "Running on the lent GPU
# machine"): the parity check under five launch policies, the benchmark on the GPU (host and
# resident inputs) and on the CPU, and `circa query --backend gpu` against the CPU on the ProbLog
# programs. Run from the checkout root on the device, with .jre/, provers/target/circa-cli.jar and
# shared/ (bench/circuits, problog-tests) carried there:
#   OUT=/some/folder bash scripts/gpu-device-check.sh [PART...]   PART: parity, query, bench, cpu-bench
#   (default: parity query bench)
# Writes its files to $OUT and a summary to standard output; exits 1 when a check failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${OUT:?set OUT to the folder for the results}"
mkdir -p "$out"
export LD_LIBRARY_PATH=/usr/local/cuda/lib64:${LD_LIBRARY_PATH:-}
jar=provers/target/circa-cli.jar
java=(.jre/bin/java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xss64m)
circuits=${CIRCUITS:-shared/bench/circuits}
programs=${PROGRAMS:-shared/problog-tests}
parts=" ${*:-parity query bench} "
status=0

for need in .jre/bin/java "$jar" "$circuits" "$programs"; do
  [ -e "$need" ] || { echo "gpu-device-check: $need is missing (see gpu/README.md)" >&2; exit 2; }
done
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null | sed 's/^/# device: /'

parity() { # name, JVM options, more options of GpuParityMain
  local name=$1 t0=$SECONDS
  "${java[@]}" ${2:-} -cp "$jar" org.circa.gpu.GpuParityMain --batches 1,33,256 ${3:-} "$circuits" > "$out/parity-$name.txt" 2>&1
  local code=$?
  echo "parity $name: exit $code, $(tail -1 "$out/parity-$name.txt"), $((SECONDS - t0)) s"
  grep -v -e '^ok' -e '^#' -e '^WARNING: Using incubator' "$out/parity-$name.txt" | head -5
  [ $code -eq 0 ] || status=1
}

bench() { # backend, inputs, file
  "${java[@]}" -jar "$jar" bench --backend "$1" --inputs "$2" --no-baseline --samples 9 --warmup-ms 200 \
    --batch 1,128,1024 --algebra logprobability32,probability32,probability,logprobability \
    --synthetic 40x20000 "$circuits" > "$out/$3" 2> "$out/$3.err" || { status=1; cat "$out/$3.err"; }
}

query() { # one program: prints "same|same-error|DIFFERENT|GPU-FAILED|CPU-FAILED name"
  local f=$1 name cpu gpu err code
  name=$(basename "$f")
  err=$(mktemp)
  cpu=$($JAVA_CMD -jar "$jar" query --quiet --backend cpu "$f" 2>/dev/null)
  code=$?
  gpu=$($JAVA_CMD -jar "$jar" query --quiet --backend gpu "$f" 2>"$err")
  local gpu_code=$?
  if [ $code -ne 0 ]; then
    # a program the CPU refuses (an error it must report) must fail the same way on the GPU
    [ $gpu_code -eq $code ] && echo "same-error $name (exit $code)" || echo "CPU-FAILED $name (exit $code, gpu $gpu_code)"
  elif [ $gpu_code -ne 0 ]; then
    echo "GPU-FAILED $name $(grep -v '^WARNING: Using incubator' "$err" | tr '\n' ' ' | cut -c1-400)"
  # same atoms, probabilities within 1e-9 relative
  elif awk -F'\t' 'NR == FNR { want[$1] = $2; n++; next }
      { if (!($1 in want)) bad = 1; d = want[$1] - $2; d = d < 0 ? -d : d; m = want[$1] < 0 ? -want[$1] : want[$1];
        if (d > 1e-9 * (m > 1 ? m : 1)) bad = 1; got++ }
      END { exit (bad || got != n) }' <(echo "$cpu") <(echo "$gpu"); then
    echo "same $name"
  else
    echo "DIFFERENT $name"
  fi
  rm -f "$err"
}
JAVA_CMD="${java[*]}"
export -f query
export jar JAVA_CMD

if [[ $parts == *" parity "* ]]; then
  parity default
  parity unfused -Dcirca.gpu.fusedCells=0
  parity fused -Dcirca.gpu.fusedCells=2147483647
  parity fused-global "-Dcirca.gpu.fusedCells=2147483647 -Dcirca.gpu.residentBytes=0"
  # every gate of 3 or more children summed by a block in pairs: not for the fuzzy product and
  # Lukasiewicz, whose gradients (1 - x, thresholds) amplify the last bits a changed order moves
  order_insensitive=boolean,probability,logprobability,maxproduct,logmaxproduct,godel,possibility,necessity
  order_insensitive+=,probability32,logprobability32,maxproduct32,logmaxproduct32,godel32,possibility32,necessity32
  parity wide -Dcirca.gpu.wideFanIn=3 "--algebras $order_insensitive"
fi
if [[ $parts == *" bench "* ]]; then
  t0=$SECONDS
  bench gpu both bench-gpu.tsv
  echo "bench gpu: $((SECONDS - t0)) s; the targets' rows (logprobability32, batch 128, forward):"
  awk -F'\t' 'NR == 1 || ($5 == "logprobability32" && $6 == 128)' "$out/bench-gpu.tsv" | cut -f1,3,4,7,8,9,16
fi
if [[ $parts == *" query "* ]]; then
  t0=$SECONDS
  ls "$programs"/*.pl | xargs -P 8 -I{} bash -c 'query "$1"' _ {} | sort -k2 > "$out/query.txt"
  echo "query: $(grep -c '^same ' "$out/query.txt") same, $(grep -c '^same-error' "$out/query.txt") failing alike," \
    "$(grep -c '^DIFFERENT' "$out/query.txt") different, $(grep -c '^GPU-FAILED' "$out/query.txt") failing on the GPU only," \
    "$(grep -c '^CPU-FAILED' "$out/query.txt") failing otherwise on the GPU; $((SECONDS - t0)) s"
  grep -E '^(DIFFERENT|GPU-FAILED|CPU-FAILED)' "$out/query.txt" | head -10
  grep -qE '^(DIFFERENT|GPU-FAILED|CPU-FAILED)' "$out/query.txt" && status=1
fi
if [[ $parts == *" cpu-bench "* ]]; then
  t0=$SECONDS
  bench cpu host bench-cpu.tsv
  echo "bench cpu: $((SECONDS - t0)) s"
  awk -F'\t' 'NR == 1 || ($5 == "logprobability32" && $6 == 128)' "$out/bench-cpu.tsv" | cut -f1,3,4,7,8,9,16
fi
exit $status
