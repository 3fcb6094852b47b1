import { describe, expect, it } from 'vitest'
import { newPassphraseProblem, passphraseLength } from './passphrase-rules'

describe('a new passphrase', () => {
  it('needs 12 characters and a matching confirmation', () => {
    expect(newPassphraseProblem('short', 'short')).toMatch(/at least 12/)
    expect(newPassphraseProblem('            ', '            ')).toMatch(/spaces/)
    expect(newPassphraseProblem('long enough words', 'long enough word')).toMatch(/not the same/)
    expect(newPassphraseProblem('long enough words', 'long enough words')).toBeUndefined()
  })

  it('counts the characters a person sees in the form the key is derived from (NFC)', () => {
    // Typed decomposed: twelve UTF-16 code units, yet six characters once normalized.
    const sixAccents = 'e\u0301'.repeat(6)
    expect(sixAccents).toHaveLength(12)
    expect(newPassphraseProblem(sixAccents, sixAccents)).toBe(
      'Use at least 12 characters (this one has 6): a few words you will remember work well.',
    )
    expect(passphraseLength(sixAccents)).toBe(6)
    // A character that no composed form exists for, and an emoji made of several code points, count once each.
    expect(passphraseLength('q\u0301')).toBe(1)
    expect(passphraseLength('👩‍👩‍👧‍👦')).toBe(1)
    expect(newPassphraseProblem('é'.repeat(12), 'é'.repeat(12))).toBeUndefined()
  })

  it('accepts a confirmation typed in the other Unicode form, since both derive the same key', () => {
    const composed = 'café crème brûlée'
    expect(newPassphraseProblem(composed, composed.normalize('NFD'))).toBeUndefined()
  })
})
