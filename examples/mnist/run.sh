#!/usr/bin/env bash
# Runs the MNIST examples of circa-neural on the JVM (ND4J on the CPU).
#   examples/mnist/run.sh addition [--digits 1|2] [--epochs E] [--batch B] [--semantics S]
#                                  [--placement architecture|loss] [--augment none|shift2] [--plot FILE.png] ...
#   examples/mnist/run.sh compare  [--epochs E] [--train-pairs P] [--test-pairs P]
# Builds the module and its classpath on first use, fetches the data if absent (scripts/fetch-mnist.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
JAVA=""
for c in "${JAVA_HOME:-}/bin/java" "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/temurin-25-jdk*/bin/java; do
  if [ -n "$c" ] && [ -x "$c" ] && [ "$(java_version "$c")" -ge 25 ] 2>/dev/null; then JAVA="$c"; break; fi
done
[ -n "$JAVA" ] || { echo "run.sh: needs a Java 25 JDK (set JAVA_HOME)" >&2; exit 3; }
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"
cpfile="$root/neural/target/classpath.txt"
if [ ! -f "$cpfile" ] || [ ! -d "$root/neural/target/classes/org/circa/neural/mnist" ]; then
  echo "run.sh: building circa-neural (first run)..." >&2
  (cd "$root" && mvn -q -pl neural -am install -DskipTests >&2 \
     && mvn -q -pl neural dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2)
fi
[ -f "$root/data/mnist/mnist-10k.bin" ] || "$root/scripts/fetch-mnist.sh"
case "${1:-addition}" in
  addition) main=org.circa.neural.mnist.MnistAddition ;;
  compare) main=org.circa.neural.mnist.DeepLogComparison ;;
  *) echo "usage: run.sh addition|compare [--option value ...]" >&2; exit 2 ;;
esac
[ $# -gt 0 ] && shift
cd "$root"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
exec "$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  --sun-misc-unsafe-memory-access=allow -Xss16m -Xmx4g \
  -cp "$root/neural/target/classes:$(cat "$cpfile")" "$main" "$@" 2> >(grep -v -E 'incubator.vector|SLF4J' >&2)
