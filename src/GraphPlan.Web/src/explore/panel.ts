import type { EntityDetails, Measurement, Supporter } from './api';
import { el, svg } from './dom';
import { t } from './i18n';
import { entityLook, relationshipLabel, shapePoints, type EntityKind, type Lang } from './kinds';

export function kindBadge(kind: EntityKind, lang: Lang): HTMLElement {
  const look = entityLook[kind];
  const icon = svg('svg', { width: 14, height: 14, viewBox: '0 0 20 20', 'aria-hidden': 'true' });
  icon.append(svg('polygon', { points: shapePoints[look.shape], fill: look.color }));
  const badge = el('span', { className: 'kind-badge', attrs: { 'data-kind': kind } });
  badge.append(icon, ' ', lang === 'zh' ? look.zh : look.en);
  return badge;
}

export interface PanelActions {
  expand(id: string): void;
  focus(id: string): void;
  supporters(id: string): void;
}

const chartRoles = new Set(['BASELINE', 'ACTUAL', 'TARGET']);
const roleLabel: Record<string, { zh: string; en: string }> = {
  BASELINE: { zh: '基期', en: 'baseline' },
  ACTUAL: { zh: '实际', en: 'actual' },
  TARGET: { zh: '目标', en: 'target' },
  AVERAGE_ANNUAL_GROWTH: { zh: '年均增长', en: 'avg. annual growth' },
  GROWTH_OVER_PERIOD: { zh: '期间增长', en: 'growth over period' },
};

/** Baseline, actual and target values in the indicator's unit as horizontal bars, oldest first. */
export function valuesChart(values: Measurement[], unit: string | null | undefined, lang: Lang): SVGSVGElement | null {
  const rows = values.filter(v => chartRoles.has(v.role) && v.value !== null && (!unit || !v.unit || v.unit === unit));
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map(r => Math.abs(r.value!)), 1e-9);
  const rowHeight = 22;
  const labelWidth = 92;
  const barMax = 150;
  const height = rows.length * rowHeight + 6;
  const chart = svg('svg', { class: 'values-chart', width: 300, height, viewBox: `0 0 300 ${height}`, role: 'img' });
  chart.append(svg('title', {}, `${t(lang, 'values')}${unit ? ` (${unit})` : ''}`));
  rows.forEach((row, i) => {
    const y = i * rowHeight + 3;
    const width = Math.max(2, (Math.abs(row.value!) / max) * barMax);
    const colour = row.role === 'TARGET' ? '#e0701b' : row.role === 'ACTUAL' ? '#2f64b0' : '#9aa5b1';
    chart.append(
      svg('text', { x: 0, y: y + 14, class: 'chart-label' }, `${row.year} ${roleLabel[row.role][lang]}`),
      svg('rect', { x: labelWidth, y: y + 2, width, height: 15, rx: 2, fill: colour, 'data-role': row.role, 'data-year': row.year }),
      svg('text', { x: labelWidth + width + 4, y: y + 14, class: 'chart-value' }, row.text),
    );
  });
  return chart;
}

function valuesTable(values: Measurement[], lang: Lang): HTMLTableElement {
  const table = el('table', { className: 'values' });
  for (const v of values) {
    const row = table.insertRow();
    row.insertCell().textContent = String(v.year);
    row.insertCell().textContent = roleLabel[v.role]?.[lang] ?? v.role.toLowerCase();
    row.insertCell().textContent = `${v.text}${v.unit && !v.text.endsWith(v.unit) ? ` ${v.unit}` : ''}`;
  }
  return table;
}

export function renderEntity(
  container: HTMLElement,
  entity: EntityDetails,
  sectionNames: Map<string, { name: string; nameEn: string }>,
  lang: Lang,
  actions: PanelActions,
): void {
  const primary = lang === 'zh' ? entity.name : entity.nameEn || entity.name;
  const secondary = lang === 'zh' ? entity.nameEn : entity.name;
  const buttons = el('div', { className: 'panel-actions' });
  const expand = el('button', { text: t(lang, 'expand'), attrs: { type: 'button', 'data-action': 'expand' } });
  expand.addEventListener('click', () => actions.expand(entity.id));
  const focus = el('button', { text: t(lang, 'focus'), attrs: { type: 'button', 'data-action': 'focus' } });
  focus.addEventListener('click', () => actions.focus(entity.id));
  buttons.append(expand, focus);
  if (entity.kind === 'TARGET' || entity.kind === 'GOAL') {
    const supporters = el('button', { text: t(lang, 'showSupporters'), className: 'accent', attrs: { type: 'button', 'data-action': 'supporters' } });
    supporters.addEventListener('click', () => actions.supporters(entity.id));
    buttons.append(supporters);
  }

  const parts: (Node | null)[] = [
    kindBadge(entity.kind, lang),
    el('h2', { className: 'entity-name', text: primary }),
    el('p', { className: 'entity-name-alt', text: secondary }),
    el('p', { className: 'entity-id', text: entity.id }),
    buttons,
  ];

  if (entity.aliases.length) {
    parts.push(el('h3', { text: t(lang, 'aliases') }), el('p', { className: 'aliases', text: entity.aliases.join('；') }));
  }

  const values = entity.values ?? [];
  const indicatorValues = entity.indicator?.values ?? [];
  if (values.length || indicatorValues.length) {
    parts.push(el('h3', { text: `${t(lang, 'values')}${entity.unit ? ` (${entity.unit})` : ''}` }));
    const chartSource = entity.kind === 'INDICATOR' ? values : indicatorValues;
    const chartUnit = entity.kind === 'INDICATOR' ? entity.unit : entity.indicator?.unit;
    const chart = valuesChart(chartSource, chartUnit, lang);
    if (values.length) parts.push(valuesTable(values, lang));
    if (entity.indicator) {
      const link = el('a', { className: 'entity-link', text: lang === 'zh' ? entity.indicator.name : entity.indicator.nameEn, attrs: { href: `?id=${encodeURIComponent(entity.indicator.id)}` } });
      link.addEventListener('click', event => {
        event.preventDefault();
        actions.focus(entity.indicator!.id);
      });
      parts.push(el('p', { className: 'measured-by' }, `${relationshipLabel.MEASURED_BY[lang]}: `, link));
    }
    if (chart) parts.push(chart);
  }

  if (entity.attributes.length) {
    const list = el('dl', { className: 'attributes' });
    for (const a of entity.attributes) list.append(el('dt', { text: a.key }), el('dd', { text: a.value }));
    parts.push(el('h3', { text: t(lang, 'attributes') }), list);
  }

  if (entity.provenance.length) {
    parts.push(el('h3', { text: t(lang, 'provenance') }));
    for (const p of entity.provenance) {
      const section = sectionNames.get(p.section);
      const sectionName = section ? (lang === 'zh' ? section.name : section.nameEn || section.name) : p.section;
      parts.push(
        el('figure', { className: 'quote' },
          el('blockquote', { text: p.quote, attrs: { lang: 'zh' } }),
          el('figcaption', {},
            el('span', { className: 'section', text: sectionName, title: p.section }),
            el('span', { className: `basis basis-${p.basis.toLowerCase()}`, text: p.basis.toLowerCase().replace('_', ' ') }),
            p.source ? el('span', { className: 'source', text: p.source }) : null)));
    }
  }

  container.replaceChildren(...parts.filter((p): p is Node => p !== null));
}

export function renderSupporters(container: HTMLElement, supporters: Supporter[], lang: Lang, onPick: (s: Supporter) => void): void {
  const list = el('ol', { className: 'supporters' });
  for (const s of supporters) {
    const item = el('li', { attrs: { 'data-id': s.entity.id } });
    const button = el('button', { attrs: { type: 'button' } },
      kindBadge(s.entity.kind, lang),
      el('span', { className: 'supporter-name', text: lang === 'zh' ? s.entity.label : s.entity.labelEn }),
      el('span', { className: 'supporter-path', text: s.path.map(step => relationshipLabel[step.kind][lang]).join(' → ') }));
    button.addEventListener('click', () => onPick(s));
    item.append(button);
    list.append(item);
  }
  container.replaceChildren(el('h3', { text: `${t(lang, 'supportersList')} (${supporters.length})` }), list);
  container.parentElement?.classList.toggle('with-list', supporters.length > 0);
}
