const scale = 10n ** 18n

/**
 * `part / whole` as a number for charts and percentages, 0 when `whole` is 0. Divided as bigints first: turning
 * wei amounts beyond 2^53 into floats before dividing would lose the share of a small holder.
 */
export function ratio(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0
  return Number((part * scale) / whole) / 1e18
}
