import type { VaultStorage } from '@rialto/vault/storage'
import type { Vault } from '@rialto/vault/vault'
import type { ChatSettings } from '../endpoint/chat-settings'
import { SettingsPanel } from '../endpoint/settings-panel'
import { MemoriesPanel } from '../memory/memories-panel'
import type { useMemories } from '../memory/use-memories'
import type { ChatStore } from '../store/chat-store'
import { VaultTools } from '../vault/vault-tools'
import type { ChatPanel } from './chat-toolbar'

export type ChatPanelsProps = {
  panel: ChatPanel | undefined
  settings: ChatSettings
  onSaveSettings: (patch: Partial<ChatSettings>) => Promise<boolean>
  memories: ReturnType<typeof useMemories>
  vault: Vault
  storage: VaultStorage
  store: ChatStore
  onImported: () => void
  onWiped: () => void
}

const titles: Record<ChatPanel, string> = {
  settings: 'Settings',
  memories: 'Memories',
  vault: 'Vault',
}

/** The one panel open above the conversation, if any. */
export function ChatPanels({
  panel,
  settings,
  onSaveSettings,
  memories,
  vault,
  storage,
  store,
  onImported,
  onWiped,
}: ChatPanelsProps) {
  if (panel === undefined) return null
  return (
    <section
      aria-label={titles[panel]}
      className="rounded-2xl border border-white/10 bg-white/[0.03] p-5 shadow-lg shadow-black/20"
    >
      <h2 className="mb-4 text-sm font-medium uppercase tracking-wider text-slate-400">{titles[panel]}</h2>
      {panel === 'settings' ? <SettingsPanel settings={settings} onSave={onSaveSettings} /> : null}
      {panel === 'memories' ? (
        <MemoriesPanel
          memories={memories.memories}
          onAdd={memories.add}
          onEdit={memories.edit}
          onDelete={memories.remove}
        />
      ) : null}
      {panel === 'vault' ? (
        <VaultTools vault={vault} storage={storage} store={store} onImported={onImported} onWiped={onWiped} />
      ) : null}
    </section>
  )
}
