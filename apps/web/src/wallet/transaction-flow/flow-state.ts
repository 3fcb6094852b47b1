import type { ErrorDescription } from '@rialto/protocol/errors'
import type { Hash } from 'viem'
import type { Confirmation } from './transaction-plan'

type StepProgress = { label: string; stepIndex: number; stepCount: number; batched: boolean }

/** Where one action stands: validate → simulate → sign → pending → confirmed, or failed at any point. */
export type FlowState =
  | { status: 'idle' }
  | ({ status: 'simulating' } & StepProgress)
  | ({ status: 'signing' } & StepProgress)
  | ({ status: 'pending'; hash?: Hash; explorerUrl?: string } & StepProgress)
  | { status: 'awaiting-signers'; label: string }
  | { status: 'confirmed'; label: string; confirmations: readonly Confirmation[] }
  // `hash`: the transaction that reverted, when one did.
  | { status: 'failed'; label: string; error: ErrorDescription; hash?: Hash }

export type BusyFlowState = Extract<FlowState, { status: 'simulating' | 'signing' | 'pending' }>

export function isBusy(state: FlowState): state is BusyFlowState {
  return state.status === 'simulating' || state.status === 'signing' || state.status === 'pending'
}

export type FlowCopy = {
  phase: Exclude<FlowState['status'], 'idle'>
  title: string
  detail?: string
  link?: { href: string; label: string }
}

function stepPrefix({ stepIndex, stepCount, batched }: StepProgress): string {
  return stepCount > 1 && !batched ? `Step ${stepIndex + 1} of ${stepCount}: ` : ''
}

/** The words the status line shows for a flow state; `null` when there is nothing to say. */
export function flowCopy(state: FlowState): FlowCopy | null {
  switch (state.status) {
    case 'idle':
      return null
    case 'simulating':
      return { phase: state.status, title: `${stepPrefix(state)}Checking "${state.label}" against the chain…` }
    case 'signing':
      return {
        phase: state.status,
        title: `${stepPrefix(state)}Confirm "${state.label}" in your wallet.`,
        detail: state.batched ? 'One confirmation for every step: your wallet sends them together.' : undefined,
      }
    case 'pending':
      return {
        phase: state.status,
        title: `${stepPrefix(state)}"${state.label}" is waiting to be included in a block…`,
        link: state.explorerUrl ? { href: state.explorerUrl, label: 'View on BaseScan' } : undefined,
      }
    case 'awaiting-signers':
      return {
        phase: state.status,
        title: `"${state.label}" is awaiting the other signers.`,
        detail: 'Your Safe proposed the transaction. It runs once enough owners sign it in the Safe app.',
      }
    case 'confirmed':
      return { phase: state.status, title: `Done: ${state.label}.` }
    case 'failed':
      return { phase: state.status, title: state.error.message }
  }
}
