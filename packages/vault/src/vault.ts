import { rewrapHeader } from './change-passphrase'
import { ConflictError, LockedError, TamperedRecordError, VaultNotFoundError } from './errors'
import { exportVaultFile } from './export-file'
import { describeExternalChange, type ExternalChange } from './external-change'
import { type ImportReport, importVaultFile } from './import-file'
import type { JsonValue } from './json-value'
import { openRecord, peekRevision, sealRecord } from './record-envelope'
import { type IntegrityReport, loadRevisionMap, noteRevision } from './revision-map'
import { serialQueue } from './serial-queue'
import { type VaultStorage, writeItem } from './storage'
import { recordIdOf, recordKey, storageKeys } from './storage-keys'
import { parseVaultHeader, serializeVaultHeader } from './vault-header'

export type VaultRecord = { id: string; revision: number; value: JsonValue }

export type WriteOptions = {
  /**
   * The revision the caller last read (0: the record must not exist yet). Defaults to the revision this handle
   * last read or wrote for the id, so a save never overwrites a newer write from another tab.
   */
  expectedRevision?: number
}

/** An unlocked vault. Every method except `lock` throws `LockedError` once it is locked. */
export type Vault = {
  readonly vaultId: string
  readonly locked: boolean
  /** What the unlock found when it compared the records with the revision map (rollbacks, deletions). */
  readonly integrity: IntegrityReport
  /** The record, or `undefined` if there is none. */
  get(id: string): Promise<VaultRecord | undefined>
  /** Encrypts and stores `value` in one write, as the next revision of `id`. */
  put(id: string, value: JsonValue, options?: WriteOptions): Promise<{ id: string; revision: number }>
  delete(id: string, options?: WriteOptions): Promise<void>
  /** Record ids starting with `prefix`, sorted. Ids are visible in storage; titles belong inside the values. */
  list(prefix?: string): string[]
  /** Re-wraps the data key under `newPassphrase` (one header write; records are untouched). */
  changePassphrase(oldPassphrase: string, newPassphrase: string, options?: { iterations?: number }): Promise<void>
  /** An encrypted, sealed backup that opens with the current passphrase. */
  exportFile(): Promise<string>
  /** Merges a backup into this vault without overwriting anything. */
  importFile(file: string, passphrase: string): Promise<ImportReport>
  /** Tells which records another tab changed. Needs a storage with `watch` (`localStorageAdapter` with `events`). */
  onExternalChange(listener: (change: ExternalChange) => void): () => void
  /** Forgets the key and everything this handle knew. The vault has no plaintext cache to clear. */
  lock(): void
}

type Session = {
  dataKey: CryptoKey
  /** Highest revision this handle has verified per id: the default expectation for saves. */
  seen: Map<string, number>
  /** Revisions the revision map vouched for at unlock (kept up to date by this handle's own writes). */
  floors: Map<string, number>
  stopWatching: Set<() => void>
}

/** The handle `createVault` and `openVault` return. */
export async function unlockedVault({
  storage,
  vaultId,
  dataKey,
}: {
  storage: VaultStorage
  vaultId: string
  dataKey: CryptoKey
}): Promise<Vault> {
  const exclusive = <T>(task: () => Promise<T>) => (storage.exclusive ? storage.exclusive(task) : task())
  const mapContext = { storage, vaultId, dataKey }
  const { floors, integrity } = await exclusive(() => loadRevisionMap(mapContext))
  let session: Session | undefined = { dataKey, seen: new Map(), floors, stopWatching: new Set() }
  const inOrder = serialQueue()
  const unlocked = (current = session) => {
    if (!current) throw new LockedError()
    return current
  }
  const rollback = (recordId: string) => new TamperedRecordError({ recordId, reason: 'rollback' })
  const noteSeen = (current: Session, id: string, revision: number) =>
    current.seen.set(id, Math.max(revision, current.seen.get(id) ?? 0))
  /** The lowest revision a genuine copy of `id` can have: anything older was put back. */
  const floorOf = (current: Session, id: string) => {
    const seen = current.seen.get(id)
    const floor = current.floors.get(id)
    return seen === undefined && floor === undefined ? undefined : Math.max(seen ?? 0, floor ?? 0)
  }

  const vault: Vault = {
    vaultId,
    integrity,
    get locked() {
      return session === undefined
    },

    async get(id) {
      const current = unlocked()
      const stored = storage.getItem(recordKey(assertId(id)))
      const floorAtRead = floorOf(current, id)
      if (stored === null) {
        current.seen.delete(id)
        return undefined
      }
      const record = await openRecord({ dataKey: current.dataKey, vaultId, recordId: id, stored })
      // Locked while decrypting: hand out no plaintext.
      if (session !== current) throw new LockedError()
      if (floorAtRead !== undefined && record.revision < floorAtRead) throw rollback(id)
      noteSeen(current, id, record.revision)
      return { id, ...record }
    },

    put(id, value, { expectedRevision } = {}) {
      // Taken when called: a save requested before a lock still completes (its ciphertext is not lost).
      const requestedIn = session
      return inOrder(() =>
        exclusive(async () => {
          const current = unlocked(requestedIn)
          const key = recordKey(assertId(id))
          const stored = storage.getItem(key)
          const seenAtRead = current.seen.get(id)
          const floorAtRead = floorOf(current, id)
          // Verifying the current record first means a damaged one is reported, not silently replaced.
          const actual =
            stored === null
              ? 0
              : (await openRecord({ dataKey: current.dataKey, vaultId, recordId: id, stored })).revision
          if (stored !== null && floorAtRead !== undefined && actual < floorAtRead) throw rollback(id)
          const expected = expectedRevision ?? seenAtRead ?? 0
          if (actual !== expected)
            throw new ConflictError({ recordId: id, expectedRevision: expected, actualRevision: actual })
          const revision = actual + 1
          const sealed = await sealRecord({ dataKey: current.dataKey, vaultId, recordId: id, revision, value })
          // Compare-and-set: another tab may have written while we were encrypting.
          const now = storage.getItem(key)
          if (now !== stored) {
            const actualRevision = now === null ? 0 : (peekRevision(now) ?? 0)
            throw new ConflictError({ recordId: id, expectedRevision: expected, actualRevision })
          }
          writeItem(storage, key, sealed)
          try {
            await noteRevision(mapContext, id, revision)
          } catch (error) {
            // The map could not follow (storage full): put the record back, so the save fails whole.
            if (stored === null) storage.removeItem(key)
            else storage.setItem(key, stored)
            throw error
          }
          noteSeen(current, id, revision)
          current.floors.set(id, revision)
          return { id, revision }
        }),
      )
    },

    delete(id, { expectedRevision } = {}) {
      const requestedIn = session
      return inOrder(() =>
        exclusive(async () => {
          const current = unlocked(requestedIn)
          const key = recordKey(assertId(id))
          const stored = storage.getItem(key)
          if (stored !== null) {
            const expected = expectedRevision ?? current.seen.get(id)
            // A damaged record has no trustworthy revision; deleting it is how the user gets rid of it.
            const actual = peekRevision(stored)
            if (expected !== undefined && actual !== undefined && actual !== expected) {
              throw new ConflictError({ recordId: id, expectedRevision: expected, actualRevision: actual })
            }
          }
          // The map first: a tab closing in between leaves a record the map does not list, never a false rollback.
          await noteRevision(mapContext, id, undefined)
          if (stored !== null) storage.removeItem(key)
          current.seen.delete(id)
          current.floors.delete(id)
        }),
      )
    },

    list(prefix = '') {
      unlocked()
      return storage
        .keys()
        .map(recordIdOf)
        .filter((id): id is string => id?.startsWith(prefix) === true)
        .sort()
    },

    changePassphrase(oldPassphrase, newPassphrase, options) {
      const requestedIn = session
      return inOrder(() =>
        exclusive(async () => {
          unlocked(requestedIn)
          const stored = storage.getItem(storageKeys.header)
          if (stored === null) throw new VaultNotFoundError()
          const header = await rewrapHeader(parseVaultHeader(stored), oldPassphrase, newPassphrase, options)
          if (storage.getItem(storageKeys.header) !== stored) {
            throw new ConflictError({ recordId: 'header', expectedRevision: 0, actualRevision: 0 })
          }
          // One write: storage holds either the old header or the new one, so one of the two passphrases works.
          writeItem(storage, storageKeys.header, serializeVaultHeader(header))
        }),
      )
    },

    async exportFile() {
      const { dataKey } = unlocked()
      return exportVaultFile({ storage, vaultId, dataKey, ids: vault.list() })
    },

    async importFile(file, passphrase) {
      unlocked()
      return importVaultFile(vault, file, passphrase)
    },

    onExternalChange(listener) {
      const current = unlocked()
      if (!storage.watch) throw new Error('This storage cannot report changes made in other tabs.')
      const stop = storage.watch((key) => {
        const change = describeExternalChange(storage, vaultId, key)
        if (!change || session !== current) return
        if (change.kind === 'record' && storage.getItem(recordKey(change.id)) === null) {
          current.seen.delete(change.id)
          current.floors.delete(change.id)
        }
        listener(change)
      })
      current.stopWatching.add(stop)
      return () => {
        stop()
        current.stopWatching.delete(stop)
      }
    },

    lock() {
      if (!session) return
      for (const stop of session.stopWatching) stop()
      session.seen.clear()
      session = undefined
    },
  }
  return vault
}

function assertId(id: string): string {
  if (id.length === 0) throw new TypeError('A record id cannot be empty.')
  return id
}
