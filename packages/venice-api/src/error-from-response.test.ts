import { describe, expect, it } from 'vitest'
import { errorFromFetchFailure, errorFromResponse, parseErrorBody, redactApiKey } from './error-from-response'
import {
  AccessDeniedError,
  ContentPolicyError,
  ContextTooLongError,
  CorsBlockedError,
  EndpointNotFoundError,
  InsufficientBalanceError,
  InvalidApiKeyError,
  InvalidRequestError,
  ModelNotFoundError,
  ModelUnavailableError,
  NetworkError,
  RateLimitedError,
  ServerError,
  ServerUnreachableError,
  SpendLimitReachedError,
} from './errors'

const now = Date.UTC(2026, 10, 26, 12, 0, 0)
const nowSeconds = now / 1000

const respond = (status: number, body: unknown, headers: Record<string, string> = {}, model?: string) =>
  errorFromResponse({ status, headers: new Headers(headers) }, typeof body === 'string' ? body : JSON.stringify(body), {
    apiKey: 'sk-secret-123',
    model,
    now,
  })

describe('parseErrorBody', () => {
  it("reads Venice's flat body", () => {
    expect(parseErrorBody('{"error":"Insufficient USD or Diem balance","code":"INSUFFICIENT_BALANCE"}')).toEqual({
      message: 'Insufficient USD or Diem balance',
      code: 'INSUFFICIENT_BALANCE',
    })
  })

  it("reads OpenAI's nested body and upper-cases the code", () => {
    expect(parseErrorBody('{"error":{"message":"too long","type":"x","code":"context_length_exceeded"}}')).toEqual({
      message: 'too long',
      code: 'CONTEXT_LENGTH_EXCEEDED',
    })
  })

  it('keeps short plain text and drops HTML pages', () => {
    expect(parseErrorBody('Bad gateway')).toEqual({ message: 'Bad gateway' })
    expect(parseErrorBody('<html><h1>502</h1></html>')).toEqual({})
    expect(parseErrorBody('')).toEqual({})
  })
})

describe('errorFromResponse', () => {
  it.each([
    [401, { error: 'Authentication failed' }, InvalidApiKeyError],
    [401, { error: 'Pro only', code: 'PRO_ONLY_MODEL' }, AccessDeniedError],
    [402, { error: 'Insufficient USD or Diem balance', code: 'INSUFFICIENT_BALANCE' }, InsufficientBalanceError],
    [402, { error: { message: 'limit', code: 'API_KEY_USD_SPEND_LIMIT_EXCEEDED' } }, SpendLimitReachedError],
    [403, { error: 'API access disabled', code: 'API_ACCESS_DISABLED' }, AccessDeniedError],
    [404, { error: 'Model not found', code: 'MODEL_NOT_FOUND' }, ModelNotFoundError],
    [400, { error: 'Invalid model', code: 'INVALID_MODEL' }, ModelNotFoundError],
    [400, { error: { message: 'too long', code: 'context_length_exceeded' } }, ContextTooLongError],
    [400, { error: 'too many tokens', code: 'TOO_MANY_TOKENS' }, ContextTooLongError],
    [413, { error: 'Payload too large', code: 'PAYLOAD_TOO_LARGE' }, ContextTooLongError],
    [400, { error: 'Invalid request', code: 'INVALID_REQUEST' }, InvalidRequestError],
    [415, 'Unsupported Media Type', InvalidRequestError],
    [404, 'Not Found', EndpointNotFoundError],
    [422, { error: 'Content policy violation', code: 'CONTENT_POLICY_VIOLATION' }, ContentPolicyError],
    [429, { error: 'Rate limit exceeded' }, RateLimitedError],
    [429, { error: 'Overloaded', code: 'MODEL_OVERLOADED' }, ModelUnavailableError],
    [503, { error: { message: 'Offline', code: 'MODEL_OFFLINE' } }, ModelUnavailableError],
    [500, { error: 'Inference failed', code: 'INFERENCE_FAILED' }, ServerError],
    [502, '<html>Bad Gateway</html>', ServerError],
    [504, { error: 'Request timed out', code: 'REQUEST_TIMEOUT' }, ServerError],
  ])('%i %j → %o', (status, body, errorClass) => {
    const error = respond(status, body)
    expect(error).toBeInstanceOf(errorClass)
    expect(error.status).toBe(status)
  })

  it('names the model in a "not found" from an OpenAI-style server', () => {
    const error = respond(404, { error: { message: 'model "llama9" not found, try pulling it first' } }, {}, 'llama9')
    expect(error).toBeInstanceOf(ModelNotFoundError)
    expect(error.message).toBe('The model "llama9" does not exist on this server: pick another one.')
  })

  it('reads a 503 outside a chat as the server failing, not a model', () => {
    expect(respond(503, 'Service Unavailable')).toBeInstanceOf(ServerError)
    expect(respond(503, 'Service Unavailable', {}, 'm')).toBeInstanceOf(ModelUnavailableError)
  })

  it('keeps the server message as details and the code, without the API key', () => {
    const error = respond(401, { error: { message: 'Incorrect API key provided: sk-secret-123', code: 'x' } })
    expect(error.details).toBe('Incorrect API key provided: [API key]')
    expect(error.code).toBe('X')
    expect(`${error.message} ${error.details} ${error.stack}`).not.toContain('sk-secret-123')
  })

  it('says how long to wait on a 429, from retry-after first', () => {
    const error = respond(429, {}, { 'retry-after': '7', 'x-ratelimit-reset-tokens': '50' })
    expect(error).toBeInstanceOf(RateLimitedError)
    expect(error.message).toBe('Too many requests: try again in 7 seconds.')
  })

  it('falls back to the reset of the exhausted budget', () => {
    const requests = respond(
      429,
      {},
      {
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-requests': String(nowSeconds + 42),
        'x-ratelimit-reset-tokens': '3',
      },
    )
    expect(requests).toMatchObject({ retryAfterSeconds: 42 })
    expect(requests.message).toBe('Too many requests: try again in 42 seconds.')
  })

  it('says "a moment" when the server gives no time', () => {
    expect(respond(429, {}).message).toBe('Too many requests: wait a moment, then try again.')
  })
})

describe('the sentences', () => {
  it.each([
    [new InvalidApiKeyError(), 'This API key was not accepted: check it, or create a new one in your Venice account.'],
    [new InsufficientBalanceError(), 'Your Venice balance is empty: stake DIEM or add credit, then try again.'],
    [new RateLimitedError({ retryAfterSeconds: 1 }), 'Too many requests: try again in 1 second.'],
    [new ServerError({ status: 502 }), 'The server failed to answer (error 502): try again in a moment.'],
    [new NetworkError(), 'Could not reach the server: check your internet connection.'],
  ])('%o says %s', (error, sentence) => {
    expect(error.message).toBe(sentence)
    expect(error.name).toBe(error.constructor.name)
  })
})

describe('errorFromFetchFailure', () => {
  const failure = new TypeError('Failed to fetch')
  const online = { pageOrigin: 'https://rialto.example', online: true }
  const nothingAnswered = async () => false

  it('is a network error outside a browser, without asking whether anything answers', async () => {
    const asked: string[] = []
    const error = await errorFromFetchFailure('https://api.venice.ai/api/v1/models', failure, {
      page: {},
      probe: async (url) => asked.push(url) > 0,
    })
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).not.toBeInstanceOf(CorsBlockedError)
    expect(error.cause).toBe(failure)
    expect(asked).toEqual([])
  })

  it('says nothing answered when a bare request to that address fails too (a local server that is not running)', async () => {
    const error = await errorFromFetchFailure('http://127.0.0.1:11434/v1/models', failure, {
      page: online,
      probe: nothingAnswered,
    })
    expect(error.message).toBe('Nothing answered at 127.0.0.1:11434 — is the server running?')
    expect(error).toBeInstanceOf(ServerUnreachableError)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).not.toBeInstanceOf(CorsBlockedError)
    expect(error.cause).toBe(failure)
  })

  it('says CORS when something answered the bare request, naming the page’s origin the server must allow', async () => {
    const asked: string[] = []
    const error = await errorFromFetchFailure('https://api.venice.ai/api/v1/models', failure, {
      page: online,
      probe: async (url) => asked.push(url) > 0,
    })
    expect(error).toBeInstanceOf(CorsBlockedError)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.message).toBe(
      'The browser blocked the request to api.venice.ai (CORS): that server does not allow calls from https://rialto.example.',
    )
    expect(asked).toEqual(['https://api.venice.ai/api/v1/models'])
  })

  it('does not suspect CORS or a stopped server when offline or calling its own origin', async () => {
    const probe = { probe: nothingAnswered }
    const sameOrigin = await errorFromFetchFailure('/api/venice-proxy/models', failure, { ...probe, page: online })
    expect(sameOrigin).toBeInstanceOf(NetworkError)
    expect(sameOrigin).not.toBeInstanceOf(ServerUnreachableError)
    expect(sameOrigin).not.toBeInstanceOf(CorsBlockedError)
    const offline = { pageOrigin: 'https://rialto.example', online: false }
    const whileOffline = await errorFromFetchFailure('https://api.venice.ai/x', failure, { ...probe, page: offline })
    expect(whileOffline.message).toBe('Could not reach the server: check your internet connection.')
    const sandboxed = { pageOrigin: 'null', online: true }
    const fromSandbox = await errorFromFetchFailure('/api/venice-proxy/models', failure, { ...probe, page: sandboxed })
    expect(fromSandbox).toBeInstanceOf(NetworkError)
  })
})

describe('redactApiKey', () => {
  it('removes every copy of the key and leaves text alone without one', () => {
    expect(redactApiKey('a k b k', 'k')).toBe('a [API key] b [API key]')
    expect(redactApiKey('a k', undefined)).toBe('a k')
    expect(redactApiKey('a k', '')).toBe('a k')
  })
})
