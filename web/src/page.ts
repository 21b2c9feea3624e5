// What every view gets: the language, the page's URL parameters (the state a researcher shares)
// and a way to change them.
import type { Lang } from './i18n';

export interface Page {
  lang: Lang;
  query: URLSearchParams;
  // navigate changes the URL parameters (a new history entry) and renders the page again.
  navigate(change: (q: URLSearchParams) => void): void;
}

export interface RegionInfo {
  code: string;
  nameZh: string;
  nameEn?: string | null;
}

export function regionName(lang: Lang, info: RegionInfo | undefined, code: string): string {
  if (!info) return code;
  return lang === 'zh' ? `${info.nameZh} ${code}` : `${info.nameEn || info.nameZh} (${code})`;
}
