import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BenchRunner } from '../../../features/chat/bench/bench-runner'

export const metadata: Metadata = { title: 'Chat vault benchmark · Rialto', robots: { index: false } }

// Decided per request, from the server's environment: the page exists only where the benchmark is run.
export const dynamic = 'force-dynamic'

/**
 * A developer page, served only when the server runs with RIALTO_CHAT_BENCH=1 (`node scripts/chat-vault-bench.mjs`
 * does that): it measures the chat vault in this browser, in its own storage namespace, and removes what it wrote.
 * Users never see it, so it can never take storage space from their vault.
 */
export default function ChatVaultBenchPage() {
  if (process.env.RIALTO_CHAT_BENCH !== '1') notFound()
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-6 py-10">
      <h1 className="text-xl font-semibold">Chat vault benchmark</h1>
      <BenchRunner />
    </main>
  )
}
