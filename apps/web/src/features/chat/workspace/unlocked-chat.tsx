'use client'

import { useState } from 'react'
import { BalanceSummary } from '../balance/balance-summary'
import { ConversationList } from '../conversations/conversation-list'
import { ModelPicker } from '../endpoint/model-picker'
import { errorSentence } from '../errors/error-sentence'
import { ChatPanels } from './chat-panels'
import { type ChatPanel, ChatToolbar } from './chat-toolbar'
import { ModelListNotice } from './model-list-notice'
import { NoticesView } from './notices-view'
import { OpenConversation } from './open-conversation'
import { type ChatWorkspaceOptions, useChatWorkspace } from './use-chat-workspace'

export type UnlockedChatProps = ChatWorkspaceOptions

/** Everything that exists only while the vault is unlocked. Unmounting it is what locking does to React state. */
export function UnlockedChat({ session, onLock, onVaultGone }: UnlockedChatProps) {
  const workspace = useChatWorkspace({ session, onLock, onVaultGone })
  const { notices, settings, memories, conversations, connection, turn } = workspace
  const { endpoint, models, accountBalance, model } = connection
  const [panel, setPanel] = useState<ChatPanel | undefined>(connection.needsSetup ? 'settings' : undefined)

  return (
    <div className="grid gap-6 md:grid-cols-[15rem_1fr]" data-testid="chat-unlocked">
      <aside>
        <ConversationList
          conversations={conversations.list}
          openId={conversations.open?.id}
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
              onChange={(modelId) => settings.save({ model: modelId })}
            />
          }
          memoryCount={memories.memories.length}
          panel={panel}
          onPanel={setPanel}
          onLock={() => workspace.lock()}
        />
        <BalanceSummary
          fromLastAnswer={turn.balance}
          fromAccount={accountBalance.data}
          accountError={accountBalance.error ? errorSentence(accountBalance.error) : undefined}
        />
        <ModelListNotice error={models.error} mode={endpoint.mode} onUsePassThrough={workspace.switchToPassThrough} />
        <ChatPanels
          panel={panel}
          settings={settings.settings}
          onSaveSettings={settings.save}
          memories={memories}
          vault={session.vault}
          storage={session.storage}
          store={session.store}
          onImported={workspace.afterImport}
          onWiped={onVaultGone}
        />
        <NoticesView notices={notices.notices} onDismiss={notices.dismiss} onExport={workspace.exportBackup} />
        <OpenConversation
          conversation={conversations.open}
          turn={turn}
          blockedBecause={workspace.blockedBecause}
          onRemember={(fact) => void memories.add(fact)}
          onUsePassThrough={workspace.switchToPassThrough}
        />
      </section>
    </div>
  )
}
