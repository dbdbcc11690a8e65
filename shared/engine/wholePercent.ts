/**
 * Amazon's dashboard rounds delivery-speed shares and their targets up to the nearest whole percent
 * before comparing them (FACTS: "actual and target rounded up"). Binary noise such as 0.7500000001 is
 * not a new percent.
 * @example upToWholePercent(0.7412) // 0.75
 */
export function upToWholePercent(share: number): number {
  // `|| 0`: a share of 0 gives -0 from the tolerance, which is not a different figure.
  return (Math.ceil(share * 100 - 1e-9) || 0) / 100;
}
