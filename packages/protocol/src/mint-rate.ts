import { parseEther } from 'viem'

/** The DIEM mint curve's parameters as Venice published them (base rate 90, power 2, target supply). */
export const mintCurve = {
  baseRate: 90,
  adjustmentPower: 2,
  /** Target DIEM supply: 38,000 at launch (2025-08-20), 40,000 since the table update of 2026-09-14. */
  launchTargetSupply: 38_000,
  targetSupply: 40_000,
  /** The on-chain table has 256 buckets of 500 DIEM each. */
  bucketSizeDiem: 500,
  bucketCount: 256,
} as const

/** sVVV that must be locked per DIEM when the DIEM supply is `supplyDiem`: 90 · exp(2 · (S / target)³). */
export function mintRate(supplyDiem: number, targetSupply: number = mintCurve.targetSupply): number {
  return mintCurve.baseRate * Math.exp(mintCurve.adjustmentPower * (supplyDiem / targetSupply) ** 3)
}

export type MintRateTable = {
  /** Upper DIEM supply bound of each bucket, in wei. */
  diemSupply: bigint[]
  /** sVVV wei per 1 DIEM for supply inside each bucket, in wei. */
  diemMintRates: bigint[]
}

/**
 * The 256-entry table the staking contract stores. Converting the float rate with `BigInt(rate * 1e18)`
 * reproduces Base's on-chain values exactly (bucket 0 = 90000351563186634752).
 */
export function mintRateTable(targetSupply: number = mintCurve.targetSupply): MintRateTable {
  const buckets = Array.from({ length: mintCurve.bucketCount }, (_, index) => (index + 1) * mintCurve.bucketSizeDiem)
  return {
    diemSupply: buckets.map((supplyDiem) => parseEther(String(supplyDiem))),
    diemMintRates: buckets.map((supplyDiem) => BigInt(mintRate(supplyDiem, targetSupply) * 1e18)),
  }
}
