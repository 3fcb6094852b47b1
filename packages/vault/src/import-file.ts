import { TamperedRecordError } from './errors'
import { type OpenedExport, openExportFile } from './export-file'
import type { JsonValue } from './json-value'

export type ImportReport = {
  /** Ids that were new here. */
  added: string[]
  /** Ids whose incoming value was already here (same id, or an earlier "(imported)" copy). */
  unchanged: string[]
  /** Ids present here with a different value: the local one is untouched, the incoming one is stored beside it. */
  keptBoth: { id: string; importedAs: string }[]
}

/** What a merge needs of a vault: `Vault` has it, and naming only this keeps `vault.ts` free to import the merge. */
export type MergeTarget = {
  get(id: string): Promise<{ value: JsonValue } | undefined>
  put(id: string, value: JsonValue, options: { expectedRevision: number }): Promise<unknown>
  delete(id: string, options: { expectedRevision: number }): Promise<void>
}

/**
 * Merges an export file into `vault`. The file is fully verified before the first write; writes only ever
 * create records (expected revision 0), and if one fails (storage full) the records added so far are removed.
 */
export async function importVaultFile(vault: MergeTarget, file: string, passphrase: string): Promise<ImportReport> {
  return mergeExport(vault, await openExportFile(file, passphrase))
}

/** The merge of an already verified and decrypted export (see `importVaultFile`). */
export async function mergeExport(vault: MergeTarget, incoming: OpenedExport): Promise<ImportReport> {
  const report: ImportReport = { added: [], unchanged: [], keptBoth: [] }
  const writes: { id: string; value: JsonValue }[] = []
  const taken = new Set(incoming.records.map(({ id }) => id))
  for (const { id, value } of incoming.records) {
    const local = await readForMerge(vault, id)
    if (local === 'absent') {
      writes.push({ id, value })
      report.added.push(id)
    } else if (local === 'damaged' || !sameJson(local, value)) {
      const copy = await copyIdFor(vault, id, value, taken)
      if (copy.alreadyThere) report.unchanged.push(id)
      else {
        taken.add(copy.id)
        writes.push({ id: copy.id, value })
        report.keptBoth.push({ id, importedAs: copy.id })
      }
    } else report.unchanged.push(id)
  }
  await createAllOrNone(vault, writes)
  return report
}

/** A damaged local record is left alone (the user may still want to inspect or delete it) and counts as different. */
async function readForMerge(vault: MergeTarget, id: string): Promise<JsonValue | 'absent' | 'damaged'> {
  try {
    const record = await vault.get(id)
    return record === undefined ? 'absent' : record.value
  } catch (error) {
    if (error instanceof TamperedRecordError) return 'damaged'
    throw error
  }
}

/** `id (imported)`, `id (imported 2)`, … : the first free one, or the one that already holds this value. */
async function copyIdFor(vault: MergeTarget, id: string, value: JsonValue, taken: Set<string>) {
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? `${id} (imported)` : `${id} (imported ${attempt})`
    const local = await readForMerge(vault, candidate)
    if (local === 'absent' && !taken.has(candidate)) return { id: candidate, alreadyThere: false }
    if (local !== 'absent' && local !== 'damaged' && sameJson(local, value))
      return { id: candidate, alreadyThere: true }
  }
}

async function createAllOrNone(vault: MergeTarget, writes: { id: string; value: JsonValue }[]) {
  const created: string[] = []
  try {
    for (const { id, value } of writes) {
      await vault.put(id, value, { expectedRevision: 0 })
      created.push(id)
    }
  } catch (error) {
    for (const id of created) await vault.delete(id, { expectedRevision: 1 }).catch(() => undefined)
    throw error
  }
}

function sameJson(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
