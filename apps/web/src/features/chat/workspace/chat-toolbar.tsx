import { Button } from '@rialto/ui/button'
import type { ReactNode } from 'react'

const panels = ['settings', 'memories', 'vault'] as const

export type ChatPanel = (typeof panels)[number]

export type ChatToolbarProps = {
  /** Where messages go, said in words ("Direct to api.venice.ai", …). */
  endpointLabel: string
  modelPicker: ReactNode
  memoryCount: number
  panel: ChatPanel | undefined
  onPanel: (panel: ChatPanel | undefined) => void
  onLock: () => void
}

const panelNames: Record<ChatPanel, string> = { settings: 'Settings', memories: 'Memories', vault: 'Vault' }

/** Where the chat goes, which model answers, the panels, and the lock. */
export function ChatToolbar({ endpointLabel, modelPicker, memoryCount, panel, onPanel, onLock }: ChatToolbarProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <span
          data-testid="endpoint-label"
          className="rounded-full border border-white/10 px-3 py-1 text-xs text-slate-300"
        >
          {endpointLabel}
        </span>
        {modelPicker}
      </div>
      <div className="flex flex-wrap gap-1">
        {panels.map((name) => (
          <Button
            key={name}
            variant={panel === name ? 'secondary' : 'ghost'}
            size="sm"
            aria-pressed={panel === name}
            onClick={() => onPanel(panel === name ? undefined : name)}
          >
            {name === 'memories' && memoryCount > 0 ? `${panelNames[name]} (${memoryCount})` : panelNames[name]}
          </Button>
        ))}
        <Button variant="secondary" size="sm" onClick={onLock}>
          Lock
        </Button>
      </div>
    </div>
  )
}
