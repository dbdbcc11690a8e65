import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, translator } from './format';

/** Runs `fn` while counting the Intl formatters built (real ones: the counting subclass only counts). */
function countFormattersBuilt(fn: () => void): { dates: number; numbers: number } {
  const intl = Intl as unknown as Record<'DateTimeFormat' | 'NumberFormat', unknown>;
  const RealDate = Intl.DateTimeFormat;
  const RealNumber = Intl.NumberFormat;
  const counts = { dates: 0, numbers: 0 };
  intl.DateTimeFormat = class extends RealDate {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      counts.dates++;
    }
  };
  intl.NumberFormat = class extends RealNumber {
    constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      super(...args);
      counts.numbers++;
    }
  };
  try {
    fn();
  } finally {
    intl.DateTimeFormat = RealDate;
    intl.NumberFormat = RealNumber;
  }
  return counts;
}

describe('report date and number formatting', () => {
  it('builds each Intl formatter once, not once per date (50,000 closures took 13 s of formatter building)', () => {
    const counts = countFormattersBuilt(() => {
      for (const lang of ['en', 'fr'] as const) {
        const tr = translator(lang);
        for (let i = 0; i < 1000; i++) {
          formatDate(new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), tr);
          formatDateTime('2026-06-10T14:05:00Z', tr, 'America/New_York');
          tr.percent(i / 1000);
          tr.number(i);
        }
      }
    });
    // 4000 dates and 4000 numbers formatted: at most one formatter per language and kind.
    expect(counts.dates).toBeLessThanOrEqual(4);
    expect(counts.numbers).toBeLessThanOrEqual(4);
  });

  it('formats as before in both languages', () => {
    expect(formatDate('2026-07-06', translator('fr'))).toBe('6 juillet 2026');
    expect(formatDate('2026-07-06', translator('en'))).toBe('July 6, 2026');
    expect(translator('fr').percent(0.755)).toMatch(/^75,5\s%$/);
    expect(formatDateTime('2026-06-10T14:05:00Z', translator('en'), 'UTC')).toBe('June 10, 2026 at 2:05 PM');
  });
});
