// Batch: a scenario file (the YAML or JSON that `shegong compare` reads) sent to the server's
// CSV export a part at a time, with progress counted in scenarios; its outcomes charted by
// region with the most frequent failing rules, and the CSV of the whole file offered for
// download as the server wrote it.
import { records } from './csv';
import { dateField } from './date';
import { h } from './dom';
import { statusLabel, t, type Lang } from './i18n';
import type { Page } from './page';
import { stampTable, type Stamp } from './stamp';

export const exportURL = '/export/compare.csv';

// The export's answer header that gives the number of scenarios in the whole file.
const scenarioCountHeader = 'X-Scenario-Count';

// Scenarios per request: small enough that the progress moves often and a part stays far inside
// an anonymous caller's evaluation budget under every region.
export const partSize = 50;

// The overall statuses, worst first, in the page's colours.
const outcomes = [
  ['NON_COMPLIANT', '#b42318'],
  ['INCOMPLETE', '#d08700'],
  ['COMPLIANT', '#1f7a3a'],
  ['NOT_IN_FORCE', '#8a94a6'],
  ['NOT_REGULATED', '#c5ccd6'],
] as const;

let dispose: (() => void)[] = [];
let download: string | undefined;

export async function renderBatch(page: Page, root: HTMLElement): Promise<void> {
  for (const d of dispose) d();
  dispose = [];
  const { lang } = page;
  const results = h('section', { class: 'results', 'data-testid': 'batch-results' });
  const asOf = dateField(lang, t(lang, 'asOf'), 'asOf', '');
  const progress = h('p', { class: 'progress', 'data-testid': 'batch-progress', hidden: true });
  const form = h(
    'form',
    {
      class: 'scenario',
      'data-testid': 'batch-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const fd = new FormData(e.target as HTMLFormElement);
        const file = fd.get('file');
        if (!(file instanceof File) || file.size === 0) return;
        if (!asOf.check()) {
          asOf.input.focus();
          return;
        }
        run(page, file, String(fd.get('asOf') ?? '').trim(), progress, results).catch((err: unknown) => {
          results.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t(lang, 'error')}: ${err instanceof Error ? err.message : String(err)}`));
        });
      },
    },
    h('h2', {}, t(lang, 'batch')),
    h('p', { class: 'note' }, t(lang, 'batchHint')),
    h(
      'div',
      { class: 'fields' },
      h('label', {}, t(lang, 'scenarioFile'), h('input', { type: 'file', name: 'file', accept: '.yaml,.yml,.json', required: true })),
      asOf.field,
    ),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'run' }, t(lang, 'runBatch'))),
  );
  root.replaceChildren(form, progress, results);
}

// run posts the file partSize scenarios at a time (from, count), the first answer telling how
// many there are, and joins the parts' CSV into the whole file's: the first part as it came, the
// others without their byte-order mark and header line.
async function run(page: Page, file: File, asOf: string, progress: HTMLElement, results: HTMLElement): Promise<void> {
  const { lang } = page;
  results.replaceChildren();
  progress.hidden = false;
  const bar = h('progress', { value: 0, max: 1 });
  const label = h('span', { 'data-testid': 'batch-progress-count' }, t(lang, 'running'));
  progress.replaceChildren(bar, ' ', label);
  const parts: Uint8Array[] = [];
  let day = asOf;
  let total = 0;
  for (let from = 0; from === 0 || from < total; from += partSize) {
    const q = new URLSearchParams({ from: String(from), count: String(partSize) });
    if (day) q.set('asOf', day);
    const response = await fetch(`${exportURL}?${q}`, {
      method: 'POST',
      headers: { 'Content-Type': file.name.endsWith('.json') ? 'application/json' : 'application/yaml' },
      body: file,
    });
    if (!response.ok) throw new Error(await exportError(lang, response, from));
    total = Number(response.headers.get(scenarioCountHeader));
    if (!Number.isInteger(total) || total < 1) throw new Error(`${exportURL}: no ${scenarioCountHeader}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (parts.length === 0) {
      parts.push(bytes);
      // The later parts are evaluated on the first part's date, even when the file gives none
      // and the server's today changes while they run.
      day ||= records(new TextDecoder().decode(bytes)).find((r) => r.row === 'summary')?.as_of ?? '';
    } else {
      parts.push(bytes.subarray(bytes.indexOf(0x0a) + 1));
    }
    const done = Math.min(from + partSize, total);
    bar.max = total;
    bar.value = done;
    label.textContent = `${done} / ${total} ${t(lang, 'scenarios')}`;
  }
  const blob = new Blob(parts as BlobPart[], { type: 'text/csv' });
  await show(page, results, await blob.text(), blob);
}

// exportError is the message of the export's error answer. A scenario it names is named by its
// place in the file (第 58 个情景 / Scenario 58), never by its name or values, and the message
// says how many scenarios were done before it.
async function exportError(lang: Lang, response: Response, done: number): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; field?: string; message?: string } } | null;
  const e = body?.error;
  if (!e) return `HTTP ${response.status}`;
  const field = e.field ?? '';
  const place = (index: string) => t(lang, 'scenarioAt').replace('{n}', String(Number(index) + 1));
  let message = (e.message ?? '').startsWith(field + ': ') ? (e.message ?? '').slice(field.length + 2) : (e.message ?? '');
  message = message.replace(/scenarios\[(\d+)\]/g, (_, i: string) => place(i));
  const at = /^scenarios\[(\d+)\]\.?(.*)$/.exec(field);
  const where = at ? `${place(at[1] ?? '0')}${at[2] ? ' · ' + at[2] : ''}` : field;
  const stopped = done > 0 ? ` (${t(lang, 'stoppedAfter').replace('{n}', String(done))})` : '';
  return `${e.code ?? ''} ${where ? where + ': ' : ''}${message}${stopped}`;
}

async function show(page: Page, root: HTMLElement, text: string, blob: Blob): Promise<void> {
  const { lang } = page;
  const rows = records(text);
  const summary = rows.filter((r) => r.row === 'summary');
  const failing = rows.filter((r) => r.row === 'finding' && r.finding_status === 'FAIL');
  const regions = [...new Set(summary.map((r) => r.region ?? ''))].sort();
  const scenarios = new Set(summary.map((r) => r.scenario)).size;

  const counts = new Map<string, number>();
  for (const r of summary) counts.set(`${r.region}|${r.status}`, (counts.get(`${r.region}|${r.status}`) ?? 0) + 1);
  const rules = new Map<string, number>();
  for (const r of failing) rules.set(r.rule_id ?? '', (rules.get(r.rule_id ?? '') ?? 0) + 1);
  const top = [...rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);

  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(blob);
  const outcomeBox = h('div', { class: 'chart', 'data-testid': 'batch-outcomes' });
  const rulesBox = h('div', { class: 'chart', 'data-testid': 'batch-rules' });
  const stamps: Stamp[] = [];
  for (const r of summary) {
    const versions = (r.plugin_versions ?? '').split(';').filter(Boolean);
    const hashes = new Map((r.ruleset_hashes ?? '').split(';').filter(Boolean).map((x) => x.trim().split('=') as [string, string]));
    for (const v of versions) {
      const [region = '', version = ''] = v.trim().split('=');
      stamps.push({ region, plugin: '', version, rulesetHash: hashes.get(region) ?? '' });
    }
  }
  const unique = [...new Map(stamps.map((s) => [`${s.region}|${s.version}|${s.rulesetHash}`, s])).values()];
  root.replaceChildren(
    h(
      'p',
      { class: 'summary', 'data-testid': 'batch-summary' },
      `${scenarios} ${t(lang, 'scenarios')} × ${regions.length} ${t(lang, 'regionCount')} `,
      h('a', { href: download, download: 'compare.csv', class: 'download', 'data-testid': 'batch-download' }, t(lang, 'downloadCSV')),
    ),
    h('div', { class: 'two' }, h('div', {}, h('h3', {}, t(lang, 'outcomes')), outcomeBox), h('div', {}, h('h3', {}, t(lang, 'topFailing')), rulesBox,
      h('ol', { class: 'top-rules', 'data-testid': 'batch-top-rules' }, top.map(([rule, n]) => h('li', { 'data-rule': rule }, h('code', {}, rule), ` ${n}`))))),
    stampTable(lang, unique),
  );
  // The chart code (and ECharts with it) is loaded when the first chart is drawn.
  const { barChart } = await import('./bar');
  if (!outcomeBox.isConnected) return; // the page moved on while it loaded
  dispose.push(
    barChart(
      outcomeBox,
      regions,
      outcomes.map(([o, color]) => ({ name: statusLabel(lang, o), color, values: regions.map((r) => counts.get(`${r}|${o}`) ?? 0) })),
      undefined,
      'outcome',
    ),
  );
  if (top.length) {
    dispose.push(barChart(rulesBox, top.map(([rule]) => rule), [{ name: t(lang, 'failCount'), color: '#b42318', values: top.map(([, n]) => n) }], undefined, undefined, true));
  } else {
    rulesBox.replaceChildren(h('p', { class: 'note' }, t(lang, 'noFailures')));
  }
}
