import type { Metadata } from 'next'
import { ChatApp } from '../../features/chat/chat-app'

export const metadata: Metadata = {
  title: 'Private chat · Rialto',
  description: 'Chat with Venice models. Conversations are encrypted and stay in your browser.',
}

export default function ChatPage() {
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-6 px-6 py-10">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Private chat</h1>
        <p className="text-sm text-slate-400">
          Encrypted with your passphrase and kept only in this browser. Nothing is stored on a server.
        </p>
      </div>
      <ChatApp />
    </main>
  )
}
