import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StrikeAction } from '../domain/policy';
import { actionAfter, strikeTimeline } from './strikes';

const AMAZON: StrikeAction[] = ['warning', 'offersDisabled', 'revoked'];
const seed = Number(process.env['ELIGIBILITY_SEED'] ?? Date.now() % 2 ** 31);

describe('strike ladder', () => {
  it("Amazon's ladder: first miss a warning, second offers disabled, third revoked", () => {
    const t = strikeTimeline([true, false, true, false, false, false, true], AMAZON);
    expect(t.actions).toEqual([null, 'warning', 'warning', 'offersDisabled', 'revoked', 'revoked', 'revoked']);
    expect(t.strikes).toEqual([0, 1, 1, 2, 3, 3, 3]);
    expect(t.revokedWeek).toBe(4);
  });

  it(`properties (fast-check seed ${seed})`, () => {
    console.log(`strike ladder property seed: ${seed}`);
    const ladderArb = fc.array(fc.constantFrom<StrikeAction>('warning', 'offersDisabled', 'revoked'), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(ladderArb, fc.array(fc.boolean(), { maxLength: 60 }), (ladder, passes) => {
        const t = strikeTimeline(passes, ladder);
        const firstRevoke = ladder.indexOf('revoked');
        const misses = passes.filter((p) => !p).length;
        // Strikes never decrease, grow only on a failed week, and never pass the ladder's revocation step.
        t.strikes.forEach((s, w) => {
          const before = w === 0 ? 0 : t.strikes[w - 1]!;
          expect(s - before).toBe(
            passes[w] ||
              (firstRevoke >= 0 &&
                before >= firstRevoke + 1 &&
                ladder[Math.min(before, ladder.length) - 1] === 'revoked')
              ? 0
              : 1,
          );
          expect(t.actions[w]).toBe(actionAfter(s, ladder));
        });
        // Without a revocation step, every miss is a strike; with one, strikes stop at the first 'revoked' step.
        const last = t.strikes.length ? t.strikes[t.strikes.length - 1]! : 0;
        expect(last).toBe(firstRevoke < 0 ? misses : Math.min(misses, firstRevoke + 1));
        // Revoked is absorbing and happens exactly at the (firstRevoke + 1)-th miss.
        if (t.revokedWeek !== null) {
          expect(t.actions.slice(t.revokedWeek).every((a) => a === 'revoked')).toBe(true);
          expect(passes.slice(0, t.revokedWeek + 1).filter((p) => !p).length).toBe(firstRevoke + 1);
          expect(passes[t.revokedWeek]).toBe(false);
        } else expect(firstRevoke < 0 || misses < firstRevoke + 1).toBe(true);
        // A clean record has no strikes.
        if (misses === 0) expect(t.actions.every((a) => a === null)).toBe(true);
      }),
      { seed, numRuns: 500 },
    );
  });
});
