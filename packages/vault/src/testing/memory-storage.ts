import { serialQueue } from '../serial-queue'
import type { VaultStorage } from '../storage'

export type MemoryStorage = VaultStorage & {
  /** Another handle on the same entries, like the same site open in a second tab: each sees the other's writes. */
  openTab(): MemoryStorage
  /** Bytes in use, counted like browsers do: UTF-16 code units of keys and values, two bytes each. */
  usedBytes(): number
}

type Shared = {
  entries: Map<string, string>
  /** One lock for every tab, like `navigator.locks` for one origin. */
  lock: ReturnType<typeof serialQueue>
  quotaBytes: number
  tabs: Set<(origin: object, key: string | null) => void>
}

/** Web Storage semantics in memory, for tests and Node: same quota error as browsers, storage events between tabs. */
export function memoryStorage({ quotaBytes = Number.POSITIVE_INFINITY }: { quotaBytes?: number } = {}): MemoryStorage {
  return memoryTab({ entries: new Map(), lock: serialQueue(), quotaBytes, tabs: new Set() })
}

function memoryTab(shared: Shared): MemoryStorage {
  const tab = {}
  const size = (key: string, value: string | undefined) => (value === undefined ? 0 : 2 * (key.length + value.length))
  const usedBytes = () => [...shared.entries].reduce((sum, [key, value]) => sum + size(key, value), 0)
  const announce = (key: string | null) => {
    for (const notify of shared.tabs) notify(tab, key)
  }
  return {
    getItem: (key) => shared.entries.get(key) ?? null,
    setItem(key, value) {
      const after = usedBytes() - size(key, shared.entries.get(key)) + size(key, value)
      if (after > shared.quotaBytes) {
        throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError')
      }
      shared.entries.set(key, value)
      announce(key)
    },
    removeItem(key) {
      if (shared.entries.delete(key)) announce(key)
    },
    keys: () => [...shared.entries.keys()],
    watch(listener) {
      // Like the `storage` event: only changes made through another tab are reported.
      const notify = (origin: object, key: string | null) => origin !== tab && listener(key)
      shared.tabs.add(notify)
      return () => shared.tabs.delete(notify)
    },
    exclusive: (task) => shared.lock(task),
    openTab: () => memoryTab(shared),
    usedBytes,
  }
}
