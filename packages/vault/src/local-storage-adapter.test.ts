import { describe, expect, it, vi } from 'vitest'
import { localStorageAdapter, type StorageEventLike } from './local-storage-adapter'

/** The Web Storage API over a Map, as `window.localStorage` would behave. */
function fakeLocalStorage(): Storage {
  const entries = new Map<string, string>()
  return {
    get length() {
      return entries.size
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  }
}

function fakeWindow() {
  const listeners = new Set<(event: StorageEventLike) => void>()
  return {
    addEventListener: (_type: 'storage', listener: (event: StorageEventLike) => void) => void listeners.add(listener),
    removeEventListener: (_type: 'storage', listener: (event: StorageEventLike) => void) =>
      void listeners.delete(listener),
    dispatch: (event: StorageEventLike) => {
      for (const listener of listeners) listener(event)
    },
  }
}

describe('localStorageAdapter', () => {
  it('keeps the vault under its namespace and leaves other keys alone', () => {
    const local = fakeLocalStorage()
    local.setItem('theme', 'dark')
    local.setItem('other/header', 'not ours')
    const storage = localStorageAdapter(local, 'rialto-vault')
    storage.setItem('header', '{}')
    storage.setItem('record:a', 'x')
    expect(local.getItem('rialto-vault/header')).toBe('{}')
    expect(storage.getItem('header')).toBe('{}')
    expect(storage.keys().sort()).toEqual(['header', 'record:a'])
    storage.removeItem('record:a')
    expect(local.getItem('rialto-vault/record:a')).toBeNull()
    expect(local.getItem('theme')).toBe('dark')
  })

  it('passes on storage events for its own area and namespace only', () => {
    const local = fakeLocalStorage()
    const window = fakeWindow()
    const storage = localStorageAdapter(local, 'rialto-vault', { events: window })
    const listener = vi.fn()
    const stop = storage.watch?.(listener)
    window.dispatch({ key: 'rialto-vault/record:a', storageArea: local })
    window.dispatch({ key: 'theme', storageArea: local })
    window.dispatch({ key: 'rialto-vault/record:b', storageArea: fakeLocalStorage() })
    window.dispatch({ key: null, storageArea: local })
    expect(listener.mock.calls).toEqual([['record:a'], [null]])
    stop?.()
    window.dispatch({ key: 'rialto-vault/record:c', storageArea: local })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('offers no watch without an event source', () => {
    expect(localStorageAdapter(fakeLocalStorage(), 'v').watch).toBeUndefined()
  })
})
