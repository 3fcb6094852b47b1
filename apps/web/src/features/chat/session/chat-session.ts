import type { VaultStorage } from '@rialto/vault/storage'
import type { Vault } from '@rialto/vault/vault'
import { type ChatStore, createChatStore } from '../store/chat-store'
import { loadWorkspace, type WorkspaceSnapshot } from './load-workspace'

/** One unlock: the vault, the chat's store over it, and what the unlock decrypted for the workspace to start from. */
export type ChatSession = {
  /** A new number per unlock: the unlocked tree is keyed by it, so nothing survives from one unlock to the next. */
  id: number
  storage: VaultStorage
  vault: Vault
  store: ChatStore
  initial: WorkspaceSnapshot
}

/** Reads what the chat opens with. If that fails the vault is locked again: never leave a key behind. */
export async function openChatSession(id: number, storage: VaultStorage, vault: Vault): Promise<ChatSession> {
  const store = createChatStore(vault)
  const initial = await loadWorkspace(store, vault.integrity).catch((error: unknown) => {
    vault.lock()
    throw error
  })
  return { id, storage, vault, store, initial }
}
