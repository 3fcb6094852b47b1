import { describe, expect, it } from 'vitest'
import {
  answersAfterLastQuestion,
  newConversation,
  parseConversation,
  renamed,
  type StoredMessage,
  titleFromText,
  withMessage,
} from './conversation'
import { indexIsCurrentFor, parseIndex, searchTitles, withSummary } from './conversation-index'

const at = (n: number, role: StoredMessage['role'] = 'user', content = `m${n}`): StoredMessage => ({
  id: `id-${n}`,
  role,
  content,
  at: n,
})

describe('conversation titles', () => {
  it('come from the first line of the first message, cut at a word', () => {
    expect(titleFromText('  Hello\nsecond line')).toBe('Hello')
    expect(titleFromText('')).toBe('New chat')
    const long = titleFromText('word '.repeat(30))
    expect(long.length).toBeLessThanOrEqual(61)
    expect(long.endsWith('word…')).toBe(true)
  })

  it('follow the later rename when two tabs rename', () => {
    const conversation = newConversation('c', at(1))
    expect(renamed(renamed(conversation, 'later', 20), 'earlier', 10).title).toBe('later')
    expect(renamed(conversation, '   ', 5).title).toBe('New chat')
  })
})

describe('messages in a conversation', () => {
  it('stay in time order and are replaced by id, so merges converge', () => {
    const base = newConversation('c', at(1))
    const one = withMessage(withMessage(base, at(3)), at(2))
    const other = withMessage(withMessage(base, at(2)), at(3))
    expect(one.messages).toEqual(other.messages)
    expect(withMessage(one, { ...at(2), content: 'edited' }).messages.map((m) => m.content)).toEqual([
      'm1',
      'edited',
      'm3',
    ])
  })

  it('names the answers to drop when regenerating', () => {
    const conversation = [at(2, 'assistant'), at(3, 'user'), at(4, 'assistant'), at(5, 'assistant')].reduce(
      withMessage,
      newConversation('c', at(1)),
    )
    expect(answersAfterLastQuestion(conversation)).toEqual(new Set(['id-4', 'id-5']))
  })

  it('reads back what was stored, and ignores malformed entries', () => {
    const stored = {
      ...newConversation('c', at(1)),
      messages: [at(1), { id: 'x' }, { ...at(2, 'assistant'), ending: 'cut' }],
    }
    const parsed = parseConversation('c', stored)
    expect(parsed?.messages).toEqual([at(1), { ...at(2, 'assistant'), ending: 'cut' }])
    expect(parseConversation('c', 'nonsense')).toBeUndefined()
  })
})

describe('the conversation index', () => {
  const index = parseIndex({
    conversations: [
      { id: 'a', title: 'Café plans', updatedAt: 10 },
      { id: 'b', title: 'Staking DIEM', updatedAt: 20 },
    ],
  })

  it('is newest first', () => {
    expect(index.conversations.map((entry) => entry.id)).toEqual(['b', 'a'])
  })

  it('needs no write while the same conversation stays on top with the same title', () => {
    expect(indexIsCurrentFor(index, { id: 'b', title: 'Staking DIEM', updatedAt: 99 })).toBe(true)
    expect(indexIsCurrentFor(index, { id: 'b', title: 'Renamed', updatedAt: 99 })).toBe(false)
    expect(indexIsCurrentFor(index, { id: 'a', title: 'Café plans', updatedAt: 99 })).toBe(false)
    expect(indexIsCurrentFor(index, { id: 'new', title: 'New', updatedAt: 99 })).toBe(false)
  })

  it('never moves an entry back in time', () => {
    const updated = withSummary(index, { id: 'b', title: 'Staking DIEM', updatedAt: 5 })
    expect(updated.conversations.find((entry) => entry.id === 'b')?.updatedAt).toBe(20)
  })

  it('searches titles regardless of case and accents', () => {
    expect(searchTitles(index.conversations, 'cafe').map((entry) => entry.id)).toEqual(['a'])
    expect(searchTitles(index.conversations, 'DIEM').map((entry) => entry.id)).toEqual(['b'])
    expect(searchTitles(index.conversations, '  ')).toHaveLength(2)
  })
})
