// The researcher's workbench: one page, its views chosen by the `view` URL parameter, so every
// state (view, language, filters, scenario) is a link that can be shared.
import './style.css';
import { h } from './dom';
import { t, type Lang } from './i18n';
import { renderMatrix } from './matrix';
import { renderCompare } from './compare';
import { renderTimeline } from './timeline';
import { renderBatch } from './batch';
import type { Page } from './page';

const views = { matrix: renderMatrix, timeline: renderTimeline, compare: renderCompare, batch: renderBatch } as const;
type View = keyof typeof views;

function render(): void {
  const query = new URLSearchParams(location.search);
  const lang: Lang = query.get('lang') === 'en' ? 'en' : 'zh';
  const asked = query.get('view') ?? '';
  const view: View = asked in views ? (asked as View) : 'matrix';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t(lang, 'title')} · shegong`;
  const page: Page = {
    lang,
    query,
    navigate(change) {
      const next = new URLSearchParams(location.search);
      change(next);
      history.pushState(null, '', '?' + next.toString());
      render();
    },
  };
  const link = (label: string, change: (q: URLSearchParams) => void, attrs: Record<string, string> = {}) => {
    const q = new URLSearchParams(query);
    change(q);
    return h(
      'a',
      {
        ...attrs,
        href: '?' + q.toString(),
        onclick: (e: Event) => {
          e.preventDefault();
          page.navigate(change);
        },
      },
      label,
    );
  };
  const main = h('main', { id: 'view', 'data-view': view });
  document.body.replaceChildren(
    h(
      'header',
      {},
      h('h1', {}, t(lang, 'title')),
      h(
        'nav',
        {},
        (Object.keys(views) as View[]).map((v) =>
          link(t(lang, v), (q) => q.set('view', v), { class: v === view ? 'tab current' : 'tab', 'data-view': v }),
        ),
      ),
      link(t(lang, 'language'), (q) => (lang === 'zh' ? q.set('lang', 'en') : q.delete('lang')), { class: 'lang', 'data-testid': 'lang' }),
    ),
    main,
  );
  views[view](page, main).catch((err: unknown) => {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t(lang, 'error')}: ${String(err instanceof Error ? err.message : err)}`));
  });
}

window.addEventListener('popstate', render);
render();
