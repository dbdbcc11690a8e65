import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import { sampleSettings } from '../catalog/sample';
import { createPromiseEngine, TIER_INDEX } from './compiledPromiseEngine';
import { computePromise } from './explainedPromise';
import { fromLocalMinutes, parseLocalDateTime } from '../time/timezone';

const geo = loadGeo();
const idx = (zip3: string) => geo.zip3s.findIndex((z) => z.zip3 === zip3);

describe('createPromiseEngine', () => {
  const settings = sampleSettings();
  const engine = createPromiseEngine(settings, geo, { from: '2026-11-23', days: 7 });

  it("gives the explained calculator's answer, winner included (Thanksgiving week)", () => {
    for (const [at, zip3] of [
      ['2026-11-25T12:00', '100'],
      ['2026-11-25T16:00', '900'],
      ['2026-11-27T09:00', '606'],
      ['2026-11-28T11:00', '331'],
    ] as const) {
      const dest = geo.byZip3.get(zip3)!;
      const view = fromLocalMinutes(dest.timeZone, parseLocalDateTime(at));
      const explained = computePromise(settings, geo, { at, to: zip3 });
      if (!explained.ok) throw new Error(explained.reason);
      expect(engine.promise(view, idx(zip3)), `${at} ${zip3}`).toBe(explained.promiseDays);
      expect(engine.lanes[engine.lastLane]!.serviceId).toBe(explained.service.serviceId);
    }
  });

  it('answers all three tiers at once exactly as one at a time', () => {
    const out = new Float64Array(6);
    const start = engine.viewFrom + 14 * 60;
    for (let i = 0; i < 400; i++) {
      const view = start + i * 25;
      const d = (i * 37) % geo.zip3s.length;
      engine.promiseAllTiers(view, d, out);
      for (const t of Object.values(TIER_INDEX)) {
        expect(out[t]).toBe(engine.promise(view, d, t));
        expect(out[t + 3]).toBe(Number.isFinite(out[t]!) && engine.lastOutsideBuyShipping ? 1 : 0);
      }
    }
  });

  it('refuses views outside its compiled window', () => {
    expect(() => engine.promise(engine.viewTo, 0)).toThrow(RangeError);
    expect(() => engine.promise(engine.viewFrom - 1, 0)).toThrow(/outside the compiled window/);
  });

  it('groups destinations that share a clock (Indianapolis keeps New York time)', () => {
    const ny = engine.tzGroupOf[idx('100')];
    const indy = geo.zip3s.findIndex((z) => z.timeZone === 'America/Indiana/Indianapolis');
    expect(engine.tzGroupOf[indy]).toBe(ny);
    // Phoenix keeps standard time: same clock as Denver in November, one hour apart in June.
    expect(engine.tzGroupOf[idx('850')]).toBe(engine.tzGroupOf[idx('802')]);
    const june = createPromiseEngine(settings, geo, { from: '2026-06-08' });
    expect(june.tzGroupOf[idx('850')]).not.toBe(june.tzGroupOf[idx('802')]);
  });
});
