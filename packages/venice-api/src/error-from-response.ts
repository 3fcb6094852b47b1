import * as v from 'valibot'
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
  type VeniceApiError,
  type VeniceApiErrorOptions,
} from './errors'
import { retryAfterSeconds } from './response-headers'
import { jsonObject, jsonText, orUndefined } from './response-schemas'

export type ErrorContext = {
  /** Removed from anything the server echoes back, so it can never reach a message, a log or a screenshot. */
  apiKey?: string
  /** The model the request asked for, named in `ModelNotFoundError`. */
  model?: string
  now?: number
}

export type ErrorBody = { message?: string; code?: string }

const longestDetails = 500

/** Venice's `{"error":"msg","code":…}`, OpenAI's `{"error":{"message","code"}}` or vLLM's `{"message"}`. */
const errorBodySchema = v.pipe(
  jsonText,
  jsonObject({
    error: orUndefined(
      v.union([v.string(), jsonObject({ message: orUndefined(v.string()), code: orUndefined(v.string()) })]),
    ),
    message: orUndefined(v.string()),
    code: orUndefined(v.string()),
  }),
  v.transform(({ error, message, code }): ErrorBody => {
    const nested = typeof error === 'string' ? { message: error } : error
    return {
      message: (nested?.message ?? message)?.slice(0, longestDetails),
      code: (nested?.code ?? code)?.toUpperCase(),
    }
  }),
)

/** Reads a JSON error body (see `errorBodySchema`), or else short plain text. */
export function parseErrorBody(text: string): ErrorBody {
  const body = v.safeParse(errorBodySchema, text)
  if (body.success) return body.output
  const plain = text.trim()
  // An HTML error page says nothing a person needs; keep only short plain text.
  return plain === '' || plain.startsWith('<') ? {} : { message: plain.slice(0, longestDetails) }
}

export function redactApiKey(text: string, apiKey: string | undefined): string {
  return apiKey ? text.split(apiKey).join('[API key]') : text
}

/** The one error class for a non-2xx response. */
export function errorFromResponse(
  response: { status: number; headers: Headers },
  bodyText: string,
  context: ErrorContext = {},
): VeniceApiError {
  const { status, headers } = response
  const body = parseErrorBody(bodyText)
  const code = body.code
  const details = body.message === undefined ? undefined : redactApiKey(body.message, context.apiKey)
  const options: VeniceApiErrorOptions = { status, code, details }
  const retry = () => ({ ...options, retryAfterSeconds: retryAfterSeconds(headers, context.now) })
  // A 404 from an OpenAI-style server (Ollama, OpenAI) says "model … not found" without Venice's code.
  const namesModel = context.model !== undefined && /model/i.test(details ?? '')

  if (code === 'MODEL_NOT_FOUND' || code === 'INVALID_MODEL' || (status === 404 && namesModel)) {
    return new ModelNotFoundError({ ...options, model: context.model })
  }
  if (code === 'CONTEXT_LENGTH_EXCEEDED' || code === 'TOO_MANY_TOKENS' || status === 413) {
    return new ContextTooLongError(options)
  }
  if (code === 'MODEL_OVERLOADED' || code === 'MODEL_OFFLINE' || code === 'MODEL_AT_CAPACITY') {
    return new ModelUnavailableError(retry())
  }
  if (code === 'PRO_ONLY_MODEL') return new AccessDeniedError(options)
  if (code?.includes('SPEND_LIMIT')) return new SpendLimitReachedError(options)

  if (status === 401) return new InvalidApiKeyError(options)
  if (status === 402) return new InsufficientBalanceError(options)
  if (status === 403) return new AccessDeniedError(options)
  if (status === 404) return new EndpointNotFoundError(options)
  if (status === 422) return new ContentPolicyError(options)
  if (status === 429) return new RateLimitedError(retry())
  // Only a model can be offline: a 503 from /billing/balance is the server's own trouble.
  if (status === 503 && context.model !== undefined) return new ModelUnavailableError(retry())
  if (status >= 500) return new ServerError(options)
  return new InvalidRequestError(options)
}

export type PageContext = {
  /** The origin of the page making the call; undefined outside a browser. */
  pageOrigin?: string
  online?: boolean
}

/** Where this code runs: read from the browser globals, absent in Node. */
export function currentPageContext(): PageContext {
  return {
    pageOrigin: globalThis.location?.origin,
    online: globalThis.navigator?.onLine,
  }
}

/** Asks whether any server answers at a URL at all; see `somethingAnswers`. */
export type AnswerProbe = (url: string) => Promise<boolean>

/**
 * `fetch` itself rejected (no HTTP answer the page may read). A browser rejects with the same `TypeError` for a
 * CORS refusal and for a server that is not there, so when CORS is possible (online, another origin) `probe`
 * tells them apart.
 */
export async function errorFromFetchFailure(
  url: string,
  cause: unknown,
  { page = currentPageContext(), probe }: { page?: PageContext; probe: AnswerProbe },
): Promise<NetworkError> {
  if (page.pageOrigin === undefined || page.online === false) return new NetworkError({ cause })
  const target = targetOf(url, page.pageOrigin)
  if (target === undefined || target.origin === page.pageOrigin) return new NetworkError({ cause })
  if (await probe(target.href)) return new CorsBlockedError({ host: target.host, pageOrigin: page.pageOrigin, cause })
  return new ServerUnreachableError({ host: target.host, cause })
}

/** Long enough for a slow server to answer, short enough that a failure is reported without a long wait. */
const probeTimeoutMs = 5_000

/**
 * Whether any server answers at `url`: a `no-cors` request resolves (with an opaque response) whenever something
 * answered, and rejects when nothing did. It carries no key, no body and no cookies.
 */
export async function somethingAnswers(send: typeof fetch, url: string, signal?: AbortSignal): Promise<boolean> {
  const timeout = AbortSignal.timeout(probeTimeoutMs)
  try {
    await send(url, {
      mode: 'no-cors',
      credentials: 'omit',
      signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
    })
    return true
  } catch {
    return false
  }
}

/** A sandboxed page's origin is the string "null", which is no base for a URL. */
function targetOf(url: string, pageOrigin: string): URL | undefined {
  try {
    return new URL(url, pageOrigin)
  } catch {
    return undefined
  }
}
