import { describe, expect, it } from 'vitest'
import { importSummary } from './import-summary'

const none = { memoriesMerged: 0, settingsKeptLocal: false, conversationsKeptBoth: 0 }

describe('the import summary', () => {
  it('says what was added, what was already here and what was kept twice', () => {
    const lines = importSummary(
      {
        added: ['conversation:a', 'conversation:b'],
        unchanged: ['conversation:c', 'conversation-index'],
        keptBoth: [{ id: 'conversation:d', importedAs: 'conversation:d (imported)' }],
      },
      { memoriesMerged: 2, settingsKeptLocal: true, conversationsKeptBoth: 1 },
    )
    expect(lines).toEqual([
      'Added 2 conversations.',
      '1 conversation was already here.',
      '1 conversation differed from yours: both copies are kept, the imported one marked “(imported)”.',
      'Added 2 memories.',
      'Kept your current settings; the ones in the file were not applied.',
    ])
  })

  it('says so when nothing was new', () => {
    expect(importSummary({ added: [], unchanged: ['settings'], keptBoth: [] }, none)).toEqual([
      'Nothing new: everything in this file is already here.',
    ])
  })
})
