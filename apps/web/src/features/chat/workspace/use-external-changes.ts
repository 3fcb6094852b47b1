import type { ExternalChange } from '@rialto/vault/external-change'
import type { Vault } from '@rialto/vault/vault'
import { useEffect, useRef } from 'react'
import { type ChatStore, conversationIdOf, recordIds } from '../store/chat-store'

export type ExternalChangeHandlers = {
  /** The index or some conversation changed: the list may have too. */
  onListChanged: () => void
  onConversationChanged: (conversationId: string) => void
  onMemoriesChanged: () => void
  onSettingsChanged: () => void
  /** Wiped or replaced in another tab. */
  onVaultGone: () => void
  onError: (error: unknown) => void
}

/** A burst of writes from another tab (an import) becomes one reload of the list. */
const listReloadDelayMs = 150

/**
 * Reloads what another tab saved, so two open tabs never work on stale copies; first, the store re-applies any
 * change of this tab that the other tab's write replaced.
 */
export function useExternalChanges(vault: Vault, store: ChatStore, handlers: ExternalChangeHandlers) {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    let listTimer: ReturnType<typeof setTimeout> | undefined
    const reloadListSoon = () => {
      clearTimeout(listTimer)
      listTimer = setTimeout(() => latest.current.onListChanged(), listReloadDelayMs)
    }
    const reload = (recordId: string) => {
      const conversationId = conversationIdOf(recordId)
      if (conversationId !== undefined) {
        latest.current.onConversationChanged(conversationId)
        reloadListSoon()
      } else if (recordId === recordIds.index) reloadListSoon()
      else if (recordId === recordIds.memory) latest.current.onMemoriesChanged()
      else if (recordId === recordIds.settings) latest.current.onSettingsChanged()
    }
    const stop = vault.onExternalChange((change: ExternalChange) => {
      if (change.kind === 'vault-removed') return latest.current.onVaultGone()
      if (change.kind !== 'record') return
      store
        .reconcile(change.id)
        .catch((error: unknown) => latest.current.onError(error))
        .finally(() => reload(change.id))
    })
    return () => {
      stop()
      clearTimeout(listTimer)
    }
  }, [vault, store])
}
