import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http'
import { setImmediate as nextTick, setTimeout as sleep } from 'node:timers/promises'
import { type ErrorReply, failureFor, rateLimitHeaders } from './failure-modes'
import {
  answerPieces,
  answerTo,
  balanceBody,
  chunkEvent,
  completionBody,
  isKnownModel,
  modelList,
  parseChatRequest,
  usage,
} from './reply-bodies'

export { failureModes, streamModes } from './failure-modes'

/**
 * A deterministic stand-in for the Venice API (and any OpenAI-compatible server) on 127.0.0.1, for this package's
 * tests and the web app's browser tests. A chat's answer is always "You said: <last user message>", streamed word
 * by word. Model names (or API keys) from `failureModes` and `streamModes` make it misbehave on purpose.
 */

export type OpenAiCompatibleServerOptions = {
  /** 0 (the default) picks a free port. */
  port?: number
  /** The one key accepted as `Authorization: Bearer …`. Default `test-key`. */
  apiKey?: string
  /** Send CORS headers (the default) so pages on other origins may call; `false` to see a browser refuse. */
  cors?: boolean
  /** Pause between streamed pieces. Default 5 ms. */
  chunkDelayMs?: number
  /** Sent as `x-venice-balance-*` headers and from `/billing/balance`. */
  balance?: { diem: number | null; usd: number }
}

export type OpenAiCompatibleServer = {
  /** The base URL to give the client, shaped like `https://api.venice.ai/api/v1`. */
  url: string
  close(): Promise<void>
}

type Settings = Required<OpenAiCompatibleServerOptions>

const apiPrefix = '/api/v1'
const slowPieces = 300
const slowDelayMs = 40

export async function startOpenAiCompatibleServer(
  options: OpenAiCompatibleServerOptions = {},
): Promise<OpenAiCompatibleServer> {
  const settings: Settings = {
    port: options.port ?? 0,
    apiKey: options.apiKey ?? 'test-key',
    cors: options.cors ?? true,
    chunkDelayMs: options.chunkDelayMs ?? 5,
    balance: options.balance ?? { diem: 42.5, usd: 10.25 },
  }
  const server = createServer((req, res) => {
    handle(req, res, settings).catch(() => res.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(settings.port, '127.0.0.1', resolve)
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP port.')
  return {
    url: `http://127.0.0.1:${address.port}${apiPrefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Streams in flight (the slow one) would otherwise hold the close for seconds.
        server.closeAllConnections()
      }),
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, settings: Settings): Promise<void> {
  if (settings.cors) setCorsHeaders(res)
  if (req.method === 'OPTIONS') return reply(res, 204, '')
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  // Anything may stand before the prefix, so a test can give each endpoint URL a path of its own.
  const prefixAt = path.indexOf(apiPrefix)
  const route = `${req.method} ${prefixAt >= 0 ? path.slice(prefixAt + apiPrefix.length) : path}`
  // Like Venice, the model list needs no key.
  if (route === 'GET /models') return reply(res, 200, JSON.stringify(modelList()), successHeaders(settings))
  if (route !== 'GET /billing/balance' && route !== 'POST /chat/completions') {
    return reply(res, 404, 'Not Found', { 'content-type': 'text/plain' })
  }
  const key = checkKey(req, settings)
  if (typeof key !== 'string') return sendError(res, key)
  const keyFailure = failureFor(key)
  if (keyFailure) return sendError(res, keyFailure)
  if (route === 'GET /billing/balance') {
    return reply(res, 200, JSON.stringify(balanceBody(settings.balance)), successHeaders(settings))
  }
  return chat(req, res, settings)
}

async function chat(req: IncomingMessage, res: ServerResponse, settings: Settings): Promise<void> {
  const request = parseChatRequest(await readBody(req))
  if (request === undefined) return reply(res, 400, JSON.stringify({ error: 'Body must be JSON with a "model"' }))
  const failure = failureFor(request.model)
  if (failure) return sendError(res, failure)
  if (!isKnownModel(request.model)) {
    const body = { error: { message: `Model "${request.model}" not found`, code: 'MODEL_NOT_FOUND' } }
    return reply(res, 404, JSON.stringify(body))
  }
  const answer = answerTo(request.lastUserMessage)
  if (!request.stream) {
    return reply(res, 200, JSON.stringify(completionBody(request.model, answer)), successHeaders(settings))
  }
  return streamAnswer(res, request.model, answer, settings)
}

async function streamAnswer(res: ServerResponse, model: string, answer: string, settings: Settings): Promise<void> {
  let closed = false
  res.on('close', () => {
    closed = true
  })
  const slow = model === 'slow'
  const pieces = slow ? slowAnswer(answer) : answerPieces(answer)
  const half = Math.ceil(pieces.length / 2)
  const event = (fields: object) => chunkEvent(model, fields)
  res.writeHead(200, { ...successHeaders(settings), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  // The opening varies the framing on purpose: a comment, an event without data, `\r\n` line ends.
  await send(res, ': keep-alive\n\nevent: ping\n\n')
  await send(
    res,
    event({ choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] }).replaceAll('\n', '\r\n'),
  )
  for (const [index, piece] of pieces.entries()) {
    await sleep(slow ? slowDelayMs : settings.chunkDelayMs)
    if (closed) return
    const next = event({ choices: [{ index: 0, delta: { content: piece } }] })
    if (index === half && (await breakOff(res, model, next))) return
    await send(res, next)
  }
  await send(res, event({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }))
  await send(res, event({ choices: [], usage: usage(answer, pieces.length) }))
  await send(res, 'data: [DONE]\n\n')
  res.end()
}

/** The stream modes' misbehaviour half way through; true when it ended the response. */
async function breakOff(res: ServerResponse, model: string, nextEvent: string): Promise<boolean> {
  if (model === 'cut-stream') {
    res.end()
    return true
  }
  if (model === 'drop-stream') {
    res.write(nextEvent.slice(0, 20))
    res.destroy()
    return true
  }
  if (model === 'error-event') {
    await send(
      res,
      `data: ${JSON.stringify({ error: { message: 'Inference failed mid-answer', code: 'INFERENCE_FAILED' } })}\n\n`,
    )
    res.end()
    return true
  }
  return false
}

/** Writes text in two halves split by bytes, often inside a multibyte character, to exercise the client. */
async function send(res: ServerResponse, text: string) {
  const bytes = Buffer.from(text)
  const middle = Math.floor(bytes.length / 2)
  res.write(bytes.subarray(0, middle))
  await nextTick()
  if (!res.destroyed) res.write(bytes.subarray(middle))
}

const slowAnswer = (answer: string) => [
  answer,
  ...Array.from({ length: slowPieces }, (_, index) => ` (still talking, part ${index + 1} of ${slowPieces})`),
]

function checkKey(req: IncomingMessage, settings: Settings): string | ErrorReply {
  const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  if (key === undefined) return { status: 401, body: JSON.stringify({ error: 'Authentication failed' }) }
  if (key === settings.apiKey || failureFor(key)) return key
  // Echoes the key, as some servers do, so that tests can prove the client never shows it.
  const message = `Incorrect API key provided: ${key}`
  return { status: 401, body: JSON.stringify({ error: { message, code: 'AUTHENTICATION_FAILED' } }) }
}

function sendError(res: ServerResponse, failure: ErrorReply) {
  const headers = failure.headers?.(Math.floor(Date.now() / 1000)) ?? {}
  const type = failure.body.startsWith('<') ? 'text/html' : 'application/json'
  reply(res, failure.status, failure.body, { 'content-type': type, ...headers })
}

function reply(res: ServerResponse, status: number, body: string, headers: OutgoingHttpHeaders = {}) {
  res.writeHead(status, { ...(body === '' ? {} : { 'content-type': 'application/json' }), ...headers })
  res.end(body)
}

function successHeaders(settings: Settings): OutgoingHttpHeaders {
  const { diem, usd } = settings.balance
  return {
    ...(diem === null ? {} : { 'x-venice-balance-diem': String(diem) }),
    'x-venice-balance-usd': String(usd),
    'cf-ray': 'test-ray-0001',
    ...rateLimitHeaders({ now: Math.floor(Date.now() / 1000), resetRequestsIn: 60, resetTokensIn: 60 }),
  }
}

const exposedHeaders = [
  'x-venice-balance-diem',
  'x-venice-balance-usd',
  'x-ratelimit-limit-requests',
  'x-ratelimit-remaining-requests',
  'x-ratelimit-reset-requests',
  'x-ratelimit-limit-tokens',
  'x-ratelimit-remaining-tokens',
  'x-ratelimit-reset-tokens',
  'x-ratelimit-type',
  'retry-after',
  'cf-ray',
]

function setCorsHeaders(res: ServerResponse) {
  res.setHeader('access-control-allow-origin', '*')
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
  // A wildcard does not cover Authorization: it must be named.
  res.setHeader('access-control-allow-headers', 'authorization, content-type')
  // Without this a page cannot read the balance and rate-limit headers.
  res.setHeader('access-control-expose-headers', exposedHeaders.join(', '))
  res.setHeader('access-control-max-age', '600')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}
