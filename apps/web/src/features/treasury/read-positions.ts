import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { type Position, readPosition } from '@rialto/protocol/position'
import { type Address, createPublicClient, type HttpTransportConfig, http, type PublicClient } from 'viem'
import { appChains, rpcUrlFor } from '../../chains/app-chains'
import { watchListLimit } from './watch-list'

/** Room in one multicall for a full watch list: viem counts the calls' own calldata, about 430 bytes a position. */
const multicallBatchBytes = watchListLimit * 1_024

/**
 * A client whose concurrent reads travel as one Multicall3 `aggregate3`: the treasury's positions, each read as the
 * dashboard reads one, leave in a single `eth_call`, so every row is from the same block.
 */
export function positionsClient(chainId: SupportedChainId, transport: HttpTransportConfig = {}) {
  const chain = appChains().find(({ id }) => id === chainId)
  if (!chain) return undefined
  return createPublicClient({
    chain,
    transport: http(rpcUrlFor(chainId), transport),
    batch: { multicall: { batchSize: multicallBatchBytes, wait: 0 } },
  })
}

const readers = new Map<SupportedChainId, NonNullable<ReturnType<typeof positionsClient>>>()

/** The browser's one client per chain for the treasury's reads: the wallet stack (and wagmi) need not load for them. */
export function chainReader(chainId: SupportedChainId) {
  const client = readers.get(chainId) ?? positionsClient(chainId)
  if (!client) throw new Error(`This build does not offer chain ${chainId}.`)
  readers.set(chainId, client)
  return client
}

/** The positions of `addresses`, in their order, read in one `eth_call` through a `positionsClient`. */
export async function readPositions(
  client: Pick<PublicClient, 'multicall'>,
  chainId: SupportedChainId,
  addresses: readonly Address[],
): Promise<Position[]> {
  const positions = await Promise.all(addresses.map((address) => readPosition(client, { chainId, address })))
  // A client that does not batch would read each at its own block, and the totals would mix blocks.
  const blocks = new Set(positions.map(({ blockNumber }) => blockNumber))
  if (blocks.size > 1) throw new Error(`The positions were read at ${blocks.size} different blocks.`)
  return positions
}
