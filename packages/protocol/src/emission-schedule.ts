/** Venice states emission rates per 365-day year. */
const secondsPerYear = 31_536_000n

export type EmissionStep = {
  /** UTC date the rate took effect. */
  effective: string
  vvvPerYear: number
  /** How sure our research is of this step (see the protocol spec). */
  confidence: 'verified' | 'single-source' | 'unverified-date'
}

/** VVV staking emissions over time, as researched. The devnet seed replays these steps. */
export const emissionSchedule: readonly EmissionStep[] = [
  { effective: '2025-01-27', vvvPerYear: 14_000_000, confidence: 'verified' },
  { effective: '2025-08-20', vvvPerYear: 10_000_000, confidence: 'verified' },
  // Only "between August 2025 and February 2026" is known; the date is our placeholder.
  { effective: '2025-11-01', vvvPerYear: 8_000_000, confidence: 'unverified-date' },
  // "February 2026"; the day is our placeholder.
  { effective: '2026-02-01', vvvPerYear: 6_000_000, confidence: 'unverified-date' },
  { effective: '2026-05-01', vvvPerYear: 5_000_000, confidence: 'single-source' },
  { effective: '2026-06-01', vvvPerYear: 4_000_000, confidence: 'single-source' },
  { effective: '2026-07-01', vvvPerYear: 3_000_000, confidence: 'verified' },
  { effective: '2026-09-01', vvvPerYear: 2_500_000, confidence: 'verified' },
  { effective: '2026-10-01', vvvPerYear: 2_000_000, confidence: 'single-source' },
]

/** `emissionRatePerSecond` for a yearly VVV amount, in VVV wei (2.5M/yr → 79274479959411466, as on Base). */
export function emissionRatePerSecond(vvvPerYear: number): bigint {
  return (BigInt(vvvPerYear) * 10n ** 18n) / secondsPerYear
}

/** Unix seconds at 00:00 UTC of an ISO date. */
export function utcDateToUnix(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 1000
}

/** VVV wei a year at a per-second rate (the inverse of `emissionRatePerSecond`, short of its rounding down). */
export function yearlyEmission(ratePerSecond: bigint): bigint {
  return ratePerSecond * secondsPerYear
}
