import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import * as v from 'valibot'
import { type Address, getAddress, type Hex, isAddress, isHex, keccak256, stringToHex } from 'viem'
import type { WriteCall } from './actions'
import { abiFunctionOf, argumentText, type RawCall, toRawCall } from './call-review'

/**
 * The JSON file Safe{Wallet}'s Transaction Builder imports ("drag and drop a batch"), as its app defines it
 * (safe-global/safe-react-apps, apps/tx-builder: typings/models.ts, lib/checksum.ts). A treasury that proposes
 * through governance or signs in Safe{Wallet} gets the batch as this file.
 */
export type TransactionBuilderFile = {
  version: '1.0'
  chainId: string
  /** Milliseconds since the epoch, as the Builder writes it. */
  createdAt: number
  meta: {
    name: string
    description: string
    txBuilderVersion: string
    createdFromSafeAddress: string
    createdFromOwnerAddress: string
    checksum: Hex
  }
  transactions: TransactionBuilderTransaction[]
}

export type TransactionBuilderTransaction = {
  to: Address
  /** Wei, as a decimal string. */
  value: string
  /**
   * The exact calldata. When it is present the Builder sends it as it is, so nothing is encoded again on import;
   * `contractMethod` and `contractInputsValues` say the same in words, for whoever reads the file.
   */
  data: Hex
  contractMethod: { name: string; payable: boolean; inputs: { name: string; type: string; internalType: string }[] }
  contractInputsValues: Record<string, string>
}

/** The Builder version whose format this follows; the Builder reads files from older and newer versions alike. */
const builderFormatVersion = '1.18.0'

export type TransactionBuilderFileInput = {
  chainId: SupportedChainId
  safe: Address
  name: string
  description?: string
  calls: readonly WriteCall[]
  createdAt: number
}

/** The Builder file for a batch of Rialto's writes, from the Safe that will execute it. */
export function transactionBuilderFile(input: TransactionBuilderFileInput): TransactionBuilderFile {
  const unsigned = {
    version: '1.0' as const,
    chainId: String(input.chainId),
    createdAt: input.createdAt,
    meta: {
      name: input.name,
      description: input.description ?? '',
      txBuilderVersion: builderFormatVersion,
      createdFromSafeAddress: getAddress(input.safe),
      createdFromOwnerAddress: '',
    },
    transactions: input.calls.map(builderTransaction),
  }
  return { ...unsigned, meta: { ...unsigned.meta, checksum: transactionBuilderChecksum(unsigned) } }
}

function builderTransaction(call: WriteCall): TransactionBuilderTransaction {
  const method = abiFunctionOf(call)
  const args: readonly unknown[] = 'args' in call ? call.args : []
  const { to, value, data } = toRawCall(call)
  return {
    to,
    value: value.toString(),
    data,
    contractMethod: {
      name: method.name,
      payable: method.stateMutability === 'payable',
      inputs: method.inputs.map((input, index) => ({
        name: input.name ?? `arg${index}`,
        type: input.type,
        internalType: input.internalType ?? input.type,
      })),
    },
    contractInputsValues: Object.fromEntries(
      method.inputs.map((input, index) => [input.name ?? `arg${index}`, argumentText(args[index])]),
    ),
  }
}

/**
 * The Builder's checksum: keccak-256 of its own serialisation of the file without `meta.checksum` (object keys
 * sorted and listed first, each value followed by a comma). The Builder warns on import when it does not match.
 */
export function transactionBuilderChecksum(file: unknown): Hex {
  const withoutChecksum = structuredClone(file)
  if (isRecord(withoutChecksum) && isRecord(withoutChecksum.meta)) delete withoutChecksum.meta.checksum
  return keccak256(stringToHex(builderSerialization(withoutChecksum)))
}

/** The Builder's serialisation, reproduced exactly (it is what the checksum is taken over). */
export function builderSerialization(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(builderSerialization).join(',')}]`
  if (isRecord(value)) {
    const keys = Object.keys(value).sort()
    return `{${JSON.stringify(keys)}${keys.map((key) => `${builderSerialization(value[key])},`).join('')}}`
  }
  return value === undefined ? 'null' : JSON.stringify(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const addressSchema = v.custom<Address>((input) => typeof input === 'string' && isAddress(input), 'an address')
const hexSchema = v.custom<Hex>((input) => typeof input === 'string' && isHex(input), 'hex data')
const weiSchema = v.pipe(v.string(), v.regex(/^\d+$/, 'a decimal wei amount'))

const fileSchema = v.object({
  version: v.string(),
  chainId: v.pipe(v.string(), v.regex(/^\d+$/, 'a chain id')),
  meta: v.object({ createdFromSafeAddress: v.optional(v.string()), checksum: v.optional(v.string()) }),
  transactions: v.pipe(
    v.array(v.object({ to: addressSchema, value: weiSchema, data: hexSchema })),
    v.minLength(1, 'at least one transaction'),
  ),
})

export type ParsedTransactionBuilderFile = {
  chainId: number
  safe: Address | null
  calls: RawCall[]
  /** False when the file was edited after it was written (the Builder itself only warns). */
  checksumMatches: boolean
}

/**
 * Reads a Builder file back to the calls it will send. Only files that carry their calldata are taken: those
 * are the ones whose bytes can be reviewed and executed without encoding anything again.
 */
export function parseTransactionBuilderFile(
  json: unknown,
): { ok: true; file: ParsedTransactionBuilderFile } | { ok: false; reason: string } {
  const result = v.safeParse(fileSchema, json)
  if (!result.success) {
    const issue = result.issues[0]
    const path = v.getDotPath(issue) ?? 'the file'
    return { ok: false, reason: `Not a Transaction Builder file with calldata: ${path} is not ${issue.expected}.` }
  }
  const { chainId, meta, transactions } = result.output
  const safe = meta.createdFromSafeAddress
  return {
    ok: true,
    file: {
      chainId: Number(chainId),
      safe: safe && isAddress(safe) ? getAddress(safe) : null,
      calls: transactions.map(({ to, value, data }) => ({ to: getAddress(to), value: BigInt(value), data })),
      checksumMatches: meta.checksum === transactionBuilderChecksum(json),
    },
  }
}
