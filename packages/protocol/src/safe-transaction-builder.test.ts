import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { base } from '@rialto/contracts-abi/chains'
import { decodeFunctionData, parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { approveVvvCall, mintDiemCall, stakeCall } from './actions'
import { toRawCall } from './call-review'
import {
  builderSerialization,
  parseTransactionBuilderFile,
  transactionBuilderChecksum,
  transactionBuilderFile,
} from './safe-transaction-builder'

const safe = '0x1234567890AbcdEF1234567890aBcdef12345678'
const amount = parseEther('1250.5')
const calls = [
  approveVvvCall(base.id, amount),
  stakeCall(base.id, safe, amount),
  mintDiemCall(base.id, parseEther('100'), 123n),
] as const
const file = transactionBuilderFile({ chainId: base.id, safe, name: 'Stake and mint', calls, createdAt: 1764633600000 })

describe('transactionBuilderFile', () => {
  it('writes the fields the Builder imports, with each call as exact calldata and in words', () => {
    expect(file).toMatchObject({
      version: '1.0',
      chainId: '8453',
      createdAt: 1764633600000,
      meta: { name: 'Stake and mint', createdFromSafeAddress: '0x1234567890AbcdEF1234567890aBcdef12345678' },
    })
    expect(file.transactions[1]).toEqual({
      to: veniceContracts[base.id].staking,
      value: '0',
      data: toRawCall(calls[1]).data,
      contractMethod: {
        name: 'stake',
        payable: false,
        inputs: [
          { name: 'recipient', type: 'address', internalType: 'address' },
          { name: 'amount', type: 'uint256', internalType: 'uint256' },
        ],
      },
      contractInputsValues: { recipient: safe, amount: '1250500000000000000000' },
    })
  })

  it('says the same in words as in bytes: the method and its values encode to the calldata', () => {
    for (const [index, transaction] of file.transactions.entries()) {
      const decoded = decodeFunctionData({ abi: calls[index]?.abi ?? [], data: transaction.data })
      expect(decoded.functionName).toBe(transaction.contractMethod.name)
      expect((decoded.args ?? []).map(String)).toEqual(Object.values(transaction.contractInputsValues))
    }
  })

  it('carries the checksum the Builder checks on import', () => {
    expect(file.meta.checksum).toMatch(/^0x[0-9a-f]{64}$/)
    expect(transactionBuilderChecksum(file)).toBe(file.meta.checksum)
    const edited = structuredClone(file)
    edited.transactions = edited.transactions.map((transaction) => ({ ...transaction, value: '1' }))
    expect(transactionBuilderChecksum(edited)).not.toBe(file.meta.checksum)
  })
})

describe('builderSerialization', () => {
  it('lists sorted keys first, then each value followed by a comma, as the Builder does', () => {
    expect(builderSerialization({ b: [1, 'x'], a: { c: null, d: undefined } })).toBe(
      '{["a","b"]{["c","d"]null,null,},[1,"x"],}',
    )
  })
})

describe('parseTransactionBuilderFile', () => {
  it('reads an exported file back to exactly the calls that were put in', () => {
    const parsed = parseTransactionBuilderFile(JSON.parse(JSON.stringify(file)))
    expect(parsed).toEqual({
      ok: true,
      file: { chainId: 8453, safe, calls: calls.map(toRawCall), checksumMatches: true },
    })
  })

  it('notices a file edited after export', () => {
    const edited = JSON.parse(JSON.stringify(file))
    edited.transactions[0].data = toRawCall(approveVvvCall(base.id, amount * 2n)).data
    const parsed = parseTransactionBuilderFile(edited)
    expect(parsed.ok && parsed.file.checksumMatches).toBe(false)
  })

  it('refuses what is not a Builder file with calldata, saying where', () => {
    expect(parseTransactionBuilderFile({ version: '1.0' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/^Not a Transaction Builder file with calldata: /),
    })
    const withoutData = JSON.parse(JSON.stringify(file))
    delete withoutData.transactions[0].data
    const parsed = parseTransactionBuilderFile(withoutData)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.reason).toContain('transactions.0.data')
    expect(parseTransactionBuilderFile({ ...file, transactions: [] }).ok).toBe(false)
  })
})
