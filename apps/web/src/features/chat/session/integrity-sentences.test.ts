import { describe, expect, it } from 'vitest'
import { integritySentences } from './integrity-sentences'

const conversations = [
  { id: 'c1', title: 'Torcello mosaics', updatedAt: 1 },
  { id: 'c2', title: 'Lido ferries', updatedAt: 2 },
]
const clean = { rolledBack: [], missing: [], mapOutdated: false }

describe('integritySentences', () => {
  it('says nothing when the records match the revision map', () => {
    expect(integritySentences(clean, conversations)).toEqual([])
  })

  it('names rolled-back and missing records by what the user knows, never by their ids', () => {
    const sentences = integritySentences(
      { rolledBack: ['conversation:c1', 'settings'], missing: ['conversation:c2'], mapOutdated: false },
      conversations,
    )
    expect(sentences).toEqual([
      'The conversation “Torcello mosaics” and your settings were put back to an older copy outside Rialto, so Rialto did not open them. Import your latest backup to get the newer version back, or delete what is shown as damaged.',
      'The conversation “Lido ferries” was deleted from this browser outside Rialto. Import your latest backup to bring it back.',
    ])
    for (const sentence of sentences) expect(sentence).not.toMatch(/conversation:c|c1|c2/)
  })

  it('warns when the map itself is older than the records', () => {
    expect(integritySentences({ ...clean, mapOutdated: true }, [])[0]).toMatch(/put back to an older copy/)
  })
})
