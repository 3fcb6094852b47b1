import { describe, expect, it } from 'vitest'
import { parseBalanceHeaders, parseRateLimitHeaders, readResponseInfo, retryAfterSeconds } from './response-headers'

const now = Date.UTC(2026, 10, 26, 12, 0, 0)
const nowSeconds = now / 1000
const headers = (values: Record<string, string>) => new Headers(values)

describe('parseBalanceHeaders', () => {
  it('reads the DIEM and USD balances as numbers', () => {
    expect(parseBalanceHeaders(headers({ 'x-venice-balance-diem': '12.5', 'x-venice-balance-usd': '0.031' }))).toEqual({
      balanceDiem: 12.5,
      balanceUsd: 0.031,
    })
  })

  it('leaves out a missing or unreadable balance', () => {
    expect(parseBalanceHeaders(headers({ 'x-venice-balance-usd': 'n/a' }))).toEqual({})
  })
})

describe('parseRateLimitHeaders', () => {
  it("reads Venice's headers: requests reset as a Unix timestamp, tokens in seconds", () => {
    const info = parseRateLimitHeaders(
      headers({
        'x-ratelimit-limit-requests': '50',
        'x-ratelimit-remaining-requests': '49',
        'x-ratelimit-reset-requests': String(nowSeconds + 60),
        'x-ratelimit-limit-tokens': '750000',
        'x-ratelimit-remaining-tokens': '740000',
        'x-ratelimit-reset-tokens': '15',
        'x-ratelimit-type': 'api_key',
      }),
      now,
    )
    expect(info).toEqual({
      limitRequests: 50,
      remainingRequests: 49,
      resetRequestsAt: now + 60_000,
      limitTokens: 750_000,
      remainingTokens: 740_000,
      resetTokensAt: now + 15_000,
      type: 'api_key',
    })
  })

  it("reads OpenAI's durations and millisecond timestamps", () => {
    const info = parseRateLimitHeaders(
      headers({ 'x-ratelimit-reset-requests': '1m30s', 'x-ratelimit-reset-tokens': '250ms' }),
      now,
    )
    expect(info.resetRequestsAt).toBe(now + 90_000)
    expect(info.resetTokensAt).toBe(now + 250)
    expect(parseRateLimitHeaders(headers({ 'x-ratelimit-reset-requests': String(now + 5) }), now).resetRequestsAt).toBe(
      now + 5,
    )
  })
})

describe('retryAfterSeconds', () => {
  it.each([
    [{ 'retry-after': '12' }, 12],
    [{ 'retry-after': new Date(now + 20_000).toUTCString() }, 20],
    [{ 'retry-after': '0' }, 1],
    [{ 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': String(nowSeconds + 30) }, 30],
    [{ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '8.2', 'x-ratelimit-reset-requests': '99' }, 9],
    [{ 'x-ratelimit-reset-requests': String(nowSeconds + 3), 'x-ratelimit-reset-tokens': '10' }, 10],
    [{ 'x-ratelimit-reset-requests': String(nowSeconds - 100) }, 1],
    [{}, undefined],
  ])('%j → %s', (values, seconds) => {
    expect(retryAfterSeconds(headers(values), now)).toBe(seconds)
  })
})

describe('readResponseInfo', () => {
  it('gathers balance, rate limit and the request id', () => {
    const info = readResponseInfo(headers({ 'x-venice-balance-diem': '3', 'cf-ray': 'abc-AMS' }), now)
    expect(info).toEqual({ balance: { balanceDiem: 3 }, rateLimit: {}, requestId: 'abc-AMS' })
  })
})
