import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import {
  approveVvvCall,
  burnDiemCall,
  claimAndStakeCall,
  claimCall,
  finalizeUnstakeCall,
  initiateDiemUnstakeCall,
  initiateUnstakeCall,
  mintDiemCall,
  stakeCall,
  stakeDiemCall,
  unstakeDiemCall,
} from '@rialto/protocol/actions'
import { formatExactAmount } from '@rialto/protocol/format'
import type { BatchStep } from '@rialto/protocol/safe-batch-check'
import type { Address } from 'viem'

/** Every holder action, as a treasury adds it to a batch for its Safe. */
export const batchActions = {
  stake: { title: 'Stake VVV', amountToken: 'VVV' },
  'initiate-unstake': { title: 'Start an unstake', amountToken: 'sVVV' },
  'finalize-unstake': { title: 'Finalize the unstake', amountToken: null },
  claim: { title: 'Claim rewards', amountToken: null },
  'claim-and-stake': { title: 'Claim and stake rewards', amountToken: null },
  'mint-diem': { title: 'Mint DIEM (lock sVVV)', amountToken: 'sVVV' },
  'burn-diem': { title: 'Burn DIEM', amountToken: 'DIEM' },
  'stake-diem': { title: 'Stake DIEM', amountToken: 'DIEM' },
  'initiate-diem-unstake': { title: 'Start a DIEM unstake', amountToken: 'DIEM' },
  'unstake-diem': { title: 'Unstake DIEM (after its cooldown)', amountToken: null },
} as const

export type BatchActionKind = keyof typeof batchActions

export type BatchAction =
  | { kind: 'mint-diem'; amountWei: bigint; minDiemOutWei: bigint }
  | { kind: 'stake' | 'initiate-unstake' | 'burn-diem' | 'stake-diem' | 'initiate-diem-unstake'; amountWei: bigint }
  | { kind: 'finalize-unstake' | 'claim' | 'claim-and-stake' | 'unstake-diem' }

export function isBatchActionKind(value: string): value is BatchActionKind {
  return Object.hasOwn(batchActions, value)
}

/** An action from what the form gathered: the amount where the kind takes one, and a mint's minimum. */
export function batchAction(kind: BatchActionKind, amountWei: bigint, minDiemOutWei: bigint): BatchAction {
  switch (kind) {
    case 'mint-diem':
      return { kind, amountWei, minDiemOutWei }
    case 'stake':
    case 'initiate-unstake':
    case 'burn-diem':
    case 'stake-diem':
    case 'initiate-diem-unstake':
      return { kind, amountWei }
    default:
      return { kind }
  }
}

/**
 * The calls a batch of actions makes, in order, for the Safe that executes them. A stake brings its exact approval
 * with it: the Safe signs both together, so nothing is left approved beyond what the batch spends.
 */
export function batchSteps(chainId: SupportedChainId, safe: Address, actions: readonly BatchAction[]): BatchStep[] {
  return actions.flatMap((action) => actionSteps(chainId, safe, action))
}

function actionSteps(chainId: SupportedChainId, safe: Address, action: BatchAction): BatchStep[] {
  switch (action.kind) {
    case 'stake': {
      const amount = `${formatExactAmount(action.amountWei)} VVV`
      return [
        { label: `Approve ${amount}`, call: approveVvvCall(chainId, action.amountWei) },
        { label: `Stake ${amount}`, call: stakeCall(chainId, safe, action.amountWei) },
      ]
    }
    case 'initiate-unstake':
      return [step(`Start unstaking ${sVvv(action.amountWei)}`, initiateUnstakeCall(chainId, action.amountWei))]
    case 'finalize-unstake':
      return [step('Finalize the unstake', finalizeUnstakeCall(chainId))]
    case 'claim':
      return [step('Claim rewards', claimCall(chainId))]
    case 'claim-and-stake':
      return [step('Claim and stake rewards', claimAndStakeCall(chainId))]
    case 'mint-diem':
      return [
        step(
          `Mint at least ${diem(action.minDiemOutWei)} with ${sVvv(action.amountWei)}`,
          mintDiemCall(chainId, action.amountWei, action.minDiemOutWei),
        ),
      ]
    case 'burn-diem':
      return [step(`Burn ${diem(action.amountWei)}`, burnDiemCall(chainId, action.amountWei))]
    case 'stake-diem':
      return [step(`Stake ${diem(action.amountWei)}`, stakeDiemCall(chainId, action.amountWei))]
    case 'initiate-diem-unstake':
      return [step(`Start unstaking ${diem(action.amountWei)}`, initiateDiemUnstakeCall(chainId, action.amountWei))]
    case 'unstake-diem':
      return [step('Unstake DIEM', unstakeDiemCall(chainId))]
  }
}

const step = (label: string, call: BatchStep['call']): BatchStep => ({ label, call })
const sVvv = (wei: bigint) => `${formatExactAmount(wei)} sVVV`
const diem = (wei: bigint) => `${formatExactAmount(wei)} DIEM`

/** A short name for the batch: the Builder lists batches by it. */
export function batchName(actions: readonly BatchAction[]): string {
  return actions.map(({ kind }) => batchActions[kind].title).join(', then ')
}
