'use client'

import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { appQueryClient } from './app-query-client'

/** TanStack Query for a route that needs it without the wallet (the chat). */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(appQueryClient)
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
