#!/usr/bin/env bash
# Builds a small Java 25 runtime for the lent GPU machine, which has no JDK, into .jre/ (git-ignored):
#   scripts/gpu-runtime.sh            then carry .jre and provers/target/circa-cli.jar (see gpu/README.md)
# Modules: what the CLI jar needs (jdeps --print-module-deps) plus java.logging.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.jre"

find_jlink() {
  local home
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*25*; do
    if [ -n "$home" ] && [ -x "$home/bin/jlink" ] && "$home/bin/java" -version 2>&1 | grep -q 'version "25'; then
      echo "$home/bin/jlink"; return 0
    fi
  done
  return 1
}
if ! jlink="$(find_jlink)"; then
  echo "gpu-runtime.sh: needs a JDK 25 with jlink (Temurin 25 under /usr/lib/jvm, or JAVA_HOME)" >&2
  exit 3
fi
rm -rf "$out"
"$jlink" --add-modules java.base,jdk.incubator.vector,java.logging,jdk.unsupported,java.management,jdk.management \
  --strip-debug --no-man-pages --no-header-files --compress=zip-9 --output "$out"
echo "gpu-runtime.sh: $(du -sh "$out" | cut -f1) in $out ($("$out/bin/java" -version 2>&1 | head -1))"
jar="$root/provers/target/circa-cli.jar"
if [ -f "$jar" ]; then
  echo "gpu-runtime.sh: with $(du -h "$jar" | cut -f1) of $jar: $(du -shc "$out" "$jar" | tail -1 | cut -f1) to carry (64 MiB at most)"
else
  echo "gpu-runtime.sh: now build the CLI jar: mvn -q -pl provers -am package -DskipTests (or run bin/circa once)"
fi
