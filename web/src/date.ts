// Date fields as YYYY-MM-DD text, the API's Date format, the same whatever the browser's locale
// (an <input type=date> shows mm/dd/yyyy in an en-US browser and 年/月/日 in a Chinese one).
import { h } from './dom';
import { t, type Lang } from './i18n';

export const datePattern = '\\d{4}-\\d{2}-\\d{2}';

// isDate tells whether text is a calendar date written YYYY-MM-DD (2023-02-30 is not).
export function isDate(text: string): boolean {
  if (!new RegExp(`^${datePattern}$`).test(text)) return false;
  const d = new Date(text + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

// dateField is a labelled YYYY-MM-DD input with the place for its error. check() shows the error
// and returns false when the text is neither empty nor a date; it runs when the text is changed
// or the form refuses it, and again as it is typed once shown, so the error goes when the date is
// mended. onchange, when given, gets a valid date (or '').
export function dateField(
  lang: Lang,
  label: string,
  name: string,
  value: string,
  onchange?: (date: string) => void,
): { field: HTMLElement; input: HTMLInputElement; check: () => boolean } {
  const error = h('span', { class: 'field-error', role: 'alert', 'data-testid': `${name}-error`, hidden: true });
  const input = h('input', {
    name,
    value,
    inputmode: 'numeric',
    autocomplete: 'off',
    pattern: datePattern,
    maxlength: 10,
    placeholder: 'YYYY-MM-DD',
    title: t(lang, 'dateFormat'),
    'aria-label': label,
  });
  const check = (): boolean => {
    const v = input.value.trim();
    const ok = v === '' || isDate(v);
    input.setCustomValidity(ok ? '' : t(lang, 'dateFormat'));
    input.toggleAttribute('aria-invalid', !ok);
    error.textContent = ok ? '' : t(lang, 'dateFormat');
    error.hidden = ok;
    return ok;
  };
  input.addEventListener('input', () => {
    if (!error.hidden) check();
  });
  // The browser checks the pattern when the form is submitted and fires invalid: show why.
  input.addEventListener('invalid', () => check());
  input.addEventListener('change', () => check() && onchange?.(input.value.trim()));
  const field = h('label', { class: 'date' }, label, input, error);
  return { field, input, check };
}
