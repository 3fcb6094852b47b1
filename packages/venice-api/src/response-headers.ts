import * as v from 'valibot'
import { numericValue } from './response-schemas'

/** The account balance Venice reports on every response, as it was *before* that request. */
export type BalanceHeaders = {
  balanceDiem?: number
  balanceUsd?: number
}

export type RateLimitInfo = {
  limitRequests?: number
  remainingRequests?: number
  /** When the request budget refills, in milliseconds since the epoch. */
  resetRequestsAt?: number
  limitTokens?: number
  remainingTokens?: number
  /** When the token budget refills, in milliseconds since the epoch. */
  resetTokensAt?: number
  /** Whose limit this is: `user`, `api_key` or `global`. */
  type?: string
}

export type ResponseInfo = {
  balance: BalanceHeaders
  rateLimit: RateLimitInfo
  /** Cloudflare's request id (`cf-ray`), the one to quote to Venice support. */
  requestId?: string
}

/** A header's value as a number; `undefined` when it is absent or not a number. */
function toNumber(value: string | null): number | undefined {
  const number = v.safeParse(numericValue, value)
  return number.success ? number.output : undefined
}

const numberHeader = (headers: Headers, name: string) => toNumber(headers.get(name))

export function parseBalanceHeaders(headers: Headers): BalanceHeaders {
  return {
    balanceDiem: numberHeader(headers, 'x-venice-balance-diem'),
    balanceUsd: numberHeader(headers, 'x-venice-balance-usd'),
  }
}

export function parseRateLimitHeaders(headers: Headers, now = Date.now()): RateLimitInfo {
  return {
    limitRequests: numberHeader(headers, 'x-ratelimit-limit-requests'),
    remainingRequests: numberHeader(headers, 'x-ratelimit-remaining-requests'),
    resetRequestsAt: resetAt(headers.get('x-ratelimit-reset-requests'), now),
    limitTokens: numberHeader(headers, 'x-ratelimit-limit-tokens'),
    remainingTokens: numberHeader(headers, 'x-ratelimit-remaining-tokens'),
    resetTokensAt: resetAt(headers.get('x-ratelimit-reset-tokens'), now),
    type: headers.get('x-ratelimit-type') ?? undefined,
  }
}

export function readResponseInfo(headers: Headers, now = Date.now()): ResponseInfo {
  return {
    balance: parseBalanceHeaders(headers),
    rateLimit: parseRateLimitHeaders(headers, now),
    requestId: headers.get('cf-ray') ?? undefined,
  }
}

/**
 * Whole seconds to wait after a 429: `retry-after` when sent, else the reset of whichever budget ran out
 * (requests or tokens), else the later of the two. At least 1, so "try again in 0 seconds" never shows.
 */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const waitMs =
    retryAfterMs(headers.get('retry-after'), now) ?? rateLimitWaitMs(parseRateLimitHeaders(headers, now), now)
  return waitMs === undefined ? undefined : Math.max(1, Math.ceil(waitMs / 1000))
}

function rateLimitWaitMs(limit: RateLimitInfo, now: number): number | undefined {
  const requestsWait = limit.resetRequestsAt === undefined ? undefined : limit.resetRequestsAt - now
  const tokensWait = limit.resetTokensAt === undefined ? undefined : limit.resetTokensAt - now
  if (limit.remainingRequests === 0 && requestsWait !== undefined) return requestsWait
  if (limit.remainingTokens === 0 && tokensWait !== undefined) return tokensWait
  if (requestsWait === undefined) return tokensWait
  return tokensWait === undefined ? requestsWait : Math.max(requestsWait, tokensWait)
}

/** `retry-after` is either delay-seconds or an HTTP date (RFC 9110). */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined
  const seconds = toNumber(value)
  if (seconds !== undefined) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : date - now
}

const unixSecondsFloor = 1e9 // 2001-09-09: a bare number above this is a timestamp, not a delay
const unixMillisecondsFloor = 1e12

/**
 * A reset header as an absolute time. Venice sends a Unix timestamp for requests and seconds for tokens, while
 * OpenAI-style servers send durations such as `6m0s` or `20ms`; all of them are accepted for either header.
 */
function resetAt(value: string | null, now: number): number | undefined {
  if (value === null) return undefined
  const number = toNumber(value)
  if (number === undefined) {
    const durationMs = parseDurationMs(value)
    return durationMs === undefined ? undefined : now + durationMs
  }
  if (number >= unixMillisecondsFloor) return number
  if (number >= unixSecondsFloor) return number * 1000
  return now + number * 1000
}

const durationPart = /(\d+(?:\.\d+)?)(ms|h|m|s)/g
const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

function parseDurationMs(value: string): number | undefined {
  const trimmed = value.trim()
  if (!/^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/.test(trimmed)) return undefined
  let total = 0
  for (const [, amount, unit] of trimmed.matchAll(durationPart)) total += Number(amount) * (unitMs[unit ?? 's'] ?? 0)
  return total
}
