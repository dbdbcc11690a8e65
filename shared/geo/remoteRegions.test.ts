import { describe, expect, it } from 'vitest';
import { remoteRegionOf } from './remoteRegions';
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
