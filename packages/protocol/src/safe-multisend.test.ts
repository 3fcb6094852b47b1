import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { safeContracts } from '@rialto/contracts-abi/safe'
import fc from 'fast-check'
import { encodeFunctionData, getAddress, type Hex, hexToBigInt, sliceHex, toHex } from 'viem'
import { describe, expect, it } from 'vitest'
import type { RawCall } from './call-review'
import { encodeMultiSendTransactions, multiSendCallOnlyCall } from './safe-multisend'

const { vvv, staking } = veniceContracts[31337]

/** Reads the packed bytes back the way MultiSend's assembly loop walks them. */
function decode(packed: Hex): (RawCall & { operation: number })[] {
  const calls: (RawCall & { operation: number })[] = []
  let offset = 0
  const bytes = (packed.length - 2) / 2
  while (offset < bytes) {
    const operation = Number(hexToBigInt(sliceHex(packed, offset, offset + 1)))
    const to = getAddress(sliceHex(packed, offset + 1, offset + 21))
    const value = hexToBigInt(sliceHex(packed, offset + 21, offset + 53))
    const length = Number(hexToBigInt(sliceHex(packed, offset + 53, offset + 85)))
    const data = length === 0 ? '0x' : sliceHex(packed, offset + 85, offset + 85 + length)
    calls.push({ operation, to, value, data })
    offset += 85 + length
  }
  return calls
}

describe('encodeMultiSendTransactions', () => {
  it('packs operation, to, value, data length and data, with no padding between calls', () => {
    const packed = encodeMultiSendTransactions([
      { to: vvv, value: 0n, data: '0x095ea7b3' },
      { to: staking, value: 5n, data: '0x' },
    ])
    expect(packed).toBe(
      `0x00${vvv.slice(2).toLowerCase()}${'0'.repeat(64)}${'0'.repeat(63)}4095ea7b3` +
        `00${staking.slice(2).toLowerCase()}${'0'.repeat(63)}5${'0'.repeat(64)}`,
    )
  })

  it('is empty for no calls', () => {
    expect(encodeMultiSendTransactions([])).toBe('0x')
  })

  it('reads back, call by call, as CALLs, for any calls', () => {
    const call = fc.record({
      to: fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => getAddress(toHex(bytes))),
      value: fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }),
      data: fc.uint8Array({ maxLength: 100 }).map((bytes) => toHex(bytes)),
    })
    fc.assert(
      fc.property(fc.array(call, { maxLength: 6 }), (calls) => {
        expect(decode(encodeMultiSendTransactions(calls))).toEqual(calls.map((c) => ({ operation: 0, ...c })))
      }),
    )
  })
})

describe('multiSendCallOnlyCall', () => {
  it('calls multiSend on MultiSendCallOnly with the packed calls', () => {
    const calls: RawCall[] = [{ to: vvv, value: 0n, data: '0x1234' }]
    const request = multiSendCallOnlyCall(8453, calls)
    expect(request.address).toBe(safeContracts[8453].multiSendCallOnly)
    expect(request.args).toEqual([encodeMultiSendTransactions(calls)])
    // multiSend(bytes), the selector Safe{Wallet} sends.
    expect(encodeFunctionData(request).slice(0, 10)).toBe('0x8d80ff0a')
  })
})
