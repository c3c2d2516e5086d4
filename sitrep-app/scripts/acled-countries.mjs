// Writes acled-countries.tsv: ISO 3166-1 alpha-2 -> numeric, alpha-3 and ACLED region, from the
// world-countries package (ODbL). ACLED's regions follow the UN M49 sub-regions with a few
// differences of its own, listed in REGION_OF_COUNTRY below.
// Usage: node acled-countries.mjs WORLD_COUNTRIES_DIR OUT_FILE
import { readFileSync, writeFileSync } from 'node:fs';

const [dir, out] = process.argv.slice(2);
const countries = JSON.parse(readFileSync(`${dir}/package/countries.json`, 'utf8'));

// world-countries sub-region -> ACLED region
const REGION = {
  'Western Africa': 'Western Africa', 'Middle Africa': 'Middle Africa',
  'Eastern Africa': 'Eastern Africa', 'Southern Africa': 'Southern Africa',
  'Northern Africa': 'Northern Africa', 'Southern Asia': 'Southern Asia',
  'South-Eastern Asia': 'South-Eastern Asia', 'Eastern Asia': 'East Asia',
  'Central Asia': 'Caucasus and Central Asia', 'Western Asia': 'Middle East',
  'Northern Europe': 'Europe', 'Southeast Europe': 'Europe', 'Southern Europe': 'Europe',
  'Central Europe': 'Europe', 'Western Europe': 'Europe', 'Eastern Europe': 'Europe',
  'Caribbean': 'Caribbean', 'Central America': 'Central America',
  'South America': 'South America', 'North America': 'North America',
  'Australia and New Zealand': 'Oceania', 'Melanesia': 'Oceania', 'Micronesia': 'Oceania',
  'Polynesia': 'Oceania', '': 'Antarctica',
};
// ACLED's own choices where they differ from the M49 sub-region
const REGION_OF_COUNTRY = {
  IR: 'Middle East', // M49: Southern Asia
  AF: 'Caucasus and Central Asia', // M49: Southern Asia
  SS: 'Eastern Africa', // world-countries: Middle Africa
  ZW: 'Southern Africa', // M49: Eastern Africa
  AM: 'Caucasus and Central Asia', AZ: 'Caucasus and Central Asia', GE: 'Caucasus and Central Asia',
  CY: 'Europe', // M49: Western Asia
  MX: 'Central America', // world-countries: North America
};

const rows = [];
for (const c of countries) {
  if (!c.cca2 || !c.ccn3) continue;
  const region = REGION_OF_COUNTRY[c.cca2] ?? REGION[c.subregion ?? ''];
  if (region === undefined) throw new Error(`no ACLED region for ${c.cca2} (${c.subregion})`);
  rows.push([c.cca2, c.ccn3, c.cca3, region].join('\t'));
}
// Kosovo has no ISO numeric code; ACLED writes 0 (world-countries gives it none either)
if (!rows.some((r) => r.startsWith('XK\t'))) rows.push(['XK', '0', 'XKX', 'Europe'].join('\t'));
rows.sort();
writeFileSync(out, [
  '# ISO 3166-1 alpha-2 -> numeric code, alpha-3 and ACLED region, for the ACLED CSV export.',
  '# From the world-countries npm package 5.1.0 (ODbL 1.0, https://github.com/mledoze/countries)',
  '# by sitrep-app/scripts/build-acled-countries.sh; do not edit, change the script.',
  '# alpha2\tnumeric\talpha3\tregion',
  ...rows, ''].join('\n'));
console.log(`${rows.length} countries -> ${out}`);
