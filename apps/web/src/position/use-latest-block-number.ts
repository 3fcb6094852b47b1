import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { useEffect, useState } from 'react'
import { useConfig } from 'wagmi'
import { watchBlockNumber } from 'wagmi/actions'

/**
 * The chain's latest block number, polled. Subscribed once per chain: wagmi's `useBlockNumber({ watch: true })`
 * re-subscribes on every render, which restarts the polling timer, so a page that re-renders every second (a
 * ticking countdown) could starve the poll forever.
 */
export function useLatestBlockNumber(chainId: SupportedChainId): bigint | undefined {
  const config = useConfig()
  const [latest, setLatest] = useState<bigint>()
  useEffect(() => watchBlockNumber(config, { chainId, onBlockNumber: setLatest }), [config, chainId])
  return latest
}
