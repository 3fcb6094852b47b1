import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { useConfig } from 'wagmi'
import { connectMutationOptions } from 'wagmi/query'
import { type ConnectFailure, describeConnectFailure } from './connect-failure'

/**
 * How the last connection request ended, when it failed; cleared when the next one starts. RainbowKit's modal
 * keeps saying "Confirm connection in the extension" after a refusal (and, when the wallet refuses at once, can
 * lose its Retry button), so the app watches wagmi's connect mutation itself and says what happened.
 */
export function useConnectFailure() {
  const queryClient = useQueryClient()
  const config = useConfig()
  const [failure, setFailure] = useState<ConnectFailure | null>(null)

  useEffect(() => {
    const [connectKey] = connectMutationOptions(config).mutationKey
    return queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.mutation.options.mutationKey?.[0] !== connectKey) return
      const { status, error } = event.mutation.state
      if (status === 'pending') setFailure(null)
      if (status === 'error') setFailure(describeConnectFailure(error))
    })
  }, [queryClient, config])

  const clear = useCallback(() => setFailure(null), [])
  return { failure, clear }
}
