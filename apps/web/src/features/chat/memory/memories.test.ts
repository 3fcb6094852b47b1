import { describe, expect, it } from 'vitest'
import {
  factFromMessage,
  mergedMemories,
  rememberedFact,
  withEditedMemory,
  withMemory,
  withoutMemory,
} from './memories'

describe('"Remember that …" messages', () => {
  it('yield the fact to keep', () => {
    expect(rememberedFact('Remember that I am vegetarian.')).toBe('I am vegetarian.')
    expect(rememberedFact('please remember: my dog is called Rex')).toBe('My dog is called Rex')
    expect(rememberedFact('REMEMBER THAT\n  I use  Base')).toBe('I use Base')
  })

  it('are not confused with other sentences', () => {
    expect(rememberedFact('Do you remember that film?')).toBeUndefined()
    expect(rememberedFact('Remembering things is hard')).toBeUndefined()
    expect(rememberedFact('Remember that')).toBeUndefined()
  })

  it('the Remember button keeps the command’s fact, or the whole message', () => {
    expect(factFromMessage('Remember that I live in Porto')).toBe('I live in Porto')
    expect(factFromMessage('my timezone is UTC+1')).toBe('My timezone is UTC+1')
    expect(factFromMessage('   ')).toBeUndefined()
  })
})

describe('the memory list', () => {
  const one = { id: '1', text: 'I live in Porto', at: 1 }
  const two = { id: '2', text: 'I stake DIEM', at: 2 }

  it('adds, edits and deletes, without duplicates', () => {
    const list = withMemory(withMemory({ memories: [] }, two), one)
    expect(list.memories.map((m) => m.id)).toEqual(['1', '2'])
    expect(withMemory(list, { id: '3', text: 'i live in porto', at: 3 }).memories).toHaveLength(2)
    expect(withEditedMemory(list, '1', 'I live in Lisbon').memories[0]?.text).toBe('I live in Lisbon')
    expect(withoutMemory(list, '1').memories.map((m) => m.id)).toEqual(['2'])
  })

  it('merges an imported list into the local one', () => {
    expect(mergedMemories({ memories: [one] }, { memories: [one, two] }).memories).toEqual([one, two])
  })
})
