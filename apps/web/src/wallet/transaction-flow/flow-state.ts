import type { ErrorDescription } from '@rialto/protocol/errors'
import type { Hash } from 'viem'
import type { SafeConfirmations } from '../safe-app/safe-transaction-status'
import type { Confirmation } from './transaction-plan'

type StepProgress = { label: string; stepIndex: number; stepCount: number; batched: boolean }

/** Where one action stands: validate → simulate → sign → pending → confirmed, or failed at any point. */
export type FlowState =
  | { status: 'idle' }
  | ({ status: 'simulating' } & StepProgress)
  | ({ status: 'signing' } & StepProgress)
  | ({ status: 'pending'; hash?: Hash; explorerUrl?: string } & StepProgress)
  // Proposed to a Safe and followed there: `readyToExecute` once enough owners signed; null confirmations until the
  // Safe web app first reports them.
  | {
      status: 'awaiting-signers'
      label: string
      safeTxHash: Hash
      confirmations: SafeConfirmations | null
      readyToExecute: boolean
    }
  | { status: 'confirmed'; label: string; confirmations: readonly Confirmation[] }
  // `hash`: the transaction that reverted, when one did.
  | { status: 'failed'; label: string; error: ErrorDescription; hash?: Hash }

export type BusyFlowState = Extract<FlowState, { status: 'simulating' | 'signing' | 'pending' | 'awaiting-signers' }>

/** Until it ends; a Safe proposal too, which a second click would queue twice. */
export function isBusy(state: FlowState): state is BusyFlowState {
  return (
    state.status === 'simulating' ||
    state.status === 'signing' ||
    state.status === 'pending' ||
    state.status === 'awaiting-signers'
  )
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
      return { phase: state.status, title: proposedTitle(state), detail: proposedDetail(state) }
    case 'confirmed':
      return { phase: state.status, title: `Done: ${state.label}.` }
    case 'failed':
      return { phase: state.status, title: state.error.message }
  }
}

type ProposedState = Extract<FlowState, { status: 'awaiting-signers' }>

function proposedTitle({ label, confirmations }: ProposedState): string {
  const count = confirmations ? ` — ${confirmations.submitted} of ${confirmations.required} confirmations` : ''
  return `Proposed${count}: "${label}".`
}

function proposedDetail({ safeTxHash, confirmations, readyToExecute }: ProposedState): string {
  const missing = confirmations ? confirmations.required - confirmations.submitted : 0
  const next = readyToExecute
    ? 'Signed by enough owners: it runs once an owner executes it in the Safe app.'
    : missing > 0
      ? `It runs once ${missing} more ${missing === 1 ? 'owner signs' : 'owners sign'} it and it is executed in the Safe app.`
      : 'It runs once enough owners sign it and it is executed in the Safe app.'
  return `Safe transaction ${safeTxHash}. ${next} Nothing has happened on chain yet.`
}
