import type { WriteCall } from '@rialto/protocol/actions'
import type { Hash } from 'viem'

export type TxStep<Call extends WriteCall = WriteCall> = {
  /** What this step does, for the status line: "Approve 10 VVV". */
  label: string
  /** A `@rialto/protocol/actions` builder's own return type, so its ABI, function and arguments stay typed. */
  call: Call
}

/** At least one step: a plan that sends nothing is not a plan. */
export type TxSteps = readonly [TxStep, ...TxStep[]]

/** What one button sends: one step, or several (approve, then stake), as a tuple of exactly those steps. */
export type TxPlan<Steps extends TxSteps = TxSteps> = {
  /** The action as a whole, e.g. "Stake 10 VVV". */
  label: string
  steps: Steps
  /** Send all steps with one EIP-5792 confirmation (only when the wallet supports it). */
  batch: boolean
}

/** A transaction that made it into a block. */
export type Confirmation = { transactionHash: Hash; blockNumber: bigint }

/** A plan of one write. */
export function singleStep<Call extends WriteCall>(label: string, call: Call): TxPlan<readonly [TxStep<Call>]> {
  return { label, steps: [{ label, call }], batch: false }
}
