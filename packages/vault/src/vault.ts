import { changeStoredPassphrase } from './change-passphrase'
import { deleteRecord } from './delete-record'
import { exportVaultFile } from './export-file'
import { type ExternalChange, watchExternalChanges } from './external-change'
import { getRecord } from './get-record'
import { type ImportReport, importVaultFile } from './import-file'
import type { JsonValue } from './json-value'
import { listRecordIds } from './list-record-ids'
import { putRecord } from './put-record'
import { type IntegrityReport, loadRevisionMap } from './revision-map'
import { exclusively, type VaultStorage } from './storage'
import type { VaultRecord, WriteOptions } from './vault-record'
import { assertUnlocked, lockSession, openVaultSession } from './vault-session'

export type { VaultRecord, WriteOptions } from './vault-record'

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

/** The handle `createVault` and `openVault` return: each method is one operation over the session. */
export async function unlockedVault(context: {
  storage: VaultStorage
  vaultId: string
  dataKey: CryptoKey
}): Promise<Vault> {
  const { floors, integrity } = await exclusively(context.storage, () => loadRevisionMap(context))
  const session = openVaultSession(context, floors)
  const vault: Vault = {
    vaultId: context.vaultId,
    integrity,
    get locked() {
      return !session.unlocked
    },
    get: (id) => getRecord(session, id),
    put: (id, value, options) => putRecord(session, id, value, options),
    delete: (id, options) => deleteRecord(session, id, options),
    list: (prefix) => listRecordIds(session, prefix),
    changePassphrase: (oldPassphrase, newPassphrase, options) =>
      changeStoredPassphrase(session, oldPassphrase, newPassphrase, options),
    async exportFile() {
      const { storage, vaultId, dataKey } = assertUnlocked(session)
      return exportVaultFile({ storage, vaultId, dataKey, ids: vault.list() })
    },
    async importFile(file, passphrase) {
      assertUnlocked(session)
      return importVaultFile(vault, file, passphrase)
    },
    onExternalChange: (listener) => watchExternalChanges(session, listener),
    lock: () => lockSession(session),
  }
  return vault
}
