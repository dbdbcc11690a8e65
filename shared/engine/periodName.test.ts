import { describe, expect, it } from 'vitest';
import { CATALOGUE, type MessageKey } from '../i18n/catalogue';
import type { Lang } from '../i18n/lang';
import { renderMessage } from '../i18n/render';
import { dayRangeText, periodName } from './periodName';

describe('periodName', () => {
  const tr = (lang: Lang) => (k: MessageKey, p?: Record<string, string | number>) =>
    renderMessage(CATALOGUE[lang], k, p);

  it('names a one-day range by its day once, in the singular (EN and FR)', () => {
    const day = { kind: 'range', from: '2026-11-26', to: '2026-11-26', weeks: 1, days: 1 } as const;
    expect(periodName(day, 'en', tr('en'))).toBe('Thu 26 Nov 2026 (date range, 1 day)');
    expect(periodName(day, 'fr', tr('fr'))).toBe('jeu. 26 nov. 2026 (plage de dates, 1 jour)');
  });

  it('names a longer range by its first and last day, in the plural', () => {
    const three = { kind: 'range', from: '2026-11-25', to: '2026-11-27', weeks: 1, days: 3 } as const;
    expect(periodName(three, 'en', tr('en'))).toBe('Wed 25 Nov – Fri 27 Nov 2026 (date range, 3 days)');
    expect(dayRangeText('2026-12-31', '2027-01-01', 'en')).toBe('Thu 31 Dec 2026 – Fri 1 Jan 2027');
  });
});
