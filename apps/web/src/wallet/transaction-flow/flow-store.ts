import { type Address, getAddress, type Hash, isAddress, isHash } from 'viem'
import type { FlowState } from './flow-state'
import { sentTransactionsStorageKey } from './sent-transactions-key'

/** One button's flow for one account on one chain: what a flow's state is filed under. */
export type FlowKey = { chainId: number; account: Address; action: string }

/** A flow's state, and how many times it was started (lets a test tell this run's result from the last). */
export type StoredFlow = FlowKey & { state: FlowState; attempt: number }

/** A transaction this page sent and has not seen mined yet: what a reload needs to show it and wait for it. */
export type SentTransaction = FlowKey & { hash: Hash; label: string }

export const flowKeyId = ({ chainId, account, action }: FlowKey) => `${chainId}:${getAddress(account)}:${action}`

/**
 * Every flow of this tab, kept outside React so a flow outlives the panel that started it (an account switch
 * remounts the panels), and the transactions still waiting to be mined, kept in `storage` so they outlive a
 * reload. Only public facts are stored: hashes, chain ids, accounts and action labels.
 */
export function createFlowStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
  let flows: ReadonlyMap<string, StoredFlow> = new Map()
  const listeners = new Set<() => void>()

  const update = (key: FlowKey, change: (flow: StoredFlow) => StoredFlow) => {
    const id = flowKeyId(key)
    const current = flows.get(id) ?? { ...key, state: { status: 'idle' }, attempt: 0 }
    flows = new Map(flows).set(id, change(current))
    for (const listener of listeners) listener()
  }
  const sent = (): SentTransaction[] => parseSentTransactions(storage?.getItem(sentTransactionsStorageKey) ?? null)
  const writeSent = (list: readonly SentTransaction[]) =>
    storage?.setItem(sentTransactionsStorageKey, JSON.stringify(list))

  return {
    /** A new map on every change, so React can compare snapshots by identity. */
    flows: () => flows,
    setState: (key: FlowKey, state: FlowState) => update(key, (flow) => ({ ...flow, state })),
    startAttempt: (key: FlowKey) => update(key, (flow) => ({ ...flow, attempt: flow.attempt + 1 })),
    dismiss: (key: FlowKey) => update(key, (flow) => ({ ...flow, state: { status: 'idle' } })),
    sent,
    rememberSent: (transaction: SentTransaction) =>
      writeSent([...sent().filter(({ hash }) => hash !== transaction.hash), transaction]),
    forgetSent: (hash: Hash) => writeSent(sent().filter((transaction) => transaction.hash !== hash)),
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/** What storage holds, keeping only well-formed entries: the text may be old, or edited by hand. */
export function parseSentTransactions(text: string | null): SentTransaction[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.flatMap((entry: unknown) => {
    const hasFields =
      typeof entry === 'object' &&
      entry !== null &&
      'hash' in entry &&
      'chainId' in entry &&
      'account' in entry &&
      'action' in entry &&
      'label' in entry
    if (!hasFields) return []
    const { hash, chainId, account, action, label } = entry
    const wellFormed =
      typeof hash === 'string' &&
      isHash(hash) &&
      typeof chainId === 'number' &&
      typeof account === 'string' &&
      isAddress(account) &&
      typeof action === 'string' &&
      typeof label === 'string'
    return wellFormed ? [{ hash, chainId, account: getAddress(account), action, label }] : []
  })
}

/** The one store of this browser tab (the server renders every flow idle, so it gets no storage). */
export const flowStore = createFlowStore(typeof window === 'undefined' ? null : window.localStorage)
