import { describe, it, expect } from 'vitest';
import { carrierHolidays } from '../domain/holidays';
import {
  addBusinessDays,
  canDisputeSafeT,
  isBusinessDay,
  refundDeadline,
  safeTDisputeDeadline,
  safeTInfoDeadline,
} from './sellerObligations';

const federal2026 = carrierHolidays('usps', 2026).map((h) => h.date);

describe('refund within two business days of the return reaching the warehouse', () => {
  it('Monday return -> Wednesday', () => expect(refundDeadline('2026-03-02')).toBe('2026-03-04'));
  it('Thursday return -> Monday (weekend skipped)', () => expect(refundDeadline('2026-03-05')).toBe('2026-03-09'));
  it('Friday return -> Tuesday', () => expect(refundDeadline('2026-03-06')).toBe('2026-03-10'));
  it('Saturday or Sunday return -> Tuesday (counting starts on Monday)', () => {
    expect(refundDeadline('2026-03-07')).toBe('2026-03-10');
    expect(refundDeadline('2026-03-08')).toBe('2026-03-10');
  });
  it('Wednesday before Thanksgiving -> Monday (Thursday holiday, weekend)', () => {
    expect(refundDeadline('2026-11-25', federal2026)).toBe('2026-11-30');
  });
  it('Thursday 2 July 2026 -> Tuesday 7 July (Independence Day observed Friday 3 July)', () => {
    expect(refundDeadline('2026-07-02', federal2026)).toBe('2026-07-07');
    expect(refundDeadline('2026-07-02')).toBe('2026-07-06'); // without the holiday list it would be Monday
  });
  it('counts business days across a year end', () => {
    expect(
      addBusinessDays(
        '2026-12-31',
        1,
        carrierHolidays('usps', 2027).map((h) => h.date),
      ),
    ).toBe('2027-01-04');
    expect(isBusinessDay('2026-12-25', federal2026)).toBe(false);
  });
});

describe('SAFE-T seven-day windows', () => {
  it('information must be given within seven calendar days', () => {
    expect(safeTInfoDeadline('2026-03-02')).toBe('2026-03-09');
    expect(safeTInfoDeadline('2026-12-28')).toBe('2027-01-04');
  });
  it('a decision can be disputed within seven days, once', () => {
    expect(safeTDisputeDeadline('2026-02-25', 0)).toBe('2026-03-04');
    expect(safeTDisputeDeadline('2026-02-25', 1)).toBeNull();
    expect(canDisputeSafeT('2026-03-02', '2026-03-09', 0)).toBe(true);
    expect(canDisputeSafeT('2026-03-02', '2026-03-10', 0)).toBe(false);
    expect(canDisputeSafeT('2026-03-02', '2026-03-03', 1)).toBe(false);
    expect(canDisputeSafeT('2026-03-02', '2026-03-01', 0)).toBe(false);
  });
});
