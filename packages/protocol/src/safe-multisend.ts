import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { multiSendCallOnlyAbi, safeContracts, safeOperation } from '@rialto/contracts-abi/safe'
import { concatHex, encodePacked, type Hex, size } from 'viem'
import type { RawCall } from './call-review'

/**
 * MultiSend's packed `transactions` bytes: for each call, its operation (uint8), `to` (20 bytes), `value`
 * (uint256), the data's length in bytes (uint256), then the data, with no padding between calls. Every entry
 * is a CALL: MultiSendCallOnly reverts on a DELEGATECALL entry, and Rialto's batches never need one.
 */
export function encodeMultiSendTransactions(calls: readonly RawCall[]): Hex {
  return concatHex(
    calls.map((call) =>
      encodePacked(
        ['uint8', 'address', 'uint256', 'uint256', 'bytes'],
        [safeOperation.call, call.to, call.value, BigInt(size(call.data)), call.data],
      ),
    ),
  )
}

/**
 * The call a Safe DELEGATECALLs to run `calls` in order, all or none, as Safe{Wallet} batches (through
 * MultiSendCallOnly, so no entry can itself delegatecall).
 */
export const multiSendCallOnlyCall = (chainId: SupportedChainId, calls: readonly RawCall[]) =>
  ({
    address: safeContracts[chainId].multiSendCallOnly,
    abi: multiSendCallOnlyAbi,
    functionName: 'multiSend',
    args: [encodeMultiSendTransactions(calls)],
  }) as const
