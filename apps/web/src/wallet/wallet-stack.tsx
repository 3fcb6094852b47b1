'use client'

import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { type State, WagmiProvider } from 'wagmi'
import { appQueryClient } from '../query/app-query-client'
import { createWalletConfig } from './config'
import { createWalletConnectors } from './connectors'
import { useResumeSentTransactions } from './transaction-flow/use-resume-sent-transactions'

export type WalletStackProps = {
  /** From `walletStateFromCookie` in the root layout. */
  initialState: State | undefined
  children: ReactNode
}

/**
 * wagmi and TanStack Query, loaded by `WalletHost` only when a page part needs the wallet. RainbowKit loads later
 * still, when someone opens the connect modal.
 */
export function WalletStack({ initialState, children }: WalletStackProps) {
  // Created once per browser tab: the host mounts the stack once and keeps it across navigations.
  const [config] = useState(() => createWalletConfig(createWalletConnectors()))
  const [queryClient] = useState(appQueryClient)
  // Marks the wallet code as running, for browser tests that measure what happens after it starts.
  useEffect(() => {
    document.documentElement.dataset.walletReady = 'true'
  }, [])

  return (
    <WagmiProvider config={config} initialState={initialState}>
      <QueryClientProvider client={queryClient}>
        <ResumeSentTransactions />
        {children}
      </QueryClientProvider>
    </WagmiProvider>
  )
}

/** Picks up, once per page load, the transactions an earlier visit sent and did not see mined. */
function ResumeSentTransactions() {
  useResumeSentTransactions()
  return null
}
