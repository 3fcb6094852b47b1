import { describe, expect, it } from 'vitest'
import { parseRequestParams } from './dev-account-requests'

const to = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

describe('parseRequestParams', () => {
  it('reads a transaction request, leaving out fields the dev account does not use', () => {
    expect(parseRequestParams('eth_sendTransaction', [{ to, data: '0x12', from: to }])).toEqual([{ to, data: '0x12' }])
  })

  it('refuses malformed parameters with EIP-1193 "invalid params", saying which method', () => {
    for (const params of [undefined, [], [{ to: 'not an address' }], [{ to, data: 'zz' }]]) {
      expect(() => parseRequestParams('eth_sendTransaction', params)).toThrow(
        expect.objectContaining({ code: -32602, message: expect.stringMatching(/^eth_sendTransaction: /) }),
      )
    }
    expect(() => parseRequestParams('wallet_switchEthereumChain', [{ chainId: 31337 }])).toThrow(/hex/)
  })

  it('reads the account wallet_getCapabilities asks about, which may be left out', () => {
    expect(parseRequestParams('wallet_getCapabilities', [to, ['0x7a69']])).toEqual([to, ['0x7a69']])
    expect(parseRequestParams('wallet_getCapabilities', [])).toEqual([undefined])
    expect(() => parseRequestParams('wallet_getCapabilities', ['0x1234'])).toThrow(/address/)
  })
})
