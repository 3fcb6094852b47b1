import { StorageFullError } from './errors'

/**
 * The few synchronous key/value operations the vault needs. `window.localStorage` fits it through
 * `localStorageAdapter`; tests use `memoryStorage`. Values are strings, like Web Storage.
 */
export type VaultStorage = {
  getItem(key: string): string | null
  /** Must store the whole value or throw (for example a `QuotaExceededError`), never half of it. */
  setItem(key: string, value: string): void
  removeItem(key: string): void
  keys(): string[]
  /**
   * Calls `listener` with the key that another tab (or another storage handle) changed, or `null` when it
   * cleared everything. Returns the function that stops listening. Optional: not every storage can tell.
   */
  watch?(listener: (key: string | null) => void): () => void
  /**
   * Runs `task` while no other tab runs one on this storage (`navigator.locks` in a browser), so a read-modify-write
   * cannot interleave with another tab's. Optional: without it, compare-and-set still refuses most races.
   */
  exclusive?<T>(task: () => Promise<T>): Promise<T>
}

/** Browsers throw a `DOMException` named `QuotaExceededError` (old Firefox: `NS_ERROR_DOM_QUOTA_REACHED`). */
export function isQuotaExceededError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** `setItem`, with a full quota reported as `StorageFullError`. The old value stays: Web Storage writes whole values. */
export function writeItem(storage: VaultStorage, key: string, value: string): void {
  try {
    storage.setItem(key, value)
  } catch (error) {
    if (isQuotaExceededError(error)) throw new StorageFullError({ cause: error })
    throw error
  }
}

/** `storage.exclusive(task)`, or just `task()` for a storage that has no cross-tab lock. */
export function exclusively<T>(storage: VaultStorage, task: () => Promise<T>): Promise<T> {
  return storage.exclusive ? storage.exclusive(task) : task()
}
