import { createVeniceClient } from '@rialto/venice-api/client'
import { listModels } from '@rialto/venice-api/list-models'
import { useQuery } from '@tanstack/react-query'
import { chatQueryKeyRoot } from '../chat-query-keys'
import type { Endpoint } from './endpoint'

/**
 * The text models the endpoint offers (`GET /models`). Keyed by where they come from, not by the key itself;
 * `credentialsVersion` changes when the key does. Nothing is asked before the user has set the chat up
 * (`enabled`), so merely opening /chat contacts no third party.
 */
export function useModels(endpoint: Endpoint, credentialsVersion: number, enabled: boolean) {
  return useQuery({
    queryKey: [...chatQueryKeyRoot, 'models', endpoint.baseUrl, credentialsVersion],
    queryFn: ({ signal }) =>
      listModels(createVeniceClient({ baseUrl: endpoint.baseUrl, apiKey: endpoint.apiKey }), { signal }),
    enabled: enabled && endpoint.baseUrl !== '',
    staleTime: 10 * 60_000,
    retry: false,
    refetchOnWindowFocus: false,
  })
}
