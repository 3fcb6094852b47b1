import type { VaultStorage } from '../storage'

export type StorageWrite = { kind: 'set'; key: string; value: string } | { kind: 'remove'; key: string }

/**
 * Wraps a storage to log every write, and optionally to die at the `crashAtWrite`-th one (1-based): that write
 * and every later one throw, as if the tab closed mid-operation. For tests and the benchmark.
 */
export function recordingStorage(
  inner: VaultStorage,
  { crashAtWrite = Number.POSITIVE_INFINITY }: { crashAtWrite?: number } = {},
): { storage: VaultStorage; writes: StorageWrite[] } {
  const writes: StorageWrite[] = []
  const attempt = (write: StorageWrite, perform: () => void) => {
    if (writes.length + 1 >= crashAtWrite) throw new Error('Simulated crash: this write never happened.')
    perform()
    writes.push(write)
  }
  return {
    writes,
    storage: {
      getItem: (key) => inner.getItem(key),
      keys: () => inner.keys(),
      setItem: (key, value) => attempt({ kind: 'set', key, value }, () => inner.setItem(key, value)),
      removeItem: (key) => attempt({ kind: 'remove', key }, () => inner.removeItem(key)),
    },
  }
}
