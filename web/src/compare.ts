// Compare a scenario: a project subject, evaluated under every region side by side, with the
// budget minima of each region as a bar chart. The scenario lives in the URL parameters.
import { execute } from './api';
import { barChart } from './chart';
import { h } from './dom';
import type { BudgetCategory, ExploreCompareQuery, ProjectSpecInput } from './gql/graphql';
import { statusLabel, t, type Lang } from './i18n';
import { CompareQuery, DomainTermsQuery } from './operations';
import { regionName, type Page, type RegionInfo } from './page';
import { stampTable } from './stamp';

type Evaluation = ExploreCompareQuery['compare'][number];

const categories: BudgetCategory[] = ['LABOR', 'SUPERVISION', 'ACTIVITIES', 'MANAGEMENT', 'INSURANCE_TAX', 'TRAINING', 'OTHER'];

interface Scenario {
  asOf: string;
  domain: string;
  headcount: string;
  professionalPosts: string;
  supervisedWorkers: string;
  months: string;
  budget: { category: BudgetCategory; amount: string }[];
}

const numberFields = ['headcount', 'professionalPosts', 'supervisedWorkers', 'months'] as const;

// The scenario in the URL: one parameter per field, the budget as CATEGORY:amount pairs
// (budget=LABOR:143650.00,ACTIVITIES:25349.99).
export function readScenario(q: URLSearchParams): Scenario {
  const budget = (q.get('budget') ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [category = '', amount = ''] = pair.split(':');
      return { category: category as BudgetCategory, amount };
    });
  return {
    asOf: q.get('asOf') ?? '',
    domain: q.get('domain') ?? '',
    headcount: q.get('headcount') ?? '',
    professionalPosts: q.get('professionalPosts') ?? '',
    supervisedWorkers: q.get('supervisedWorkers') ?? '',
    months: q.get('months') ?? '',
    budget,
  };
}

function writeScenario(q: URLSearchParams, s: Scenario): void {
  const put = (name: string, value: string) => (value ? q.set(name, value) : q.delete(name));
  put('asOf', s.asOf);
  put('domain', s.domain);
  for (const f of numberFields) put(f, s[f]);
  put('budget', s.budget.filter((l) => l.amount).map((l) => `${l.category}:${l.amount}`).join(','));
}

function subject(s: Scenario): ProjectSpecInput {
  const int = (v: string) => (v === '' ? null : Number.parseInt(v, 10));
  return {
    domain: s.domain,
    headcount: int(s.headcount) ?? 0,
    professionalPosts: int(s.professionalPosts),
    supervisedWorkers: int(s.supervisedWorkers),
    months: int(s.months),
    budget: s.budget.length ? s.budget.filter((l) => l.amount) : null,
  };
}

let disposeChart: (() => void) | undefined;

export async function renderCompare(page: Page, root: HTMLElement): Promise<void> {
  disposeChart?.();
  disposeChart = undefined;
  const { lang } = page;
  const s = readScenario(page.query);
  const results = h('section', { class: 'results', 'data-testid': 'results' });
  root.replaceChildren(form(page, s), results);
  fillDomainTerms(root).catch(() => undefined); // the datalist is a help; the form works without it
  if (!s.domain || !s.headcount) return;
  results.replaceChildren(h('p', { class: 'loading' }, t(lang, 'load')));
  try {
    const data = await execute(CompareQuery, { subject: { project: subject(s) }, asOf: s.asOf || null });
    const names = new Map(data.regions.edges?.flatMap((e) => (e?.node ? [[e.node.code, e.node] as const] : [])) ?? []);
    showResults(lang, results, data.compare, s, names);
  } catch (err) {
    results.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t(lang, 'error')}: ${err instanceof Error ? err.message : String(err)}`));
  }
}

function form(page: Page, s: Scenario): HTMLElement {
  const { lang } = page;
  const lines = h('div', { class: 'lines' });
  const addLine = (category: BudgetCategory, amount: string) => {
    const line: HTMLElement = h(
      'div',
      { class: 'line' },
      h('select', { name: 'category' }, categories.map((c) => h('option', { value: c, selected: c === category }, c))),
      h('input', { name: 'amount', inputmode: 'decimal', pattern: '[0-9]+(\\.[0-9]{1,2})?', value: amount, 'aria-label': t(lang, 'amount'), placeholder: t(lang, 'amount') }),
      h('button', { type: 'button', class: 'remove', onclick: () => line.remove() }, t(lang, 'remove')),
    );
    lines.append(line);
  };
  for (const l of s.budget.length ? s.budget : [{ category: 'LABOR' as BudgetCategory, amount: '' }]) addLine(l.category, l.amount);
  const field = (name: string, label: string, attrs: Record<string, string | number | boolean>) =>
    h('label', {}, label, h('input', { name, ...attrs }));
  const f = h(
    'form',
    {
      class: 'scenario',
      'data-testid': 'compare-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const fd = new FormData(e.target as HTMLFormElement);
        const get = (n: string) => String(fd.get(n) ?? '').trim();
        const next: Scenario = {
          asOf: get('asOf'),
          domain: get('domain'),
          headcount: get('headcount'),
          professionalPosts: get('professionalPosts'),
          supervisedWorkers: get('supervisedWorkers'),
          months: get('months'),
          budget: [...lines.querySelectorAll('.line')].map((el) => ({
            category: (el.querySelector('select') as HTMLSelectElement).value as BudgetCategory,
            amount: (el.querySelector('input') as HTMLInputElement).value.trim(),
          })),
        };
        page.navigate((q) => writeScenario(q, next));
      },
    },
    h('h2', {}, t(lang, 'project')),
    h(
      'div',
      { class: 'fields' },
      field('domain', t(lang, 'domain'), { list: 'domain-terms', required: true, value: s.domain, title: t(lang, 'domainHint') }),
      h('datalist', { id: 'domain-terms' }),
      field('headcount', t(lang, 'headcount'), { type: 'number', min: 1, required: true, value: s.headcount }),
      field('professionalPosts', t(lang, 'professionalPosts'), { type: 'number', min: 0, value: s.professionalPosts }),
      field('supervisedWorkers', t(lang, 'supervisedWorkers'), { type: 'number', min: 0, value: s.supervisedWorkers }),
      field('months', t(lang, 'months'), { type: 'number', min: 1, value: s.months }),
      field('asOf', t(lang, 'asOf'), { type: 'date', value: s.asOf }),
    ),
    h('fieldset', { class: 'budget' }, h('legend', {}, t(lang, 'budget')), lines,
      h('button', { type: 'button', class: 'add', onclick: () => addLine('ACTIVITIES', '') }, t(lang, 'addLine'))),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'run' }, t(lang, 'run')), h('small', {}, t(lang, 'share'))),
  );
  return f;
}

// fillDomainTerms offers every region's accepted domain terms (and their shared codes).
async function fillDomainTerms(root: HTMLElement): Promise<void> {
  const data = await execute(DomainTermsQuery, {});
  const list = root.querySelector('#domain-terms');
  if (!list) return;
  const terms = new Map<string, string[]>();
  for (const e of data.catalogItems.edges ?? []) {
    const n = e?.node;
    if (!n) continue;
    const add = (term: string, label: string) => terms.set(term, [...(terms.get(term) ?? []), label]);
    add(n.termZh, `${n.region.code}${n.highRisk ? ' · 高风险 high-risk' : ''}${n.termEn ? ' · ' + n.termEn : ''}`);
    for (const code of n.sharedCodes) add(code, `${n.region.code}: ${n.termZh}`);
  }
  list.replaceChildren(...[...terms].map(([term, labels]) => h('option', { value: term }, [...new Set(labels)].join('; '))));
}

const findingOrder = ['FAIL', 'INSUFFICIENT_INPUT', 'PASS', 'NOT_IN_FORCE', 'NOT_APPLICABLE'];

function showResults(lang: Lang, root: HTMLElement, evaluations: Evaluation[], s: Scenario, names: Map<string, RegionInfo>): void {
  const name = (code: string) => regionName(lang, names.get(code), code);
  const chartBox = h('div', { class: 'chart', 'data-testid': 'minima-chart' });
  const columns = h(
    'div',
    { class: 'columns' },
    evaluations.map((ev) => {
      const findings = [...ev.findings].sort((a, b) => findingOrder.indexOf(a.status) - findingOrder.indexOf(b.status));
      const shown = findings.filter((f) => f.status !== 'NOT_APPLICABLE');
      const skipped = findings.length - shown.length;
      return h(
        'article',
        { class: 'region', 'data-region': ev.region },
        h('h3', {}, name(ev.region)),
        h('p', { class: `overall status-${ev.status}`, 'data-testid': 'overall' }, statusLabel(lang, ev.status)),
        ev.error ? h('p', { class: 'error' }, `${ev.error.code}: ${ev.error.message}`) : null,
        h(
          'ol',
          { class: 'findings' },
          shown.map((f) =>
            h(
              'li',
              { class: `finding status-${f.status}`, 'data-rule': f.ruleId },
              h('div', { class: 'head' }, h('span', { class: 'status' }, statusLabel(lang, f.status)), ' ', h('code', {}, f.ruleId)),
              h('p', {}, lang === 'zh' ? f.messageZh : f.messageEn),
              f.actual || f.required
                ? h('p', { class: 'numbers' }, `${t(lang, 'actual')} ${f.actual ?? '—'} · ${t(lang, 'required')} ${f.required ?? '—'}`)
                : null,
              f.remedy ? h('p', { class: 'remedy' }, h('b', {}, t(lang, 'remedy') + ': '), f.remedy) : null,
              h(
                'details',
                { class: 'citation' },
                h('summary', {}, `${t(lang, 'citation')}: ${f.citation.title ?? f.citation.document}${f.citation.clause ? ' · ' + f.citation.clause : ''}`),
                h('blockquote', { class: 'quote' }, f.citation.quote),
              ),
            ),
          ),
        ),
        skipped ? h('p', { class: 'skipped' }, `${skipped} ${t(lang, 'notApplicable')}`) : null,
      );
    }),
  );
  const stamps = evaluations.flatMap((ev) =>
    ev.evaluatedBy.map((r) => ({ region: r.region, plugin: r.plugin ?? '', version: r.pluginVersion, rulesetHash: r.rulesetHash })),
  );
  const unique = [...new Map(stamps.map((x) => [`${x.region}|${x.plugin}|${x.rulesetHash}`, x])).values()];
  root.replaceChildren(h('h2', {}, t(lang, 'minima')), chartBox, columns, stampTable(lang, unique));

  const money = (v: string | null | undefined) => (v ? Number(v) : null);
  if (!evaluations.some((ev) => ev.budget?.minimumTotal || ev.budget?.minimumLabor)) {
    chartBox.replaceChildren(h('p', { class: 'note' }, t(lang, 'noMinima')));
    return;
  }
  const total = s.budget.reduce((sum, l) => sum + (Number(l.amount) || 0), 0);
  disposeChart = barChart(
    chartBox,
    evaluations.map((ev) => name(ev.region)),
    [
      { name: t(lang, 'minimumTotal'), values: evaluations.map((ev) => money(ev.budget?.minimumTotal)) },
      { name: t(lang, 'minimumLabor'), values: evaluations.map((ev) => money(ev.budget?.minimumLabor)) },
      { name: t(lang, 'supervisionFund'), values: evaluations.map((ev) => money(ev.budget?.supervisionFund)) },
    ],
    total > 0 ? { name: t(lang, 'yourBudget'), value: Math.round(total * 100) / 100 } : undefined,
  );
}
