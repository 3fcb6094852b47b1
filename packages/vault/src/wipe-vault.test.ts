import { describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { memoryStorage } from './testing/memory-storage'
import { recordingStorage } from './testing/recording-storage'
import { vaultExists } from './vault-exists'
import { wipeVault } from './wipe-vault'

const fast = { iterations: 1_000 }

describe('vaultExists / wipeVault', () => {
  it('removes every vault entry, header last, and leaves other keys alone', async () => {
    const inner = memoryStorage()
    inner.setItem('theme', 'dark')
    const { storage, writes } = recordingStorage(inner)
    expect(vaultExists(storage)).toBe(false)
    const vault = await createVault(storage, 'p', fast)
    await vault.put('a', 1)
    await vault.put('b', 2)
    expect(vaultExists(storage)).toBe(true)
    writes.length = 0
    wipeVault(storage)
    expect(vaultExists(storage)).toBe(false)
    expect(inner.keys()).toEqual(['theme'])
    expect(writes.at(-1)).toEqual({ kind: 'remove', key: 'header' })
  })
})
