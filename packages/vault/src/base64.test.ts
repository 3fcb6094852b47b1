import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from './base64'

describe('base64', () => {
  it('round-trips any bytes, including more than one chunk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes)
      }),
    )
    const large = new Uint8Array(100_000).map((_, index) => index % 251)
    expect(fromBase64(toBase64(large))).toEqual(large)
  })

  it('refuses spellings that atob would accept but are not canonical', () => {
    expect(fromBase64('aGk=')).toEqual(new TextEncoder().encode('hi'))
    expect(fromBase64('aGk')).toBeUndefined() // missing padding
    expect(fromBase64('aG k=')).toBeUndefined() // whitespace
    expect(fromBase64('aGl=')).toBeUndefined() // same bytes, different unused low bits
    expect(fromBase64('a*k=')).toBeUndefined()
    expect(fromBase64('aG=k')).toBeUndefined() // padding in the middle
    expect(fromBase64('====')).toBeUndefined()
    expect(fromBase64('')).toEqual(new Uint8Array())
  })
})
