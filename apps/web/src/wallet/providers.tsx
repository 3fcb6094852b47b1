'use client'

import '@rainbow-me/rainbowkit/styles.css'
import { darkTheme, RainbowKitProvider } from '@rainbow-me/rainbowkit'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { type State, WagmiProvider } from 'wagmi'
import { createWalletConfig } from './config'
import { createWalletConnectors } from './connectors'

export type WalletProvidersProps = {
  /** From `walletStateFromCookie` in the root layout. */
  initialState: State | undefined
  children: ReactNode
}

export function WalletProviders({ initialState, children }: WalletProvidersProps) {
  // Created once per browser tab (and per server render), never shared between visitors.
  const [config] = useState(() => createWalletConfig(createWalletConnectors()))
  const [queryClient] = useState(() => new QueryClient())

  return (
    <WagmiProvider config={config} initialState={initialState}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider theme={darkTheme({ accentColor: '#f59e0b', accentColorForeground: '#0b0f19' })}>
          {children}
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  )
}
