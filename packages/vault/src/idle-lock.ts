export type SetTimer = (callback: () => void, delayMs: number) => () => void

export type IdleLock = {
  /** Call on user activity. Cheap: it records the time and leaves the timer alone. */
  touch(): void
  /** Stops watching without locking (on unmount, or after a manual lock). */
  stop(): void
}

const browserTimer: SetTimer = (callback, delayMs) => {
  const handle = setTimeout(callback, delayMs)
  return () => clearTimeout(handle)
}

/**
 * Calls `onLock` once, after `timeoutMs` without a `touch()`. The timer is re-armed only when it fires early,
 * so `touch` can run on every keystroke; and checking the clock when it fires makes a throttled background tab
 * or a sleeping laptop lock as soon as it wakes.
 */
export function createIdleLock({
  timeoutMs,
  onLock,
  now = Date.now,
  setTimer = browserTimer,
}: {
  timeoutMs: number
  onLock: () => void
  now?: () => number
  setTimer?: SetTimer
}): IdleLock {
  if (!(timeoutMs > 0)) throw new RangeError('The idle timeout must be a positive number of milliseconds.')
  let lastActivity = now()
  let cancel: (() => void) | undefined
  const arm = (delayMs: number) => {
    cancel = setTimer(check, delayMs)
  }
  function check() {
    const idleFor = now() - lastActivity
    if (idleFor < timeoutMs) return arm(timeoutMs - idleFor)
    cancel = undefined
    onLock()
  }
  arm(timeoutMs)
  return {
    touch() {
      if (cancel) lastActivity = now()
    },
    stop() {
      cancel?.()
      cancel = undefined
    },
  }
}
