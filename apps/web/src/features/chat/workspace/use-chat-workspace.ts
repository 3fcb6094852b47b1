import type { Vault } from '@rialto/vault/vault'
import { useCallback } from 'react'
import { useAnswerTurn } from '../answer/use-answer-turn'
import { useConversations } from '../conversations/use-conversations'
import { useChatSettings } from '../endpoint/use-chat-settings'
import { useMemories } from '../memory/use-memories'
import type { ChatSession } from '../session/chat-session'
import type { ChatStore } from '../store/chat-store'
import { downloadExportFile } from '../vault/browser-vault'
import { composerBlock, useEndpointConnection } from './use-endpoint-connection'
import { useExternalChanges } from './use-external-changes'
import { useNotices } from './use-notices'
import { useWorkspaceLock } from './use-workspace-lock'

export type ChatWorkspaceOptions = {
  session: ChatSession
  onLock: (reason?: string) => void
  /** The vault was wiped here, or wiped or replaced in another tab. */
  onVaultGone: () => void
}

/** The unlocked chat's state: each smaller hook over the session's store, wired to the others in one direction. */
export function useChatWorkspace({ session, onLock, onVaultGone }: ChatWorkspaceOptions) {
  const { vault, store, initial } = session
  const notices = useNotices(initial.problems)
  const { report } = notices
  const settings = useChatSettings(store, initial.settings, report)
  const memories = useMemories(store, initial.memories, report)
  const conversations = useConversations(store, initial, report)
  const connection = useEndpointConnection(settings.settings)
  const turn = useAnswerTurn({
    store,
    endpoint: connection.endpoint,
    model: connection.model,
    memories: memories.memories,
    open: conversations.open,
    onSaved: conversations.saved,
    addMemory: memories.add,
    report,
  })
  const { streaming, stopAndSave } = turn
  const lock = useWorkspaceLock({ minutes: settings.settings.autoLockMinutes, streaming, stopAndSave, onLock })
  const sync = useVaultSync({ vault, store, settings, memories, conversations, onVaultGone, report })
  const { save: saveSettings } = settings
  const switchToPassThrough = useCallback(() => saveSettings({ endpoint: 'pass-through' }), [saveSettings])
  const blockedBecause = composerBlock(connection)
  return {
    notices,
    settings,
    memories,
    conversations,
    connection,
    turn,
    lock,
    ...sync,
    switchToPassThrough,
    blockedBecause,
  }
}

/** Follows other tabs' writes, and reloads after an import or exports a backup from this one. */
function useVaultSync({
  vault,
  store,
  settings,
  memories,
  conversations,
  onVaultGone,
  report,
}: {
  vault: Vault
  store: ChatStore
  settings: ReturnType<typeof useChatSettings>
  memories: ReturnType<typeof useMemories>
  conversations: ReturnType<typeof useConversations>
  onVaultGone: () => void
  report: (error: unknown) => void
}) {
  const { reloadList, reloadIfOpen } = conversations
  const { reload: reloadMemories } = memories
  const { reload: reloadSettings } = settings
  useExternalChanges(vault, store, {
    onListChanged: reloadList,
    onConversationChanged: reloadIfOpen,
    onMemoriesChanged: reloadMemories,
    onSettingsChanged: reloadSettings,
    onVaultGone,
    onError: report,
  })
  const exportBackup = useCallback(() => {
    vault.exportFile().then(downloadExportFile, report)
  }, [vault, report])
  const afterImport = useCallback(() => {
    reloadList()
    reloadMemories()
    reloadSettings()
  }, [reloadList, reloadMemories, reloadSettings])
  return { exportBackup, afterImport }
}
