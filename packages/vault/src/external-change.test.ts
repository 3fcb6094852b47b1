import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createVault } from './create-vault'
import type { ExternalChange } from './external-change'
import { openVault } from './open-vault'
import { type MemoryStorage, memoryStorage } from './testing/memory-storage'
import type { Vault } from './vault'
import { wipeVault } from './wipe-vault'

const fast = { iterations: 1_000 }
let tabA: MemoryStorage
let tabB: MemoryStorage
let vaultA: Vault
let vaultB: Vault
let heardByB: ExternalChange[]

beforeEach(async () => {
  tabA = memoryStorage()
  tabB = tabA.openTab()
  vaultA = await createVault(tabA, 'p', fast)
  vaultB = await openVault(tabB, 'p')
  heardByB = []
  vaultB.onExternalChange((change) => heardByB.push(change))
})

describe('onExternalChange', () => {
  it('names the records another tab saved or deleted, and not this tab’s own saves', async () => {
    await vaultA.put('conversation:1', { title: 't' })
    await vaultA.put('settings', {})
    await vaultB.put('memory', [])
    await vaultA.delete('conversation:1')
    expect(heardByB).toEqual([
      { kind: 'record', id: 'conversation:1' },
      { kind: 'record', id: 'settings' },
      { kind: 'record', id: 'conversation:1' },
    ])
  })

  it('forgets what it knew of a record another tab deleted, so a recreated record is not taken for a rollback', async () => {
    for (const value of [1, 2, 3]) await vaultA.put('c', value)
    const blindB = await openVault(tabA.openTab(), 'p')
    expect((await vaultB.get('c'))?.revision).toBe(3)
    expect((await blindB.get('c'))?.revision).toBe(3)
    await vaultA.delete('c')
    await vaultA.put('c', 'recreated')
    expect(await vaultB.get('c')).toEqual({ id: 'c', revision: 1, value: 'recreated' })
    await expect(vaultB.put('c', 'from B')).resolves.toEqual({ id: 'c', revision: 2 })
    // A handle that does not listen cannot tell a recreated record from a replayed old one, and says so.
    await expect(blindB.get('c')).rejects.toMatchObject({ name: 'TamperedRecordError', reason: 'rollback' })
  })

  it('reports a passphrase change (nothing to reload) apart from a wipe (this tab should lock)', async () => {
    await vaultA.changePassphrase('p', 'q', fast)
    wipeVault(tabA)
    expect(heardByB).toEqual([{ kind: 'passphrase-changed' }, { kind: 'vault-removed' }])
  })

  it('reports a vault replaced by a new one as removed', async () => {
    wipeVault(tabA)
    await createVault(tabA, 'p', fast)
    expect(heardByB.at(-1)).toEqual({ kind: 'vault-removed' })
  })

  it('stops on unsubscribe and on lock', async () => {
    const listener = vi.fn()
    const stop = vaultB.onExternalChange(listener)
    stop()
    await vaultA.put('x', 1)
    expect(listener).not.toHaveBeenCalled()
    vaultB.lock()
    await vaultA.put('y', 1)
    expect(heardByB).toEqual([{ kind: 'record', id: 'x' }])
  })

  it('says so when the storage cannot report other tabs', async () => {
    const { watch: _, ...blind } = memoryStorage()
    const vault = await createVault(blind, 'p', fast)
    expect(() => vault.onExternalChange(() => undefined)).toThrow(/cannot report changes/)
  })
})
