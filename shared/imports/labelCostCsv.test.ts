import { describe, expect, it } from 'vitest';
import { formatLabelCostCsvError, parseLabelCostCsv, type LabelCostCsvResult } from './labelCostCsv';

const HEADER = 'service,zone,tier,usd\n';
const errorsOf = (r: LabelCostCsvResult) => (r.ok ? [] : r.errors.map(formatLabelCostCsvError));

describe('parseLabelCostCsv', () => {
  it('reads service ids or names, zones, size tiers and prices with or without $', () => {
    expect(
      parseLabelCostCsv(`\uFEFFUSD,Tier,Zone,Service\r\n13.50,standard,5,UPS Ground\r\n$9,xl,2,fedex-ground\r\n`),
    ).toEqual({
      ok: true,
      rates: [
        { serviceId: 'ups-ground', zone: 5, tier: 'standard', usd: 13.5 },
        { serviceId: 'fedex-ground', zone: 2, tier: 'extraLarge', usd: 9 },
      ],
    });
  });

  it('refuses every bad row with its row, field and reason', () => {
    const r = parseLabelCostCsv(
      `${HEADER}ups-ground,9,standard,1\nups-ground,2,huge,1\nups-ground,2,standard,-1\nups-ground,2,standard,=1+1\nUPS Grnd,2,standard,1\nups-ground,3,standard,1\nups-ground,3,standard,2\n`,
    );
    expect(errorsOf(r)).toEqual([
      'row 2, field "zone": "9" is not a carrier zone 1 to 8',
      'row 3, field "tier": "huge" is not a size tier (standard, oversize or extra-large)',
      'row 4, field "usd": "-1" is negative; a label costs 0 or more',
      'row 5, field "usd": "=1+1" is a spreadsheet formula, not a value',
      'row 6, field "service": unknown service "UPS Grnd" (did you mean "UPS Ground"?)',
      'row 8, field "usd": UPS Ground, zone 3, standard is already priced on row 7',
    ]);
    expect(r.ok === false && r.errors[2]).toMatchObject({
      code: 'negativePrice',
      messageKey: 'imports.labelCostCsv.negativePrice',
      details: 'rows[3].usd',
    });
  });

  it('says which columns it expected and found', () => {
    const r = parseLabelCostCsv('service,zone,price_usd\nups-ground,1,2\n');
    expect(errorsOf(r)).toEqual([
      'row 1, field "tier": header has no "tier" column (expected service,zone,tier,usd)',
      'row 1, field "usd": header has no "usd" column (expected service,zone,tier,usd)',
    ]);
    expect(r.ok === false && r.errors[0]!.details).toBe(
      'expected: service,zone,tier,usd; found: service, zone, price_usd',
    );
  });
});
