import { useMemo } from 'react'
import { useApiBalance } from '../balance/use-api-balance'
import type { ChatSettings } from '../endpoint/chat-settings'
import { endpointFor } from '../endpoint/endpoint'
import { useModels } from '../endpoint/use-models'
import { useVersionOf } from './use-version-of'

/** Where the chat sends its questions, with the model list and account balance read from there. */
export function useEndpointConnection(settings: ChatSettings) {
  const needsKey = settings.apiKey === '' && settings.endpoint !== 'custom'
  const needsUrl = settings.endpoint === 'custom' && settings.customUrl === ''
  const needsSetup = needsKey || needsUrl
  const endpoint = useMemo(() => endpointFor(settings), [settings])
  const credentialsVersion = useVersionOf(`${endpoint.baseUrl}\n${endpoint.apiKey ?? ''}`)
  const models = useModels(endpoint, credentialsVersion, !needsSetup)
  const accountBalance = useApiBalance(endpoint, credentialsVersion)
  const model = settings.model !== '' ? settings.model : (models.data?.[0]?.id ?? '')
  return { endpoint, models, accountBalance, model, needsKey, needsUrl, needsSetup }
}

export type EndpointConnection = ReturnType<typeof useEndpointConnection>

/** Why the composer cannot send yet, or `undefined` when it can. */
export function composerBlock({ needsKey, needsUrl, model, models }: EndpointConnection): string | undefined {
  if (needsKey) return 'Add your Venice API key in Settings to start.'
  if (needsUrl) return 'Set the custom endpoint’s URL in Settings to start.'
  if (model !== '') return undefined
  if (models.isLoading) return 'Loading the model list…'
  return models.error ? 'No model to ask: the model list could not be loaded.' : 'Pick a model to start.'
}
