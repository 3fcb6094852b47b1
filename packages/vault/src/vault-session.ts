import { LockedError, TamperedRecordError } from './errors'
import { serialQueue } from './serial-queue'
import { exclusively, type VaultStorage } from './storage'

/**
 * What one unlocked handle knows. `seen` and `floors` are the rollback rules: a record read back older than either
 * was put back by someone, not written by a tab.
 */
export type VaultSession = {
  readonly storage: VaultStorage
  readonly vaultId: string
  readonly dataKey: CryptoKey
  /** Highest revision this handle has verified per id: the default expectation for saves. */
  readonly seen: Map<string, number>
  /** Revisions the revision map vouched for at unlock (kept up to date by this handle's own writes). */
  readonly floors: Map<string, number>
  readonly stopWatching: Set<() => void>
  /** Runs writes one after another in this tab (see `serialQueue`). */
  readonly inOrder: <T>(task: () => Promise<T>) => Promise<T>
  unlocked: boolean
}

export function openVaultSession(
  { storage, vaultId, dataKey }: { storage: VaultStorage; vaultId: string; dataKey: CryptoKey },
  floors: Map<string, number>,
): VaultSession {
  return {
    storage,
    vaultId,
    dataKey,
    seen: new Map(),
    floors,
    stopWatching: new Set(),
    inOrder: serialQueue(),
    unlocked: true,
  }
}

/** Throws `LockedError` unless the session was unlocked (now, or when the caller asked). */
export function assertUnlocked(session: VaultSession, unlockedWhenAsked = session.unlocked): VaultSession {
  if (!unlockedWhenAsked) throw new LockedError()
  return session
}

/**
 * Runs a write in its turn: after this tab's earlier writes, and while no other tab writes. Whether the session was
 * unlocked is taken when called: a save requested before a lock still completes (its ciphertext is not lost).
 */
export function inWriteTurn<T>(session: VaultSession, task: () => Promise<T>): Promise<T> {
  const unlockedWhenAsked = session.unlocked
  return session.inOrder(() =>
    exclusively(session.storage, async () => {
      assertUnlocked(session, unlockedWhenAsked)
      return task()
    }),
  )
}

export function noteSeen(session: VaultSession, id: string, revision: number): void {
  session.seen.set(id, Math.max(revision, session.seen.get(id) ?? 0))
}

/** The lowest revision a genuine copy of `id` can have: anything older was put back. */
export function floorOf(session: VaultSession, id: string): number | undefined {
  const seen = session.seen.get(id)
  const floor = session.floors.get(id)
  return seen === undefined && floor === undefined ? undefined : Math.max(seen ?? 0, floor ?? 0)
}

export function refuseRollback(id: string, revision: number, floor: number | undefined): void {
  if (floor !== undefined && revision < floor) throw new TamperedRecordError({ recordId: id, reason: 'rollback' })
}

/** The record is gone (deleted here or in another tab): no revision of it is expected any more. */
export function forgetRecord(session: VaultSession, id: string): void {
  session.seen.delete(id)
  session.floors.delete(id)
}

export function lockSession(session: VaultSession): void {
  if (!session.unlocked) return
  for (const stop of session.stopWatching) stop()
  session.seen.clear()
  session.unlocked = false
}

export function assertRecordId(id: string): string {
  if (id.length === 0) throw new TypeError('A record id cannot be empty.')
  return id
}
