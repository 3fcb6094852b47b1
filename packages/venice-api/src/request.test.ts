import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createVeniceClient } from './client'
import { CorsBlockedError, ServerUnreachableError } from './errors'
import { listModels } from './list-models'

type Call = { url: string; init: RequestInit | undefined }

/** A browser's fetch where the real call fails as CORS and a stopped server both make it fail. */
function failingFetch(calls: Call[], { somethingAnswers }: { somethingAnswers: boolean }): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), init })
    if (init?.mode === 'no-cors' && somethingAnswers) return new Response(null)
    throw new TypeError('Failed to fetch')
  }
}

describe('a call that the browser could not make', () => {
  beforeEach(() => {
    vi.stubGlobal('location', { origin: 'https://rialto.example' })
    vi.stubGlobal('navigator', { onLine: true })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('says nothing answered when a bare no-cors request fails too', async () => {
    const calls: Call[] = []
    const client = createVeniceClient({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: 'local-key',
      fetch: failingFetch(calls, { somethingAnswers: false }),
    })
    const error = await listModels(client).catch((failure: unknown) => failure)
    expect(error).toHaveProperty('message', 'Nothing answered at 127.0.0.1:11434 — is the server running?')
    expect(error).toBeInstanceOf(ServerUnreachableError)
  })

  it('says CORS when the bare request got an answer, and sends that request without key, body or cookies', async () => {
    const calls: Call[] = []
    const client = createVeniceClient({ apiKey: 'sk-secret', fetch: failingFetch(calls, { somethingAnswers: true }) })
    const error = await listModels(client).catch((failure: unknown) => failure)
    expect(error).toBeInstanceOf(CorsBlockedError)
    expect(calls).toHaveLength(2)
    const probe = calls[1]
    expect(probe?.url).toBe(calls[0]?.url)
    expect(probe?.init).toMatchObject({ mode: 'no-cors', credentials: 'omit' })
    expect(probe?.init?.headers).toBeUndefined()
    expect(probe?.init?.body).toBeUndefined()
    expect(JSON.stringify(probe)).not.toContain('sk-secret')
  })

  it('rethrows a stop that came while asking whether anything answers', async () => {
    const stop = new AbortController()
    const client = createVeniceClient({
      baseUrl: 'http://127.0.0.1:11434/v1',
      fetch: async (_input, init) => {
        if (init?.mode === 'no-cors') stop.abort()
        throw new TypeError('Failed to fetch')
      },
    })
    const error = await listModels(client, { signal: stop.signal }).catch((failure: unknown) => failure)
    expect(error).toHaveProperty('name', 'AbortError')
  })
})
