import { devnetBatchExecutor } from '@rialto/contracts-abi/addresses'
import { gasWithHeadroom } from '@rialto/protocol/gas'
import {
  type Address,
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
import { encodeExecuteData } from 'viem/experimental/erc7821'
import type { DevAccountControls } from './dev-account-controls'
import { type CallRequest, parseRequestParams } from './dev-account-requests'
import { devAccountAddress, devMnemonic } from './dev-accounts'
import { type CallsRecord, callsStatus } from './dev-calls-status'
import { delegatesTo } from './smart-account-code'

type RpcRequest = { method: string; params?: unknown }

export type DevAccountProvider = { request(args: RpcRequest): Promise<unknown> }

export type DevAccountProviderOptions = { chain: Chain; rpcUrl: string; controls: DevAccountControls }

/** Signing methods: each one can be refused with the "reject next signature" control. */
const signingMethods = new Set(['eth_sendTransaction', 'wallet_sendCalls', 'personal_sign', 'eth_signTypedData_v4'])

/**
 * An EIP-1193 provider for anvil's dev accounts. It signs locally with the public test mnemonic and sends raw
 * transactions to the devnet; every other request goes to the devnet RPC unchanged. It only ever serves `chain`.
 * EIP-5792 batches: an account delegated to the devnet's batch executor (EIP-7702) sends them as one transaction
 * to itself, atomically; any other account, a plain EOA that cannot promise atomicity, sends them one after another.
 */
export function createDevAccountProvider({ chain, rpcUrl, controls }: DevAccountProviderOptions): DevAccountProvider {
  const transport = http(rpcUrl, { batch: true })
  const rpc = transport({ chain, retryCount: 0 })
  const publicClient = createPublicClient({ chain, transport })
  const batches = new Map<string, CallsRecord>()
  const chainIdHex = numberToHex(chain.id)
  const address = () => devAccountAddress(controls.accountIndex())

  /** Read from the chain, not assumed per account: what the account's code is now decides how it batches. */
  async function runsAtomicBatches(account: Address): Promise<boolean> {
    return delegatesTo(await publicClient.getCode({ address: account }), devnetBatchExecutor)
  }

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

  const newBatchId = () => bytesToHex(crypto.getRandomValues(new Uint8Array(32)))

  /** One transaction to the account itself: the executor's `execute` runs every call as the account, or none. */
  async function sendCallsAtomically(calls: CallRequest[]): Promise<{ id: string }> {
    const executionData = encodeExecuteData({
      calls: calls.map(({ to, data, value }) => ({ to, data, value: value ? hexToBigInt(value) : undefined })),
    })
    const hash = await send({ to: address(), data: executionData })
    const id = newBatchId()
    batches.set(id, { total: 1, atomic: true, hashes: [hash], finished: true })
    return { id }
  }

  async function sendCallsOneByOne([first, ...rest]: [CallRequest, ...CallRequest[]]): Promise<{ id: string }> {
    const id = newBatchId()
    const record: CallsRecord = { total: rest.length + 1, atomic: false, hashes: [], finished: false }
    batches.set(id, record)
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
      case 'wallet_getCapabilities': {
        // A plain EOA cannot run calls atomically; saying so makes the app send approve and stake as two steps.
        const [account = address()] = parseRequestParams(method, params ?? [])
        const atomic = (await runsAtomicBatches(account)) ? 'supported' : 'unsupported'
        return { [chainIdHex]: { atomic: { status: atomic } } }
      }
      case 'eth_sendTransaction':
        return send(parseRequestParams(method, params)[0])
      case 'wallet_sendCalls': {
        const [{ calls, atomicRequired }] = parseRequestParams(method, params)
        const [first, ...rest] = calls
        if (!first) throw Object.assign(new Error('wallet_sendCalls needs at least one call.'), { code: -32602 })
        if (await runsAtomicBatches(address())) return sendCallsAtomically(calls)
        if (atomicRequired) {
          throw Object.assign(new Error('This dev account cannot send calls atomically.'), { code: 5760 })
        }
        return sendCallsOneByOne([first, ...rest])
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
