import { QueryClient } from '@tanstack/react-query'

let browserQueryClient: QueryClient | undefined

/**
 * The browser's one QueryClient, shared by the chat and the wallet stack, which mount at different times; locking
 * the chat clears its queries (the daily credit too) from the same cache. Each server render gets its own.
 */
export function appQueryClient(): QueryClient {
  if (typeof window === 'undefined') return new QueryClient()
  browserQueryClient ??= new QueryClient()
  return browserQueryClient
}
