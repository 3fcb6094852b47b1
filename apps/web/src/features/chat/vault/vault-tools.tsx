import type { VaultStorage } from '@rialto/vault/storage'
import type { Vault } from '@rialto/vault/vault'
import type { ChatStore } from '../store/chat-store'
import { BackupSection } from './backup-section'
import { ChangePassphraseForm } from './change-passphrase-form'
import { WipeSection } from './wipe-section'

export type VaultToolsProps = {
  vault: Vault
  storage: VaultStorage
  store: ChatStore
  onImported: () => void
  onWiped: () => void
}

/** Passphrase, backup and wipe: everything about the vault itself rather than the chat. */
export function VaultTools({ vault, storage, store, onImported, onWiped }: VaultToolsProps) {
  return (
    <div className="grid gap-8 md:grid-cols-3" data-testid="vault-tools">
      <ChangePassphraseForm vault={vault} />
      <BackupSection vault={vault} store={store} onImported={onImported} />
      <WipeSection storage={storage} onWiped={onWiped} />
    </div>
  )
}
