import { gasWithHeadroom } from '@rialto/protocol/gas'
import {
  BaseError,
  bytesToHex,
  type Chain,
  createPublicClient,
  createWalletClient,
  type Hash,
  type Hex,
  hexToBigInt,
  http,
  isHex,
  numberToHex,
  type TransactionReceipt,
  UserRejectedRequestError,
} from 'viem'
import type { DevAccountControls } from './dev-account-controls'
import { type CallRequest, parseRequestParams } from './dev-account-requests'
import { devAccountAddresses, devMnemonic } from './dev-accounts'
import { type CallsRecord, callsStatus } from './dev-calls-status'

type RpcRequest = { method: string; params?: unknown }

export type DevAccountProvider = { request(args: RpcRequest): Promise<unknown> }

export type DevAccountProviderOptions = { chain: Chain; rpcUrl: string; controls: DevAccountControls }

/** Signing methods: each one can be refused with the "reject next signature" control. */
const signingMethods = new Set(['eth_sendTransaction', 'wallet_sendCalls', 'personal_sign', 'eth_signTypedData_v4'])

/**
 * An EIP-1193 provider for anvil's dev accounts. It signs locally with the public test mnemonic and sends raw
 * transactions to the devnet; every other request goes to the devnet RPC unchanged. It only ever serves `chain`.
 * EIP-5792 batches (only non-atomic ones: an EOA cannot promise atomicity) are sent one after another.
 */
export function createDevAccountProvider({ chain, rpcUrl, controls }: DevAccountProviderOptions): DevAccountProvider {
  const transport = http(rpcUrl, { batch: true })
  const rpc = transport({ chain, retryCount: 0 })
  const publicClient = createPublicClient({ chain, transport })
  const batches = new Map<string, CallsRecord>()
  const chainIdHex = numberToHex(chain.id)
  const address = () => devAccountAddresses[controls.accountIndex()] ?? devAccountAddresses[0]

  async function send(call: CallRequest): Promise<Hash> {
    // Loaded on first signature: key derivation and its word list stay out of the page's first load.
    const { mnemonicToAccount } = await import('viem/accounts')
    const account = mnemonicToAccount(devMnemonic, { addressIndex: controls.accountIndex() })
    const wallet = createWalletClient({ account, chain, transport })
    const request = { to: call.to, data: call.data, value: call.value ? hexToBigInt(call.value) : undefined }
    try {
      const gas = call.gas
        ? hexToBigInt(call.gas)
        : gasWithHeadroom(await publicClient.estimateGas({ ...request, account }))
      return await wallet.sendTransaction({ ...request, gas })
    } catch (error) {
      throw asWalletError(error)
    }
  }

  async function sign(method: 'personal_sign' | 'eth_signTypedData_v4', params: unknown): Promise<Hex> {
    const { mnemonicToAccount } = await import('viem/accounts')
    const account = mnemonicToAccount(devMnemonic, { addressIndex: controls.accountIndex() })
    if (method === 'personal_sign') {
      const [message] = parseRequestParams(method, params)
      return account.signMessage({ message: { raw: message } })
    }
    const [, typedData] = parseRequestParams(method, params)
    return account.signTypedData(JSON.parse(typedData))
  }

  async function sendCalls(calls: CallRequest[]): Promise<{ id: string }> {
    const id = bytesToHex(crypto.getRandomValues(new Uint8Array(32)))
    const record: CallsRecord = { total: calls.length, hashes: [], finished: false }
    batches.set(id, record)
    const [first, ...rest] = calls
    if (!first) throw new Error('wallet_sendCalls needs at least one call.')
    // The first call is signed before answering, so a refusal or a failed estimate reaches the caller.
    record.hashes.push(await send(first))
    void (async () => {
      try {
        for (const call of rest) {
          const previous = record.hashes.at(-1)
          if (previous === undefined) return
          const receipt = await publicClient.waitForTransactionReceipt({ hash: previous, pollingInterval: 250 })
          if (receipt.status !== 'success') return
          record.hashes.push(await send(call))
        }
      } catch (error) {
        record.error = error
      } finally {
        record.finished = true
      }
    })()
    return { id }
  }

  async function receiptOf(hash: Hash): Promise<TransactionReceipt | null> {
    return publicClient.getTransactionReceipt({ hash }).catch(() => null)
  }

  async function request({ method, params }: RpcRequest): Promise<unknown> {
    if (signingMethods.has(method) && controls.takeRejectNextSignature()) {
      throw new UserRejectedRequestError(new Error('The dev account was set to reject this signature.'))
    }
    switch (method) {
      case 'eth_chainId':
        return chainIdHex
      case 'eth_accounts':
      case 'eth_requestAccounts':
        return [address()]
      case 'wallet_requestPermissions':
      case 'wallet_getPermissions':
        return [{ parentCapability: 'eth_accounts' }]
      case 'wallet_switchEthereumChain': {
        const [{ chainId }] = parseRequestParams(method, params)
        if (Number(chainId) === chain.id) return null
        throw Object.assign(new Error(`The dev account signs only on ${chain.name}.`), { code: 4902 })
      }
      case 'wallet_getCapabilities':
        // An EOA cannot run calls atomically; saying so makes the app send approve and stake as two steps.
        return { [chainIdHex]: { atomic: { status: 'unsupported' } } }
      case 'eth_sendTransaction':
        return send(parseRequestParams(method, params)[0])
      case 'wallet_sendCalls': {
        const [{ calls, atomicRequired }] = parseRequestParams(method, params)
        if (atomicRequired) {
          throw Object.assign(new Error('The dev account cannot send calls atomically.'), { code: 5760 })
        }
        return sendCalls(calls)
      }
      case 'wallet_getCallsStatus': {
        const [id] = parseRequestParams(method, params)
        const record = batches.get(id)
        if (!record) throw Object.assign(new Error(`Unknown batch ${id}.`), { code: 5730 })
        return callsStatus(id, chainIdHex, record, await Promise.all(record.hashes.map(receiptOf)))
      }
      case 'wallet_showCallsStatus':
        return null
      case 'personal_sign':
      case 'eth_signTypedData_v4':
        return sign(method, params)
      default:
        return rpc.request({ method, params })
    }
  }

  return { request }
}

/**
 * What a browser wallet answers when a transaction would revert: code 3 with the revert data, so the app's
 * `writeContract` can decode the contract's reason as it would with MetaMask.
 */
function asWalletError(error: unknown): unknown {
  if (!(error instanceof BaseError)) return error
  const withData = error.walk(hasRevertData)
  if (!hasRevertData(withData)) return error
  return Object.assign(new Error(`execution reverted: ${error.shortMessage}`), { code: 3, data: withData.data })
}

function hasRevertData(value: unknown): value is { data: Hex } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    typeof value.data === 'string' &&
    isHex(value.data)
  )
}
