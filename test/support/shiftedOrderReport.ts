/**
 * Amazon order reports for backtest tests: Prime orders whose promised date is ShipWeek's own promise
 * moved by a chosen number of days per ZIP, so a test knows the gap the backtest must find.
 */
import { computePromise } from '../../shared/engine/explainedPromise';
import { dayNumber, formatLocalDateTime, isoDate, toLocalMinutes } from '../../shared/time/timezone';
import { readOrderReport, type OrderLine } from '../../shared/orders/orderReport';
import type { Settings } from '../../shared/domain/settings';
import type { GeoData } from '../../shared/geo';

export const ORDER_REPORT_HEADER =
  'amazon-order-id\tpurchase-date\tship-service-level\tship-postal-code\tis-prime\tpromise-date';

/** `perZip` orders to each ZIP of `shift` (from 8 June 2026), Amazon's date = ShipWeek's + shift[zip]. */
export function shiftedOrderReport(
  settings: Settings,
  geo: GeoData,
  shift: Readonly<Record<string, number>>,
  perZip: number,
): string {
  const rows = [ORDER_REPORT_HEADER];
  Object.keys(shift).forEach((zip, z) => {
    for (let i = 0; i < perZip; i++) {
      const purchase = Date.UTC(2026, 5, 8 + i, 14 + z, 10 * i) / 60000;
      const r = computePromise(settings, geo, {
        at: formatLocalDateTime(toLocalMinutes(geo.timeZoneOf(zip)!, purchase)),
        to: zip,
      });
      if (!r.ok) throw new Error(`no promise to ${zip}`);
      rows.push(
        [
          `113-000000${z}-${String(i).padStart(7, '0')}`,
          `${new Date(purchase * 60000).toISOString().slice(0, 19)}Z`,
          'Standard',
          zip,
          'true',
          isoDate(dayNumber(r.deliveryDate) + shift[zip]!),
        ].join('\t'),
      );
    }
  });
  return `${rows.join('\n')}\n`;
}

/** The order lines of a report text, as the backtest reads them. */
export function orderLines(text: string, geo: GeoData): OrderLine[] {
  const out: OrderLine[] = [];
  const gen = readOrderReport([text], { geo });
  for (let n = gen.next(); !n.done; n = gen.next()) out.push(n.value);
  return out;
}
