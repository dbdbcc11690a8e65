import { describe, expect, it } from 'vitest';
import { measuredForSpeed, remoteRegionOf } from './remoteRegions';
import { loadGeo } from './index';
import { STATES } from './states';

describe('remoteRegionOf', () => {
  it('names every ZIP3 of the data outside the 48 states + DC, and none inside', () => {
    for (const z of loadGeo().zip3s) {
      const kind = STATES[z.state]?.kind;
      expect(remoteRegionOf(z.zip3) === undefined, `${z.zip3} ${z.state}`).toBe(
        kind === 'contiguous' || kind === 'district',
      );
    }
  });

  it('Honolulu is Hawaii, Anchorage Alaska, San Juan and St Thomas Puerto Rico, Guam and Pago Pago the Pacific', () => {
    expect(['96813', '99501', '00901', '00802', '96910', '96799'].map(remoteRegionOf)).toEqual([
      'hawaii',
      'alaska',
      'puertoRico',
      'puertoRico',
      'pacific',
      'pacific',
    ]);
    expect(remoteRegionOf('10001')).toBeUndefined();
  });
});

describe('measuredForSpeed', () => {
  const zip3s = loadGeo().zip3s;
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  const mainland = zip3s.filter((z) => ['contiguous', 'district'].includes(STATES[z.state]?.kind ?? '')).length;

  it('is the 48 states + DC by default, and adds exactly the ZIP3s of the included regions', () => {
    expect(count(measuredForSpeed(zip3s, undefined))).toBe(mainland);
    expect(count(measuredForSpeed(zip3s, []))).toBe(mainland);
    // Hawaii's prefixes are 967 and 968 (American Samoa's 96799 shares 967, so the ZIP3 counts as Hawaii).
    const withHawaii = measuredForSpeed(zip3s, ['hawaii']);
    expect(count(withHawaii)).toBe(mainland + zip3s.filter((z) => z.zip3 === '967' || z.zip3 === '968').length);
    expect(zip3s.filter((z, d) => withHawaii[d] && z.zip3 >= '995')).toEqual([]);
    const all = measuredForSpeed(zip3s, ['alaska', 'hawaii', 'puertoRico', 'pacific']);
    expect(count(all)).toBe(zip3s.length);
  });
});
