import type { ImportReport } from '@rialto/vault/import-file'
import { conversationIdOf, recordIds } from '../store/chat-store'
import type { AbsorbedImport } from './absorb-import'

const conversations = (count: number) => (count === 1 ? '1 conversation' : `${count} conversations`)
const countConversations = (ids: readonly string[]) => ids.filter((id) => conversationIdOf(id) !== undefined).length

/** The vault's import report in the user's words: what was added, what was already here, what was kept twice. */
export function importSummary(report: ImportReport, absorbed: AbsorbedImport): string[] {
  const added = countConversations(report.added)
  const unchanged = countConversations(report.unchanged)
  const lines: string[] = []
  if (added > 0) lines.push(`Added ${conversations(added)}.`)
  if (unchanged > 0) lines.push(`${conversations(unchanged)} ${unchanged === 1 ? 'was' : 'were'} already here.`)
  if (absorbed.conversationsKeptBoth > 0) {
    lines.push(
      `${conversations(absorbed.conversationsKeptBoth)} differed from yours: both copies are kept, the imported one marked “(imported)”.`,
    )
  }
  if (report.added.includes(recordIds.memory)) lines.push('Added the memories from the file.')
  if (absorbed.memoriesMerged > 0) {
    lines.push(`Added ${absorbed.memoriesMerged === 1 ? '1 memory' : `${absorbed.memoriesMerged} memories`}.`)
  }
  if (report.added.includes(recordIds.settings)) lines.push('Took the settings (endpoint, API key) from the file.')
  if (absorbed.settingsKeptLocal) lines.push('Kept your current settings; the ones in the file were not applied.')
  return lines.length > 0 ? lines : ['Nothing new: everything in this file is already here.']
}
