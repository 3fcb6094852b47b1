import { diemAbi, stakingAbi, vvvAbi, vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import { gasWithHeadroom } from '@rialto/protocol/gas'
import {
  type Abi,
  type Account,
  createPublicClient,
  createTestClient,
  createWalletClient,
  custom,
  getContract,
  type Hex,
  http,
  type Transport,
  toHex,
} from 'viem'
import { DevnetError } from './anvil'
import { referencePoolAbi } from './reference-pool-abi'

const addresses = veniceContracts[devnet.id]

/** Clients for scripting the devnet. Seeding runs with automine, so each receipt exists right after its send. */
export function openSession(rpcUrl: string) {
  const transport = http(rpcUrl)
  const publicClient = createPublicClient({ chain: devnet, transport, pollingInterval: 50 })
  const testClient = createTestClient({ chain: devnet, transport, mode: 'anvil' })
  const walletFor = (account: Account) =>
    createWalletClient({ account, chain: devnet, transport: withPaddedGasEstimates(transport) })

  /** Waits for a sent transaction; a failure or revert throws with the first line of its reason. */
  const confirm = async (sent: Promise<Hex>): Promise<void> => {
    let hash: Hex
    try {
      hash = await sent
    } catch (error) {
      throw new DevnetError(`transaction failed: ${(error as Error).message.split('\n').slice(0, 2).join(' ')}`)
    }
    const receipt = await publicClient
      .waitForTransactionReceipt({ hash, pollingInterval: 20, timeout: 30_000 })
      .catch(async () => {
        throw new DevnetError(`transaction ${hash} was not mined within 30 s (${await poolStatus()})`)
      })
    if (receipt.status !== 'success') throw new DevnetError(`transaction ${hash} reverted: ${await revertReason(hash)}`)
  }

  const poolStatus = async () => {
    const pool = await testClient.getTxpoolStatus().catch(() => null)
    const automine = await testClient.getAutomine().catch(() => null)
    return `txpool pending ${pool?.pending ?? '?'}, queued ${pool?.queued ?? '?'}; automine ${automine ?? '?'}`
  }

  /** Replays a reverted transaction on the state it ran on, for its reason (the receipt carries none). */
  const revertReason = async (hash: Hex): Promise<string> => {
    const tx = await publicClient.getTransaction({ hash })
    try {
      await publicClient.call({
        account: tx.from,
        to: tx.to,
        data: tx.input,
        gas: tx.gas,
        blockNumber: (tx.blockNumber ?? 1n) - 1n,
      })
      return `out of gas or time-dependent (gas limit ${tx.gas}, used all: ${(await publicClient.getTransactionReceipt({ hash })).gasUsed === tx.gas})`
    } catch (error) {
      return (error as Error).message.split('\n').slice(0, 2).join(' ')
    }
  }

  /** The three Venice contracts and the reference VVV/DIEM pool, signing as `account`. */
  const as = (account: Account) => {
    const client = { public: publicClient, wallet: walletFor(account) }
    return {
      vvv: getContract({ address: addresses.vvv, abi: vvvAbi, client }),
      staking: getContract({ address: addresses.staking, abi: stakingAbi, client }),
      diem: getContract({ address: addresses.diem, abi: diemAbi, client }),
      pool: getContract({ address: addresses.pool, abi: referencePoolAbi, client }),
    }
  }

  const deploy = async (account: Account, abi: Abi, bytecode: Hex, args: readonly unknown[]): Promise<Hex> => {
    const hash = await walletFor(account).deployContract({ abi, bytecode, args })
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 })
    if (receipt.status !== 'success' || !receipt.contractAddress) {
      throw new DevnetError(`deployment ${hash} failed`)
    }
    return receipt.contractAddress
  }

  const read = {
    vvv: getContract({ address: addresses.vvv, abi: vvvAbi, client: publicClient }),
    staking: getContract({ address: addresses.staking, abi: stakingAbi, client: publicClient }),
    diem: getContract({ address: addresses.diem, abi: diemAbi, client: publicClient }),
    pool: getContract({ address: addresses.pool, abi: vvvDiemPoolAbi, client: publicClient }),
  }

  return { rpcUrl, publicClient, testClient, walletFor, as, read, confirm, deploy }
}

/**
 * The seed moves the clock between an estimate and its transaction, and the staking contract spends more gas
 * when time has passed (it accrues and mints emissions first), so estimates get headroom.
 */
function withPaddedGasEstimates(transport: Transport): Transport {
  const rpc = transport({ chain: devnet })
  const pad = (gas: string) => toHex(gasWithHeadroom(BigInt(gas)))
  return custom({
    async request({ method, params }) {
      const result = await rpc.request({ method, params })
      if (method === 'eth_estimateGas' && typeof result === 'string') return pad(result)
      // viem fills gas, fees and nonce with one eth_fillTransaction where the node has it (anvil does).
      if (method === 'eth_fillTransaction' && isFilledTransaction(result)) {
        return { ...result, tx: { ...result.tx, gas: pad(result.tx.gas) } }
      }
      return result
    },
  })
}

function isFilledTransaction(result: unknown): result is { tx: { gas: string } } {
  if (typeof result !== 'object' || result === null || !('tx' in result)) return false
  const { tx } = result
  return typeof tx === 'object' && tx !== null && 'gas' in tx && typeof tx.gas === 'string'
}

export type DevnetSession = ReturnType<typeof openSession>
