import { describe, expect, it } from 'vitest'
import { createVeniceClient, veniceBaseUrl } from './client'
import { listModels } from './list-models'

describe('createVeniceClient', () => {
  it('defaults to the Venice API, without a key', () => {
    const client = createVeniceClient()
    expect(client.baseUrl).toBe(veniceBaseUrl)
    expect(client.apiKey).toBeUndefined()
  })

  it('trims a pasted key and treats an empty one as none', () => {
    expect(createVeniceClient({ apiKey: '  sk-1 \n' }).apiKey).toBe('sk-1')
    expect(createVeniceClient({ apiKey: '   ' }).apiKey).toBeUndefined()
  })

  it('calls a same-origin proxy route by a relative URL, with no Authorization when there is no key', async () => {
    const calls: { url: string; headers: Headers }[] = []
    const client = createVeniceClient({
      baseUrl: '/api/venice-proxy/',
      fetch: async (input, init) => {
        calls.push({ url: String(input), headers: new Headers(init?.headers) })
        return Response.json({ data: [{ id: 'm' }] })
      },
    })
    await listModels(client)
    expect(calls[0]?.url).toBe('/api/venice-proxy/models?type=text')
    expect(calls[0]?.headers.has('authorization')).toBe(false)
  })

  it('sends the key as a Bearer token', async () => {
    let authorization: string | null = null
    const client = createVeniceClient({
      apiKey: 'sk-1',
      fetch: async (_input, init) => {
        authorization = new Headers(init?.headers).get('authorization')
        return Response.json({ data: [] })
      },
    })
    await listModels(client)
    expect(authorization).toBe('Bearer sk-1')
  })
})
