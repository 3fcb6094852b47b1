import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from '@rialto/venice-api/testing/openai-compatible-server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { forwardToVenice, passThroughBaseUrl } from './forward-to-venice'

let server: OpenAiCompatibleServer
const key = 'sk-pass-through-secret'

beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ apiKey: key })
})
afterAll(() => server.close())
afterEach(() => vi.restoreAllMocks())

const origin = 'http://rialto.test'
const forward = (path: string[], init: RequestInit & { search?: string } = {}) =>
  forwardToVenice(new Request(`${origin}/api/venice-proxy/${path.join('/')}${init.search ?? ''}`, init), path, {
    baseUrl: server.url,
  })

const chatBody = (model: string, content: string) =>
  JSON.stringify({ model, stream: true, messages: [{ role: 'user', content }] })

describe('the Venice pass-through', () => {
  it('uses the Venice API unless the server environment says otherwise, never a URL from the request', () => {
    expect(passThroughBaseUrl({})).toBe('https://api.venice.ai/api/v1')
    expect(passThroughBaseUrl({ VENICE_API_BASE_URL: 'http://127.0.0.1:9/api/v1/' })).toBe('http://127.0.0.1:9/api/v1')
  })

  it('forwards the model list with its query string', async () => {
    const response = await forward(['models'], { search: '?type=text' })
    expect(response.status).toBe(200)
    const body: unknown = await response.json()
    expect(JSON.stringify(body)).toContain('qwen3-4b')
  })

  it('streams a chat answer back with the balance and rate-limit headers, and keeps the status', async () => {
    const response = await forward(['chat', 'completions'], {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', cookie: 'wagmi.store=secret' },
      body: chatBody('qwen3-4b', 'hello there'),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    expect(response.headers.get('x-venice-balance-usd')).toBe('10.25')
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('49')
    expect(response.headers.get('cache-control')).toContain('no-transform')
    expect(await response.text()).toContain('hello')

    const refused = await forward(['chat', 'completions'], {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: chatBody('fail-429', 'hello'),
    })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('x-ratelimit-remaining-requests')).toBe('0')
  })

  it('passes the key through without keeping or printing it, nor the message', async () => {
    const levels = ['log', 'info', 'warn', 'error', 'debug'] as const
    const printed = levels.map((level) => vi.spyOn(console, level))
    const wrongKey = await forward(['chat', 'completions'], {
      method: 'POST',
      headers: { authorization: 'Bearer sk-wrong', 'content-type': 'application/json' },
      body: chatBody('qwen3-4b', 'private words'),
    })
    expect(wrongKey.status).toBe(401)
    await wrongKey.text()
    for (const spy of printed) expect(spy).not.toHaveBeenCalled()
  })

  it('refuses anything but the three routes, path tricks included', async () => {
    for (const path of [
      ['api_keys'],
      ['..', 'admin'],
      ['chat%2F..%2Fx'],
      ['models', '..'],
      ['https:', '', 'evil.example'],
    ]) {
      expect((await forward(path)).status).toBe(404)
    }
    expect((await forward(['models'], { method: 'POST', body: '{}' })).status).toBe(404)
  })

  it('refuses pages of other sites and oversized bodies', async () => {
    const crossSite = await forward(['models'], { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(crossSite.status).toBe(403)
    const huge = await forward(['chat', 'completions'], {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: 'x'.repeat(4 * 1024 * 1024 + 1),
    })
    expect(huge.status).toBe(413)
  })

  it('says plainly when Venice cannot be reached', async () => {
    const response = await forwardToVenice(new Request(`${origin}/api/venice-proxy/models`), ['models'], {
      baseUrl: 'http://127.0.0.1:9/api/v1',
    })
    expect(response.status).toBe(502)
    expect(await response.text()).toContain('could not reach the Venice API')
  })
})
