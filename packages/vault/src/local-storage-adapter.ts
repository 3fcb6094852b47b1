import type { VaultStorage } from './storage'

/** The part of a `StorageEvent` the adapter reads. */
export type StorageEventLike = { key: string | null; storageArea: unknown }

/** Where `storage` events arrive; `window` in a browser. */
export type StorageEventSource = {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void
}

/** The part of `navigator.locks` the adapter uses. */
export type LockRequester = { request<T>(name: string, callback: () => Promise<T>): Promise<T> }

/**
 * The vault over `window.localStorage`, every key prefixed with `namespace/` so the vault can share the origin's
 * storage with other code. Pass `events` (usually `window`) to be told about writes made by other tabs, and
 * `locks` (`navigator.locks`) so that saves from two tabs take turns.
 */
export function localStorageAdapter(
  storage: Storage,
  namespace: string,
  { events, locks }: { events?: StorageEventSource; locks?: LockRequester } = {},
): VaultStorage {
  const prefix = `${namespace}/`
  return {
    exclusive: locks ? (task) => locks.request(`${prefix}write`, task) : undefined,
    getItem: (key) => storage.getItem(prefix + key),
    setItem: (key, value) => storage.setItem(prefix + key, value),
    removeItem: (key) => storage.removeItem(prefix + key),
    keys() {
      const keys: string[] = []
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index)
        if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length))
      }
      return keys
    },
    watch: events
      ? (listener) => {
          const onStorage = (event: StorageEventLike) => {
            if (event.storageArea !== storage) return
            // `key === null` means another tab called `localStorage.clear()`.
            if (event.key === null) listener(null)
            else if (event.key.startsWith(prefix)) listener(event.key.slice(prefix.length))
          }
          events.addEventListener('storage', onStorage)
          return () => events.removeEventListener('storage', onStorage)
        }
      : undefined,
  }
}
