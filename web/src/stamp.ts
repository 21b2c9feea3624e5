// Stamped results: every view ends with the plugin versions and ruleset hashes that produced it.
import { h } from './dom';
import { t, type Lang } from './i18n';

export interface Stamp {
  region: string;
  plugin: string;
  version: string;
  rulesetHash: string;
  state?: string;
}

export function stampTable(lang: Lang, stamps: Stamp[]): HTMLElement {
  const rows = [...stamps].sort((a, b) => a.region.localeCompare(b.region) || a.plugin.localeCompare(b.plugin));
  return h(
    'section',
    { class: 'stamp', 'data-testid': 'stamp' },
    h('h3', {}, t(lang, 'stamp')),
    h(
      'table',
      {},
      h(
        'tr',
        {},
        h('th', {}, t(lang, 'regions')),
        h('th', {}, t(lang, 'plugin')),
        h('th', {}, t(lang, 'version')),
        h('th', {}, t(lang, 'rulesetHash')),
        stamps.some((s) => s.state) ? h('th', {}, t(lang, 'state')) : null,
      ),
      rows.map((s) =>
        h(
          'tr',
          {},
          h('td', {}, s.region),
          h('td', {}, s.plugin || '—'),
          h('td', {}, s.version),
          h('td', { class: 'hash', title: s.rulesetHash }, s.rulesetHash.slice(0, 16) + '…'),
          s.state ? h('td', {}, s.state) : null,
        ),
      ),
    ),
  );
}
