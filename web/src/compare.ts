// Compare a scenario: a project, station, organisation, worker or government subject, evaluated
// under every region side by side, with the budget minima of each region as a bar chart. The
// scenario lives in the URL parameters.
import { execute } from './api';
import type { BarSeries } from './bar';
import { dateField } from './date';
import { h } from './dom';
import type {
  AnnualInspectionResult,
  BudgetCategory,
  CertificateLevel,
  EducationLevel,
  ExploreCompareQuery,
  GovernmentLevel,
  OrganizationCategory,
  PartyOrganizationMode,
  RegistrationLevel,
  SubjectInput,
} from './gql/graphql';
import { statusLabel, t, type Key, type Lang } from './i18n';
import { CompareQuery, DomainTermsQuery, ListTermsQuery } from './operations';
import { regionName, type Page, type RegionInfo } from './page';
import { stampTable } from './stamp';

type Evaluation = ExploreCompareQuery['compare'][number];

const categories: BudgetCategory[] = ['LABOR', 'SUPERVISION', 'ACTIVITIES', 'MANAGEMENT', 'INSURANCE_TAX', 'TRAINING', 'OTHER'];
const educationLevels: EducationLevel[] = ['NONE', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE'];
const certificateLevels: CertificateLevel[] = ['NONE', 'ASSISTANT', 'INTERMEDIATE', 'SENIOR'];
const governmentLevels: GovernmentLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];
const registrationLevels: RegistrationLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];
const organizationCategories: OrganizationCategory[] = ['TRADE_ASSOCIATION', 'SCIENCE', 'CHARITY', 'COMMUNITY_SERVICE', 'OTHER'];
const partyOrganizationModes: PartyOrganizationMode[] = ['SEPARATE', 'JOINT', 'AFFILIATED', 'OTHER'];
const annualInspectionResults: AnnualInspectionResult[] = ['QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED', 'NOT_INSPECTED'];

// The fields of each subject kind the form offers, named as the schema names them: an int field
// is an Int of the input, an enum one of the listed values, a bool a Boolean (not given, yes or
// no), text a String, and terms a [String!] whose items the regions name in the TEXT parameters
// of the listed policy concepts (offered as boxes to tick).
interface Field {
  name: string;
  label: Key;
  type: 'int' | 'text' | 'enum' | 'bool' | 'terms';
  values?: readonly string[];
  required?: boolean;
  min?: number;
  concepts?: readonly string[];
}

const kinds = {
  project: [
    { name: 'domain', label: 'domain', type: 'text', required: true },
    { name: 'headcount', label: 'headcount', type: 'int', required: true, min: 1 },
    { name: 'professionalPosts', label: 'professionalPosts', type: 'int', min: 0 },
    { name: 'supervisedWorkers', label: 'supervisedWorkers', type: 'int', min: 0 },
    { name: 'months', label: 'months', type: 'int', min: 1 },
  ],
  station: [
    { name: 'township', label: 'township', type: 'text' },
    { name: 'agreedHeadcount', label: 'agreedHeadcount', type: 'int', min: 0 },
    { name: 'facilities', label: 'facilities', type: 'terms', concepts: ['station.required_facilities', 'station.signage'] },
    { name: 'systems', label: 'systems', type: 'terms', concepts: ['station.management_systems'] },
  ],
  organization: [
    { name: 'fullTimeStaff', label: 'fullTimeStaff', type: 'int', required: true, min: 0 },
    { name: 'qualifiedStaff', label: 'qualifiedStaff', type: 'int', min: 0 },
    { name: 'partyMembers', label: 'partyMembers', type: 'int', min: 0 },
    { name: 'hasPartyOrganization', label: 'hasPartyOrganization', type: 'bool' },
    { name: 'partyOrganizationMode', label: 'partyOrganizationMode', type: 'enum', values: partyOrganizationModes },
    { name: 'registrationLevel', label: 'registrationLevel', type: 'enum', values: registrationLevels },
    { name: 'registeredDirectly', label: 'registeredDirectly', type: 'bool' },
    { name: 'category', label: 'organizationCategory', type: 'enum', values: organizationCategories },
    { name: 'operatesWithinCommunity', label: 'operatesWithinCommunity', type: 'bool' },
    { name: 'annualInspection', label: 'annualInspection', type: 'enum', values: annualInspectionResults },
    { name: 'hasBoard', label: 'hasBoard', type: 'bool' },
    { name: 'hasSupervisoryBoard', label: 'hasSupervisoryBoard', type: 'bool' },
    {
      name: 'registrationConditions',
      label: 'registrationConditions',
      type: 'terms',
      concepts: ['governance.registration_conditions'],
    },
    { name: 'disclosures', label: 'disclosures', type: 'terms', concepts: ['reporting.disclosure', 'reporting.org_pay_disclosure'] },
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

// A station's worker, as its line of the form has it (each part '' when not given).
interface WorkerLine {
  age: string;
  education: string;
  certificate: string;
}

interface Scenario {
  kind: Kind;
  asOf: string;
  // A field's value as the form has it: null when the URL does not give it. A terms field is its
  // items joined with commas, '' being the empty list (none of them).
  fields: Record<string, string | null>;
  budget: { category: BudgetCategory; amount: string }[];
  workers: WorkerLine[];
}

const fieldsOf = (kind: Kind): readonly Field[] => kinds[kind];

// given tells whether a field has a value to send: any text, or for terms an empty list too.
const given = (f: Field, v: string | null | undefined): v is string => v != null && (v !== '' || f.type === 'terms');

// The scenario in the URL: the subject kind, one parameter per field, a project's budget as
// CATEGORY:amount pairs (budget=LABOR:143650.00,ACTIVITIES:25349.99) and a station's workers as
// age:EDUCATION:CERTIFICATE triples (workers=41:BACHELOR:ASSISTANT,28::).
export function readScenario(q: URLSearchParams): Scenario {
  const asked = q.get('kind') ?? '';
  const kind: Kind = asked in kinds ? (asked as Kind) : 'project';
  const pairs = (name: string) => (q.get(name) ?? '').split(',').filter(Boolean).map((x) => x.split(':'));
  const budget = pairs('budget').map(([category = '', amount = '']) => ({ category: category as BudgetCategory, amount }));
  const workers = pairs('workers').map(([age = '', education = '', certificate = '']) => ({ age, education, certificate }));
  const fields: Record<string, string | null> = {};
  for (const f of fieldsOf(kind)) fields[f.name] = q.get(f.name);
  return {
    kind,
    asOf: q.get('asOf') ?? '',
    fields,
    budget: kind === 'project' ? budget : [],
    workers: kind === 'station' ? workers : [],
  };
}

function writeScenario(q: URLSearchParams, s: Scenario): void {
  const put = (name: string, value: string) => (value ? q.set(name, value) : q.delete(name));
  for (const kind of Object.keys(kinds) as Kind[]) for (const f of fieldsOf(kind)) q.delete(f.name);
  put('kind', s.kind === 'project' ? '' : s.kind);
  put('asOf', s.asOf);
  for (const f of fieldsOf(s.kind)) {
    const v = s.fields[f.name];
    if (given(f, v)) q.set(f.name, v);
  }
  put('budget', s.budget.filter((l) => l.amount).map((l) => `${l.category}:${l.amount}`).join(','));
  put('workers', s.workers.map((w) => `${w.age}:${w.education}:${w.certificate}`).join(','));
}

// ready reports whether the scenario has what its kind requires, so a link runs at once.
function ready(s: Scenario): boolean {
  const fs = fieldsOf(s.kind);
  const any = fs.some((f) => given(f, s.fields[f.name])) || s.workers.length > 0;
  return any && fs.every((f) => !f.required || given(f, s.fields[f.name]));
}

function subject(s: Scenario): SubjectInput {
  const spec: Record<string, unknown> = {};
  for (const f of fieldsOf(s.kind)) {
    const v = s.fields[f.name];
    if (!given(f, v)) continue;
    switch (f.type) {
      case 'int':
        spec[f.name] = Number.parseInt(v, 10);
        break;
      case 'bool':
        spec[f.name] = v === 'true';
        break;
      case 'terms':
        spec[f.name] = v.split(',').filter(Boolean);
        break;
      default:
        spec[f.name] = v;
    }
  }
  if (s.kind === 'project') {
    const lines = s.budget.filter((l) => l.amount);
    if (lines.length) spec.budget = lines;
  }
  if (s.kind === 'station') {
    spec.workers = s.workers.map((w) => ({
      ...(w.age ? { age: Number.parseInt(w.age, 10) } : {}),
      ...(w.education ? { education: w.education } : {}),
      ...(w.certificate ? { certificate: w.certificate } : {}),
    }));
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
  // The offered terms are a help; the form works without them.
  if (s.kind === 'project') fillDomainTerms(root).catch(() => undefined);
  if (fieldsOf(s.kind).some((f) => f.type === 'terms')) fillListTerms(lang, root, fieldsOf(s.kind)).catch(() => undefined);
  if (!ready(s)) return;
  results.replaceChildren(h('p', { class: 'loading' }, t(lang, 'load')));
  try {
    const data = await execute(CompareQuery, { subject: subject(s), asOf: s.asOf || null });
    const names = new Map(data.regions.edges?.flatMap((e) => (e?.node ? [[e.node.code, e.node] as const] : [])) ?? []);
    await showResults(lang, results, data.compare, s, names);
  } catch (err) {
    results.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t(lang, 'error')}: ${err instanceof Error ? err.message : String(err)}`));
  }
}

// termsBox is a terms field: a box to tick per term (those given now, and those the regions
// name once fillListTerms has them), a text input for others (separated by 、 or commas), and a
// box for the empty list.
function termsBox(lang: Lang, f: Field, value: string | null): HTMLElement {
  const items = value ? value.split(',').filter(Boolean) : [];
  return h(
    'fieldset',
    { class: 'terms', 'data-field': f.name },
    h('legend', {}, t(lang, f.label)),
    h('div', { class: 'options', 'data-testid': `terms-${f.name}` }, items.map((term) => termOption(f.name, term, true))),
    h('label', { class: 'other' }, t(lang, 'otherTerms'), h('input', { name: `${f.name}.other`, placeholder: '、' })),
    h('label', { class: 'none' }, h('input', { type: 'checkbox', name: `${f.name}.none`, checked: value === '' }), t(lang, 'noneOfThem')),
  );
}

function termOption(field: string, term: string, checked: boolean, regions = ''): HTMLElement {
  return h('label', { class: 'option', title: regions }, h('input', { type: 'checkbox', name: field, value: term, checked }), term);
}

function workerLine(lang: Lang, w: WorkerLine): HTMLElement {
  const select = (name: string, values: readonly string[], value: string) =>
    h(
      'select',
      { name, 'aria-label': t(lang, name as Key) },
      h('option', { value: '', selected: value === '' }, `${t(lang, name as Key)} —`),
      values.map((v) => h('option', { value: v, selected: v === value }, v)),
    );
  const line: HTMLElement = h(
    'div',
    { class: 'line worker' },
    h('input', { name: 'age', type: 'number', min: 0, value: w.age, 'aria-label': t(lang, 'age'), placeholder: t(lang, 'age') }),
    select('education', educationLevels, w.education),
    select('certificate', certificateLevels, w.certificate),
    h('button', { type: 'button', class: 'remove', onclick: () => line.remove() }, t(lang, 'remove')),
  );
  return line;
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
  const workers = h('div', { class: 'lines workers' });
  if (s.kind === 'station') {
    for (const w of s.workers.length ? s.workers : [{ age: '', education: '', certificate: '' }]) workers.append(workerLine(lang, w));
  }
  const input = (f: Field) => {
    const value = s.fields[f.name] ?? '';
    if (f.type === 'enum' || f.type === 'bool') {
      const values = f.type === 'bool' ? ['true', 'false'] : (f.values ?? []);
      const label = (v: string) => (f.type === 'bool' ? t(lang, v === 'true' ? 'yes' : 'no') : v);
      return h(
        'select',
        { name: f.name, required: f.required },
        f.required ? null : h('option', { value: '', selected: value === '' }, '—'),
        values.map((v) => h('option', { value: v, selected: v === value }, label(v))),
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
          page.navigate((q) => writeScenario(q, { kind, asOf: s.asOf, fields: {}, budget: [], workers: [] }));
        },
      },
      (Object.keys(kinds) as Kind[]).map((k) => h('option', { value: k, selected: k === s.kind }, t(lang, k))),
    ),
  );
  const asOf = dateField(lang, t(lang, 'asOf'), 'asOf', s.asOf);
  const fs = fieldsOf(s.kind);
  return h(
    'form',
    {
      class: 'scenario',
      'data-testid': 'compare-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (!asOf.check()) {
          asOf.input.focus();
          return;
        }
        const fd = new FormData(e.target as HTMLFormElement);
        const get = (n: string) => String(fd.get(n) ?? '').trim();
        const fields: Record<string, string | null> = {};
        for (const f of fs) {
          if (f.type !== 'terms') {
            fields[f.name] = get(f.name);
            continue;
          }
          const items = [...fd.getAll(f.name).map(String), ...get(`${f.name}.other`).split(/[、,，]/)].map((x) => x.trim()).filter(Boolean);
          fields[f.name] = items.length ? [...new Set(items)].join(',') : fd.get(`${f.name}.none`) ? '' : null;
        }
        const next: Scenario = {
          kind: s.kind,
          asOf: get('asOf'),
          fields,
          budget: [...lines.querySelectorAll('.line')].map((el) => ({
            category: (el.querySelector('select') as HTMLSelectElement).value as BudgetCategory,
            amount: (el.querySelector('input') as HTMLInputElement).value.trim(),
          })),
          workers: [...workers.querySelectorAll('.line')]
            .map((el) => ({
              age: (el.querySelector('[name=age]') as HTMLInputElement).value.trim(),
              education: (el.querySelector('[name=education]') as HTMLSelectElement).value,
              certificate: (el.querySelector('[name=certificate]') as HTMLSelectElement).value,
            }))
            .filter((w) => w.age || w.education || w.certificate),
        };
        page.navigate((q) => writeScenario(q, next));
      },
    },
    h(
      'div',
      { class: 'fields' },
      kindPicker,
      fs.filter((f) => f.type !== 'terms').map((f) => h('label', {}, t(lang, f.label), input(f))),
      s.kind === 'project' ? h('datalist', { id: 'domain-terms' }) : null,
      asOf.field,
    ),
    s.kind === 'project'
      ? h('fieldset', { class: 'budget' }, h('legend', {}, t(lang, 'budget')), lines,
          h('button', { type: 'button', class: 'add', onclick: () => addLine('ACTIVITIES', '') }, t(lang, 'addLine')))
      : null,
    s.kind === 'station'
      ? h('fieldset', { class: 'budget workers' }, h('legend', {}, t(lang, 'stationWorkers')), workers,
          h('button', { type: 'button', class: 'add', onclick: () => workers.append(workerLine(lang, { age: '', education: '', certificate: '' })) }, t(lang, 'addWorker')))
      : null,
    fs.filter((f) => f.type === 'terms').map((f) => termsBox(lang, f, s.fields[f.name] ?? null)),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'run' }, t(lang, 'run')), h('small', {}, t(lang, 'share'))),
  );
}

// pages runs a connection query page by page (at most the server's page size each) and returns
// every node.
async function pages<N>(fetchPage: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges?: ({ node?: N | null } | null)[] | null }>): Promise<N[]> {
  const out: N[] = [];
  for (let after: string | null = null; ; ) {
    const page = await fetchPage(after);
    for (const e of page.edges ?? []) if (e?.node) out.push(e.node);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}

// fillDomainTerms offers every region's accepted domain terms (and their shared codes).
async function fillDomainTerms(root: HTMLElement): Promise<void> {
  const items = await pages(async (after) => (await execute(DomainTermsQuery, { after })).catalogItems);
  const list = root.querySelector('#domain-terms');
  if (!list) return;
  const terms = new Map<string, string[]>();
  for (const n of items) {
    const add = (term: string, label: string) => terms.set(term, [...(terms.get(term) ?? []), label]);
    add(n.termZh, `${n.region.code}${n.highRisk ? ' · 高风险 high-risk' : ''}${n.termEn ? ' · ' + n.termEn : ''}`);
    for (const code of n.sharedCodes) add(code, `${n.region.code}: ${n.termZh}`);
  }
  list.replaceChildren(...[...terms].map(([term, labels]) => h('option', { value: term }, [...new Set(labels)].join('; '))));
}

// fillListTerms offers, for each terms field, the items the regions' parameters of its concepts
// enumerate (joined with 、, as the documents enumerate them), each with the regions naming it.
async function fillListTerms(lang: Lang, root: HTMLElement, fields: readonly Field[]): Promise<void> {
  const concepts = [...new Set(fields.flatMap((f) => f.concepts ?? []))];
  const params = await pages(async (after) => (await execute(ListTermsQuery, { concepts, after })).policyParameters);
  for (const f of fields) {
    const box = root.querySelector(`[data-testid="terms-${f.name}"]`);
    if (!box || !f.concepts) continue;
    const regions = new Map<string, Set<string>>();
    for (const p of params) {
      if (!f.concepts.includes(p.concept)) continue;
      for (const term of p.value.split('、').map((x) => x.trim()).filter(Boolean)) {
        regions.set(term, (regions.get(term) ?? new Set()).add(p.region.code));
      }
    }
    const shown = new Set([...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((c) => c.value));
    for (const [term, codes] of regions) {
      if (!shown.has(term)) box.append(termOption(f.name, term, false, `${t(lang, 'namedBy')} ${[...codes].join(', ')}`));
    }
  }
}

const findingOrder = ['FAIL', 'INSUFFICIENT_INPUT', 'PASS', 'NOT_IN_FORCE', 'NOT_APPLICABLE'];

async function showResults(lang: Lang, root: HTMLElement, evaluations: Evaluation[], s: Scenario, names: Map<string, RegionInfo>): Promise<void> {
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
  const series: BarSeries[] = [
    { name: t(lang, 'minimumTotal'), values: evaluations.map((ev) => money(ev.budget?.minimumTotal)) },
    { name: t(lang, 'minimumLabor'), values: evaluations.map((ev) => money(ev.budget?.minimumLabor)) },
    { name: t(lang, 'supervisionFund'), values: evaluations.map((ev) => money(ev.budget?.supervisionFund)) },
  ];
  // The chart code (and ECharts with it) is loaded when the first chart is drawn.
  const { barChart } = await import('./bar');
  if (!chartBox.isConnected) return; // the page moved on while it loaded
  disposeChart = barChart(
    chartBox,
    evaluations.map((ev) => name(ev.region)),
    series,
    total > 0 ? { name: t(lang, 'yourBudget'), value: Math.round(total * 100) / 100 } : undefined,
  );
}
