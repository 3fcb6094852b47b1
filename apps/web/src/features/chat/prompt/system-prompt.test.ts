import { describe, expect, it } from 'vitest'
import { buildSystemPrompt, requestMessages } from './system-prompt'

const memories = [
  { id: '1', text: 'I live in Porto', at: 1 },
  { id: '2', text: 'I prefer\nshort answers', at: 2 },
]

describe('the system prompt', () => {
  it('lists every memory, one line each', () => {
    const prompt = buildSystemPrompt(memories)
    expect(prompt).toContain('remember')
    expect(prompt).toContain('- I live in Porto')
    expect(prompt).toContain('- I prefer short answers')
  })

  it('is absent without memories', () => {
    expect(buildSystemPrompt([])).toBeUndefined()
    expect(buildSystemPrompt([{ id: '1', text: '  ', at: 1 }])).toBeUndefined()
  })
})

describe('the messages sent for an answer', () => {
  const history = [
    { id: 'a', role: 'user' as const, content: 'Hi', at: 1 },
    { id: 'b', role: 'assistant' as const, content: '', at: 2, ending: 'stopped' as const },
    { id: 'c', role: 'assistant' as const, content: 'Half an ans', at: 3, ending: 'cut' as const },
    { id: 'd', role: 'user' as const, content: 'Go on', at: 4 },
  ]

  it('start with the memories, keep partial answers and leave out empty ones', () => {
    expect(requestMessages(history, memories)).toEqual([
      { role: 'system', content: buildSystemPrompt(memories) },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Half an ans' },
      { role: 'user', content: 'Go on' },
    ])
  })

  it('have no system message without memories', () => {
    expect(requestMessages(history, [])[0]).toEqual({ role: 'user', content: 'Hi' })
  })
})
