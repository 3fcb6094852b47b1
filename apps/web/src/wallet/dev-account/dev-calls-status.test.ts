import type { Hash, TransactionReceipt } from 'viem'
import { describe, expect, it } from 'vitest'
import { callsStatus } from './dev-calls-status'

const hash = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash
const receipt = (n: number, status: 'success' | 'reverted') =>
  ({
    blockHash: hash(99),
    blockNumber: 7n,
    gasUsed: 21_000n,
    status,
    transactionHash: hash(n),
    logs: [],
  }) as unknown as TransactionReceipt

describe('callsStatus', () => {
  it('is pending until every call is sent and mined', () => {
    expect(
      callsStatus('0x1', '0x7a69', { total: 2, atomic: false, hashes: [hash(1)], finished: false }, [null]).status,
    ).toBe(100)
    expect(
      callsStatus('0x1', '0x7a69', { total: 2, atomic: false, hashes: [hash(1)], finished: false }, [
        receipt(1, 'success'),
      ]).status,
    ).toBe(100)
  })

  it('is confirmed when every call succeeded, with the receipts in RPC form', () => {
    const status = callsStatus(
      '0x1',
      '0x7a69',
      { total: 2, atomic: false, hashes: [hash(1), hash(2)], finished: true },
      [receipt(1, 'success'), receipt(2, 'success')],
    )
    expect(status).toMatchObject({ status: 200, atomic: false, chainId: '0x7a69' })
    expect(status.receipts[1]).toMatchObject({ status: '0x1', blockNumber: '0x7', transactionHash: hash(2) })
  })

  it('tells a partial failure from a complete one', () => {
    const partial = { total: 2, atomic: false, hashes: [hash(1)], finished: true, error: new Error('estimate failed') }
    expect(callsStatus('0x1', '0x7a69', partial, [receipt(1, 'success')]).status).toBe(600)
    const none = { total: 2, atomic: false, hashes: [hash(1)], finished: true }
    expect(callsStatus('0x1', '0x7a69', none, [receipt(1, 'reverted')]).status).toBe(500)
  })

  it('answers an atomic batch with its one transaction, confirmed or reverted as a whole', () => {
    const record = { total: 1, atomic: true, hashes: [hash(3)], finished: true }
    expect(callsStatus('0x1', '0x7a69', record, [null])).toMatchObject({ status: 100, atomic: true })
    const confirmed = callsStatus('0x1', '0x7a69', record, [receipt(3, 'success')])
    expect(confirmed).toMatchObject({ status: 200, atomic: true })
    expect(confirmed.receipts.map(({ transactionHash }) => transactionHash)).toEqual([hash(3)])
    expect(callsStatus('0x1', '0x7a69', record, [receipt(3, 'reverted')]).status).toBe(500)
  })
})
