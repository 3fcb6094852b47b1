import { createVeniceClient } from '@rialto/venice-api/client'
import { getBalance } from '@rialto/venice-api/get-balance'
import { useQuery } from '@tanstack/react-query'
import { chatQueryKeyRoot } from '../chat-query-keys'
import type { Endpoint } from '../endpoint/endpoint'

/** `GET /billing/balance`, once per unlock and on demand; the headers of each answer keep it current between. */
export function useApiBalance(endpoint: Endpoint, credentialsVersion: number) {
  return useQuery({
    queryKey: [...chatQueryKeyRoot, 'balance', endpoint.baseUrl, credentialsVersion],
    queryFn: ({ signal }) =>
      getBalance(createVeniceClient({ baseUrl: endpoint.baseUrl, apiKey: endpoint.apiKey }), { signal }),
    enabled: endpoint.reportsBalance && endpoint.apiKey !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    refetchOnWindowFocus: false,
  })
}
