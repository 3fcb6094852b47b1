import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { readRememberedWatchList, rememberWatchList, watchListStorageKey } from './remembered-watch-list'

const account0: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const account1: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[watchListStorageKey, initial]])
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

describe('the remembered watch list', () => {
  it('reads back what was remembered', () => {
    const storage = memoryStorage()
    const remembered = { addresses: [account0, account1], labels: { [account1]: 'Ops' } }
    rememberWatchList(() => storage, remembered)
    expect(readRememberedWatchList(() => storage)).toEqual(remembered)
  })

  it('is empty when nothing, or nothing usable, was stored', () => {
    expect(readRememberedWatchList(() => memoryStorage())).toEqual({ addresses: [], labels: {} })
    expect(readRememberedWatchList(() => memoryStorage('not json'))).toEqual({ addresses: [], labels: {} })
    expect(readRememberedWatchList(() => memoryStorage('{"addresses":[1]}'))).toEqual({ addresses: [], labels: {} })
    expect(readRememberedWatchList(() => null)).toEqual({ addresses: [], labels: {} })
  })

  it('drops a list that breaks the rules and labels on bad addresses, keeps good labels', () => {
    const stored = JSON.stringify({
      addresses: [account0, account0],
      labels: { [account0.toLowerCase()]: '  Main  ', nope: 'x', [account1]: '' },
    })
    expect(readRememberedWatchList(() => memoryStorage(stored))).toEqual({
      addresses: [],
      labels: { [account0]: 'Main' },
    })
  })

  it('survives storage that throws', () => {
    const throwing = () => {
      throw new Error('denied')
    }
    expect(readRememberedWatchList(throwing)).toEqual({ addresses: [], labels: {} })
    expect(() => rememberWatchList(throwing, { addresses: [], labels: {} })).not.toThrow()
  })
})
