/**
 * Amazon's dashboard rounds delivery-speed shares and their targets up to the nearest whole percent
 * before comparing them (the SFP program rules: "actual and target rounded up"). Binary noise such as 0.7500000001 is
 * not a new percent.
 * @example upToWholePercent(0.7412) // 0.75
 */
export function upToWholePercent(share: number): number {
  // `|| 0`: a share of 0 gives -0 from the tolerance, which is not a different figure.
  return (Math.ceil(share * 100 - 1e-9) || 0) / 100;
}

/**
 * True when a share below its target still passes only because the dashboard rounds both up: the
 * screen must say so next to the exact figure, or 74.1% against 75% reads as a pass it is not.
 * @example passesOnlyByRounding(0.741, 0.75) // true
 */
export function passesOnlyByRounding(share: number, target: number): boolean {
  return share < target - 1e-9 && upToWholePercent(share) >= upToWholePercent(target) - 1e-9;
}
