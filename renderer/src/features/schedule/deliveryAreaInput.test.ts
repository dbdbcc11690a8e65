import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../../shared/geo';
import { readAreaList } from './deliveryAreaInput';

const geo = loadGeo();
const exists = (zip3: string) => geo.byZip3.has(zip3);

describe('reading a typed list of states or ZIP3s', () => {
  it('takes any case and separator, drops repeats and sorts', () => {
    expect(readAreaList('states', ' ny, nj;CT  NJ ', exists)).toEqual({ value: ['CT', 'NJ', 'NY'] });
    expect(readAreaList('zip3s', '945 100,100', exists)).toEqual({ value: ['100', '945'] });
  });

  it('an empty list is empty, not a list', () => {
    expect(readAreaList('states', ' , ', exists)).toEqual({ empty: true });
  });

  it('names every unknown state', () => {
    expect(readAreaList('states', 'NY, XX, zz', exists)).toEqual({
      problem: { key: 'unknownStates', params: { codes: 'XX, ZZ', count: 2 } },
    });
  });

  it('names what is not a ZIP3, then the ZIP3s that do not exist', () => {
    expect(readAreaList('zip3s', '100, 1001, ab', exists)).toEqual({
      problem: { key: 'notZip3', params: { codes: '1001, AB', count: 2 } },
    });
    // 000 and 001 are not in the US ZIP code list (ZIPs start at 005).
    expect(exists('000')).toBe(false);
    expect(readAreaList('zip3s', '100 000', exists)).toEqual({
      problem: { key: 'unknownZip3s', params: { codes: '000', count: 1 } },
    });
  });

  it('refuses more codes than a plan can hold', () => {
    const many = Array.from({ length: 61 }, (_, i) => `S${i}`).join(' ');
    expect(readAreaList('states', many, exists)).toMatchObject({
      problem: { key: 'tooMany', params: { max: 60, count: 61 } },
    });
  });
});
