import type { Abi, Address, Hash } from 'viem'

/** One contract write, as the `@rialto/protocol/actions` builders return it. */
export type ContractCall = {
  address: Address
  abi: Abi
  functionName: string
  args?: readonly unknown[]
}

export type TxStep = {
  /** What this step does, for the status line: "Approve 10 VVV". */
  label: string
  call: ContractCall
}

/** What one button sends: one step, or several (approve, then stake). */
export type TxPlan = {
  /** The action as a whole, e.g. "Stake 10 VVV". */
  label: string
  steps: readonly TxStep[]
  /** Send all steps with one EIP-5792 confirmation (only when the wallet supports it). */
  batch: boolean
}

/** A transaction that made it into a block. */
export type Confirmation = { transactionHash: Hash; blockNumber: bigint }

/** A plan of one write. */
export function singleStep(label: string, call: ContractCall): TxPlan {
  return { label, steps: [{ label, call }], batch: false }
}
