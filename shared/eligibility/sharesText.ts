import { MAX_SPREAD_DAYS, SPREAD_SUM_TOLERANCE } from '../domain/operations';
import type { MessageKey } from '../i18n/catalogue';

/*
 * A transit spread's shares as one line a person can type: the percentage of parcels taking 0, 1,
 * 2… days, separated by "/" (or spaces or semicolons), e.g. "0 / 0 / 97.2 / 2 / 0.8". Commas are
 * decimal marks, as French users type them.
 */

export type SharesTextResult =
  { ok: true; shares: number[] } | { ok: false; messageKey: MessageKey; params: Record<string, string | number> };

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * @example formatSharesPercent([0, 0.95, 0.05]) // '0 / 95 / 5'
 */
export function formatSharesPercent(shares: readonly number[], decimalMark: '.' | ',' = '.'): string {
  return shares.map((s) => String(round(s * 100)).replace('.', decimalMark)).join(' / ');
}

/**
 * Reads percentages per transit day; they must add up to 100 (within the spread tolerance).
 * @example parseSharesPercent('0 / 95 / 5') // { ok: true, shares: [0, 0.95, 0.05] }
 * @example parseSharesPercent('0 / 95 / 4').ok // false: adds up to 99
 */
export function parseSharesPercent(text: string): SharesTextResult {
  const tokens = text.split(/[\s/;]+/).filter((t) => t !== '');
  if (tokens.length === 0) return { ok: false, messageKey: 'eligibility.sharesText.empty', params: {} };
  if (tokens.length > MAX_SPREAD_DAYS + 1)
    return {
      ok: false,
      messageKey: 'eligibility.sharesText.tooManyDays',
      params: { count: tokens.length, max: MAX_SPREAD_DAYS + 1 },
    };
  const shares: number[] = [];
  for (const [day, token] of tokens.entries()) {
    if (!/^\d+(?:[.,]\d+)?$/.test(token))
      return { ok: false, messageKey: 'eligibility.sharesText.notANumber', params: { value: token.slice(0, 20), day } };
    const v = Number(token.replace(',', '.'));
    if (v > 100) return { ok: false, messageKey: 'eligibility.sharesText.above100', params: { value: token, day } };
    shares.push(v / 100);
  }
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SPREAD_SUM_TOLERANCE)
    return { ok: false, messageKey: 'eligibility.sharesText.sum', params: { sum: round(sum * 100) } };
  return { ok: true, shares: shares.map(round) };
}
