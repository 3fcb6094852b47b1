import { multicall3Abi, vvvAbi } from '@rialto/contracts-abi/abis'
import { describe, expect, it } from 'vitest'
import { referenceEntries } from './abi-reference'

describe('referenceEntries', () => {
  const vvv = referenceEntries(vvvAbi)

  it('gives a function its canonical signature, its 4-byte selector and its mutability', () => {
    expect(vvv.find(({ name }) => name === 'transfer')).toEqual({
      kind: 'function',
      name: 'transfer',
      signature: 'transfer(address,uint256)',
      selector: '0xa9059cbb',
      stateMutability: 'nonpayable',
      inputs: [
        { name: 'to', type: 'address' },
        { name: 'amount', type: 'uint256' },
      ],
      outputs: [{ name: '', type: 'bool' }],
    })
  })

  it('gives an event its topic 0 and says which arguments are indexed', () => {
    const transfer = vvv.find(({ kind, name }) => kind === 'event' && name === 'Transfer')
    expect(transfer?.selector).toBe('0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef')
    expect(transfer?.inputs.map(({ indexed }) => indexed)).toEqual([true, true, false])
  })

  it('hashes a tuple by its components and shows it with their names', () => {
    const [aggregate3] = referenceEntries(multicall3Abi)
    expect(aggregate3?.signature).toBe('aggregate3((address,bool,bytes)[])')
    expect(aggregate3?.selector).toBe('0x82ad56cb')
    expect(aggregate3?.inputs).toEqual([
      { name: 'calls', type: '(address target, bool allowFailure, bytes callData)[]' },
    ])
  })
})
