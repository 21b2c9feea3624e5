// Batch: a scenario file (the YAML or JSON that `shegong compare` reads) sent to the server's
// CSV export, its outcomes charted by region with the most frequent failing rules, and the CSV
// offered for download as the server wrote it.
import { barChart } from './chart';
import { records } from './csv';
import { h } from './dom';
import { statusLabel, t } from './i18n';
import type { Page } from './page';
import { stampTable, type Stamp } from './stamp';

export const exportURL = '/export/compare.csv';

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
        run(page, file, String(fd.get('asOf') ?? ''), progress, results).catch((err: unknown) => {
          progress.hidden = true;
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
      h('label', {}, t(lang, 'asOf'), h('input', { type: 'date', name: 'asOf' })),
    ),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'run' }, t(lang, 'runBatch'))),
  );
  root.replaceChildren(form, progress, results);
}

async function run(page: Page, file: File, asOf: string, progress: HTMLElement, results: HTMLElement): Promise<void> {
  const { lang } = page;
  results.replaceChildren();
  progress.hidden = false;
  const bar = h('progress', {});
  const label = h('span', {}, t(lang, 'running'));
  progress.replaceChildren(bar, ' ', label);
  const response = await fetch(exportURL + (asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''), {
    method: 'POST',
    headers: { 'Content-Type': file.name.endsWith('.json') ? 'application/json' : 'application/yaml' },
    body: file,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; field?: string; message?: string } } | null;
    const e = body?.error;
    throw new Error(e ? `${e.code ?? ''} ${e.field ? '(' + e.field + ') ' : ''}${e.message ?? ''}` : `HTTP ${response.status}`);
  }
  // Read the CSV as it streams, saying how much has arrived.
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      label.textContent = `${t(lang, 'running')} ${(received / 1024).toFixed(0)} KiB`;
    }
  }
  const blob = new Blob(chunks as BlobPart[], { type: 'text/csv' });
  const text = await blob.text();
  progress.hidden = true;
  show(page, results, text, blob);
}

function show(page: Page, root: HTMLElement, text: string, blob: Blob): void {
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
