import { describe, expect, it } from 'vitest'
import { noteBlocks } from './note-blocks'

describe('noteBlocks', () => {
  it('joins wrapped lines, and makes `- ` lines a list whose wrapped lines continue the item', () => {
    const note = 'What the indexer reads,\nin short:\n- one item\n  wrapped here\n- two\n\nAfter the list.'
    expect(noteBlocks(note)).toEqual([
      { kind: 'paragraph', text: 'What the indexer reads, in short:' },
      { kind: 'list', items: ['one item wrapped here', 'two'] },
      { kind: 'paragraph', text: 'After the list.' },
    ])
  })
})
