/** Where the transactions this browser sent and has not seen mined are kept, in localStorage. */
export const sentTransactionsStorageKey = 'rialto.sentTransactions'

/**
 * Whether an earlier visit left a transaction to follow. A look at the raw text, without viem, so a page can decide
 * before loading the wallet code; the flow store parses the entries when it follows them.
 */
export function sentTransactionsRemembered(storage: () => Pick<Storage, 'getItem'> | null): boolean {
  try {
    // Even reaching `window.localStorage` can throw, so it is fetched in here.
    const text = storage()?.getItem(sentTransactionsStorageKey)
    return text != null && text.trim() !== '[]'
  } catch {
    // Storage refused (a privacy setting): nothing could have been remembered.
    return false
  }
}
