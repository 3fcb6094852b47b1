import type { BaseTransaction, SendTransactionsResponse } from '@safe-global/safe-apps-sdk'
import { safeAppOriginPatterns, safeAppOrigins } from './safe-app-origins'
import type { SafeTransactionDetails } from './safe-transaction-status'

/** What the transaction flow asks of the Safe web app: propose a batch, then read how the proposal stands. */
export type SafeTransactions = {
  send: (request: { txs: BaseTransaction[] }) => Promise<SendTransactionsResponse>
  getBySafeTxHash: (safeTxHash: string) => Promise<SafeTransactionDetails>
}

let transactions: Promise<SafeTransactions> | undefined

/**
 * The Safe Apps SDK's transactions, from one SDK instance per tab, listening to the allowed Safe web apps only.
 * Loaded on first use: only a flow inside the Safe web app needs it.
 */
export function safeAppsTransactions(): Promise<SafeTransactions> {
  transactions ??= import('@safe-global/safe-apps-sdk').then(
    ({ default: SafeAppsSDK }) => new SafeAppsSDK({ allowedDomains: safeAppOriginPatterns(safeAppOrigins()) }).txs,
  )
  return transactions
}
