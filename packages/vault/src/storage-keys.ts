/** Where the vault keeps things inside its storage. Adapters add their own namespace in front. */
export const storageKeys = {
  header: 'header',
  recordPrefix: 'record:',
  /** The revision map: `revisions:root` and its buckets `revisions:0` … (see `revision-map.ts`). */
  revisionsPrefix: 'revisions:',
} as const

export function recordKey(recordId: string): string {
  return storageKeys.recordPrefix + recordId
}

/** The record id stored under `key`, or `undefined` when the key is not a record. */
export function recordIdOf(key: string): string | undefined {
  return key.startsWith(storageKeys.recordPrefix) ? key.slice(storageKeys.recordPrefix.length) : undefined
}

export function isVaultKey(key: string): boolean {
  return key === storageKeys.header || recordIdOf(key) !== undefined || key.startsWith(storageKeys.revisionsPrefix)
}
