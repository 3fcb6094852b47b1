import { describe, expect, it } from 'vitest'
import { safeAppOriginPatterns, safeAppOrigins } from './safe-app-origins'

describe('safeAppOrigins', () => {
  it('is Safe{Wallet} alone when nothing is configured', () => {
    expect(safeAppOrigins(undefined)).toEqual(['https://app.safe.global'])
    expect(safeAppOrigins(' ')).toEqual(['https://app.safe.global'])
  })

  it('adds the configured origins, once each', () => {
    expect(safeAppOrigins('https://safe.example.org, http://127.0.0.1:3353,https://app.safe.global')).toEqual([
      'https://app.safe.global',
      'https://safe.example.org',
      'http://127.0.0.1:3353',
    ])
  })

  it('refuses an entry that is not a bare http(s) origin, naming it', () => {
    expect(() => safeAppOrigins('https://safe.example.org/apps')).toThrow(/"https:\/\/safe\.example\.org\/apps"/)
    expect(() => safeAppOrigins('safe.example.org')).toThrow(/is not an origin/)
    expect(() => safeAppOrigins('javascript:alert(1)')).toThrow(/is not an origin/)
    expect(() => safeAppOrigins("https://a.org 'unsafe-inline'")).toThrow(/is not an origin/)
  })
})

describe('safeAppOriginPatterns', () => {
  it('matches exactly the origins, not look-alikes', () => {
    const [pattern] = safeAppOriginPatterns(['https://app.safe.global'])
    expect(pattern?.test('https://app.safe.global')).toBe(true)
    expect(pattern?.test('https://appxsafe.global')).toBe(false)
    expect(pattern?.test('https://app.safe.global.evil.example')).toBe(false)
    expect(pattern?.test('https://evil.example/https://app.safe.global')).toBe(false)
  })
})
