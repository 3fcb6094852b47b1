// Runs calls through a Safe the way Safe{Wallet} does, for tests and the devnet seed (never shipped in the app):
// one call directly, several by DELEGATECALL to MultiSendCallOnly; each owner signs the SafeTx typed data;
// the signatures, sorted by owner address, go to execTransaction.
import { type SupportedChainId, supportedChains } from '@rialto/contracts-abi/chains'
import { safeAbi, safeOperation } from '@rialto/contracts-abi/safe'
import type { RawCall } from '@rialto/protocol/call-review'
import { multiSendCallOnlyCall } from '@rialto/protocol/safe-multisend'
import {
  type Account,
  type Address,
  type Chain,
  concatHex,
  encodeFunctionData,
  type Hex,
  hashTypedData,
  isAddressEqual,
  type LocalAccount,
  type PublicClient,
  parseEventLogs,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
  zeroAddress,
} from 'viem'

export class SafeExecutionError extends Error {
  override name = 'SafeExecutionError'
}

/** What the owners sign: Safe 1.4.1's SafeTx. No refund: the sender pays the gas, as in Safe{Wallet}. */
export type SafeTransaction = {
  to: Address
  value: bigint
  data: Hex
  operation: (typeof safeOperation)[keyof typeof safeOperation]
  safeTxGas: bigint
  baseGas: bigint
  gasPrice: bigint
  gasToken: Address
  refundReceiver: Address
  nonce: bigint
}

const safeTxTypes = {
  SafeTx: [
    { name: 'to', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'data', type: 'bytes' },
    { name: 'operation', type: 'uint8' },
    { name: 'safeTxGas', type: 'uint256' },
    { name: 'baseGas', type: 'uint256' },
    { name: 'gasPrice', type: 'uint256' },
    { name: 'gasToken', type: 'address' },
    { name: 'refundReceiver', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
} as const

/** One call goes as it is; several go as one DELEGATECALL to MultiSendCallOnly, which runs them in order. */
export function safeTransactionFor(
  chainId: SupportedChainId,
  calls: readonly RawCall[],
  options: { nonce: bigint; safeTxGas?: bigint },
): SafeTransaction {
  const [first, ...rest] = calls
  if (!first) throw new SafeExecutionError('A Safe transaction needs at least one call.')
  const batch = rest.length > 0 ? multiSendCallOnlyCall(chainId, calls) : null
  const call = batch
    ? { to: batch.address, value: 0n, data: encodeFunctionData(batch), operation: safeOperation.delegateCall }
    : { ...first, operation: safeOperation.call }
  return {
    ...call,
    safeTxGas: options.safeTxGas ?? 0n,
    baseGas: 0n,
    gasPrice: 0n,
    gasToken: zeroAddress,
    refundReceiver: zeroAddress,
    nonce: options.nonce,
  }
}

/** The SafeTx EIP-712 hash the owners sign (Safe 1.4.1's domain: chain id and the Safe's address). */
export const safeTransactionHash = (chainId: number, safe: Address, transaction: SafeTransaction): Hex =>
  hashTypedData({
    domain: { chainId, verifyingContract: safe },
    types: safeTxTypes,
    primaryType: 'SafeTx',
    message: transaction,
  })

/** Each owner's typed-data signature, ordered by owner address ascending as the Safe checks them. */
export async function signSafeTransaction(
  chainId: number,
  safe: Address,
  transaction: SafeTransaction,
  owners: readonly LocalAccount[],
): Promise<Hex> {
  const sorted = [...owners].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1))
  const signatures = await Promise.all(
    sorted.map((owner) =>
      owner.signTypedData({
        domain: { chainId, verifyingContract: safe },
        types: safeTxTypes,
        primaryType: 'SafeTx',
        message: transaction,
      }),
    ),
  )
  return signatures.length === 0 ? '0x' : concatHex(signatures)
}

const isSupportedChainId = (chainId: number): chainId is SupportedChainId =>
  supportedChains.some((chain) => chain.id === chainId)

/** Safe 1.4.1's revert codes that a test or the seed can hit, in words. */
const safeErrors: Record<string, string> = {
  GS010: 'not enough gas to run the Safe transaction',
  GS013: 'a call failed, so the whole transaction reverted (safeTxGas and gasPrice are 0)',
  GS020: 'too few signatures for the threshold',
  GS024: 'an invalid contract signature',
  GS025: 'a hash that was not approved',
  GS026: 'a signature that is not from an owner, or signatures out of order',
  GS031: 'a method only the Safe itself may call',
}

function explainRevert(safe: Address, error: unknown): SafeExecutionError {
  const message = error instanceof Error ? error.message : String(error)
  const code = message.match(/GS\d{3}/)?.[0]
  const reason = code ? `${code}: ${safeErrors[code] ?? 'see Safe error codes'}` : message.split('\n')[0]
  return new SafeExecutionError(`Safe ${safe} did not execute the transaction: ${reason}.`)
}

export type ExecuteSafeTransaction = {
  publicClient: PublicClient
  /** Sends execTransaction and pays its gas: any funded account, an owner or not. */
  sender: WalletClient<Transport, Chain, Account>
  safe: Address
  calls: readonly RawCall[]
  /** The owners who sign; fewer than the threshold makes the Safe refuse (GS020). */
  owners: readonly LocalAccount[]
  /** 0 (Safe{Wallet}'s default) makes a failing call revert everything; above 0 the Safe emits ExecutionFailure. */
  safeTxGas?: bigint
}

/**
 * Executes `calls` as the Safe and returns the receipt. Throws a SafeExecutionError when the Safe reverts
 * (nothing changes, its nonce is kept) or emits ExecutionFailure (its nonce is used, the calls undone).
 */
export async function executeSafeTransaction(request: ExecuteSafeTransaction): Promise<TransactionReceipt> {
  const { publicClient, sender, safe, calls, owners } = request
  const chainId = sender.chain.id
  if (!isSupportedChainId(chainId)) throw new SafeExecutionError(`Chain ${chainId} has no Safe addresses in Rialto.`)
  const nonce = await publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' })
  const transaction = safeTransactionFor(chainId, calls, { nonce, safeTxGas: request.safeTxGas })
  const hash = safeTransactionHash(chainId, safe, transaction)
  const { to, value, data, operation, safeTxGas, baseGas, gasPrice, gasToken, refundReceiver } = transaction
  const onChainHash = await publicClient.readContract({
    address: safe,
    abi: safeAbi,
    functionName: 'getTransactionHash',
    args: [to, value, data, operation, safeTxGas, baseGas, gasPrice, gasToken, refundReceiver, nonce],
  })
  if (onChainHash !== hash) {
    throw new SafeExecutionError(`Safe ${safe} hashes this transaction as ${onChainHash}, not ${hash}.`)
  }
  const signatures = await signSafeTransaction(chainId, safe, transaction, owners)

  let sent: Hex
  try {
    sent = await sender.writeContract({
      address: safe,
      abi: safeAbi,
      functionName: 'execTransaction',
      args: [to, value, data, operation, safeTxGas, baseGas, gasPrice, gasToken, refundReceiver, signatures],
    })
  } catch (error) {
    throw explainRevert(safe, error)
  }
  const receipt = await publicClient.waitForTransactionReceipt({ hash: sent, pollingInterval: 20, timeout: 30_000 })
  if (receipt.status !== 'success') throw explainRevert(safe, await replayedRevert(request, receipt))
  const outcome = parseEventLogs({ abi: safeAbi, logs: receipt.logs }).find(
    (log) => isAddressEqual(log.address, safe) && log.args.txHash === hash,
  )
  if (outcome?.eventName !== 'ExecutionSuccess') {
    const what = outcome ? 'emitted ExecutionFailure: a call failed and was undone' : 'emitted no ExecutionSuccess'
    throw new SafeExecutionError(`Safe ${safe} ${what} (Safe transaction ${hash}, nonce ${nonce} used).`)
  }
  return receipt
}

/** A mined revert replayed on the state it ran on, for the Safe's reason (a receipt carries none). */
async function replayedRevert({ publicClient, sender, safe }: ExecuteSafeTransaction, receipt: TransactionReceipt) {
  const { input, gas } = await publicClient.getTransaction({ hash: receipt.transactionHash })
  return await publicClient
    .call({ account: sender.account, to: safe, data: input, gas, blockNumber: receipt.blockNumber - 1n })
    .then(() => 'out of gas')
    .catch((error: unknown) => error)
}
