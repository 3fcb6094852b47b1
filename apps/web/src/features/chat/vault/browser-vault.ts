import { localStorageAdapter } from '@rialto/vault/local-storage-adapter'
import type { VaultStorage } from '@rialto/vault/storage'

/** The chat's vault lives under this prefix in localStorage; nothing else of the chat is stored anywhere. */
export const chatVaultNamespace = 'rialto-vault'

/** The vault's storage in this tab: told about other tabs' writes through `storage` events, taking turns with them through `navigator.locks`. */
export function browserVaultStorage(): VaultStorage {
  return localStorageAdapter(window.localStorage, chatVaultNamespace, { events: window, locks: navigator.locks })
}

/** Saves an (already encrypted) export file through a download; the object URL names no content. */
export function downloadExportFile(contents: string, now = new Date()): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `rialto-chat-backup-${now.toISOString().slice(0, 10)}.json`
  link.click()
  // The click has queued the download; the URL can go once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
