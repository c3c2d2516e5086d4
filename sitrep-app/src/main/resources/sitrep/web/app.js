// sitrep web UI: map, timeline, incident and site panels over the REST API.
// Article text is data: it is only ever inserted with textContent (el() below), never as HTML.

/** ACLED event types and the colours the map uses for them. */
const TYPES = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9',
  'Riots': '#16a085',
  'Strategic developments': '#5d6d7e',
};
const FACTUALITIES = ['asserted', 'reported', 'alleged', 'denied', 'uncertain', 'hypothetical'];
/** The map shows at most this many events; the status line says when there are more. */
const MAX_EVENTS = 5000;
/** Markers closer than this many pixels are drawn as one cluster. */
const CELL_PX = 48;
const DAY_MS = 86400000;

const state = { events: [], withoutCoordinates: 0, more: false, range: null, bins: [] };

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function svg(tag, attrs = {}) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

function colour(type) {
  return TYPES[type] || '#34495e';
}

// ---- map -------------------------------------------------------------------------------------

const map = L.map('map', { worldCopyJump: true, preferCanvas: false }).setView([34, 40], 5);
map.attributionControl.addAttribution('Borders: Natural Earth (world-atlas)');
const markers = L.layerGroup().addTo(map);

async function loadBasemap() {
  const topo = await getJson('/static/vendor/world-atlas/countries-110m.json');
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: '#8a8f98', weight: 1, fillColor: '#f2efe6', fillOpacity: 1 },
  }).addTo(map);
}

/** Grid clustering in screen space at the current zoom: no cluster plugin is available offline. */
function drawMarkers() {
  markers.clearLayers();
  const cells = new Map();
  for (const f of visibleEvents()) {
    const [lon, lat] = f.geometry.coordinates;
    const p = map.latLngToLayerPoint([lat, lon]);
    const key = `${Math.floor(p.x / CELL_PX)}:${Math.floor(p.y / CELL_PX)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(f);
  }
  for (const group of cells.values()) {
    if (group.length === 1) {
      const f = group[0];
      const [lon, lat] = f.geometry.coordinates;
      L.circleMarker([lat, lon], {
        radius: 7, color: '#fff', weight: 1.5, fillColor: colour(f.properties.event_type),
        fillOpacity: 0.9, className: 'ev-marker',
      }).on('click', () => showEvent(f.properties)).addTo(markers);
    } else {
      drawCluster(group);
    }
  }
}

function drawCluster(group) {
  const lat = group.reduce((s, f) => s + f.geometry.coordinates[1], 0) / group.length;
  const lon = group.reduce((s, f) => s + f.geometry.coordinates[0], 0) / group.length;
  const counts = {};
  for (const f of group) counts[f.properties.event_type] = (counts[f.properties.event_type] || 0) + 1;
  const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const size = Math.min(44, 22 + 4 * Math.log2(group.length));
  const icon = el('div', { class: 'ev-cluster-inner' }, String(group.length));
  const m = L.marker([lat, lon], {
    icon: L.divIcon({ html: icon, className: 'ev-cluster', iconSize: [size, size] }),
    title: `${group.length} events`,
  }).addTo(markers);
  m.getElement().style.background = colour(main);
  m.on('click', () => {
    const bounds = L.latLngBounds(group.map(f => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
    if (bounds.getNorthEast().equals(bounds.getSouthWest()) || map.getZoom() >= map.getMaxZoom()) {
      showList(group);
    } else {
      map.fitBounds(bounds.pad(0.3));
    }
  });
}

map.on('zoomend', drawMarkers);

function legend() {
  const box = document.getElementById('legend');
  for (const [type, c] of Object.entries(TYPES)) {
    const dot = el('span');
    dot.style.background = c;
    box.append(el('div', {}, dot, type));
  }
}

// ---- data ------------------------------------------------------------------------------------

function filterParams() {
  const p = new URLSearchParams();
  for (const name of ['type', 'country', 'factuality', 'q']) {
    const v = document.querySelector(`#filters [name="${name}"]`).value.trim();
    if (v) p.set(name, v);
  }
  return p;
}

async function loadEvents() {
  setStatus('loading…');
  const p = filterParams();
  p.set('limit', '1000');
  const events = [];
  let without = 0;
  let next = null;
  do {
    if (next) p.set('cursor', next);
    const fc = await getJson(`/api/events.geojson?${p}`);
    events.push(...fc.features);
    without += fc.without_coordinates;
    next = fc.next;
  } while (next && events.length < MAX_EVENTS);
  state.events = events;
  state.withoutCoordinates = without;
  state.more = Boolean(next);
  render();
}

/** The events inside the timeline's selected range (all when none is selected). */
function visibleEvents() {
  if (!state.range) return state.events;
  const [from, to] = state.range;
  return state.events.filter(f => {
    const e = f.properties.date_earliest;
    const l = f.properties.date_latest || e;
    return e && l && l >= from && e <= to;
  });
}

function render() {
  drawMarkers();
  drawTimeline();
  const shown = visibleEvents().length;
  const parts = [`${shown} events on the map`];
  if (state.withoutCoordinates) parts.push(`${state.withoutCoordinates} without coordinates not shown`);
  if (state.more) parts.push(`only the newest ${MAX_EVENTS} loaded`);
  if (state.range) parts.push(`${state.range[0]} to ${state.range[1]}`);
  setStatus(parts.join(' · '));
  document.body.dataset.events = String(shown);
}

function setStatus(text, error = false) {
  const s = document.getElementById('status');
  s.textContent = text;
  s.className = error ? 'error' : '';
}

// ---- timeline --------------------------------------------------------------------------------

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Bins of a day (or a week when the span is long), from the events' earliest dates. */
function bins() {
  const days = state.events.map(f => f.properties.date_earliest)
    .filter(d => /^\d{4}-\d{2}-\d{2}$/.test(d || '')).map(d => Date.parse(d));
  if (!days.length) return { width: DAY_MS, list: [] };
  const min = Math.min(...days);
  const max = Math.max(...days);
  const width = (max - min) / DAY_MS > 120 ? 7 * DAY_MS : DAY_MS;
  const list = [];
  for (let t = min; t <= max; t += width) list.push({ from: t, to: t + width - DAY_MS, count: 0 });
  for (const d of days) list[Math.floor((d - min) / width)].count++;
  return { width, list };
}

function drawTimeline() {
  const box = document.getElementById('timeline');
  box.replaceChildren();
  const { width, list } = bins();
  state.bins = list;
  document.getElementById('timeline-label').textContent =
    list.length ? `events per ${width === DAY_MS ? 'day' : 'week'} (click or drag to filter the map)` : 'no dated events';
  document.getElementById('range-clear').hidden = !state.range;
  if (!list.length) return;
  const w = box.clientWidth || 600;
  const h = box.clientHeight || 100;
  const axis = 14;
  const bw = w / list.length;
  const top = Math.max(...list.map(b => b.count));
  list.forEach((b, i) => {
    const bh = b.count ? Math.max(2, (h - axis - 4) * b.count / top) : 0;
    const inRange = state.range && isoDay(b.to) >= state.range[0] && isoDay(b.from) <= state.range[1];
    const r = svg('rect', { x: i * bw + 1, y: h - axis - bh, width: Math.max(1, bw - 2), height: bh,
      class: inRange ? 'bar in' : 'bar', 'data-from': isoDay(b.from), 'data-to': isoDay(b.to) });
    const t = svg('title');
    t.textContent = `${isoDay(b.from)}${width === DAY_MS ? '' : ' – ' + isoDay(b.to)}: ${b.count} events`;
    r.append(t);
    box.append(r);
  });
  const label = (i, anchor) => {
    const t = svg('text', { x: anchor === 'end' ? w - 2 : 2, y: h - 2, 'text-anchor': anchor });
    t.textContent = isoDay(list[i].from);
    box.append(t);
  };
  label(0, 'start');
  if (list.length > 1) label(list.length - 1, 'end');
}

function binAt(evt) {
  const box = document.getElementById('timeline');
  const x = evt.clientX - box.getBoundingClientRect().left;
  const i = Math.floor(x / (box.clientWidth / state.bins.length));
  return state.bins[Math.max(0, Math.min(state.bins.length - 1, i))];
}

function setupTimeline() {
  const box = document.getElementById('timeline');
  let start = null;
  box.addEventListener('pointerdown', evt => {
    if (!state.bins.length) return;
    start = binAt(evt);
    box.setPointerCapture(evt.pointerId);
  });
  box.addEventListener('pointermove', evt => {
    if (start === null) return;
    const b = binAt(evt);
    state.range = [isoDay(Math.min(start.from, b.from)), isoDay(Math.max(start.to, b.to))];
    drawTimeline();
  });
  box.addEventListener('pointerup', evt => {
    if (start === null) return;
    const b = binAt(evt);
    state.range = [isoDay(Math.min(start.from, b.from)), isoDay(Math.max(start.to, b.to))];
    start = null;
    render();
  });
  document.getElementById('range-clear').addEventListener('click', () => {
    state.range = null;
    render();
  });
}

// ---- panels ----------------------------------------------------------------------------------

function showTab(name) {
  for (const b of document.querySelectorAll('#panel nav button')) b.classList.toggle('active', b.dataset.tab === name);
  document.getElementById('details').hidden = name !== 'details';
  document.getElementById('sites').hidden = name !== 'sites';
  if (name === 'sites') loadSites().catch(showError);
}

function details(...children) {
  showTab('details');
  document.getElementById('details').replaceChildren(...children);
}

function showError(e) {
  setStatus(String(e.message || e), true);
}

function facts(pairs) {
  return el('dl', {}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

function actors(e) {
  return [e.actor1, e.actor2].filter(Boolean).join(' → ');
}

function fatalities(v) {
  return v === null || v === undefined ? 'not given' : v;
}

function showEvent(e) {
  const box = el('div', { class: 'event' },
    el('h3', {}, e.sub_event_type || e.event_type || 'event'),
    facts([['date', e.event_date], ['place', [e.location, e.admin1, e.country].filter(Boolean).join(', ')],
      ['site', e.site], ['actors', actors(e)], ['fatalities', fatalities(e.fatalities)],
      ['factuality', e.factuality], ['claimed by', e.claim_source], ['language', e.language]]),
    (e.evidence || []).slice(0, 1).map(ev => el('p', { class: 'context' }, el('mark', { class: 'evidence' }, ev.text))),
    e.incident_id ? el('button', { type: 'button', class: 'open-incident', onclick: () => showIncident(e.incident_id).catch(showError) },
      'Open incident: all claims') : null,
    ' ',
    el('button', { type: 'button', class: 'linkish', onclick: () => showDocument(e.doc_id).catch(showError) }, `document ${e.doc_id}`));
  details(box);
}

function showList(group) {
  details(el('h3', {}, `${group.length} events here`),
    el('ul', {}, group.map(f => el('li', {},
      el('button', { type: 'button', class: 'linkish', onclick: () => showEvent(f.properties) },
        `${f.properties.event_date || 'undated'} · ${f.properties.sub_event_type} · ${f.properties.doc_id}`)))));
}

function context(c) {
  return el('p', { class: 'context' }, c.before ? '…' + c.before : '', el('mark', { class: 'evidence' }, c.text),
    c.after ? c.after + '…' : '');
}

async function showIncident(id) {
  const inc = await getJson(`/api/incidents/${encodeURIComponent(id)}`);
  const range = inc.fatalities_min === inc.fatalities_max ? fatalities(inc.fatalities)
    : `${inc.fatalities_min}–${inc.fatalities_max} (reports differ)`;
  details(el('div', { class: 'incident' },
    el('h3', {}, `Incident: ${inc.sub_event_type || inc.event_type}`),
    facts([['date', inc.event_date], ['place', inc.location], ['fatalities', range], ['status', inc.status],
      ['reports', `${inc.claims} claims from ${inc.documents} documents (${(inc.languages || []).join(', ')})`]]),
    el('div', { class: 'claims' }, inc.claim_records.map(c => el('article', { class: 'claim' },
      el('h4', {}, (c.document && c.document.title) || c.doc_id),
      facts([['document', c.doc_id], ['language', c.language], ['date', c.event_date],
        ['fatalities', fatalities(c.fatalities)], ['factuality', c.factuality], ['claimed by', c.claim_source || '—'],
        ['published', c.document && c.document.published]]),
      c.evidence_context.map(context),
      el('button', { type: 'button', class: 'linkish', onclick: () => showDocument(c.doc_id).catch(showError) }, 'whole document'))))));
}

async function showDocument(id) {
  const d = await getJson(`/api/documents/${encodeURIComponent(id)}`);
  const text = d.text || '';
  // the text with every evidence span of the document's events marked, as text nodes
  const spans = d.events.flatMap(e => e.evidence || []).filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const body = el('div', { class: 'doc-text' });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    body.append(text.slice(at, s.start), el('mark', { class: 'evidence' }, text.slice(s.start, s.end)));
    at = s.end;
  }
  body.append(text.slice(at));
  details(el('div', { class: 'document' },
    el('h3', {}, d.title || d.doc_id),
    facts([['id', d.doc_id], ['published', d.published], ['language', d.language], ['source', d.source], ['url', d.url],
      ['events', d.events.length], ['warnings', d.warnings.map(w => w.message).join('; ')]]),
    body));
}

async function loadSites() {
  const box = document.getElementById('sites');
  const sites = await getJson('/api/sites');
  box.replaceChildren(el('h3', {}, 'Installations'),
    el('ul', { class: 'site-list' }, sites.items.map(s => el('li', {},
      el('button', { type: 'button', onclick: () => showSite(s.site_id).catch(showError) }, s.site),
      ` · ${s.country || ''} · ${s.holders.join(', ') || 'holder unknown'} · ${s.posture_records} posture, ${s.event_count} events`))));
}

async function showSite(id) {
  const s = await getJson(`/api/sites/${encodeURIComponent(id)}`);
  const box = document.getElementById('sites');
  box.replaceChildren(
    el('button', { type: 'button', class: 'linkish', onclick: () => loadSites().catch(showError) }, '← all installations'),
    el('h3', {}, s.site),
    facts([['place', [s.location, s.country].filter(Boolean).join(', ')], ['holders', s.holders.join(', ')],
      ['last change', s.last_change ? `${s.last_change} (${s.last_change_date || 'undated'})` : null]]),
    el('h4', {}, 'Posture timeline'),
    s.posture.length ? el('ol', { class: 'posture' }, s.posture.map(p => el('li', {},
      el('strong', {}, `${p.event_date || 'undated'} · ${p.change}`),
      ` · ${p.holder || 'holder unknown'}`,
      (p.equipment || []).length ? ` · ${p.equipment.join(', ')}` : '',
      p.quantity !== null && p.quantity !== undefined ? ` (${p.quantity})` : '',
      p.claim_source ? ` · per ${p.claim_source}` : '',
      (p.evidence || []).slice(0, 1).map(ev => el('p', { class: 'context' }, el('mark', { class: 'evidence' }, ev.text))))))
      : el('p', { class: 'hint' }, 'no posture records'),
    el('h4', {}, 'Events at the site'),
    el('ul', {}, s.events.map(e => el('li', {},
      el('button', { type: 'button', class: 'linkish', onclick: () => showEvent(e) },
        `${e.event_date || 'undated'} · ${e.sub_event_type} · ${actors(e)} · fatalities ${fatalities(e.fatalities)}`)))));
  if (s.latitude !== null && s.longitude !== null) map.setView([s.latitude, s.longitude], Math.max(map.getZoom(), 7));
}

// ---- start -----------------------------------------------------------------------------------

/** Links into the UI: #incident=ID, #document=ID, #site=ID open that panel. */
function followHash() {
  const m = /^#(incident|document|site)=(.+)$/.exec(location.hash);
  if (!m) return;
  const id = decodeURIComponent(m[2]);
  const open = { incident: showIncident, document: showDocument, site: id2 => { showTab('sites'); return showSite(id2); } }[m[1]];
  open(id).catch(showError);
}

async function fillCountries() {
  // the countries of the stored events: one unfiltered pass over the first page of the store
  const fc = await getJson('/api/events.geojson?limit=1000');
  const names = [...new Set(fc.features.map(f => f.properties.country).filter(Boolean))].sort();
  document.getElementById('f-country').append(...names.map(n => el('option', { value: n }, n)));
}

async function start() {
  document.getElementById('f-type').append(...Object.keys(TYPES).map(t => el('option', { value: t }, t)));
  document.getElementById('f-factuality').append(...FACTUALITIES.map(f => el('option', { value: f }, f)));
  legend();
  setupTimeline();
  for (const b of document.querySelectorAll('#panel nav button')) b.addEventListener('click', () => showTab(b.dataset.tab));
  const filters = document.getElementById('filters');
  filters.addEventListener('submit', evt => { evt.preventDefault(); loadEvents().catch(showError); });
  for (const s of filters.querySelectorAll('select')) s.addEventListener('change', () => loadEvents().catch(showError));
  window.addEventListener('resize', () => drawTimeline());
  await Promise.all([loadBasemap(), fillCountries()]);
  await loadEvents();
  const points = state.events.map(f => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
  if (points.length) {
    // no animation: the markers are final when the page says it is ready
    map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 8, animate: false });
    drawMarkers();
  }
  window.addEventListener('hashchange', followHash);
  followHash();
  document.body.dataset.ready = 'true';
}

start().catch(showError);
