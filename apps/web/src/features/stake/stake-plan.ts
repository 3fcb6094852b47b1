import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { approveVvvCall, maxUint256, stakeCall } from '@rialto/protocol/actions'
import { formatExactAmount } from '@rialto/protocol/format'
import type { Address } from 'viem'
import type { TxPlan, TxStep } from '../../wallet/transaction-flow/transaction-plan'

export type StakePlanInput = {
  chainId: SupportedChainId
  recipient: Address
  amountWei: bigint
  /** What the staking contract may already take from the wallet. */
  allowanceWei: bigint
  /** Approve without limit instead of exactly this amount. */
  unlimited: boolean
  /** The wallet confirms approve + stake once (EIP-5792). */
  batch: boolean
}

export type ApproveVvvStep = TxStep<ReturnType<typeof approveVvvCall>>
export type StakeStep = TxStep<ReturnType<typeof stakeCall>>

/** Either the stake alone, or the approval it needs and then the stake: `steps.length` tells which. */
export type StakePlan = TxPlan<readonly [StakeStep]> | TxPlan<readonly [ApproveVvvStep, StakeStep]>

/** Stake, preceded by an approval when the allowance is short: exact by default, unlimited only when asked. */
export function stakePlan({
  chainId,
  recipient,
  amountWei,
  allowanceWei,
  unlimited,
  batch,
}: StakePlanInput): StakePlan {
  const amountLabel = `${formatExactAmount(amountWei)} VVV`
  const stake: StakeStep = { label: `Stake ${amountLabel}`, call: stakeCall(chainId, recipient, amountWei) }
  if (allowanceWei >= amountWei) return { label: stake.label, steps: [stake], batch: false }
  const approve: ApproveVvvStep = unlimited
    ? { label: 'Approve unlimited VVV', call: approveVvvCall(chainId, maxUint256) }
    : { label: `Approve ${amountLabel}`, call: approveVvvCall(chainId, amountWei) }
  return { label: `Approve and stake ${amountLabel}`, steps: [approve, stake], batch }
}

/** Allowances this large are "unlimited" for people (wallets show maxUint256 minus what was spent). */
export function isUnlimitedAllowance(allowanceWei: bigint): boolean {
  return allowanceWei >= maxUint256 / 2n
}
