'use client'

import { Notice } from '@rialto/ui/notice'
import type { VaultStorage } from '@rialto/vault/storage'
import type { Vault } from '@rialto/vault/vault'
import { type VaultState, vaultState } from '@rialto/vault/vault-exists'
import { useQueryClient } from '@tanstack/react-query'
import dynamic from 'next/dynamic'
import { useCallback, useEffect, useRef, useState } from 'react'
import { chatQueryKeyRoot } from './chat-query-keys'
import type { ChatSession } from './session/chat-session'
import { browserVaultStorage } from './vault/browser-vault'
import { CreateVaultForm } from './vault/create-vault-form'
import { OrphanedRecordsScreen } from './vault/orphaned-records-screen'
import { UnlockForm } from './vault/unlock-form'

// The workspace (messages, markdown, settings) and the vault's cryptography load only once they are needed: the
// chat's first load is the forms.
const UnlockedChat = dynamic(() => import('./workspace/unlocked-chat').then(({ UnlockedChat }) => UnlockedChat), {
  ssr: false,
  loading: () => <OpeningChat />,
})

type Phase =
  | { kind: 'checking' }
  /** WebCrypto exists only on https (or localhost): without it nothing could be encrypted, so nothing is offered. */
  | { kind: 'insecure' }
  /** `discardOrphanedRecords`: how many header-less records the user typed they agree to lose. */
  | { kind: 'create'; discardOrphanedRecords?: number }
  | { kind: 'orphaned'; recordCount: number }
  | { kind: 'locked'; reason?: string }
  | { kind: 'unlocked'; session: ChatSession }

/**
 * The private chat: create a vault, unlock it, chat. Locking replaces the unlocked tree with the unlock form, so
 * every decrypted message, memory and the API key held in React state go with it; the vault forgets its key.
 */
export function ChatApp() {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })
  const sessionCount = useRef(0)
  const current = useRef<ChatSession | undefined>(undefined)
  const queryClient = useQueryClient()

  // localStorage exists only in the browser: the server and the first render show neither form.
  useEffect(() => {
    if (!window.isSecureContext || globalThis.crypto?.subtle === undefined) return setPhase({ kind: 'insecure' })
    setPhase(phaseFor(vaultState(browserVaultStorage())))
  }, [])

  const enter = useCallback(async (storage: VaultStorage, vault: Vault) => {
    const { openChatSession } = await import('./session/chat-session')
    const session = await openChatSession(sessionCount.current + 1, storage, vault)
    sessionCount.current = session.id
    current.current = session
    setPhase({ kind: 'unlocked', session })
  }, [])

  const discardOrphanedRecords = phase.kind === 'create' ? phase.discardOrphanedRecords : undefined
  const create = useCallback(
    async (passphrase: string) => {
      const storage = browserVaultStorage()
      const { createVault } = await import('@rialto/vault/create-vault')
      await enter(storage, await createVault(storage, passphrase, { discardOrphanedRecords }))
    },
    [enter, discardOrphanedRecords],
  )

  const restore = useCallback(
    async (backup: string, passphrase: string) => {
      const storage = browserVaultStorage()
      const [{ restoreFromBackup }, { absorbImport }, { createChatStore }] = await Promise.all([
        import('@rialto/vault/restore-from-backup'),
        import('./vault/absorb-import'),
        import('./store/chat-store'),
      ])
      const { vault, report } = await restoreFromBackup(storage, backup, passphrase)
      await absorbImport(vault, createChatStore(vault), report.imported)
      await enter(storage, vault)
    },
    [enter],
  )

  const unlock = useCallback(
    async (passphrase: string) => {
      const storage = browserVaultStorage()
      const { openVault } = await import('@rialto/vault/open-vault')
      await enter(storage, await openVault(storage, passphrase))
    },
    [enter],
  )

  const endSession = useCallback(
    (next: Phase) => {
      current.current?.vault.lock()
      current.current = undefined
      setPhase(next)
      // Model lists and balances are not secret, but they belong to the session that just ended.
      queryClient.removeQueries({ queryKey: chatQueryKeyRoot })
    },
    [queryClient],
  )

  const lock = useCallback((reason?: string) => endSession({ kind: 'locked', reason }), [endSession])

  /** The vault was wiped here, or wiped or replaced in another tab. */
  const leave = useCallback(() => {
    const next = phaseFor(vaultState(browserVaultStorage()))
    endSession(
      next.kind === 'locked' ? { kind: 'locked', reason: 'The vault changed in another tab. Unlock it again.' } : next,
    )
  }, [endSession])

  if (phase.kind === 'checking') return <OpeningChat />
  if (phase.kind === 'insecure') {
    return (
      <Notice tone="error" title="The private chat needs a secure connection.">
        Open Rialto over https (or on localhost): this browser only encrypts on secure pages, and the chat stores
        nothing unencrypted.
      </Notice>
    )
  }
  if (phase.kind === 'orphaned') {
    return (
      <OrphanedRecordsScreen
        recordCount={phase.recordCount}
        onRestore={restore}
        onStartOver={(recordCount) => setPhase({ kind: 'create', discardOrphanedRecords: recordCount })}
      />
    )
  }
  if (phase.kind === 'create') return <CreateVaultForm onCreate={create} discarding={phase.discardOrphanedRecords} />
  if (phase.kind === 'locked') return <UnlockForm reason={phase.reason} onUnlock={unlock} />
  return <UnlockedChat key={phase.session.id} session={phase.session} onLock={lock} onVaultGone={leave} />
}

function OpeningChat() {
  return <p className="py-24 text-center text-sm text-slate-400">Opening your private chat…</p>
}

function phaseFor(state: VaultState): Phase {
  if (state.kind === 'vault') return { kind: 'locked' }
  if (state.kind === 'orphaned') return { kind: 'orphaned', recordCount: state.recordCount }
  return { kind: 'create' }
}
