import { ForeignBackupError, VaultExistsError } from './errors'
import { decryptExportRecords, verifyExportFile } from './export-file'
import { type ImportReport, mergeExport } from './import-file'
import { openRecord } from './record-envelope'
import { type VaultStorage, writeItem } from './storage'
import { recordKey, storageKeys } from './storage-keys'
import { unlockedVault, type Vault } from './vault'
import { orphanedRecordIds } from './vault-exists'

export type RestoreReport = {
  /** Records that were here without a header and open again with the backup's. */
  recovered: string[]
  /** Records here that the backup's key does not open (damaged, or from yet another vault); left untouched. */
  unreadable: string[]
  /** What the backup added beside them (the usual merge: nothing is overwritten). */
  imported: ImportReport
}

/**
 * Puts back a missing header from a backup of the same vault, so the records still here open again, then merges
 * the backup's records in. The backup is verified, and at least one record here must open with its key, before
 * anything is written; a backup of another vault changes nothing.
 */
export async function restoreFromBackup(
  storage: VaultStorage,
  file: string,
  passphrase: string,
): Promise<{ vault: Vault; report: RestoreReport }> {
  if (storage.getItem(storageKeys.header) !== null) throw new VaultExistsError()
  const verified = await verifyExportFile(file, passphrase)
  const { vaultId } = verified.header
  const recovered: string[] = []
  const unreadable: string[] = []
  const orphans = orphanedRecordIds(storage)
  for (const id of orphans) {
    const stored = storage.getItem(recordKey(id))
    if (stored === null) continue
    const opens = await openRecord({ dataKey: verified.dataKey, vaultId, recordId: id, stored }).then(
      () => true,
      () => false,
    )
    ;(opens ? recovered : unreadable).push(id)
  }
  if (orphans.length > 0 && recovered.length === 0) throw new ForeignBackupError({ recordCount: orphans.length })
  const incoming = await decryptExportRecords(verified)
  // Another tab may have created or restored a vault meanwhile.
  if (storage.getItem(storageKeys.header) !== null) throw new VaultExistsError()
  writeItem(storage, storageKeys.header, verified.file.header)
  const vault = await unlockedVault({ storage, vaultId, dataKey: verified.dataKey })
  const imported = await mergeExport(vault, incoming)
  return { vault, report: { recovered, unreadable, imported } }
}
