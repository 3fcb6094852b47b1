import { veniceBaseUrl } from '@rialto/venice-api/client'
import { CorsBlockedError, ServerUnreachableError } from '@rialto/venice-api/errors'
import type { ChatSettings, EndpointMode } from './chat-settings'

/** The same-origin route that forwards to the Venice API (see `app/api/venice-proxy`). */
export const passThroughBaseUrl = '/api/venice-proxy'

export type Endpoint = {
  mode: EndpointMode
  /** What `createVeniceClient` gets. */
  baseUrl: string
  apiKey: string | undefined
  /** Said in the UI, so the user always knows where their messages go. */
  label: string
  /** Only Venice (directly or passed through) has `/billing/balance`. */
  reportsBalance: boolean
}

const keyOrNone = (key: string) => (key.trim() === '' ? undefined : key.trim())

export function endpointFor(settings: ChatSettings): Endpoint {
  const apiKey = keyOrNone(settings.apiKey)
  if (settings.endpoint === 'pass-through') {
    const label = 'Through Rialto’s pass-through (stores nothing)'
    return { mode: 'pass-through', baseUrl: passThroughBaseUrl, apiKey, label, reportsBalance: true }
  }
  if (settings.endpoint === 'custom') {
    const url = settings.customUrl.trim()
    // Its own key: the Venice key must not reach a server the user merely named.
    const customKey = keyOrNone(settings.customApiKey)
    return { mode: 'custom', baseUrl: url, apiKey: customKey, label: `Custom endpoint: ${url}`, reportsBalance: false }
  }
  return { mode: 'venice', baseUrl: veniceBaseUrl, apiKey, label: 'Direct to api.venice.ai', reportsBalance: true }
}

/** A sentence saying what is wrong with a custom endpoint URL, or `undefined` when it can be used. */
export function customUrlProblem(url: string): string | undefined {
  const trimmed = url.trim()
  if (trimmed === '') return 'Enter the base URL of an OpenAI-compatible API, such as http://127.0.0.1:11434/v1.'
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return 'That is not a URL: it should look like http://127.0.0.1:11434/v1.'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'The URL must start with http:// or https://.'
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Put the API key in its own field, not in the URL.'
  }
  return undefined
}

/**
 * Whether the UI should offer the pass-through: only after this browser could not call Venice directly (refused
 * by CORS, or blocked before any answer, as an extension or a network filter does). It forwards only to Venice,
 * so it never helps a custom endpoint.
 */
export function shouldOfferPassThrough(error: unknown, mode: EndpointMode): boolean {
  return mode === 'venice' && (error instanceof CorsBlockedError || error instanceof ServerUnreachableError)
}
