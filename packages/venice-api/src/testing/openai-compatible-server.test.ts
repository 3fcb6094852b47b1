import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from './openai-compatible-server'

let server: OpenAiCompatibleServer

beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ apiKey: 'k' })
})
afterAll(() => server.close())

const chat = (url: string, key: string, body: object) =>
  fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('the OpenAI-compatible test server', () => {
  it('answers a non-streamed chat with the echo of the last user message', async () => {
    const messages = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'You said: first' },
      { role: 'user', content: 'second ✓' },
    ]
    const response = await chat(server.url, 'k', { model: 'qwen3-4b', messages })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-venice-balance-usd')).toBe('10.25')
    const body: unknown = await response.json()
    expect(body).toMatchObject({
      object: 'chat.completion',
      choices: [{ message: { role: 'assistant', content: 'You said: second ✓' }, finish_reason: 'stop' }],
      usage: { completion_tokens: 4 },
    })
  })

  it('lets a browser on another origin call it, and read the balance headers', async () => {
    const preflight = await fetch(`${server.url}/chat/completions`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization')
    expect(preflight.headers.get('access-control-expose-headers')).toContain('x-venice-balance-diem')
  })

  it('sends no CORS headers when told not to', async () => {
    const closed = await startOpenAiCompatibleServer({ cors: false })
    try {
      const response = await fetch(`${closed.url}/models`)
      expect(response.status).toBe(200)
      expect(response.headers.has('access-control-allow-origin')).toBe(false)
    } finally {
      await closed.close()
    }
  })

  it('fails on purpose when the key names a failure, with rate-limit headers for a 429', async () => {
    const response = await chat(server.url, 'fail-429', { model: 'qwen3-4b', messages: [] })
    expect(response.status).toBe(429)
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('0')
    expect(Number(response.headers.get('x-ratelimit-reset-requests'))).toBeGreaterThan(Date.now() / 1000)
  })

  it('answers 404 outside the API and 400 to a body that is not JSON', async () => {
    expect((await fetch(`${server.url.replace('/api/v1', '')}/nothing`)).status).toBe(404)
    const response = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: '{',
    })
    expect(response.status).toBe(400)
  })

  it('closes promptly while a slow stream is in flight', async () => {
    const busy = await startOpenAiCompatibleServer()
    const response = await chat(busy.url, 'test-key', { model: 'slow', stream: true, messages: [] })
    const reader = response.body?.getReader()
    await reader?.read()
    const started = Date.now()
    await busy.close()
    expect(Date.now() - started).toBeLessThan(500)
    await expect(reader?.read()).rejects.toThrow()
  })
})
