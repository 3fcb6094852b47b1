import { describe, expect, it } from 'vitest'
import { newPassphraseProblem } from './passphrase-rules'

describe('a new passphrase', () => {
  it('needs 12 characters and a matching confirmation', () => {
    expect(newPassphraseProblem('short', 'short')).toMatch(/at least 12/)
    expect(newPassphraseProblem('            ', '            ')).toMatch(/spaces/)
    expect(newPassphraseProblem('long enough words', 'long enough word')).toMatch(/not the same/)
    expect(newPassphraseProblem('long enough words', 'long enough words')).toBeUndefined()
  })
})
