import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { readPosition } from '@rialto/protocol/position'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Address } from 'viem'
import { usePublicClient } from 'wagmi'
import type { InitialPosition } from './initial-position'

/** Every position query starts with this key: invalidating it refreshes whatever account is on screen. */
export const positionQueryKeyRoot = ['position'] as const

export const positionQueryKey = (chainId: SupportedChainId, address: Address) =>
  [...positionQueryKeyRoot, chainId, address] as const

/**
 * The address's position from one multicall, read once per block time of the chain. The multicall carries its own
 * block number, so one request per block both asks "is there a new block?" and answers it, and no separate
 * block-number poll is needed. A hidden tab reads nothing, and reads once when shown again. A matching
 * server-side read is used as the first data.
 */
export function usePosition(address: Address, chainId: SupportedChainId, initial?: InitialPosition) {
  const client = usePublicClient({ chainId })
  const seeded = initial?.chainId === chainId && initial.address === address ? initial : undefined
  const blockTimeMs = client.chain.blockTime
  const query = useQuery({
    queryKey: positionQueryKey(chainId, address),
    queryFn: () => readPosition(client, { chainId, address }),
    initialData: seeded?.position,
    initialDataUpdatedAt: seeded?.readAt,
    // Data a block old may be behind: that is when a read is due, on mount, on focus or on the timer.
    staleTime: blockTimeMs,
    refetchInterval: blockTimeMs,
    // Spelled out because the RPC budget rests on them: no reads in a hidden tab, one as soon as it is visible.
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    // The transport already retries; after that, the next poll is the next try.
    retry: false,
  })
  const { data: position, errorUpdatedAt, dataUpdatedAt } = query
  // Not `isError`: react-query resets it while a retry runs, and the message would flicker.
  const readFailed = position === undefined && errorUpdatedAt > 0
  return { position, readFailed, readAt: useTimeFirstSeen(position, dataUpdatedAt) }
}

/**
 * When `value` was first seen. A poll that finds the same block returns the same object (React Query keeps equal
 * data), and the chain's clock must keep counting from when that block arrived, not restart at the poll.
 */
function useTimeFirstSeen<Value>(value: Value, updatedAt: number): number {
  const [seen, setSeen] = useState({ value, at: updatedAt })
  if (seen.value === value) return seen.at
  setSeen({ value, at: updatedAt })
  return updatedAt
}
