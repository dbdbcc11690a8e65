/** Small text-layout helpers for the CLI's human output. */
import type { Lang } from '../shared/i18n/lang';

/**
 * A plain-text table: columns padded to their widest cell, a rule under the header.
 * @example table(['A', 'B'], [['x', 'yy']]) // 'A  B \n-  --\nx  yy'
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// Built once per language: an Intl formatter costs far more to build than to use.
const PERCENT = {
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }),
};
const INTEGER = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }),
};

/** A 0..1 share as a percentage in the user's language: 0.755 -> "75.5%" / "75,5 %". */
export function percent(share: number, lang: Lang): string {
  return PERCENT[lang].format(share);
}

/** A number with thousands separators in the user's language. */
export function integer(n: number, lang: Lang): string {
  return INTEGER[lang].format(n);
}

/** JSON output: 2-space indented, final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Characters a terminal acts on instead of printing: C0 controls (ESC starts sequences that recolour,
 * retitle or clear the terminal, CR overwrites the line), DEL, C1 controls (U+009B is a one-byte
 * CSI for some terminals) and the bidirectional controls that reorder what is shown (Trojan Source:
 * U+202E turns "txt.exe" around). Line feed and tab are layout, not commands.
 */
const UNSAFE_CLASS =
  '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]';
const HAS_UNSAFE = new RegExp(UNSAFE_CLASS);
const EVERY_UNSAFE = new RegExp(UNSAFE_CLASS, 'g');

/**
 * Output that prints as text on any terminal. Names come from settings files, so anything the CLI
 * prints may hold control characters. Human text gets a visible stand-in (C0 controls their Unicode
 * "control picture", ␛ for ESC, the rest U+FFFD); JSON output gets `\uXXXX` escapes instead, which
 * keep the document valid and its parsed values unchanged (raw C0 controls cannot appear in valid
 * JSON; C1 and bidi characters can, and JSON.stringify leaves them raw).
 * @example terminalSafe('Dock \u001b[2J') // 'Dock ␛[2J'
 * @example terminalSafe('{"name":"\u202Eexe"}') // '{"name":"\\u202eexe"}'
 */
export function terminalSafe(text: string): string {
  if (!HAS_UNSAFE.test(text)) return text;
  if (isJson(text)) return text.replace(EVERY_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.replace(EVERY_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

function isJson(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
