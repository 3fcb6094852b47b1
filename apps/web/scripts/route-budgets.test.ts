import { describe, expect, it } from 'vitest'
import { budgetProblems } from './route-budgets.mjs'

const bundle = (route: string, gzipBytes: number) => ({ route, chunks: 1, rawBytes: gzipBytes * 3, gzipBytes })
const budgets = new Map([
  ['/', { gzipBytes: 1_000, reason: 'the home page' }],
  ['/chat', { gzipBytes: 2_000, reason: 'the chat' }],
])

describe('budgetProblems', () => {
  it('passes routes at or under their budget', () => {
    expect(budgetProblems([bundle('/', 1_000), bundle('/chat', 1_999)], budgets)).toEqual([])
  })

  it('names a route one byte over, with its reason', () => {
    expect(budgetProblems([bundle('/', 1_001), bundle('/chat', 2_000)], budgets)).toEqual([
      '/: 1001 B gzip is over its budget of 1000 B (the home page).',
    ])
  })

  it('asks for a budget for a new route, and for a budget whose route is gone to go', () => {
    expect(budgetProblems([bundle('/', 10), bundle('/new', 10)], budgets)).toEqual([
      '/new: 10 B gzip and no budget; add one to route-budgets.json.',
      '/chat: budgeted in route-budgets.json but not in the build.',
    ])
  })
})
