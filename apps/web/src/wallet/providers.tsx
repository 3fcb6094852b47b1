'use client'

import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { type State, WagmiProvider } from 'wagmi'
import { createWalletConfig } from './config'
import { createWalletConnectors } from './connectors'
import { useResumeSentTransactions } from './transaction-flow/use-resume-sent-transactions'

export type WalletProvidersProps = {
  /** From `walletStateFromCookie` in the root layout. */
  initialState: State | undefined
  children: ReactNode
}

/** wagmi and TanStack Query for the whole app. RainbowKit loads only when someone opens the connect modal. */
export function WalletProviders({ initialState, children }: WalletProvidersProps) {
  // Created once per browser tab (and per server render), never shared between visitors.
  const [config] = useState(() => createWalletConfig(createWalletConnectors()))
  const [queryClient] = useState(() => new QueryClient())
  // Marks the page interactive, for browser tests that measure what happens after hydration.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
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
