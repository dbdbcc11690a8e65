import type { StrikeAction } from '../domain/policy';

/*
 * The strike ladder as data: the n-th failed weekly evaluation triggers ladder[n - 1] (Amazon: warning,
 * Prime offers disabled, enrolment revoked). Misses past the end of the ladder repeat its last step.
 * Revocation is final within a horizon: re-entry needs a new pre-qualification and trial, which the
 * horizon does not model, so weeks after it add no strikes.
 */

/**
 * The action in force after `strikes` misses; null before the first.
 * @example
 * actionAfter(2, ['warning', 'offersDisabled', 'revoked']) // 'offersDisabled'
 */
export function actionAfter(strikes: number, ladder: readonly StrikeAction[]): StrikeAction | null {
  if (strikes <= 0) return null;
  return ladder[Math.min(strikes, ladder.length) - 1]!;
}

/** Whether `strikes` misses have revoked the enrolment. */
export function isRevoked(strikes: number, ladder: readonly StrikeAction[]): boolean {
  return actionAfter(strikes, ladder) === 'revoked';
}

/**
 * Strikes after one more weekly evaluation.
 * @example strikesAfterWeek(0, false, ['warning', 'offersDisabled', 'revoked']) // 1
 * @example strikesAfterWeek(3, false, ['warning', 'offersDisabled', 'revoked']) // 3 (already revoked)
 */
export function strikesAfterWeek(strikes: number, passed: boolean, ladder: readonly StrikeAction[]): number {
  if (passed || isRevoked(strikes, ladder)) return strikes;
  return strikes + 1;
}

/**
 * The ladder over a sequence of weekly verdicts: strikes and action after each week, and the
 * (0-based) week of revocation or null.
 * @example strikeTimeline([true, false, false, false], ['warning', 'offersDisabled', 'revoked']).revokedWeek // 3
 */
export function strikeTimeline(
  passes: readonly boolean[],
  ladder: readonly StrikeAction[],
): { strikes: number[]; actions: (StrikeAction | null)[]; revokedWeek: number | null } {
  const strikes: number[] = [];
  const actions: (StrikeAction | null)[] = [];
  let s = 0;
  let revokedWeek: number | null = null;
  passes.forEach((pass, w) => {
    s = strikesAfterWeek(s, pass, ladder);
    strikes.push(s);
    actions.push(actionAfter(s, ladder));
    if (revokedWeek === null && isRevoked(s, ladder)) revokedWeek = w;
  });
  return { strikes, actions, revokedWeek };
}
