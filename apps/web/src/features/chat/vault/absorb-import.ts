import type { ImportReport } from '@rialto/vault/import-file'
import type { Vault } from '@rialto/vault/vault'
import { parseMemories } from '../memory/memories'
import { type ChatStore, conversationIdOf, recordIds } from '../store/chat-store'
import { deleteRecord } from '../store/update-record'

/** What `absorbImport` did beyond the vault's own merge, for the import summary. */
export type AbsorbedImport = { memoriesMerged: number; settingsKeptLocal: boolean; conversationsKeptBoth: number }

/**
 * After `vault.importFile`, which never overwrites: records that differed from ours were stored beside them as
 * `<id> (imported)`. For the chat that means: a conversation copy stays, its title marked "(imported)"; imported
 * memories are merged into ours; copies of records that exist once (the index, the settings) are removed, ours kept.
 */
export async function absorbImport(vault: Vault, store: ChatStore, report: ImportReport): Promise<AbsorbedImport> {
  const absorbed: AbsorbedImport = { memoriesMerged: 0, settingsKeptLocal: false, conversationsKeptBoth: 0 }
  for (const { id, importedAs } of report.keptBoth) {
    const copyId = conversationIdOf(importedAs)
    if (copyId !== undefined) {
      const copy = await store.readConversation(copyId)
      if (copy) await store.rename(copyId, `${copy.title} (imported)`)
      absorbed.conversationsKeptBoth += 1
    } else if (id === recordIds.memory) {
      const before = (await store.readMemories()).memories.length
      const after = await store.mergeMemories(parseMemories((await vault.get(importedAs))?.value))
      absorbed.memoriesMerged += after.memories.length - before
      await deleteRecord(vault, importedAs)
    } else if (id === recordIds.settings || id === recordIds.index) {
      absorbed.settingsKeptLocal ||= id === recordIds.settings
      await deleteRecord(vault, importedAs)
    }
  }
  return absorbed
}
