import { describe, expect, it, vi } from 'vitest'
import { isQuotaExceededError } from '../storage'
import { memoryStorage } from './memory-storage'

describe('memoryStorage', () => {
  it('stores, lists and removes strings', () => {
    const storage = memoryStorage()
    storage.setItem('a', '1')
    storage.setItem('b', '2')
    storage.removeItem('a')
    expect(storage.getItem('a')).toBeNull()
    expect(storage.getItem('b')).toBe('2')
    expect(storage.keys()).toEqual(['b'])
  })

  it('throws a QuotaExceededError DOMException past the quota, keeping the old value', () => {
    // Two bytes per UTF-16 code unit of key and value: "k" + "12345" is 12 bytes.
    const storage = memoryStorage({ quotaBytes: 12 })
    storage.setItem('k', '12345')
    expect(storage.usedBytes()).toBe(12)
    const error = (() => {
      try {
        storage.setItem('k', '123456')
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(DOMException)
    expect(isQuotaExceededError(error)).toBe(true)
    expect(storage.getItem('k')).toBe('12345')
    // Replacing a value counts only the difference.
    storage.setItem('k', '54321')
    expect(storage.getItem('k')).toBe('54321')
  })

  it('shares entries between tabs and tells each tab only about the other tabs’ writes', () => {
    const tabA = memoryStorage()
    const tabB = tabA.openTab()
    const heardByA = vi.fn()
    const heardByB = vi.fn()
    tabA.watch?.(heardByA)
    const stopB = tabB.watch?.(heardByB)
    tabA.setItem('x', '1')
    expect(tabB.getItem('x')).toBe('1')
    expect(heardByA).not.toHaveBeenCalled()
    expect(heardByB).toHaveBeenCalledWith('x')
    tabB.removeItem('x')
    expect(heardByA).toHaveBeenCalledWith('x')
    stopB?.()
    tabA.setItem('y', '1')
    expect(heardByB).toHaveBeenCalledTimes(1)
  })
})

describe('isQuotaExceededError', () => {
  it('recognises the browsers’ quota errors and nothing else', () => {
    expect(isQuotaExceededError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaExceededError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true)
    expect(isQuotaExceededError(new Error('QuotaExceededError'))).toBe(false)
    expect(isQuotaExceededError(null)).toBe(false)
  })
})
