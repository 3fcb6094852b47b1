import { describe, expect, it } from 'vitest'
import { median, timePaired } from './paired-timing'

const wait = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms))

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
})

describe('timePaired', () => {
  it('runs the baseline then each task per pair, after one warm-up of each', async () => {
    const order: string[] = []
    const record = (name: string) => async () => {
      order.push(name)
    }
    const summary = await timePaired(record('kdf'), [record('unlock')], 2)
    expect(order).toEqual(['kdf', 'unlock', 'kdf', 'unlock', 'kdf', 'unlock'])
    expect(summary.pairs).toBe(2)
    expect(summary.tasks).toHaveLength(1)
  })

  it('reports a task that contains the baseline as slower than it', async () => {
    const summary = await timePaired(wait(20), [wait(40)], 3)
    expect(summary.tasks[0]?.ratio).toBeGreaterThan(1)
    expect(summary.tasks[0]?.differenceMs).toBeGreaterThan(0)
  })
})
