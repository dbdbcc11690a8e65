/** Small text-layout helpers for the CLI's human output. */
import type { Lang } from './context';

/**
 * A plain-text table: columns padded to their widest cell, a rule under the header.
 * @example table(['A', 'B'], [['x', 'yy']]) // 'A  B \n-  --\nx  yy'
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A 0..1 share as a percentage in the user's language: 0.755 -> "75.5%" / "75,5 %". */
export function percent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A number with thousands separators in the user's language. */
export function integer(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 }).format(n);
}

/** JSON output: 2-space indented, final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
