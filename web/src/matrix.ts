// The policy matrix: shared concepts × regions from the synced policy tables, with the value in
// force on the as-of date, and on click the citation and validity of a cell.
import { execute } from './api';
import { dateField } from './date';
import { h } from './dom';
import type { ExploreMatrixQuery } from './gql/graphql';
import { categoryLabel, statusLabel, t, type Lang } from './i18n';
import { MatrixQuery } from './operations';
import { stampTable } from './stamp';
import { regionName, type Page, type RegionInfo } from './page';

type Cell = ExploreMatrixQuery['policyMatrix'][number];

export interface MatrixParams {
  asOf: string;
  category: string; // '' = all
  regions: string[]; // [] = all
}

export function readMatrixParams(q: URLSearchParams): MatrixParams {
  return {
    asOf: q.get('asOf') ?? '',
    category: q.get('category') ?? '',
    regions: (q.get('regions') ?? '').split(',').filter(Boolean),
  };
}

export function writeMatrixParams(q: URLSearchParams, p: MatrixParams): void {
  set(q, 'asOf', p.asOf);
  set(q, 'category', p.category);
  set(q, 'regions', p.regions.join(','));
}

function set(q: URLSearchParams, name: string, value: string): void {
  if (value) q.set(name, value);
  else q.delete(name);
}

export const categoryOf = (concept: string): string => concept.split('.')[0] ?? concept;

export async function renderMatrix(page: Page, root: HTMLElement): Promise<void> {
  const { lang } = page;
  const p = readMatrixParams(page.query);
  root.replaceChildren(h('p', { class: 'loading' }, t(lang, 'load')));
  const data = await execute(MatrixQuery, { asOf: p.asOf || null });
  const names = new Map(data.regions.edges?.flatMap((e) => (e?.node ? [[e.node.code, e.node] as const] : [])) ?? []);
  const allRegions = [...new Set(data.policyMatrix.map((c) => c.region))].sort();
  const shown = allRegions.filter((r) => p.regions.length === 0 || p.regions.includes(r));
  const categories = [...new Set(data.policyConcepts.map((c) => categoryOf(c.key)))];
  const concepts = data.policyConcepts.filter((c) => !p.category || categoryOf(c.key) === p.category);
  const cells = new Map(data.policyMatrix.map((c) => [`${c.concept}|${c.region}`, c]));

  const update = (next: Partial<MatrixParams>) => page.navigate((q) => writeMatrixParams(q, { ...p, ...next }));
  const detail = h('aside', { class: 'detail', 'data-testid': 'cell-detail', hidden: true });

  const filters = h(
    'form',
    { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
    dateField(lang, t(lang, 'asOf'), 'asOf', p.asOf, (asOf) => update({ asOf })).field,
    h(
      'label',
      {},
      t(lang, 'category') + ' ',
      h(
        'select',
        { name: 'category', onchange: (e: Event) => update({ category: (e.target as HTMLSelectElement).value }) },
        h('option', { value: '', selected: !p.category }, t(lang, 'all')),
        categories.map((c) => h('option', { value: c, selected: c === p.category }, categoryLabel(lang, c))),
      ),
    ),
    h(
      'fieldset',
      { class: 'regions' },
      h('legend', {}, t(lang, 'regions')),
      allRegions.map((r) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            name: 'region',
            value: r,
            checked: shown.includes(r),
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const next = on ? [...shown, r] : shown.filter((x) => x !== r);
              update({ regions: next.length === allRegions.length ? [] : next });
            },
          }),
          regionName(lang, names.get(r), r),
        ),
      ),
    ),
  );

  const table = h(
    'table',
    { class: 'matrix', 'data-testid': 'matrix' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, t(lang, 'concept')),
        shown.map((r) => h('th', { 'data-region': r }, regionName(lang, names.get(r), r))),
      ),
    ),
    h(
      'tbody',
      {},
      concepts.map((c) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row', title: c.key },
            lang === 'zh' ? c.nameZh : c.nameEn,
            h('small', {}, `${c.key} · ${c.unit}`),
          ),
          shown.map((r) => {
            const cell = cells.get(`${c.key}|${r}`);
            return h(
              'td',
              {},
              cell ? cellButton(lang, cell, names, () => showDetail(lang, detail, cell, names, lang === 'zh' ? c.nameZh : c.nameEn)) : '—',
            );
          }),
        ),
      ),
    ),
  );

  root.replaceChildren(
    filters,
    h('div', { class: 'matrix-wrap' }, table, detail),
    stampTable(
      lang,
      data.plugins.map((pl) => ({
        region: pl.region,
        plugin: pl.name,
        version: pl.version,
        rulesetHash: pl.rulesetHash ?? '',
        state: pl.state,
      })),
    ),
  );
}

function cellButton(lang: Lang, cell: Cell, names: Map<string, RegionInfo>, open: () => void): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: `cell status-${cell.status}${cell.inForce ? '' : ' not-in-force'}`,
      'data-concept': cell.concept,
      'data-region': cell.region,
      onclick: open,
    },
    h('span', { class: 'status' }, statusLabel(lang, cell.status)),
    cell.value ? h('span', { class: 'value' }, cell.value, h('small', {}, ' ' + (cell.unit ?? ''))) : null,
    cell.inheritedFrom
      ? h('span', { class: 'inherited' }, `${t(lang, 'inheritedFrom')} ${regionName(lang, names.get(cell.inheritedFrom), cell.inheritedFrom)}`)
      : null,
  );
}

function showDetail(lang: Lang, panel: HTMLElement, cell: Cell, names: Map<string, RegionInfo>, conceptName: string): void {
  const row = (label: string, ...value: (Node | string | null | undefined)[]) =>
    h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, ...value));
  const c = cell.citation;
  const parts: (HTMLElement | null)[] = [
    h(
      'header',
      {},
      h('h3', {}, `${conceptName} · ${regionName(lang, names.get(cell.region), cell.region)}`, h('small', {}, cell.concept)),
      h('button', { type: 'button', class: 'close', onclick: () => (panel.hidden = true) }, t(lang, 'close')),
    ),
    h(
      'dl',
      {},
      row(t(lang, 'status'), statusLabel(lang, cell.status)),
      cell.inheritedFrom ? row(t(lang, 'inheritedFrom'), regionName(lang, names.get(cell.inheritedFrom), cell.inheritedFrom)) : null,
      cell.value ? row(t(lang, 'value'), `${cell.value} ${cell.unit ?? ''}`) : null,
      row(
        t(lang, 'validity'),
        cell.validFrom || cell.validTo ? `${cell.validFrom ?? '…'} – ${cell.validTo ?? t(lang, 'openEnded')}` : '—',
        h('br'),
        t(lang, cell.inForce ? 'inForce' : 'notInForce'),
      ),
      cell.reason ? row(t(lang, 'reason'), cell.reason) : null,
      cell.ruleIds.length ? row(t(lang, 'rules'), cell.ruleIds.join(', ')) : null,
    ),
    c
      ? h(
          'section',
          { class: 'citation', 'data-testid': 'citation' },
          h('h4', {}, t(lang, 'citation')),
          h(
            'dl',
            {},
            row(t(lang, 'document'), c.title ? `${c.title} (${c.document})` : c.document),
            c.clause ? row(t(lang, 'clause'), c.clause) : null,
            row(t(lang, 'quote'), h('blockquote', { class: 'quote' }, c.quote)),
          ),
        )
      : null,
  ];
  panel.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  panel.hidden = false;
}
