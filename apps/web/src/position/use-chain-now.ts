import { useEffect, useState } from 'react'

/**
 * The chain's clock in seconds, ticking every second: the last block's timestamp plus the time since it was read.
 * The first render uses the block timestamp alone, so server and browser render the same text.
 */
export function useChainNow(blockTimestamp: bigint | undefined, readAt: number): number | undefined {
  const base = blockTimestamp === undefined ? undefined : Number(blockTimestamp)
  const [now, setNow] = useState(base)
  useEffect(() => {
    if (base === undefined) return setNow(undefined)
    const tick = () => setNow(base + Math.max(0, Math.floor((Date.now() - readAt) / 1000)))
    tick()
    const timer = setInterval(tick, 1_000)
    return () => clearInterval(timer)
  }, [base, readAt])
  return now
}
