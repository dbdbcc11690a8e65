import { describe, expect, it } from 'vitest';
import { AT_RISK_MARGIN, checkStatus } from './checkStatus';

describe('checkStatus', () => {
  it('fails a failing check, flags a speed check passing by less than the margin, passes the rest', () => {
    expect(checkStatus({ id: 'speed.standard.le2', value: 0.74, target: 0.75, pass: false })).toBe('fail');
    expect(checkStatus({ id: 'speed.standard.le2', value: 0.76, target: 0.75, pass: true })).toBe('atRisk');
    expect(checkStatus({ id: 'speed.standard.le2', value: 0.75 + AT_RISK_MARGIN, target: 0.75, pass: true })).toBe(
      'pass',
    );
    expect(checkStatus({ id: 'speed.standard.le2', value: 0.9, target: 0.75, pass: true })).toBe('pass');
  });

  it('never calls a yes/no check at risk', () => {
    expect(checkStatus({ id: 'coverage.nationwide', value: 49, target: 49, pass: true })).toBe('pass');
    expect(checkStatus({ id: 'operation.sixDays', value: 1, target: 1, pass: true })).toBe('pass');
    expect(checkStatus({ id: 'delivery.sixDays', value: 0, target: 1, pass: false })).toBe('fail');
  });
});
