import { createIdleLock } from '@rialto/vault/idle-lock'
import { useCallback, useEffect, useRef } from 'react'

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/** Calls `onIdle` after `minutes` without input in this tab. Returns `touch`, for activity that is not input. */
export function useIdleLock(minutes: number, onIdle: () => void): () => void {
  const latestOnIdle = useRef(onIdle)
  useEffect(() => {
    latestOnIdle.current = onIdle
  })
  const touchCurrent = useRef<() => void>(() => {})

  useEffect(() => {
    const idle = createIdleLock({ timeoutMs: minutes * 60_000, onLock: () => latestOnIdle.current() })
    const touch = () => idle.touch()
    touchCurrent.current = touch
    for (const type of activityEvents) window.addEventListener(type, touch, { passive: true })
    return () => {
      idle.stop()
      for (const type of activityEvents) window.removeEventListener(type, touch)
    }
  }, [minutes])

  return useCallback(() => touchCurrent.current(), [])
}
