import { describe, expect, it, vi } from 'vitest'
import { createIdleLock, type SetTimer } from './idle-lock'

/** A clock and timers that only move when the test says so. */
function fakeTime() {
  let time = 0
  const timers = new Set<{ at: number; callback: () => void }>()
  const setTimer: SetTimer = (callback, delayMs) => {
    const timer = { at: time + delayMs, callback }
    timers.add(timer)
    return () => timers.delete(timer)
  }
  const advance = (ms: number) => {
    const end = time + ms
    for (;;) {
      const due = [...timers].filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      timers.delete(due)
      time = due.at
      due.callback()
    }
    time = end
  }
  return { now: () => time, setTimer, advance, pending: () => timers.size }
}

describe('createIdleLock', () => {
  it('locks once the timeout passes without activity', () => {
    const time = fakeTime()
    const onLock = vi.fn()
    createIdleLock({ timeoutMs: 60_000, onLock, ...time })
    time.advance(59_999)
    expect(onLock).not.toHaveBeenCalled()
    time.advance(1)
    expect(onLock).toHaveBeenCalledTimes(1)
    time.advance(10 * 60_000)
    expect(onLock).toHaveBeenCalledTimes(1)
  })

  it('postpones the lock on touch(), counting from the last activity', () => {
    const time = fakeTime()
    const onLock = vi.fn()
    const idle = createIdleLock({ timeoutMs: 60_000, onLock, ...time })
    time.advance(50_000)
    idle.touch()
    time.advance(50_000)
    expect(onLock).not.toHaveBeenCalled()
    idle.touch()
    time.advance(59_999)
    expect(onLock).not.toHaveBeenCalled()
    time.advance(1)
    expect(onLock).toHaveBeenCalledTimes(1)
  })

  it('keeps a single timer however often touch() is called', () => {
    const time = fakeTime()
    const idle = createIdleLock({ timeoutMs: 1_000, onLock: () => undefined, ...time })
    for (let index = 0; index < 100; index++) {
      idle.touch()
      time.advance(5)
    }
    expect(time.pending()).toBe(1)
  })

  it('locks at once when a late timer (background tab, sleep) finds the time already past', () => {
    let time = 0
    let fire: () => void = () => undefined
    const onLock = vi.fn()
    createIdleLock({
      timeoutMs: 1_000,
      onLock,
      now: () => time,
      setTimer: (callback) => {
        fire = callback
        return () => undefined
      },
    })
    time = 3_600_000
    fire()
    expect(onLock).toHaveBeenCalledTimes(1)
  })

  it('does nothing after stop()', () => {
    const time = fakeTime()
    const onLock = vi.fn()
    const idle = createIdleLock({ timeoutMs: 1_000, onLock, ...time })
    idle.stop()
    idle.touch()
    time.advance(5_000)
    expect(onLock).not.toHaveBeenCalled()
    expect(time.pending()).toBe(0)
  })

  it('refuses a timeout that is not positive', () => {
    expect(() => createIdleLock({ timeoutMs: 0, onLock: () => undefined })).toThrow(RangeError)
  })
})
