import { Button } from '@rialto/ui/button'
import { useState } from 'react'
import { type ConversationSummary, searchTitles } from './conversation-index'
import { ConversationRow } from './conversation-row'

export type ConversationListProps = {
  conversations: readonly ConversationSummary[]
  openId: string | undefined
  onOpen: (id: string) => void
  onNew: () => void
  onRename: (id: string, title: string) => void
  onDelete: (id: string) => void
}

/** The conversations, newest first, searchable by title (titles come from the decrypted index). */
export function ConversationList({ conversations, openId, onOpen, onNew, onRename, onDelete }: ConversationListProps) {
  const [query, setQuery] = useState('')
  const shown = searchTitles(conversations, query)
  return (
    <nav aria-label="Conversations" className="flex flex-col gap-3" data-testid="conversation-list">
      <Button variant="secondary" onClick={onNew}>
        New chat
      </Button>
      <label htmlFor="conversation-search" className="sr-only">
        Search titles
      </label>
      <input
        id="conversation-search"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Search titles"
        className="h-9 rounded-lg border border-white/10 bg-black/20 px-3 text-sm text-slate-50 outline-none placeholder:text-slate-600 focus:border-amber-400/60"
      />
      <ul className="flex flex-col gap-1">
        {shown.map((summary) => (
          <ConversationRow
            key={summary.id}
            summary={summary}
            open={summary.id === openId}
            onOpen={() => onOpen(summary.id)}
            onRename={(title) => onRename(summary.id, title)}
            onDelete={() => onDelete(summary.id)}
          />
        ))}
      </ul>
      {shown.length === 0 ? (
        <p className="text-xs text-slate-400">
          {conversations.length === 0 ? 'No conversations yet.' : 'No title matches.'}
        </p>
      ) : null}
    </nav>
  )
}
