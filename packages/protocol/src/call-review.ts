import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import {
  type AbiFunction,
  type Address,
  decodeFunctionData,
  encodeFunctionData,
  getAbiItem,
  getAddress,
  type Hex,
  isAddressEqual,
  toFunctionSelector,
} from 'viem'
import type { AnyWriteCall, WriteCall } from './actions'

/** A call as a Safe, a governance proposal or EIP-5792 carries it: target, native value (wei) and calldata. */
export type RawCall = { to: Address; value: bigint; data: Hex }

/** One argument of a decoded call, its value written the way a reviewer reads it (decimal wei, checksummed address). */
export type ReviewedArgument = { name: string; type: string; value: string }

/** A call decoded against Rialto's own ABIs, for a person to check before it is signed or proposed. */
export type ReviewedCall = RawCall & {
  contract: 'VVV' | 'Staking' | 'DIEM'
  functionName: string
  /** e.g. `stake(address recipient, uint256 amount)` */
  signature: string
  selector: Hex
  args: ReviewedArgument[]
}

/** The ABI function a write builder calls: the same entry the Transaction Builder file and the review show. */
export function abiFunctionOf(call: WriteCall): AbiFunction {
  const item = getAbiItem({ abi: call.abi, name: call.functionName })
  if (item?.type !== 'function') throw new Error(`${call.functionName} is not a function of its ABI.`)
  return item
}

/** What goes on chain for a write: Rialto's writes send no ETH. */
export function toRawCall(call: WriteCall): RawCall {
  const write: AnyWriteCall = call
  return { to: call.address, value: 0n, data: encodeFunctionData(write) }
}

/** An argument as text that parses back to the same value: decimal integers, checksummed addresses. */
export function argumentText(value: unknown): string {
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value)) return getAddress(value)
  return String(value)
}

/**
 * Decodes calldata aimed at one of the Venice contracts, or returns why it cannot: an unknown target or a
 * selector the contract's ABI does not have. What is shown for review is what the bytes say, not what the app
 * meant to build.
 */
export function reviewCall(
  chainId: SupportedChainId,
  call: RawCall,
): { ok: true; call: ReviewedCall } | { ok: false; reason: string } {
  const contracts = veniceContracts[chainId]
  const known = [
    { contract: 'VVV', address: contracts.vvv, abi: vvvAbi },
    { contract: 'Staking', address: contracts.staking, abi: stakingAbi },
    { contract: 'DIEM', address: contracts.diem, abi: diemAbi },
  ] as const
  const target = known.find(({ address }) => isAddressEqual(address, call.to))
  if (!target) return { ok: false, reason: `${call.to} is not one of the Venice contracts.` }
  let decoded: { functionName: string; args: readonly unknown[] }
  try {
    const result = decodeFunctionData({ abi: target.abi, data: call.data })
    decoded = { functionName: result.functionName, args: result.args ?? [] }
  } catch {
    return { ok: false, reason: `The calldata is not a call ${target.contract} knows.` }
  }
  const item = getAbiItem({ abi: target.abi as readonly AbiFunction[], name: decoded.functionName })
  if (item?.type !== 'function') return { ok: false, reason: `The calldata is not a call ${target.contract} knows.` }
  return {
    ok: true,
    call: {
      ...call,
      contract: target.contract,
      functionName: decoded.functionName,
      signature: `${item.name}(${item.inputs.map(({ type, name }) => `${type} ${name}`).join(', ')})`,
      selector: toFunctionSelector(item),
      args: item.inputs.map((input, index) => ({
        name: input.name ?? `arg${index}`,
        type: input.type,
        value: argumentText(decoded.args[index]),
      })),
    },
  }
}
