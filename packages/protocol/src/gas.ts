/**
 * Gas to send for a staking-contract write, from an estimate. The estimate runs on the latest block, but the
 * transaction lands in a later one: if time has passed since the last accrual, the contract first accrues and
 * mints emissions, which costs gas the estimate did not see. Half again plus a fixed margin covers that path.
 */
export function gasWithHeadroom(estimate: bigint): bigint {
  return (estimate * 3n) / 2n + 100_000n
}
