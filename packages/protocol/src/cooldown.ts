import type { PendingUnstake } from './position'

export type CooldownStatus = { kind: 'none' } | { kind: 'cooling'; secondsLeft: number } | { kind: 'ready' }

/** Where a pending unstake stands at `nowSeconds` (take the chain's clock: block timestamps, not the browser's). */
export function cooldownStatus(unstake: PendingUnstake, nowSeconds: number | bigint): CooldownStatus {
  if (unstake.amount === 0n) return { kind: 'none' }
  const secondsLeft = Number(unstake.cooldownEnd - BigInt(nowSeconds))
  return secondsLeft > 0 ? { kind: 'cooling', secondsLeft } : { kind: 'ready' }
}
