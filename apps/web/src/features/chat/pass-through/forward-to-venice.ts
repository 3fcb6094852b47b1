import { veniceBaseUrl } from '@rialto/venice-api/client'

/**
 * The pass-through behind `/api/venice-proxy/*`: for browsers that refuse to call api.venice.ai directly (its CORS
 * policy is undocumented). It forwards three API routes to one fixed base, streams the answer back, and keeps
 * nothing: no body, no key, no log line. It is not an open proxy: the target host is a server-side constant.
 */

/** The routes the chat uses; anything else is refused rather than forwarded. */
const forwardedRoutes = new Set(['GET models', 'GET billing/balance', 'POST chat/completions'])

/** Request headers worth passing on. Cookies, and everything else the browser adds, stay here. */
const forwardedRequestHeaders = ['authorization', 'content-type', 'accept']

/** Response headers the chat reads: balance, rate limits, retry advice and the request id for support. */
const isForwardedResponseHeader = (name: string) =>
  name === 'content-type' ||
  name === 'retry-after' ||
  name === 'cf-ray' ||
  name.startsWith('x-venice-') ||
  name.startsWith('x-ratelimit-')

/** A chat request with a long history is big; far beyond this is not a chat. */
export const largestBodyBytes = 4 * 1024 * 1024

const segmentPattern = /^[a-z0-9_-]+$/i

export type ForwardOptions = {
  /** The Venice API base; tests point it at the local test server through `VENICE_API_BASE_URL`. */
  baseUrl?: string
  fetch?: typeof fetch
}

export function passThroughBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.VENICE_API_BASE_URL?.trim()
  return (configured === undefined || configured === '' ? veniceBaseUrl : configured).replace(/\/+$/, '')
}

export async function forwardToVenice(
  request: Request,
  pathSegments: readonly string[],
  { baseUrl = passThroughBaseUrl(), fetch: send = globalThis.fetch }: ForwardOptions = {},
): Promise<Response> {
  const path = pathSegments.join('/')
  // Segments are checked one by one, so neither `..` nor an encoded slash can leave the fixed base.
  const wellFormed = pathSegments.every((segment) => segmentPattern.test(segment))
  if (!wellFormed || !forwardedRoutes.has(`${request.method} ${path}`)) {
    return plainError(404, 'This pass-through only forwards the Venice chat, models and balance routes.')
  }
  // A browser on another site has no business spending a Venice key through this origin.
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return plainError(403, 'The pass-through only answers pages of this site.')
  }

  let body: ArrayBuffer | undefined
  if (request.method === 'POST') {
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > largestBodyBytes) return plainError(413, 'This request is too large to pass through.')
    body = await readAtMost(request, largestBodyBytes)
    if (body === undefined) return plainError(413, 'This request is too large to pass through.')
  }

  const headers = new Headers()
  for (const name of forwardedRequestHeaders) {
    const value = request.headers.get(name)
    if (value !== null) headers.set(name, value)
  }

  let upstream: Response
  try {
    upstream = await send(`${baseUrl}/${path}${new URL(request.url).search}`, {
      method: request.method,
      headers,
      body,
      // The stop button closes the browser's request; that must close Venice's too.
      signal: request.signal,
      // A redirect could lead anywhere; Venice's API does not redirect.
      redirect: 'error',
    })
  } catch {
    if (request.signal.aborted) return new Response(null, { status: 499 })
    return plainError(502, 'Rialto’s pass-through could not reach the Venice API.')
  }

  const responseHeaders = new Headers({
    // `no-transform` keeps the server from compressing (and so buffering) a streamed answer.
    'cache-control': 'no-store, no-transform',
    'x-content-type-options': 'nosniff',
  })
  upstream.headers.forEach((value, name) => {
    if (isForwardedResponseHeader(name)) responseHeaders.set(name, value)
  })
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders })
}

function plainError(status: number, message: string): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })
}

/** The request body, or `undefined` as soon as it grows past `limit` (a chunked body declares no length). */
async function readAtMost(request: Request, limit: number): Promise<ArrayBuffer | undefined> {
  if (!request.body) return new ArrayBuffer(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(read.value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body.buffer
}
