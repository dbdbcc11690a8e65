import { describe, it, expect } from 'vitest';
import { SERVICE_IDS, type ServiceId } from '../domain/carrier';
import {
  WEEKEND_MATRIX,
  weekendCapability,
  isOutsideBuyShipping,
  type WeekendDay,
  type HandoverKind,
} from './weekendMatrix';

// The help page's table, typed in by hand from the help page (Oui = yes, Limité = limited, Non = no):
// service -> [Sat pickup, Sat drop-off, Sun pickup, Sun drop-off]
const SEED: Record<ServiceId, [string, string, string, string]> = {
  'ups-ground': ['limited', 'no', 'limited', 'no'],
  'ups-3-day-select': ['yes', 'yes', 'no', 'no'],
  'ups-2nd-day-air': ['yes', 'yes', 'no', 'no'],
  'ups-next-day-air-saver': ['yes', 'yes', 'no', 'no'],
  'ups-next-day-air': ['yes', 'yes', 'no', 'no'],
  'fedex-ground': ['limited', 'no', 'limited', 'no'],
  'fedex-home-delivery': ['no', 'no', 'no', 'no'],
  'fedex-express-saver': ['yes', 'yes', 'no', 'no'],
  'fedex-2day': ['yes', 'yes', 'no', 'no'],
  'fedex-standard-overnight': ['yes', 'yes', 'no', 'no'],
  'fedex-priority-overnight': ['yes', 'yes', 'no', 'no'],
  'usps-ground-advantage': ['yes', 'yes', 'limited', 'limited'],
  'usps-priority-mail': ['yes', 'yes', 'limited', 'limited'],
  'usps-priority-mail-express': ['yes', 'yes', 'limited', 'limited'],
};
const CELLS: [WeekendDay, HandoverKind][] = [
  ['sat', 'pickup'],
  ['sat', 'dropoff'],
  ['sun', 'pickup'],
  ['sun', 'dropoff'],
];

describe('weekend matrix (seed table)', () => {
  for (const id of SERVICE_IDS) {
    CELLS.forEach(([day, kind], i) => {
      it(`${id} ${day} ${kind} = ${SEED[id][i]}`, () => {
        expect(weekendCapability(id, day, kind)).toBe(SEED[id][i]);
      });
    });
  }

  it('has the six rows of the help page, each service in exactly one row', () => {
    expect(WEEKEND_MATRIX.map((r) => `${r.carrier}:${r.row}`)).toEqual([
      'ups:Ground',
      'ups:Air',
      'fedex:Ground',
      'fedex:Home Delivery',
      'fedex:Express',
      'usps:All',
    ]);
    const listed = WEEKEND_MATRIX.flatMap((r) => r.services);
    expect(listed.sort()).toEqual([...SERVICE_IDS].sort());
  });

  it('no carrier offers a Sunday option in its general service (only USPS and Ground with plans)', () => {
    for (const id of SERVICE_IDS) {
      expect(weekendCapability(id, 'sun', 'pickup')).not.toBe('yes');
      expect(weekendCapability(id, 'sun', 'dropoff')).not.toBe('yes');
    }
  });

  it('limited options fall outside Buy Shipping; yes options do not', () => {
    expect(isOutsideBuyShipping('ups-ground', 'sat', 'pickup')).toBe(true);
    expect(isOutsideBuyShipping('usps-priority-mail', 'sun', 'dropoff')).toBe(true);
    expect(isOutsideBuyShipping('ups-2nd-day-air', 'sat', 'pickup')).toBe(false);
    expect(isOutsideBuyShipping('fedex-home-delivery', 'sat', 'pickup')).toBe(false);
  });
});
