import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { useEffect } from 'react'
import type { Address } from 'viem'
import { useBlockNumber, useReadContracts } from 'wagmi'
import { toVeniceBalances, type VeniceBalances, veniceBalanceCalls } from './venice-balance-calls'

export type VeniceBalancesRead = {
  /** Undefined until the first read succeeds. */
  balances: VeniceBalances | undefined
  /** Nothing could be read yet and the last try failed. */
  readFailed: boolean
}

/** The account's VVV, sVVV and DIEM balances from one multicall, read again whenever the chain moves on. */
export function useVeniceBalances(account: Address, chainId: SupportedChainId): VeniceBalancesRead {
  const { data: latestBlock } = useBlockNumber({ chainId, watch: true })
  const {
    data: balances,
    errorUpdatedAt,
    refetch,
  } = useReadContracts({
    contracts: veniceBalanceCalls(account, chainId),
    allowFailure: false,
    // The transport already retries a failed request; after that, the next block is the next try.
    query: { select: toVeniceBalances, retry: false },
  })
  // Not `isError`: react-query resets it while a retry runs, and the message would flicker.
  const readFailed = balances === undefined && errorUpdatedAt > 0

  const readAtBlock = balances?.blockNumber
  useEffect(() => {
    if (latestBlock === undefined) return
    const stale = readAtBlock === undefined ? readFailed : latestBlock > readAtBlock
    if (stale) refetch()
  }, [latestBlock, readAtBlock, readFailed, refetch])

  return { balances, readFailed }
}
