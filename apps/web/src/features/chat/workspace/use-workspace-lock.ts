import { useCallback, useEffect } from 'react'
import type { StreamingAnswer } from '../answer/use-answer-turn'
import { useIdleLock } from './use-idle-lock'

/**
 * The lock, by hand or after `minutes` idle: a running answer is stopped and saved first. Each streamed piece
 * counts as activity, so the idle lock never cuts an answer short. The turn comes first and the idle lock only
 * reads it, so neither needs the other before it exists.
 */
export function useWorkspaceLock({
  minutes,
  streaming,
  stopAndSave,
  onLock,
}: {
  minutes: number
  streaming: StreamingAnswer | undefined
  stopAndSave: () => Promise<void>
  onLock: (reason?: string) => void
}): (reason?: string) => Promise<void> {
  const lock = useCallback(
    async (reason?: string) => {
      await stopAndSave()
      onLock(reason)
    },
    [stopAndSave, onLock],
  )
  const touch = useIdleLock(minutes, () => lock(`Locked after ${minutes} idle minutes. Unlock to continue.`))
  useEffect(() => {
    if (streaming !== undefined) touch()
  }, [streaming, touch])
  return lock
}
