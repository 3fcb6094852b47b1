import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { createFlowStore, parseSentTransactions, type SentTransaction } from './flow-store'

const alice: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const bob: Address = '0x70997970C51812dc3A010C7d01b50e20d79C79C8'
const hash = `0x${'ab'.repeat(32)}` as const
const sent: SentTransaction = { chainId: 31337, account: alice, action: 'stake-vvv', hash, label: 'Approve 10 VVV' }

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  }
}

describe('flow store', () => {
  it('keeps each account’s flow apart, so a switch to another account does not show or lose it', () => {
    const store = createFlowStore(null)
    const aliceKey = { chainId: 31337, account: alice, action: 'stake-vvv' }
    store.startAttempt(aliceKey)
    store.setState(aliceKey, { status: 'signing', label: 'Stake', stepIndex: 0, stepCount: 1, batched: false })
    const flows = [...store.flows().values()]
    expect(flows).toHaveLength(1)
    expect(flows[0]).toMatchObject({ account: alice, attempt: 1, state: { status: 'signing' } })
    expect(store.flows().get(`31337:${bob}:stake-vvv`)).toBeUndefined()
  })

  it('hands React a new snapshot on every change, and tells its listeners', () => {
    const store = createFlowStore(null)
    const before = store.flows()
    let told = 0
    store.subscribe(() => told++)
    store.dismiss({ chainId: 31337, account: alice, action: 'claim-rewards' })
    expect(store.flows()).not.toBe(before)
    expect(told).toBe(1)
  })

  it('remembers sent transactions in storage until they are forgotten, once per hash', () => {
    const storage = memoryStorage()
    createFlowStore(storage).rememberSent(sent)
    const afterReload = createFlowStore(storage)
    afterReload.rememberSent(sent)
    expect(afterReload.sent()).toEqual([sent])
    afterReload.forgetSent(hash)
    expect(createFlowStore(storage).sent()).toEqual([])
  })
})

describe('parseSentTransactions', () => {
  it('reads what the store wrote, checksumming the account', () => {
    expect(parseSentTransactions(JSON.stringify([{ ...sent, account: alice.toLowerCase() }]))).toEqual([sent])
  })

  it('drops what is not a well-formed record instead of failing', () => {
    expect(parseSentTransactions(null)).toEqual([])
    expect(parseSentTransactions('{not json')).toEqual([])
    expect(parseSentTransactions('{"hash":"0x1"}')).toEqual([])
    const broken = [{ ...sent, hash: '0x1234' }, { ...sent, chainId: '31337' }, { ...sent, account: 'me' }, null, 7]
    expect(parseSentTransactions(JSON.stringify([...broken, sent]))).toEqual([sent])
  })
})
