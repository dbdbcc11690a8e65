import { useT } from '../../app/i18n/useT';
import { shownDays } from '../../lib/simulationView';

/*
 * Number and date formatting in the UI language (French: "40,2 %", "ven. 12 juin").
 */

/** Formatters bound to the current language. */
export function useFormat() {
  const { lang, locale } = useT();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pct0 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const num1 = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    /** 0.4023 → "40.2%". */
    percent: (share: number) => pct.format(share),
    /** 0.4023 → "40%". */
    percent0: (share: number) => pct0.format(share),
    /** A share as whole percentage points, for dense grids: 0.4023 → "40". */
    points: (share: number) => int.format(share * 100),
    /** A gap in percentage points with one decimal: 0.0981 → "9.8". */
    gapPoints: (share: number) => num1.format(share * 100),
    /** Days with one decimal: 2.333 → "2.3". */
    days: (value: number) => num1.format(shownDays(value)),
    /** 'YYYY-MM-DD' → "Fri, Jun 12". */
    date: (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return day.format(new Date(Date.UTC(y, m - 1, d)));
    },
  };
}
