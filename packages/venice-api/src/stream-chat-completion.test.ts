import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createVeniceClient, type VeniceClient } from './client'
import {
  AccessDeniedError,
  ContentPolicyError,
  ContextTooLongError,
  InsufficientBalanceError,
  InvalidApiKeyError,
  InvalidRequestError,
  ModelNotFoundError,
  ModelUnavailableError,
  NetworkError,
  RateLimitedError,
  ServerError,
  SpendLimitReachedError,
  StreamCutError,
  VeniceApiError,
} from './errors'
import {
  type ChatCompletionEnd,
  type ChatCompletionEvent,
  type ChatMessage,
  streamChatCompletion,
} from './stream-chat-completion'
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from './testing/openai-compatible-server'

const apiKey = 'sk-test-0123456789'
let server: OpenAiCompatibleServer
let client: VeniceClient

beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ apiKey, chunkDelayMs: 1, balance: { diem: 42.5, usd: 10.25 } })
  client = createVeniceClient({ baseUrl: server.url, apiKey })
})
afterAll(() => server.close())

const question = 'Hello Venice 👋, ça va? 日本語'
const messages: ChatMessage[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: question },
]

async function collect(stream: AsyncIterable<ChatCompletionEvent>): Promise<ChatCompletionEvent[]> {
  const events: ChatCompletionEvent[] = []
  for await (const event of stream) events.push(event)
  return events
}

const deltasOf = (events: ChatCompletionEvent[]) =>
  events.flatMap((event) => (event.type === 'delta' ? [event.text] : []))

function endOf(events: ChatCompletionEvent[]): ChatCompletionEnd {
  const last = events.at(-1)
  if (last?.type !== 'end') throw new Error('The stream did not finish with an end event.')
  return last
}

async function failureOf(run: () => Promise<unknown>): Promise<VeniceApiError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof VeniceApiError) return error
    throw error
  }
  throw new Error('Expected a VeniceApiError.')
}

describe('streamChatCompletion against an OpenAI-compatible server', () => {
  it('streams the answer in several deltas and ends done, with usage and the response headers', async () => {
    const events = await collect(streamChatCompletion(client, { model: 'venice-uncensored', messages }))
    expect(events[0]).toEqual({
      type: 'response',
      info: {
        balance: { balanceDiem: 42.5, balanceUsd: 10.25 },
        rateLimit: expect.objectContaining({ limitRequests: 50, remainingRequests: 49, type: 'api_key' }),
        requestId: 'test-ray-0001',
      },
    })
    const deltas = deltasOf(events)
    expect(deltas.length).toBeGreaterThan(3)
    expect(deltas.join('')).toBe(`You said: ${question}`)
    expect(endOf(events)).toEqual({
      type: 'end',
      outcome: 'done',
      text: `You said: ${question}`,
      finishReason: 'stop',
      usage: { promptTokens: expect.any(Number), completionTokens: deltas.length, totalTokens: expect.any(Number) },
    })
  })

  it('stops when the signal aborts, keeping the text so far and sending nothing after', async () => {
    const controller = new AbortController()
    const events: ChatCompletionEvent[] = []
    const started = Date.now()
    for await (const event of streamChatCompletion(client, { model: 'slow', messages, signal: controller.signal })) {
      events.push(event)
      if (deltasOf(events).length === 2) controller.abort()
    }
    const end = endOf(events)
    expect(end.outcome).toBe('stopped')
    expect(deltasOf(events)).toHaveLength(2)
    expect(end.text).toBe(deltasOf(events).join(''))
    expect(end.text.startsWith(`You said: ${question}`)).toBe(true)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('is stopped, not failed, when aborted before the answer starts', async () => {
    const controller = new AbortController()
    controller.abort()
    const events = await collect(streamChatCompletion(client, { model: 'slow', messages, signal: controller.signal }))
    expect(events).toEqual([{ type: 'end', outcome: 'stopped', text: '' }])
  })

  it.each(['cut-stream', 'drop-stream', 'error-event'])('ends %s as cut, carrying the partial text', async (model) => {
    const events = await collect(streamChatCompletion(client, { model, messages }))
    const end = endOf(events)
    const partial = deltasOf(events).join('')
    expect(end.outcome).toBe('cut')
    expect(end.text).toBe(partial)
    expect(`You said: ${question}`.startsWith(partial)).toBe(true)
    expect(partial.length).toBeGreaterThan(0)
    expect(partial.length).toBeLessThan(`You said: ${question}`.length)
    if (end.outcome !== 'cut') return
    expect(end.error).toBeInstanceOf(StreamCutError)
    expect(end.error.partialText).toBe(partial)
    expect(end.error.message).toBe('The answer was cut off before it finished.')
  })

  it('reports the server message of an error event as details', async () => {
    const end = endOf(await collect(streamChatCompletion(client, { model: 'error-event', messages })))
    expect(end.outcome === 'cut' && end.error.details).toBe('Inference failed mid-answer')
  })

  it.each([
    ['fail-400', InvalidRequestError, 'The server refused this request (error 400).'],
    [
      'fail-invalid-model',
      ModelNotFoundError,
      'The model "fail-invalid-model" does not exist on this server: pick another one.',
    ],
    ['fail-404', ModelNotFoundError, 'The model "fail-404" does not exist on this server: pick another one.'],
    ['no-such-model', ModelNotFoundError, 'The model "no-such-model" does not exist on this server: pick another one.'],
    [
      'fail-context',
      ContextTooLongError,
      'This conversation is too long for the model: start a new chat or shorten it.',
    ],
    ['fail-402', InsufficientBalanceError, 'Your Venice balance is empty: stake DIEM or add credit, then try again.'],
    [
      'fail-spend-limit',
      SpendLimitReachedError,
      'This API key has reached its spending limit: raise the limit or wait for the next epoch.',
    ],
    ['fail-403', AccessDeniedError, 'This API key is not allowed to use this model or feature.'],
    ['fail-422', ContentPolicyError, 'Venice declined this request under its content policy.'],
    ['fail-429-tokens', RateLimitedError, 'Too many requests: try again in 12 seconds.'],
    ['fail-500', ServerError, 'The server failed to answer (error 500): try again in a moment.'],
    ['fail-502', ServerError, 'The server failed to answer (error 502): try again in a moment.'],
    [
      'fail-503',
      ModelUnavailableError,
      'This model is offline or at capacity right now: try again shortly, or pick another one.',
    ],
  ])('model %s fails with %o before any event', async (model, errorClass, sentence) => {
    const error = await failureOf(() => collect(streamChatCompletion(client, { model, messages })))
    expect(error).toBeInstanceOf(errorClass)
    expect(error.message).toBe(sentence)
  })

  it('computes the wait of a 429 from the Unix timestamp in x-ratelimit-reset-requests', async () => {
    const error = await failureOf(() => collect(streamChatCompletion(client, { model: 'fail-429', messages })))
    expect(error).toBeInstanceOf(RateLimitedError)
    const seconds = error instanceof RateLimitedError ? error.retryAfterSeconds : undefined
    expect(seconds).toBeGreaterThanOrEqual(29)
    expect(seconds).toBeLessThanOrEqual(30)
    expect(error.message).toBe(`Too many requests: try again in ${seconds} seconds.`)
  })

  it('fails on a bad key without the key appearing anywhere in the error', async () => {
    const secret = 'sk-live-SECRET-do-not-show'
    const wrong = createVeniceClient({ baseUrl: server.url, apiKey: secret })
    const error = await failureOf(() => collect(streamChatCompletion(wrong, { model: 'venice-uncensored', messages })))
    expect(error).toBeInstanceOf(InvalidApiKeyError)
    expect(error.details).toBe('Incorrect API key provided: [API key]')
    const everything = [error.message, error.details, error.stack, String(error), JSON.stringify(error)].join('\n')
    expect(everything).not.toContain(secret)
  })

  it('fails without a key', async () => {
    const anonymous = createVeniceClient({ baseUrl: server.url })
    const error = await failureOf(() => collect(streamChatCompletion(anonymous, { model: 'qwen3-4b', messages })))
    expect(error).toBeInstanceOf(InvalidApiKeyError)
  })

  it('fails as a network error when nothing listens', async () => {
    const gone = await startOpenAiCompatibleServer()
    await gone.close()
    const offline = createVeniceClient({ baseUrl: gone.url, apiKey })
    const error = await failureOf(() => collect(streamChatCompletion(offline, { model: 'qwen3-4b', messages })))
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.message).toBe('Could not reach the server: check your internet connection.')
  })
})

/** A client whose fetch answers with these bytes, in these chunks. */
function replaying(chunks: Uint8Array[], headers: Record<string, string> = { 'content-type': 'text/event-stream' }) {
  const sent: unknown[] = []
  const client = createVeniceClient({
    fetch: async (_input, init) => {
      sent.push(JSON.parse(String(init?.body)))
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk)
          controller.close()
        },
      })
      return new Response(body, { headers })
    },
  })
  return { client, sent }
}

const bytes = (text: string) => [new TextEncoder().encode(text)]
const deltaEvent = (content: string, lineEnd = '\n') =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}${lineEnd}${lineEnd}`

describe('streamChatCompletion over any byte stream', () => {
  it('yields the same text however the stream is split, multibyte characters included', async () => {
    const deltas = fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 })
    await fc.assert(
      fc.asyncProperty(deltas, fc.array(fc.nat()), fc.constantFrom('\n', '\r\n'), async (pieces, points, lineEnd) => {
        const stream = `: keep-alive${lineEnd}${lineEnd}${pieces.map((piece) => deltaEvent(piece, lineEnd)).join('')}data: [DONE]${lineEnd}${lineEnd}`
        const encoded = new TextEncoder().encode(stream)
        const cuts = [...new Set([0, ...points.map((point) => point % (encoded.length + 1)), encoded.length])].sort(
          (a, b) => a - b,
        )
        const chunks = cuts.slice(1).map((end, index) => encoded.subarray(cuts[index], end))
        const events = await collect(streamChatCompletion(replaying(chunks).client, { model: 'm', messages }))
        expect(endOf(events)).toMatchObject({ outcome: 'done', text: pieces.join('') })
        expect(deltasOf(events)).toEqual(pieces.filter((piece) => piece !== ''))
      }),
      { numRuns: 200 },
    )
  })

  it('sends no more deltas after a stop, even those that arrived in the same network chunk', async () => {
    const controller = new AbortController()
    const { client } = replaying(
      bytes(`${deltaEvent('one')}${deltaEvent('two')}${deltaEvent('three')}data: [DONE]\n\n`),
    )
    const events: ChatCompletionEvent[] = []
    for await (const event of streamChatCompletion(client, { model: 'm', messages, signal: controller.signal })) {
      events.push(event)
      if (event.type === 'delta') controller.abort()
    }
    expect(deltasOf(events)).toEqual(['one'])
    expect(endOf(events)).toMatchObject({ outcome: 'stopped', text: 'one' })
  })

  it('frees the connection when the consumer leaves before reading the answer', async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      cancel() {
        cancelled = true
      },
    })
    const client = createVeniceClient({ fetch: async () => new Response(body) })
    for await (const event of streamChatCompletion(client, { model: 'm', messages })) {
      expect(event.type).toBe('response')
      break
    }
    expect(cancelled).toBe(true)
  })

  it('asks for usage and sends venice_parameters only when given', async () => {
    const { client, sent } = replaying(bytes('data: [DONE]\n\n'))
    await collect(streamChatCompletion(client, { model: 'm', messages }))
    await collect(
      streamChatCompletion(client, { model: 'm', messages, venice_parameters: { enable_web_search: 'auto' } }),
    )
    expect(sent[0]).toEqual({ model: 'm', messages, stream: true, stream_options: { include_usage: true } })
    expect(sent[1]).toMatchObject({ venice_parameters: { enable_web_search: 'auto' } })
  })

  it('reads a whole JSON completion from a server that ignores stream: true', async () => {
    const completion = { choices: [{ message: { role: 'assistant', content: 'Whole answer' }, finish_reason: 'stop' }] }
    const { client } = replaying(bytes(JSON.stringify(completion)), { 'content-type': 'application/json' })
    const events = await collect(streamChatCompletion(client, { model: 'm', messages }))
    expect(deltasOf(events)).toEqual(['Whole answer'])
    expect(endOf(events)).toMatchObject({ outcome: 'done', text: 'Whole answer', finishReason: 'stop' })
  })

  it('counts an answer whose finish_reason arrived as done, even without [DONE]', async () => {
    const finished = `${deltaEvent('Hi')}data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: 'length' }] })}\n\n`
    const events = await collect(streamChatCompletion(replaying(bytes(finished)).client, { model: 'm', messages }))
    expect(endOf(events)).toMatchObject({ outcome: 'done', text: 'Hi', finishReason: 'length' })
  })

  it('cuts the answer at a chunk that is not JSON', async () => {
    const broken = `${deltaEvent('Hi')}data: {"choices": [\n\n${deltaEvent('never')}`
    const end = endOf(await collect(streamChatCompletion(replaying(bytes(broken)).client, { model: 'm', messages })))
    expect(end).toMatchObject({ outcome: 'cut', text: 'Hi' })
  })

  it('cuts the answer at an `event: error`', async () => {
    const failed = `${deltaEvent('Hi')}event: error\ndata: {"error":"overloaded"}\n\n${deltaEvent('never')}`
    const end = endOf(await collect(streamChatCompletion(replaying(bytes(failed)).client, { model: 'm', messages })))
    expect(end).toMatchObject({ outcome: 'cut', text: 'Hi', error: { details: 'overloaded' } })
  })
})
