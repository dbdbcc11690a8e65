/**
 * Small pure helpers the report, the plan of action and the exports share: HTML escaping, numbers in
 * the reader's language, and a message translator over the message catalogue (shared/i18n).
 */
import { renderMessage } from '../i18n/render';
import { LOCALES, type Lang } from '../i18n/lang';
import { CATALOGUE, type MessageKey } from '../i18n/catalogue';

/*
 * Intl formatters cost tens of microseconds to build and almost nothing to use: built once per
 * locale and options, not once per date (a report listing every closure built one per date).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export interface Translator {
  lang: Lang;
  /** BCP 47 locale for Intl ('en-US' / 'fr-FR'). */
  locale: string;
  messages: Readonly<Record<string, string>>;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  percent(share: number, digits?: number): string;
  number(n: number, digits?: number): string;
  /** The label-value separator ('report.colon': French puts a narrow no-break space before the colon). */
  colon: string;
}

/**
 * A translator for one language; `extra` messages override (tests, or a caller's own dictionary).
 * @example translator('fr').percent(0.755) // '75,5 %'
 */
export function translator(lang: Lang, extra: Readonly<Record<string, string>> = {}): Translator {
  // The catalogue itself when nothing is added: the render function keeps one i18next instance per
  // dictionary, so every translator of a language shares the catalogue's.
  const messages = Object.keys(extra).length === 0 ? CATALOGUE[lang] : { ...CATALOGUE[lang], ...extra };
  const locale = LOCALES[lang];
  return {
    lang,
    locale,
    messages,
    t: (key, params = {}) => renderMessage(messages, key, params),
    percent: (share, digits = 1) =>
      numberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share),
    number: (n, digits = 1) => numberFormat(locale, { maximumFractionDigits: digits }).format(n),
    colon: renderMessage(messages, 'report.colon'),
  };
}

/**
 * Text made safe for HTML element content and attribute values.
 * @example escapeHtml('<b>"A&B"</b>') // '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * A date-time (ISO string) written for people in the report's language and a time zone.
 * @example formatDateTime('2026-06-10T14:05:00Z', translator('en'), 'UTC') // 'June 10, 2026 at 2:05 PM'
 */
export function formatDateTime(iso: string, tr: Translator, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(tr.locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/**
 * A calendar date 'YYYY-MM-DD' written for people (no time zone shift: it is a plain date).
 * @example formatDate('2026-07-06', translator('fr')) // '6 juillet 2026'
 */
export function formatDate(date: string, tr: Translator): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(t.getTime())) return date;
  return dateFormat(tr.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(t);
}
