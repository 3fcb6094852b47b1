export const veniceBaseUrl = 'https://api.venice.ai/api/v1'

export type VeniceClientOptions = {
  /**
   * Any OpenAI-compatible base: Venice (default), a local model server (`http://127.0.0.1:11434/v1`), or a
   * same-origin pass-through route (`/api/venice-proxy`) that adds the key on the server.
   */
  baseUrl?: string
  /** Sent as `Authorization: Bearer …`; leave it out when a proxy adds the key. */
  apiKey?: string
  /** Replaces the global `fetch` (tests, instrumentation, a runtime without one). */
  fetch?: typeof fetch
}

export type VeniceClient = {
  readonly baseUrl: string
  readonly apiKey: string | undefined
  readonly fetch: typeof fetch
}

export function createVeniceClient(options: VeniceClientOptions = {}): VeniceClient {
  // Keys are pasted by hand: stray spaces or an empty field must not become a broken Authorization header.
  const apiKey = options.apiKey?.trim()
  return {
    baseUrl: (options.baseUrl ?? veniceBaseUrl).trim().replace(/\/+$/, ''),
    apiKey: apiKey === '' ? undefined : apiKey,
    // Called through a wrapper: a browser's fetch throws "Illegal invocation" when called as another object's method.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  }
}
