import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { unverifiedChoices } from '@rialto/contracts-abi/assumptions'
import { describe, expect, it } from 'vitest'
import { assumptionNotes } from './assumption-notes'

const source = readFileSync(createRequire(import.meta.url).resolve('@rialto/contracts-abi/assumptions'), 'utf8')

describe('assumptionNotes', () => {
  const notes = assumptionNotes(source)

  it('reads every entry of unverifiedChoices, each with its doc comment', () => {
    expect(notes.map(({ id }) => id)).toEqual(Object.keys(unverifiedChoices))
    for (const { note } of notes) expect(note.length).toBeGreaterThan(10)
  })

  it('keeps the value as the source writes it', () => {
    expect(notes.find(({ id }) => id === 'accRewardScale')?.value).toBe('10n ** 36n')
  })
})
