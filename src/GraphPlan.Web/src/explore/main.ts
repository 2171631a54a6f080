import '../styles/base.css';
import '../styles/explore.css';
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import { loadEntity, loadNames, loadNeighborhood, loadSupporters, type EntityDetails, type GraphEdge, type Supporter } from './api';
import { el, svg } from './dom';
import { createGraph, edgeElement, neighborhoodLayout, nodeElement, relabel, tuneForSize } from './graph';
import { t } from './i18n';
import { entityKinds, relationshipKinds, relationshipLabel, type EntityKind, type Lang, type RelationshipKind } from './kinds';
import { followChanges, touches } from './live';
import { kindBadge, renderEntity, renderSupporters } from './panel';
import { searchEntities, type SearchHit } from './search';

type View = 'neighbors' | 'supporters';

/** Everything the URL carries, so a link restores the same picture. */
interface State {
  id: string | null;
  view: View;
  depth: number;
  lang: Lang;
  /** Relationship kinds asked of the API; null for all. */
  rels: RelationshipKind[] | null;
  /** Entity kinds hidden in the view. */
  hidden: Set<EntityKind>;
  /** Nodes expanded in place, on top of the focus's neighborhood. */
  expanded: string[];
  selected: string | null;
}

interface Hook {
  cy: Core;
  /** Completed draws; a test waits for it to move. */
  draws: number;
  busy: boolean;
  lastDrawMs: number;
  lastFetchMs: number;
  lastError: string | null;
  /** Views redrawn because an entity in them changed. */
  liveRefreshes: number;
  /** True once the change feed's stream is open (changes from then on redraw the view). */
  liveOpen: boolean;
  state(): Omit<State, 'hidden'> & { hidden: EntityKind[] };
  exportJson(): unknown;
}

declare global {
  interface Window { __graphplan: Hook }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const state: State = readUrl();
const cy = createGraph($('graph'));
const entityCache = new Map<string, EntityDetails>();
const sectionNames = new Map<string, { name: string; nameEn: string }>();
let supporters: Supporter[] = [];
let loadController: AbortController | null = null;

const hook: Hook = {
  cy,
  draws: 0,
  busy: false,
  lastDrawMs: 0,
  lastFetchMs: 0,
  lastError: null,
  liveRefreshes: 0,
  liveOpen: false,
  state: () => ({ ...state, hidden: [...state.hidden] }),
  exportJson,
};
// Read by the browser tests (the canvas has no DOM to inspect) and handy in the console.
window.__graphplan = hook;

// When a curator changes an entity shown (or a relationship touching one), the view is drawn again from the API.
let liveRefresh: number | undefined;
followChanges(change => {
  if (!state.id || !touches(change.subject, id => cy.getElementById(id).nonempty())) return;
  entityCache.clear();
  window.clearTimeout(liveRefresh);
  liveRefresh = window.setTimeout(() => {
    hook.liveRefreshes++;
    void load();
  }, 250);
}, () => { hook.liveOpen = true; });

// ---------- URL ----------

function readUrl(): State {
  const q = new URLSearchParams(window.location.search);
  const list = (name: string) => (q.get(name) ?? '').split(',').map(s => s.trim()).filter(Boolean);
  const depth = Number(q.get('depth'));
  const rels = list('rels').filter((k): k is RelationshipKind => (relationshipKinds as readonly string[]).includes(k));
  const storedLang = localStorageGet('graphplan.lang');
  const lang = q.get('lang') ?? storedLang ?? (navigator.language.startsWith('zh') ? 'zh' : 'en');
  return {
    id: q.get('id'),
    view: q.get('view') === 'supporters' ? 'supporters' : 'neighbors',
    depth: depth >= 1 && depth <= 3 ? depth : q.get('view') === 'supporters' ? 3 : 1,
    lang: lang === 'en' ? 'en' : 'zh',
    rels: rels.length ? rels : null,
    hidden: new Set(list('hide').filter((k): k is EntityKind => (entityKinds as readonly string[]).includes(k))),
    expanded: list('expand'),
    selected: q.get('sel'),
  };
}

function writeUrl(mode: 'push' | 'replace'): void {
  const q = new URLSearchParams();
  if (state.id) q.set('id', state.id);
  if (state.view !== 'neighbors') q.set('view', state.view);
  if (state.depth !== (state.view === 'supporters' ? 3 : 1)) q.set('depth', String(state.depth));
  if (state.rels) q.set('rels', state.rels.join(','));
  if (state.hidden.size) q.set('hide', [...state.hidden].join(','));
  if (state.expanded.length) q.set('expand', state.expanded.join(','));
  if (state.selected && state.selected !== state.id) q.set('sel', state.selected);
  q.set('lang', state.lang);
  const url = `${window.location.pathname}?${q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',')}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function localStorageGet(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

window.addEventListener('popstate', () => {
  Object.assign(state, readUrl());
  renderControls();
  void load();
});

// ---------- controls ----------

function renderControls(): void {
  const lang = state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh' : 'en';
  $<HTMLInputElement>('search').placeholder = t(lang, 'searchPlaceholder');
  $('view-label').textContent = t(lang, 'view');
  $('view-neighbors').textContent = t(lang, 'neighbors');
  $('view-supporters').textContent = t(lang, 'supporters');
  $('depth-label').textContent = `${t(lang, 'depth')} (${t(lang, 'depthHops')})`;
  $('kinds-label').textContent = t(lang, 'entityKinds');
  $('edges-label').textContent = t(lang, 'edges');
  $('relationships-label').textContent = t(lang, 'relationships');
  $('fit').textContent = t(lang, 'fit');
  $('export-png').textContent = t(lang, 'exportPng');
  $('export-json').textContent = t(lang, 'exportJson');
  $('home-link').title = t(lang, 'home');
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang button')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  for (const button of document.querySelectorAll<HTMLButtonElement>('.segmented button')) button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  $<HTMLSelectElement>('depth').value = String(state.depth);

  const kinds = $('entity-kinds');
  kinds.replaceChildren(...entityKinds.map(kind => {
    const box = el('input', { attrs: { type: 'checkbox', value: kind, id: `kind-${kind}` } });
    box.checked = !state.hidden.has(kind);
    box.addEventListener('change', () => {
      if (box.checked) state.hidden.delete(kind);
      else state.hidden.add(kind);
      applyHidden();
      writeUrl('replace');
    });
    const count = el('span', { className: 'count', attrs: { 'data-count-kind': kind } });
    return el('li', {}, el('label', { attrs: { for: `kind-${kind}` } }, box, kindBadge(kind, lang), count));
  }));
  updateKindCounts();

  const edgeLegend = $('edge-legend');
  const line = (cls: string, label: string) => {
    const icon = svg('svg', { width: 34, height: 10, 'aria-hidden': 'true' });
    icon.append(svg('line', { x1: 1, y1: 5, x2: 33, y2: 5, class: cls }));
    return el('li', {}, icon, ` ${label}`);
  };
  edgeLegend.replaceChildren(line('stated', t(lang, 'stated')), line('inferred', t(lang, 'inferred')), line('path', t(lang, 'path')));

  const rels = $('relationship-kinds');
  rels.replaceChildren(...relationshipKinds.map(kind => {
    const box = el('input', { attrs: { type: 'checkbox', value: kind, id: `rel-${kind}` } });
    box.checked = !state.rels || state.rels.includes(kind);
    box.addEventListener('change', () => {
      const chosen = [...rels.querySelectorAll<HTMLInputElement>('input:checked')].map(b => b.value as RelationshipKind);
      state.rels = chosen.length === relationshipKinds.length ? null : chosen;
      writeUrl('replace');
      void load();
    });
    return el('li', {}, el('label', { attrs: { for: `rel-${kind}` }, title: kind }, box, ` ${relationshipLabel[kind][lang]}`));
  }));

  const empty = $('empty');
  empty.hidden = state.id !== null;
  if (!state.id) {
    const example = (id: string, view: View | null, label: string) =>
      el('li', {}, el('a', { text: label, attrs: { href: `/explore?id=${id}${view ? `&view=${view}` : ''}&lang=${lang}` } }));
    empty.replaceChildren(
      el('h1', { text: t(lang, 'emptyTitle') }),
      el('p', { text: t(lang, 'emptyHelp') }),
      el('ul', {},
        example('target:hydrogen-output-2025', 'supporters', lang === 'zh' ? '哪些项目支撑氢能产值目标？' : 'Which projects support the hydrogen output target?'),
        example('project:commercial-liquid-hydrogen-plant', null, lang === 'zh' ? '国内首座商用液氢工厂' : "China's first commercial liquid-hydrogen plant"),
        example('indicator:container-throughput', null, lang === 'zh' ? '集装箱吞吐量（指标）' : 'Container throughput (indicator)'),
        example('industry:aerospace-high-end-equipment', null, lang === 'zh' ? '航空航天及高端装备' : 'Aerospace and high-end equipment')),
      el('p', { className: 'muted', text: t(lang, 'clickHint') }));
  }
}

function updateKindCounts(): void {
  for (const span of document.querySelectorAll<HTMLElement>('[data-count-kind]')) {
    const n = cy.nodes(`[kind = "${span.dataset.countKind}"]`).length;
    span.textContent = n ? String(n) : '';
  }
}

function applyHidden(): void {
  cy.batch(() => {
    cy.elements().removeClass('hidden-kind');
    for (const kind of state.hidden) cy.nodes(`[kind = "${kind}"]`).addClass('hidden-kind');
  });
  showCounts();
}

document.querySelectorAll<HTMLButtonElement>('.lang button').forEach(button =>
  button.addEventListener('click', () => setLang(button.dataset.lang === 'en' ? 'en' : 'zh')));

function setLang(lang: Lang): void {
  if (lang === state.lang) return;
  state.lang = lang;
  try {
    window.localStorage.setItem('graphplan.lang', lang);
  } catch {
    // Private windows may refuse storage; the URL still carries the language.
  }
  relabel(cy, lang);
  renderControls();
  void showDetails(state.selected ?? state.id);
  if (state.view === 'supporters') renderSupporters($('supporters-list'), supporters, lang, highlightPath);
  showCounts();
  writeUrl('replace');
}

document.querySelectorAll<HTMLButtonElement>('.segmented button').forEach(button =>
  button.addEventListener('click', () => {
    const view = button.dataset.view === 'supporters' ? 'supporters' : 'neighbors';
    if (view === state.view) return;
    state.view = view;
    state.depth = view === 'supporters' ? 3 : 1;
    state.expanded = [];
    writeUrl('push');
    renderControls();
    void load();
  }));

$<HTMLSelectElement>('depth').addEventListener('change', event => {
  state.depth = Number((event.target as HTMLSelectElement).value);
  writeUrl('replace');
  void load();
});

$('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 30));
$('export-png').addEventListener('click', () => {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as Blob;
  download(blob, `${fileStem()}.png`);
});
$('export-json').addEventListener('click', () => {
  download(new Blob([JSON.stringify(exportJson(), null, 2)], { type: 'application/json' }), `${fileStem()}.json`);
});

function fileStem(): string {
  return `graphplan-${(state.id ?? 'graph').replace(/[^\w-]+/g, '-')}-${state.view}`;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The subgraph as shown: visible nodes, and the edges between them. */
function exportJson(): unknown {
  const nodes = cy.nodes(':visible');
  return {
    focus: state.id,
    view: state.view,
    depth: state.depth,
    nodes: nodes.map(n => ({ id: n.id(), kind: n.data('kind'), label: n.data('label'), labelEn: n.data('labelEn') })),
    edges: nodes.edgesWith(nodes).filter(':visible').map(e => ({ id: e.id(), source: e.data('source'), target: e.data('target'), kind: e.data('kind'), basis: e.data('basis') })),
  };
}

// ---------- search ----------

const searchBox = $<HTMLInputElement>('search');
const suggestionList = $<HTMLUListElement>('suggestions');
let searchController: AbortController | null = null;
let searchTimer = 0;
let hits: SearchHit[] = [];
let active = -1;

searchBox.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => void suggest(searchBox.value), 150);
});
searchBox.addEventListener('keydown', event => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!hits.length) return;
    active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
    markActive();
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const hit = hits[active >= 0 ? active : 0];
    if (hit) pick(hit);
  } else if (event.key === 'Escape') {
    closeSuggestions();
  }
});
searchBox.addEventListener('blur', () => window.setTimeout(closeSuggestions, 150));
searchBox.addEventListener('focus', () => {
  if (hits.length) suggestionList.hidden = false;
});

async function suggest(text: string): Promise<void> {
  searchController?.abort();
  if (!text.trim()) {
    closeSuggestions();
    return;
  }
  searchController = new AbortController();
  try {
    hits = await searchEntities(text, searchController.signal);
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    setStatus((error as Error).message, true);
    return;
  }
  active = hits.length ? 0 : -1;
  const lang = state.lang;
  suggestionList.replaceChildren(...(hits.length ? hits.map((hit, i) => {
    const item = el('li', { attrs: { role: 'option', 'data-id': hit.id, id: `suggestion-${i}` } },
      kindBadge(hit.kind, lang),
      el('span', { className: 'hit-name', text: lang === 'zh' ? hit.name : hit.nameEn }),
      el('span', { className: 'hit-alt', text: lang === 'zh' ? hit.nameEn : hit.name }),
      el('span', { className: 'hit-id', text: hit.id }));
    item.addEventListener('mousedown', event => {
      event.preventDefault();
      pick(hit);
    });
    return item;
  }) : [el('li', { className: 'none', text: t(lang, 'noResults') })]));
  suggestionList.hidden = false;
  markActive();
}

function markActive(): void {
  [...suggestionList.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
  if (active >= 0) searchBox.setAttribute('aria-activedescendant', `suggestion-${active}`);
}

function closeSuggestions(): void {
  suggestionList.hidden = true;
}

function pick(hit: SearchHit): void {
  closeSuggestions();
  searchBox.value = state.lang === 'zh' ? hit.name : hit.nameEn;
  searchBox.blur();
  focusOn(hit.id, 'neighbors');
}

// ---------- graph ----------

function focusOn(id: string, view: View): void {
  state.id = id;
  state.view = view;
  state.depth = view === 'supporters' ? 3 : 1;
  state.expanded = [];
  state.selected = id;
  writeUrl('push');
  renderControls();
  void load();
}

function setStatus(text: string, error = false): void {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', error);
  if (error) hook.lastError = text;
}

function showCounts(): void {
  const visible = cy.nodes(':visible');
  setStatus(t(state.lang, 'nodesEdges', { n: visible.length, e: visible.edgesWith(visible).filter(':visible').length }));
  updateKindCounts();
}

async function load(): Promise<void> {
  loadController?.abort();
  const controller = new AbortController();
  loadController = controller;
  if (!state.id) {
    cy.elements().remove();
    $('details').replaceChildren();
    $('supporters-list').replaceChildren();
    hook.draws++;
    return;
  }
  hook.busy = true;
  setStatus(t(state.lang, 'loading'));
  const started = performance.now();
  try {
    const drawn = state.view === 'supporters' ? await drawSupporters(state.id, controller.signal) : await drawNeighborhood(state.id, controller.signal, started);
    if (!drawn || controller.signal.aborted) return;
    void showDetails(state.selected ?? state.id);
  } catch (error) {
    if ((error as Error).name === 'AbortError' || controller.signal.aborted) return;
    setStatus((error as Error).message, true);
    hook.busy = false;
    hook.draws++;
  }
}

async function drawNeighborhood(id: string, signal: AbortSignal, started: number): Promise<boolean> {
  const parts = await Promise.all([id, ...state.expanded.filter(e => e !== id)].map((center, i) =>
    loadNeighborhood(center, i === 0 ? state.depth : 1, state.rels, signal)));
  if (signal.aborted) return false;
  hook.lastFetchMs = performance.now() - started;
  const elements = new Map<string, ElementDefinition>();
  for (const part of parts) {
    for (const node of part.nodes) if (!elements.has(node.id)) elements.set(node.id, nodeElement(node, state.lang));
    for (const edge of part.edges) if (!elements.has(edge.id)) elements.set(edge.id, edgeElement(edge, state.lang));
  }
  $('supporters-list').replaceChildren();
  $('panel').classList.remove('with-list');
  supporters = [];
  await draw([...elements.values()], id, () => neighborhoodLayout(cy, false));
  if (parts[0].truncated) setStatus(`${$('status').textContent} · ${t(state.lang, 'truncated', { n: parts[0].nodes.length })}`);
  return true;
}

async function drawSupporters(id: string, signal: AbortSignal): Promise<boolean> {
  const started = performance.now();
  const [result, context] = await Promise.all([
    loadSupporters(id, state.depth, signal),
    loadNeighborhood(id, state.depth, null, signal).catch(() => null),
  ]);
  if (signal.aborted) return false;
  hook.lastFetchMs = performance.now() - started;
  if (!result) {
    // Not a target or goal: show its neighborhood instead, and say why.
    state.view = 'neighbors';
    state.depth = 1;
    writeUrl('replace');
    renderControls();
    await drawNeighborhood(id, signal, started);
    setStatus(t(state.lang, 'notTarget'));
    return true;
  }
  const basisOf = new Map<string, GraphEdge>((context?.edges ?? []).map(e => [e.id, e]));
  const elements = new Map<string, ElementDefinition>([[result.root.id, nodeElement(result.root, state.lang)]]);
  for (const supporter of result.nodes) {
    let previous = result.root.id;
    supporter.path.forEach(step => {
      const node = step.entity;
      if (!elements.has(node.id)) elements.set(node.id, nodeElement(node, state.lang));
      if (!elements.has(step.edgeId)) {
        const [source, target] = step.direction === 'INCOMING' ? [node.id, previous] : [previous, node.id];
        const known = basisOf.get(step.edgeId);
        const element = edgeElement({ id: step.edgeId, source, target, kind: step.kind, basis: known?.basis ?? 'STATED' }, state.lang);
        element.classes = `${element.classes ?? ''} path`;
        elements.set(step.edgeId, element);
      }
      previous = node.id;
    });
  }
  supporters = result.nodes;
  await draw([...elements.values()], id, () => neighborhoodLayout(cy, false));
  cy.batch(() => {
    for (const s of supporters) cy.getElementById(s.entity.id).addClass('supporter');
  });
  renderSupporters($('supporters-list'), supporters, state.lang, highlightPath);
  return true;
}

/** Emphasises one supporter's path from the target, dimming the rest. */
function highlightPath(supporter: Supporter): void {
  cy.batch(() => {
    cy.elements().removeClass('active-path').addClass('dim');
    const ids = [state.id!, ...supporter.path.flatMap(step => [step.edgeId, step.entity.id])];
    for (const id of ids) cy.getElementById(id).removeClass('dim').addClass('active-path');
  });
  document.querySelectorAll('.supporters li').forEach(li => li.classList.toggle('active', li.getAttribute('data-id') === supporter.entity.id));
  state.selected = supporter.entity.id;
  cy.getElementById(supporter.entity.id).select();
  writeUrl('replace');
  void showDetails(supporter.entity.id);
}

async function draw(elements: ElementDefinition[], focus: string, layout: () => LayoutOptions): Promise<void> {
  const started = performance.now();
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    cy.getElementById(focus).addClass('focus');
    for (const kind of state.hidden) cy.nodes(`[kind = "${kind}"]`).addClass('hidden-kind');
  });
  tuneForSize(cy);
  await runLayout(layout());
  if (state.selected && cy.getElementById(state.selected).nonempty()) cy.getElementById(state.selected).select();
  await nextFrame();
  hook.lastDrawMs = performance.now() - started;
  hook.busy = false;
  hook.draws++;
  showCounts();
}

function runLayout(options: LayoutOptions): Promise<void> {
  return new Promise(resolve => {
    const layout = cy.elements(':visible').layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

function nextFrame(): Promise<void> {
  return new Promise(resolve => requestAnimationFrame(() => resolve()));
}

async function expand(id: string): Promise<void> {
  if (state.view !== 'neighbors') {
    // Expanding leaves the supporters picture: continue from what is drawn.
    state.view = 'neighbors';
    state.depth = 1;
    renderControls();
  }
  if (!state.expanded.includes(id) && id !== state.id) state.expanded.push(id);
  writeUrl('push');
  hook.busy = true;
  try {
    const part = await loadNeighborhood(id, 1, state.rels);
    const centre = cy.getElementById(id);
    const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    const fresh = [...part.nodes.filter(n => cy.getElementById(n.id).empty()).map(n => ({ ...nodeElement(n, state.lang), position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 } })),
      ...part.edges.filter(e => cy.getElementById(e.id).empty()).map(e => edgeElement(e, state.lang))];
    const started = performance.now();
    cy.batch(() => {
      cy.add(fresh);
      for (const kind of state.hidden) cy.nodes(`[kind = "${kind}"]`).addClass('hidden-kind');
    });
    tuneForSize(cy);
    await runLayout(neighborhoodLayout(cy, true));
    await nextFrame();
    hook.lastDrawMs = performance.now() - started;
    showCounts();
  } catch (error) {
    setStatus((error as Error).message, true);
  } finally {
    hook.busy = false;
    hook.draws++;
  }
}

async function showDetails(id: string | null): Promise<void> {
  const details = $('details');
  if (!id) {
    details.replaceChildren();
    return;
  }
  try {
    let entity = entityCache.get(id);
    if (!entity) {
      entity = await loadEntity(id);
      entityCache.set(id, entity);
    }
    const missing = entity.provenance.map(p => p.section).filter(s => !sectionNames.has(s));
    if (missing.length) for (const [k, v] of await loadNames(missing)) sectionNames.set(k, v);
    if ((state.selected ?? state.id) !== id) return;
    renderEntity(details, entity, sectionNames, state.lang, {
      expand: target => void expand(target),
      focus: target => focusOn(target, 'neighbors'),
      supporters: target => focusOn(target, 'supporters'),
    });
  } catch (error) {
    setStatus((error as Error).message, true);
  }
}

cy.on('tap', 'node', event => {
  const node = event.target as NodeSingular;
  state.selected = node.id();
  writeUrl('replace');
  void showDetails(node.id());
});
cy.on('dbltap', 'node', event => void expand((event.target as NodeSingular).id()));
cy.on('tap', event => {
  if (event.target === cy && state.view === 'supporters') {
    cy.elements().removeClass('dim active-path');
    document.querySelectorAll('.supporters li.active').forEach(li => li.classList.remove('active'));
  }
});

renderControls();
void load();
