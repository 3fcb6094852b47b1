'use client'

import { Notice } from '@rialto/ui/notice'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Composer } from '../answer/composer'
import { MessageList } from '../answer/message-list'
import { useAnswerTurn } from '../answer/use-answer-turn'
import { BalanceSummary } from '../balance/balance-summary'
import { useApiBalance } from '../balance/use-api-balance'
import type { ChatSession } from '../chat-app'
import { ConversationList } from '../conversations/conversation-list'
import { useConversations } from '../conversations/use-conversations'
import { endpointFor, shouldOfferPassThrough } from '../endpoint/endpoint'
import { ModelPicker } from '../endpoint/model-picker'
import { useChatSettings } from '../endpoint/use-chat-settings'
import { useModels } from '../endpoint/use-models'
import { errorSentence } from '../errors/error-sentence'
import { factFromMessage } from '../memory/memories'
import { useMemories } from '../memory/use-memories'
import { downloadExportFile } from '../vault/browser-vault'
import { ChatPanels } from './chat-panels'
import { type ChatPanel, ChatToolbar } from './chat-toolbar'
import { NoticesView } from './notices-view'
import { useExternalChanges } from './use-external-changes'
import { useIdleLock } from './use-idle-lock'
import { useNotices } from './use-notices'
import { useVersionOf } from './use-version-of'

export type UnlockedChatProps = {
  session: ChatSession
  onLock: (reason?: string) => void
  /** The vault was wiped here, or wiped or replaced in another tab. */
  onVaultGone: () => void
}

/** Everything that exists only while the vault is unlocked. Unmounting it is what locking does to React state. */
export function UnlockedChat({ session, onLock, onVaultGone }: UnlockedChatProps) {
  const { vault, store, initial } = session
  const { notices, report, dismiss } = useNotices(initial.problems)
  const { settings, save: saveSettings, reload: reloadSettings } = useChatSettings(store, initial.settings, report)
  const memories = useMemories(store, initial.memories, report)
  const conversations = useConversations(store, initial, report)
  const needsKey = settings.apiKey === '' && settings.endpoint !== 'custom'
  const needsUrl = settings.endpoint === 'custom' && settings.customUrl === ''
  const needsSetup = needsKey || needsUrl
  const [panel, setPanel] = useState<ChatPanel | undefined>(needsSetup ? 'settings' : undefined)

  const endpoint = useMemo(() => endpointFor(settings), [settings])
  const credentialsVersion = useVersionOf(`${endpoint.baseUrl}\n${endpoint.apiKey ?? ''}`)
  const models = useModels(endpoint, credentialsVersion, !needsSetup)
  const accountBalance = useApiBalance(endpoint, credentialsVersion)
  const model = settings.model !== '' ? settings.model : (models.data?.[0]?.id ?? '')

  // The idle lock needs the turn (to save a running answer) and the turn needs the idle lock (to count streaming
  // as activity): the ref breaks the cycle.
  const stopAndSave = useRef<() => Promise<void>>(async () => {})
  const lock = useCallback(
    async (reason?: string) => {
      await stopAndSave.current()
      onLock(reason)
    },
    [onLock],
  )
  const touch = useIdleLock(settings.autoLockMinutes, () =>
    lock(`Locked after ${settings.autoLockMinutes} idle minutes. Unlock to continue.`),
  )
  const turn = useAnswerTurn({
    store,
    endpoint,
    model,
    memories: memories.memories,
    open: conversations.open,
    onSaved: conversations.saved,
    addMemory: memories.add,
    report,
    onActivity: touch,
  })
  useEffect(() => {
    stopAndSave.current = turn.stopAndSave
  }, [turn.stopAndSave])

  useExternalChanges(vault, store, {
    onListChanged: conversations.reloadList,
    onConversationChanged: conversations.reloadIfOpen,
    onMemoriesChanged: memories.reload,
    onSettingsChanged: reloadSettings,
    onVaultGone,
    onError: report,
  })

  const exportBackup = useCallback(() => {
    vault.exportFile().then(downloadExportFile, report)
  }, [vault, report])

  const afterImport = useCallback(() => {
    conversations.reloadList()
    memories.reload()
    reloadSettings()
  }, [conversations.reloadList, memories.reload, reloadSettings])

  const usePassThrough = useCallback(() => saveSettings({ endpoint: 'pass-through' }), [saveSettings])

  const openId = conversations.open?.id
  const busy = turn.streaming !== undefined
  const blockedBecause = composerBlock({
    needsKey,
    needsUrl,
    model,
    modelsLoading: models.isLoading,
    modelsError: models.error,
  })

  return (
    <div className="grid gap-6 md:grid-cols-[15rem_1fr]" data-testid="chat-unlocked">
      <aside>
        <ConversationList
          conversations={conversations.list}
          openId={openId}
          onOpen={conversations.select}
          onNew={conversations.startNew}
          onRename={conversations.rename}
          onDelete={conversations.remove}
        />
      </aside>
      <section className="flex min-w-0 flex-col gap-4">
        <ChatToolbar
          endpointLabel={endpoint.label}
          modelPicker={
            <ModelPicker
              models={models.data}
              value={model}
              loading={models.isLoading}
              onChange={(modelId) => saveSettings({ model: modelId })}
            />
          }
          memoryCount={memories.memories.length}
          panel={panel}
          onPanel={setPanel}
          onLock={() => lock()}
        />
        <BalanceSummary
          fromLastAnswer={turn.balance}
          fromAccount={accountBalance.data}
          accountError={accountBalance.error ? errorSentence(accountBalance.error) : undefined}
        />
        {models.error ? (
          <Notice tone="error" title={`The model list could not be loaded: ${errorSentence(models.error)}`}>
            {shouldOfferPassThrough(models.error, endpoint.mode) ? (
              <button type="button" className="mt-1 text-amber-300 underline" onClick={usePassThrough}>
                Use Rialto’s pass-through (stores nothing)
              </button>
            ) : null}
          </Notice>
        ) : null}
        <ChatPanels
          panel={panel}
          session={session}
          settings={settings}
          onSaveSettings={saveSettings}
          memories={memories}
          onImported={afterImport}
          onWiped={onVaultGone}
        />
        <NoticesView notices={notices} onDismiss={dismiss} onExport={exportBackup} />
        <MessageList
          messages={conversations.open?.messages ?? []}
          streaming={turn.streaming?.conversationId === openId ? turn.streaming : undefined}
          failure={turn.failure?.conversationId === openId ? turn.failure : undefined}
          unsaved={turn.unsaved?.conversationId === openId ? turn.unsaved : undefined}
          busy={busy}
          onRemember={(message) => {
            const fact = factFromMessage(message.content)
            if (fact !== undefined) void memories.add(fact)
          }}
          onAskAgain={turn.askAgain}
          onRetrySave={turn.retrySave}
          onUsePassThrough={usePassThrough}
        />
        <Composer streaming={busy} blockedBecause={blockedBecause} onSend={turn.send} onStop={turn.stop} />
      </section>
    </div>
  )
}

function composerBlock(state: {
  needsKey: boolean
  needsUrl: boolean
  model: string
  modelsLoading: boolean
  modelsError: unknown
}): string | undefined {
  if (state.needsKey) return 'Add your Venice API key in Settings to start.'
  if (state.needsUrl) return 'Set the custom endpoint’s URL in Settings to start.'
  if (state.model !== '') return undefined
  if (state.modelsLoading) return 'Loading the model list…'
  return state.modelsError ? 'No model to ask: the model list could not be loaded.' : 'Pick a model to start.'
}
