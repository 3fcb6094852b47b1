import { CorsBlockedError, NetworkError, ServerUnreachableError } from '@rialto/venice-api/errors'
import { describe, expect, it } from 'vitest'
import { defaultSettings, parseSettings } from './chat-settings'
import { customUrlProblem, endpointFor, shouldOfferPassThrough } from './endpoint'

describe('where answers come from', () => {
  it('is Venice directly by default, said as such', () => {
    expect(endpointFor({ ...defaultSettings, apiKey: ' sk-1 ' })).toEqual({
      mode: 'venice',
      baseUrl: 'https://api.venice.ai/api/v1',
      apiKey: 'sk-1',
      label: 'Direct to api.venice.ai',
      reportsBalance: true,
    })
  })

  it('is the same-origin pass-through or a custom URL when chosen', () => {
    expect(endpointFor({ ...defaultSettings, endpoint: 'pass-through' })).toMatchObject({
      baseUrl: '/api/venice-proxy',
      label: 'Through Rialto’s pass-through (stores nothing)',
      apiKey: undefined,
    })
    expect(
      endpointFor({ ...defaultSettings, endpoint: 'custom', customUrl: 'http://127.0.0.1:11434/v1' }),
    ).toMatchObject({
      baseUrl: 'http://127.0.0.1:11434/v1',
      label: 'Custom endpoint: http://127.0.0.1:11434/v1',
      reportsBalance: false,
    })
  })

  it('never sends the Venice key to a custom endpoint, only that endpoint’s own key', () => {
    const custom = { ...defaultSettings, endpoint: 'custom' as const, customUrl: 'http://127.0.0.1:11434/v1' }
    expect(endpointFor({ ...custom, apiKey: 'sk-venice' }).apiKey).toBeUndefined()
    expect(endpointFor({ ...custom, apiKey: 'sk-venice', customApiKey: 'local-key' }).apiKey).toBe('local-key')
  })

  it('checks custom URLs', () => {
    expect(customUrlProblem('http://127.0.0.1:11434/v1')).toBeUndefined()
    expect(customUrlProblem('')).toMatch(/base URL/)
    expect(customUrlProblem('localhost:11434')).toMatch(/http/)
    expect(customUrlProblem('ftp://x')).toMatch(/http/)
    expect(customUrlProblem('https://user:key@x.example')).toMatch(/API key/)
  })

  it('offers the pass-through only after this browser could not call Venice directly, never for a custom endpoint', () => {
    const blocked = new CorsBlockedError({ host: 'api.venice.ai', pageOrigin: 'https://rialto.example' })
    expect(shouldOfferPassThrough(blocked, 'venice')).toBe(true)
    expect(shouldOfferPassThrough(blocked, 'custom')).toBe(false)
    const nothingAnswered = new ServerUnreachableError({ host: '127.0.0.1:11434' })
    expect(shouldOfferPassThrough(nothingAnswered, 'custom')).toBe(false)
    expect(shouldOfferPassThrough(new ServerUnreachableError({ host: 'api.venice.ai' }), 'venice')).toBe(true)
    expect(shouldOfferPassThrough(blocked, 'pass-through')).toBe(false)
    expect(shouldOfferPassThrough(new NetworkError(), 'venice')).toBe(false)
  })
})

describe('stored settings', () => {
  it('fall back to the defaults field by field', () => {
    expect(parseSettings(null)).toEqual(defaultSettings)
    expect(parseSettings({ endpoint: 'bogus', autoLockMinutes: 0, apiKey: 'k' })).toEqual({
      ...defaultSettings,
      apiKey: 'k',
      autoLockMinutes: 1,
    })
  })
})
