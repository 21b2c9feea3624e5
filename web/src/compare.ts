// Compare a scenario: a project, worker or government subject, evaluated under every region side by side, with the
// budget minima of each region as a bar chart. The scenario lives in the URL parameters.
import { execute } from './api';
import { barChart } from './chart';
import { h } from './dom';
import type { BudgetCategory, CertificateLevel, EducationLevel, ExploreCompareQuery, GovernmentLevel, SubjectInput } from './gql/graphql';
import { statusLabel, t, type Key, type Lang } from './i18n';
import { CompareQuery, DomainTermsQuery } from './operations';
import { regionName, type Page, type RegionInfo } from './page';
import { stampTable } from './stamp';

type Evaluation = ExploreCompareQuery['compare'][number];

const categories: BudgetCategory[] = ['LABOR', 'SUPERVISION', 'ACTIVITIES', 'MANAGEMENT', 'INSURANCE_TAX', 'TRAINING', 'OTHER'];
const educationLevels: EducationLevel[] = ['NONE', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE'];
const certificateLevels: CertificateLevel[] = ['NONE', 'ASSISTANT', 'INTERMEDIATE', 'SENIOR'];
const governmentLevels: GovernmentLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];

// The fields of each subject kind the form offers, named as the schema names them; an integer
// field is an Int of the input, an enum field one of the listed values, text a String.
interface Field {
  name: string;
  label: Key;
  type: 'int' | 'text' | 'enum';
  values?: readonly string[];
  required?: boolean;
  min?: number;
}

const kinds = {
  project: [
    { name: 'domain', label: 'domain', type: 'text', required: true },
    { name: 'headcount', label: 'headcount', type: 'int', required: true, min: 1 },
    { name: 'professionalPosts', label: 'professionalPosts', type: 'int', min: 0 },
    { name: 'supervisedWorkers', label: 'supervisedWorkers', type: 'int', min: 0 },
    { name: 'months', label: 'months', type: 'int', min: 1 },
  ],
  worker: [
    { name: 'age', label: 'age', type: 'int', min: 0 },
    { name: 'education', label: 'education', type: 'enum', values: educationLevels },
    { name: 'certificate', label: 'certificate', type: 'enum', values: certificateLevels },
    { name: 'trainingHoursPerYear', label: 'trainingHoursPerYear', type: 'int', min: 0 },
  ],
  government: [
    { name: 'level', label: 'level', type: 'enum', values: governmentLevels, required: true },
    { name: 'townships', label: 'townships', type: 'int', min: 0 },
    { name: 'townshipsWithStation', label: 'townshipsWithStation', type: 'int', min: 0 },
    { name: 'socialWorkers', label: 'socialWorkers', type: 'int', min: 0 },
    { name: 'privateSocialWorkOrganizations', label: 'privateSocialWorkOrganizations', type: 'int', min: 0 },
  ],
} as const satisfies Record<string, readonly Field[]>;
type Kind = keyof typeof kinds;

interface Scenario {
  kind: Kind;
  asOf: string;
  fields: Record<string, string>;
  budget: { category: BudgetCategory; amount: string }[];
}

// The scenario in the URL: the subject kind, one parameter per field, and a project's budget as
// CATEGORY:amount pairs (budget=LABOR:143650.00,ACTIVITIES:25349.99).
export function readScenario(q: URLSearchParams): Scenario {
  const asked = q.get('kind') ?? '';
  const kind: Kind = asked in kinds ? (asked as Kind) : 'project';
  const budget = (q.get('budget') ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [category = '', amount = ''] = pair.split(':');
      return { category: category as BudgetCategory, amount };
    });
  const fields: Record<string, string> = {};
  for (const f of kinds[kind]) fields[f.name] = q.get(f.name) ?? '';
  return { kind, asOf: q.get('asOf') ?? '', fields, budget: kind === 'project' ? budget : [] };
}

function writeScenario(q: URLSearchParams, s: Scenario): void {
  const put = (name: string, value: string) => (value ? q.set(name, value) : q.delete(name));
  for (const fs of Object.values(kinds)) for (const f of fs) q.delete(f.name);
  put('kind', s.kind === 'project' ? '' : s.kind);
  put('asOf', s.asOf);
  for (const [name, value] of Object.entries(s.fields)) put(name, value);
  put('budget', s.budget.filter((l) => l.amount).map((l) => `${l.category}:${l.amount}`).join(','));
}

// ready reports whether the scenario has what its kind requires, so a link runs at once.
function ready(s: Scenario): boolean {
  const given = kinds[s.kind].filter((f) => s.fields[f.name]);
  return given.length > 0 && kinds[s.kind].every((f) => !('required' in f && f.required) || s.fields[f.name]);
}

function subject(s: Scenario): SubjectInput {
  const spec: Record<string, unknown> = {};
  for (const f of kinds[s.kind]) {
    const v = s.fields[f.name] ?? '';
    if (v === '') continue;
    spec[f.name] = f.type === 'int' ? Number.parseInt(v, 10) : v;
  }
  if (s.kind === 'project') {
    const lines = s.budget.filter((l) => l.amount);
    if (lines.length) spec.budget = lines;
  }
  // The spec is built from the field table above, whose names are the schema's.
  return { [s.kind]: spec } as SubjectInput;
}

let disposeChart: (() => void) | undefined;

export async function renderCompare(page: Page, root: HTMLElement): Promise<void> {
  disposeChart?.();
  disposeChart = undefined;
  const { lang } = page;
  const s = readScenario(page.query);
  const results = h('section', { class: 'results', 'data-testid': 'results' });
  root.replaceChildren(form(page, s), results);
  if (s.kind === 'project') fillDomainTerms(root).catch(() => undefined); // a help; the form works without it
  if (!ready(s)) return;
  results.replaceChildren(h('p', { class: 'loading' }, t(lang, 'load')));
  try {
    const data = await execute(CompareQuery, { subject: subject(s), asOf: s.asOf || null });
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
  if (s.kind === 'project') {
    for (const l of s.budget.length ? s.budget : [{ category: 'LABOR' as BudgetCategory, amount: '' }]) addLine(l.category, l.amount);
  }
  const input = (f: Field) => {
    const value = s.fields[f.name] ?? '';
    if (f.type === 'enum') {
      return h(
        'select',
        { name: f.name, required: f.required },
        f.required ? null : h('option', { value: '', selected: value === '' }, '—'),
        (f.values ?? []).map((v) => h('option', { value: v, selected: v === value }, v)),
      );
    }
    if (f.type === 'int') return h('input', { name: f.name, type: 'number', min: f.min, required: f.required, value });
    return h('input', { name: f.name, required: f.required, value, list: f.name === 'domain' ? 'domain-terms' : undefined, title: f.name === 'domain' ? t(lang, 'domainHint') : undefined });
  };
  const kindPicker = h(
    'label',
    { class: 'kind' },
    t(lang, 'subjectKind'),
    h(
      'select',
      {
        name: 'kind',
        onchange: (e: Event) => {
          const kind = (e.target as HTMLSelectElement).value as Kind;
          page.navigate((q) => writeScenario(q, { kind, asOf: s.asOf, fields: {}, budget: [] }));
        },
      },
      (Object.keys(kinds) as Kind[]).map((k) => h('option', { value: k, selected: k === s.kind }, t(lang, k))),
    ),
  );
  return h(
    'form',
    {
      class: 'scenario',
      'data-testid': 'compare-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const fd = new FormData(e.target as HTMLFormElement);
        const get = (n: string) => String(fd.get(n) ?? '').trim();
        const fields: Record<string, string> = {};
        for (const f of kinds[s.kind]) fields[f.name] = get(f.name);
        const next: Scenario = {
          kind: s.kind,
          asOf: get('asOf'),
          fields,
          budget: [...lines.querySelectorAll('.line')].map((el) => ({
            category: (el.querySelector('select') as HTMLSelectElement).value as BudgetCategory,
            amount: (el.querySelector('input') as HTMLInputElement).value.trim(),
          })),
        };
        page.navigate((q) => writeScenario(q, next));
      },
    },
    h(
      'div',
      { class: 'fields' },
      kindPicker,
      (kinds[s.kind] as readonly Field[]).map((f) => h('label', {}, t(lang, f.label), input(f))),
      s.kind === 'project' ? h('datalist', { id: 'domain-terms' }) : null,
      h('label', {}, t(lang, 'asOf'), h('input', { name: 'asOf', type: 'date', value: s.asOf })),
    ),
    s.kind === 'project'
      ? h('fieldset', { class: 'budget' }, h('legend', {}, t(lang, 'budget')), lines,
          h('button', { type: 'button', class: 'add', onclick: () => addLine('ACTIVITIES', '') }, t(lang, 'addLine')))
      : null,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'run' }, t(lang, 'run')), h('small', {}, t(lang, 'share'))),
  );
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
  if (s.kind !== 'project') {
    root.replaceChildren(columns, stampTable(lang, unique));
    return;
  }
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
