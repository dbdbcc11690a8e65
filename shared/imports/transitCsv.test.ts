import { describe, it, expect } from 'vitest';
import { formatTransitCsvError, parseTransitCsv, resolveServiceName, type TransitCsvResult } from './transitCsv';
import { loadGeo } from '../geo';

const HEADER = 'dest,service,business_days\n';

function errorsOf(result: TransitCsvResult) {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.overrides)}`);
  return result.errors.map(formatTransitCsvError);
}

describe('parseTransitCsv: accepted files', () => {
  it('reads ZIP3 and ZIP5 destinations with service ids and friendly names', () => {
    const result = parseTransitCsv(HEADER + '432,UPS Ground,1\n90001,fedex-2day,2\n10001,Priority Mail,3\n');
    expect(result).toEqual({
      ok: true,
      overrides: [
        { serviceId: 'ups-ground', dest: '432', businessDays: 1 },
        { serviceId: 'fedex-2day', dest: '90001', businessDays: 2 },
        { serviceId: 'usps-priority-mail', dest: '10001', businessDays: 3 },
      ],
    });
  });

  it('tolerates a BOM, CRLF, lone CR, blank lines, header case and order, extra columns', () => {
    const text =
      '\uFEFFService , Business_Days,Carrier,DEST\r\n\r\nups ground,2,UPS,43215\r\n\rFEDEX GROUND,3,FedEx,021\r\n';
    expect(parseTransitCsv(text)).toEqual({
      ok: true,
      overrides: [
        { serviceId: 'ups-ground', dest: '43215', businessDays: 2 },
        { serviceId: 'fedex-ground', dest: '021', businessDays: 3 },
      ],
    });
  });

  it('reads quoted fields, doubled quotes, commas and newlines inside quotes', () => {
    const text =
      'note,dest,service,business_days\n"a ""quoted"", multi\nline note","00601","USPS Ground Advantage", 4\n';
    const result = parseTransitCsv(text);
    expect(result).toEqual({
      ok: true,
      overrides: [{ serviceId: 'usps-ground-advantage', dest: '00601', businessDays: 4 }],
    });
  });

  it('reads ZIP+4 as its ZIP5 and merges identical duplicates', () => {
    const result = parseTransitCsv(HEADER + '43215-1234,ups-ground,1\n43215,UPS Ground,1\n');
    expect(result).toEqual({ ok: true, overrides: [{ serviceId: 'ups-ground', dest: '43215', businessDays: 1 }] });
  });

  it('accepts a file without a final line break, and 0 business days (same-day)', () => {
    expect(parseTransitCsv(HEADER + '432,UPS Ground,0')).toEqual({
      ok: true,
      overrides: [{ serviceId: 'ups-ground', dest: '432', businessDays: 0 }],
    });
  });
});

describe('parseTransitCsv: refused files say which row, which field, why', () => {
  it('names a misspelt service and suggests the right one', () => {
    const rows = Array.from({ length: 12 }, () => '432,UPS Ground,1');
    const text = HEADER + rows.join('\n') + '\n433,UPS Grnd,2\n';
    expect(errorsOf(parseTransitCsv(text))).toEqual([
      'row 14, field "service": unknown service "UPS Grnd" (did you mean "UPS Ground"?)',
    ]);
  });

  it('refuses an unrelated service name without a silly suggestion, and an ambiguous one', () => {
    expect(errorsOf(parseTransitCsv(HEADER + '432,DHL Express,1\n433,Ground,1\n'))).toEqual([
      'row 2, field "service": unknown service "DHL Express"',
      'row 3, field "service": service "Ground" is ambiguous: write one of UPS Ground, FedEx Ground',
    ]);
  });

  it('explains bad ZIPs, including the spreadsheet that dropped a leading zero', () => {
    expect(errorsOf(parseTransitCsv(HEADER + '1001,ups-ground,1\n43,ups-ground,1\nabcde,ups-ground,1\n'))).toEqual([
      'row 2, field "dest": "1001" looks like a ZIP that lost its leading zero; write it as text: "01001"',
      'row 3, field "dest": "43" is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
      'row 4, field "dest": "abcde" is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
    ]);
  });

  it('checks that ZIPs exist when given the geography', () => {
    const geo = loadGeo();
    const text = HEADER + '43299,ups-ground,1\n000,ups-ground,1\n43215,ups-ground,1\n432,ups-ground,1\n';
    expect(errorsOf(parseTransitCsv(text, { geo }))).toEqual([
      'row 2, field "dest": ZIP 43299 does not exist',
      'row 3, field "dest": ZIP 000 does not exist',
    ]);
    // Without the geography only the shape is checked.
    expect(parseTransitCsv(text).ok).toBe(true);
  });

  it('refuses fractional, negative, huge and wordy day counts', () => {
    const text = HEADER + '432,ups-ground,1.5\n432,fedex-2day,-1\n432,usps-priority-mail,16\n432,fedex-ground,3 days\n';
    expect(errorsOf(parseTransitCsv(text))).toEqual([
      'row 2, field "business_days": "1.5" is not a whole number of business days between 0 and 15',
      'row 3, field "business_days": "-1" is not a whole number of business days between 0 and 15',
      'row 4, field "business_days": "16" is not a whole number of business days between 0 and 15',
      'row 5, field "business_days": "3 days" is not a whole number of business days between 0 and 15',
    ]);
  });

  it('refuses missing cells and short rows', () => {
    expect(errorsOf(parseTransitCsv(HEADER + '432,,1\n432\n'))).toEqual([
      'row 2, field "service": value is missing',
      'row 3, field "service": value is missing',
      'row 3, field "business_days": value is missing',
    ]);
  });

  it('refuses two different figures for the same service and destination, naming the first row', () => {
    expect(errorsOf(parseTransitCsv(HEADER + '432,ups-ground,1\n433,ups-ground,2\n432,UPS Ground,3\n'))).toEqual([
      'row 4, field "business_days": UPS Ground to 432 is already given as 1 days on row 2',
    ]);
  });

  it('refuses a header without the needed columns, or with one twice', () => {
    expect(errorsOf(parseTransitCsv('zip,carrier,days\n432,ups,1\n'))).toEqual([
      'row 1, field "service": header has no "service" column (expected dest,service,business_days)',
    ]);
    expect(errorsOf(parseTransitCsv('dest,zip,service,days\n432,432,ups-ground,1\n'))).toEqual([
      'row 1, field "dest": column "dest" appears twice in the header',
    ]);
  });

  it('treats formula cells (=cmd) as bad values and quotes them harmlessly in the message', () => {
    const result = parseTransitCsv(HEADER + "=cmd|'/c calc'!A1,+ups-ground,@SUM(1)\n");
    expect(errorsOf(result)).toEqual([
      'row 2, field "dest": "=cmd|\'/c calc\'!A1" is not a ZIP3 (3 digits) or ZIP5 (5 digits)',
      'row 2, field "service": unknown service "+ups-ground" (did you mean "UPS Ground"?)',
      'row 2, field "business_days": "@SUM(1)" is not a whole number of business days between 0 and 15',
    ]);
  });

  it('shortens very long cells in messages', () => {
    const [message] = errorsOf(parseTransitCsv(HEADER + `${'9'.repeat(500)},ups-ground,1\n`));
    expect(message!.length).toBeLessThan(120);
  });
});

describe('resolveServiceName', () => {
  it('resolves ids, names and prefix-less names', () => {
    expect(resolveServiceName('usps-priority-mail-express')).toEqual({ id: 'usps-priority-mail-express' });
    expect(resolveServiceName('FedEx Home Delivery')).toEqual({ id: 'fedex-home-delivery' });
    expect(resolveServiceName('2nd Day Air')).toEqual({ id: 'ups-2nd-day-air' });
    expect(resolveServiceName('Ground Advantage')).toEqual({ id: 'usps-ground-advantage' });
  });
});
