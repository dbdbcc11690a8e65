import { describe, expect, it } from 'vitest';
import { passesOnlyByRounding, upToWholePercent } from './wholePercent';

describe('whole percents as Amazon’s dashboard rounds them', () => {
  it('rounds up, ignoring binary noise', () => {
    expect(upToWholePercent(0.7412)).toBe(0.75);
    expect(upToWholePercent(0.75 + 1e-12)).toBe(0.75); // noise from sums of shares
    expect(upToWholePercent(0)).toBe(0);
  });

  it('names a pass that holds only by rounding: 74.1% against 75%, not 75.0% nor 73.9%', () => {
    expect(passesOnlyByRounding(0.741, 0.75)).toBe(true);
    expect(passesOnlyByRounding(0.75, 0.75)).toBe(false); // meets the target outright
    expect(passesOnlyByRounding(0.739, 0.75)).toBe(false); // 74% after rounding: fails
    expect(passesOnlyByRounding(0.8, 0.75)).toBe(false);
  });
});
