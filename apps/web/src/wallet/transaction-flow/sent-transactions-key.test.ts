import { devnet } from '@rialto/contracts-abi/chains'
import { describe, expect, it } from 'vitest'
import { createFlowStore } from './flow-store'
import { sentTransactionsRemembered } from './sent-transactions-key'

const memoryStorage = () => {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}
const sent = {
  chainId: devnet.id,
  account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  action: 'stake',
  hash: `0x${'ab'.repeat(32)}`,
  label: 'Stake 1 VVV',
} as const

describe('sentTransactionsRemembered', () => {
  it('sees what the flow store remembers, and nothing once it forgets it', () => {
    const storage = memoryStorage()
    const store = createFlowStore(storage)
    expect(sentTransactionsRemembered(() => storage)).toBe(false)
    store.rememberSent(sent)
    expect(sentTransactionsRemembered(() => storage)).toBe(true)
    store.forgetSent(sent.hash)
    expect(sentTransactionsRemembered(() => storage)).toBe(false)
  })

  it('says no when storage refuses to be reached or read, or there is none', () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    expect(sentTransactionsRemembered(denied)).toBe(false)
    expect(sentTransactionsRemembered(() => ({ getItem: denied }))).toBe(false)
    expect(sentTransactionsRemembered(() => null)).toBe(false)
  })
})
