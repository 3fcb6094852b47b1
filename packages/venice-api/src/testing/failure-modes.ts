import type { OutgoingHttpHeaders } from 'node:http'

/** How the test server fails on purpose: a status, a body as a real server would send it, maybe headers. */
export type ErrorReply = { status: number; body: string; headers?: (nowSeconds: number) => OutgoingHttpHeaders }

const json = (value: unknown) => JSON.stringify(value)

/**
 * Failures chosen by model name (chat) or by API key (every authenticated route). The bodies mix Venice's flat
 * `{"error": "…"}` with OpenAI's nested `{"error": {"message", "code"}}` and an HTML page, as real servers do.
 */
export const failureModes = {
  'fail-400': { status: 400, body: json({ error: 'Invalid request', details: { temperature: 'must be at most 2' } }) },
  'fail-invalid-model': { status: 400, body: json({ error: 'Invalid model specified', code: 'INVALID_MODEL' }) },
  'fail-context': {
    status: 400,
    body: json({ error: { message: 'Maximum context length is 32768 tokens', code: 'context_length_exceeded' } }),
  },
  'fail-402': { status: 402, body: json({ error: 'Insufficient USD or Diem balance', code: 'INSUFFICIENT_BALANCE' }) },
  'fail-spend-limit': {
    status: 402,
    body: json({ error: { message: 'DIEM spend limit exceeded', code: 'API_KEY_DIEM_SPEND_LIMIT_EXCEEDED' } }),
  },
  'fail-403': { status: 403, body: json({ error: 'API access is disabled', code: 'API_ACCESS_DISABLED' }) },
  'fail-404': { status: 404, body: json({ error: { message: 'Model not found', code: 'MODEL_NOT_FOUND' } }) },
  'fail-422': { status: 422, body: json({ error: 'Content policy violation', code: 'CONTENT_POLICY_VIOLATION' }) },
  'fail-429': {
    status: 429,
    body: json({ error: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED' }),
    headers: (now) => rateLimitHeaders({ now, remainingRequests: 0, resetRequestsIn: 30, resetTokensIn: 5 }),
  },
  'fail-429-tokens': {
    status: 429,
    body: json({ error: { message: 'Token rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED' } }),
    headers: (now) => rateLimitHeaders({ now, remainingTokens: 0, resetRequestsIn: 60, resetTokensIn: 12 }),
  },
  'fail-500': { status: 500, body: json({ error: 'Inference failed', code: 'INFERENCE_FAILED' }) },
  'fail-502': { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  'fail-503': { status: 503, body: json({ error: { message: 'Model is at capacity', code: 'MODEL_AT_CAPACITY' } }) },
} satisfies Record<string, ErrorReply>

/** Streams that start well and then misbehave, chosen by model name. */
export const streamModes = {
  'cut-stream': 'ends the response half way, without [DONE]',
  'drop-stream': 'drops the connection half way, in the middle of an event',
  'error-event': 'sends an error event half way, then ends',
  slow: 'streams a long answer slowly (about 12 s), for the stop button',
} as const

const failureReplies: Readonly<Record<string, ErrorReply>> = failureModes

export function failureFor(name: string): ErrorReply | undefined {
  return Object.hasOwn(failureReplies, name) ? failureReplies[name] : undefined
}

export type RateLimitState = {
  /** Unix seconds. */
  now: number
  remainingRequests?: number
  remainingTokens?: number
  resetRequestsIn: number
  resetTokensIn: number
}

export function rateLimitHeaders(state: RateLimitState): OutgoingHttpHeaders {
  return {
    'x-ratelimit-limit-requests': '50',
    'x-ratelimit-remaining-requests': String(state.remainingRequests ?? 49),
    // Venice: a Unix timestamp for requests, seconds for tokens.
    'x-ratelimit-reset-requests': String(state.now + state.resetRequestsIn),
    'x-ratelimit-limit-tokens': '750000',
    'x-ratelimit-remaining-tokens': String(state.remainingTokens ?? 749_000),
    'x-ratelimit-reset-tokens': String(state.resetTokensIn),
    'x-ratelimit-type': 'api_key',
  }
}
