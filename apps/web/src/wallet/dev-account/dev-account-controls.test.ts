import { describe, expect, it, vi } from 'vitest'
import { createDevAccountControls } from './dev-account-controls'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  }
}

describe('createDevAccountControls', () => {
  it('starts on account #0, or on the one chosen before', () => {
    expect(createDevAccountControls(null).accountIndex()).toBe(0)
    expect(createDevAccountControls(memoryStorage({ 'rialto.devAccountIndex': '3' })).accountIndex()).toBe(3)
    expect(createDevAccountControls(memoryStorage({ 'rialto.devAccountIndex': '9' })).accountIndex()).toBe(0)
  })

  it('remembers the chosen account and tells subscribers', () => {
    const storage = memoryStorage()
    const controls = createDevAccountControls(storage)
    const listener = vi.fn()
    controls.subscribe(listener)
    controls.selectAccount(5)
    expect(controls.accountIndex()).toBe(5)
    expect(storage.getItem('rialto.devAccountIndex')).toBe('5')
    expect(listener).toHaveBeenCalledTimes(1)
    controls.selectAccount(8)
    expect(controls.accountIndex()).toBe(5)
  })

  it('rejects exactly one signature once armed', () => {
    const controls = createDevAccountControls(null)
    expect(controls.takeRejectNextSignature()).toBe(false)
    controls.setRejectNextSignature(true)
    expect(controls.rejectsNextSignature()).toBe(true)
    expect(controls.takeRejectNextSignature()).toBe(true)
    expect(controls.takeRejectNextSignature()).toBe(false)
  })
})
