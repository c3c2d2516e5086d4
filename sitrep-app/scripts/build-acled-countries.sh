#!/usr/bin/env bash
# Regenerates src/main/resources/sitrep/app/output/acled-countries.tsv (ISO 3166-1 numeric and
# alpha-3 codes and ACLED regions) from the world-countries npm package (ODbL). Needs node/npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
work="$module/target/acled-countries"
rm -rf "$work" && mkdir -p "$work"
(cd "$work" && npm pack --silent world-countries@5.1.0 >/dev/null && tar xzf world-countries-5.1.0.tgz)
node "$here/acled-countries.mjs" "$work" "$module/src/main/resources/sitrep/app/output/acled-countries.tsv"
