// The parameter timeline: one concept's value over time in each region, as steps over the
// validity windows of the synced policy parameters, with the documents' dates marked.
import { execute } from './api';
import { h } from './dom';
import type { ExploreTimelineQuery } from './gql/graphql';
import { t } from './i18n';
import { ConceptsQuery, TimelineQuery } from './operations';
import { regionName, type Page } from './page';
import { stampTable } from './stamp';
import type { StepSeries } from './step';

type Parameter = NonNullable<NonNullable<NonNullable<ExploreTimelineQuery['policyParameters']['edges']>[number]>['node']>;

let disposeChart: (() => void) | undefined;

// numeric reads a parameter's value as a number to plot: money and integers as they are, a ratio
// "17/20" as 0.85, a boolean as 1 or 0; dates and text are not plotted (the table shows them).
export function numeric(kind: string, value: string): number | null {
  switch (kind) {
    case 'MONEY':
    case 'INTEGER': {
      const n = Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'RATIO': {
      const [a, b] = value.split('/').map(Number);
      if (b === undefined) return Number.isFinite(a) ? (a ?? null) : null;
      return a !== undefined && Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : null;
    }
    case 'BOOL':
      return value === 'true' ? 1 : value === 'false' ? 0 : null;
    default:
      return null;
  }
}

// The day after a date, where a window closed on its last day stops.
function dayAfter(date: string): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function renderTimeline(page: Page, root: HTMLElement): Promise<void> {
  disposeChart?.();
  disposeChart = undefined;
  const { lang } = page;
  root.replaceChildren(h('p', { class: 'loading' }, t(lang, 'load')));
  const meta = await execute(ConceptsQuery, {});
  const concept = page.query.get('concept') || meta.policyConcepts[0]?.key || '';
  const data = await execute(TimelineQuery, { concept });
  const params = (data.policyParameters.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const info = meta.policyConcepts.find((c) => c.key === concept);

  const picker = h(
    'form',
    { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
    h(
      'label',
      {},
      t(lang, 'concept') + ' ',
      h(
        'select',
        {
          name: 'concept',
          onchange: (e: Event) => page.navigate((q) => q.set('concept', (e.target as HTMLSelectElement).value)),
        },
        meta.policyConcepts.map((c) =>
          h('option', { value: c.key, selected: c.key === concept }, `${lang === 'zh' ? c.nameZh : c.nameEn} · ${c.key}`),
        ),
      ),
    ),
    info ? h('span', { class: 'unit' }, `${t(lang, 'unit')}: ${info.unit}`) : null,
  );
  const chartBox = h('div', { class: 'chart timeline', 'data-testid': 'timeline-chart' });
  const table = windowsTable(page, params);
  root.replaceChildren(
    picker,
    chartBox,
    h('p', { class: 'note' }, t(lang, 'timelineNote')),
    table,
    stampTable(
      lang,
      meta.plugins.map((pl) => ({ region: pl.region, plugin: pl.name, version: pl.version, rulesetHash: pl.rulesetHash ?? '', state: pl.state })),
    ),
  );

  const today = new Date().toISOString().slice(0, 10);
  const byRegion = new Map<string, Parameter[]>();
  for (const p of params) byRegion.set(p.region.code, [...(byRegion.get(p.region.code) ?? []), p]);
  const series: StepSeries[] = [];
  for (const [code, ps] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
    const points: [string, number | null][] = [];
    const windows = ps
      .map((p) => ({ p, from: p.validFrom ?? p.document?.validFrom ?? p.document?.issuedOn, v: numeric(p.kind, p.value) }))
      .filter((w): w is { p: Parameter; from: string; v: number } => !!w.from && w.v !== null)
      .sort((a, b) => a.from.localeCompare(b.from));
    for (const w of windows) {
      const end = w.p.validTo ? dayAfter(w.p.validTo) : today > w.from ? today : dayAfter(w.from);
      points.push([w.from, w.v], [end, w.v]);
      if (w.p.validTo) points.push([end, null]);
    }
    if (points.length) series.push({ name: regionName(lang, ps[0]?.region, code), points });
  }
  if (!series.length) {
    chartBox.replaceChildren(h('p', { class: 'note' }, t(lang, 'notPlotted')));
    return;
  }
  const marks = new Map<string, string>();
  for (const p of params) {
    const d = p.document;
    if (d?.issuedOn) marks.set(`${d.key}|${d.issuedOn}`, d.issuedOn);
  }
  // The chart code (and ECharts with it) is loaded when the first timeline is drawn.
  const { stepChart } = await import('./step');
  if (!chartBox.isConnected) return; // the page moved on while it loaded
  disposeChart = stepChart(
    chartBox,
    series,
    [...marks].map(([key, date]) => ({ name: key.split('|')[0] ?? key, date })),
  );
}

function windowsTable(page: Page, params: Parameter[]): HTMLElement {
  const { lang } = page;
  const rows = [...params].sort((a, b) => a.region.code.localeCompare(b.region.code) || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  return h(
    'table',
    { class: 'windows', 'data-testid': 'timeline-table' },
    h(
      'tr',
      {},
      [t(lang, 'regions'), t(lang, 'value'), t(lang, 'validity'), t(lang, 'document'), t(lang, 'clause'), t(lang, 'quote')].map((x) => h('th', {}, x)),
    ),
    rows.map((p) =>
      h(
        'tr',
        { 'data-region': p.region.code },
        h('td', {}, regionName(lang, p.region, p.region.code)),
        h('td', {}, `${p.value} ${p.unit ?? ''}`),
        h('td', {}, `${p.validFrom ?? '…'} – ${p.validTo ?? t(lang, 'openEnded')}`),
        h(
          'td',
          {},
          p.document
            ? `${(lang === 'zh' ? p.document.titleZh : p.document.titleEn || p.document.titleZh)} (${p.document.key}${p.document.issuedOn ? ', ' + p.document.issuedOn : ''})`
            : (p.citationDocument ?? '—'),
        ),
        h('td', {}, p.citationClause ?? '—'),
        h('td', {}, p.citationQuote ? h('blockquote', { class: 'quote' }, p.citationQuote) : '—'),
      ),
    ),
  );
}
