import type { Metadata } from 'next'
import { BenchRunner } from '../../../features/chat/bench/bench-runner'

export const metadata: Metadata = { title: 'Chat vault benchmark · Rialto', robots: { index: false } }

/**
 * A developer page, built only into bench builds (RIALTO_CHAT_BENCH=1 at build time, as
 * `node scripts/chat-vault-bench.mjs` does; see next.config.ts): it measures the chat vault in this browser, in its
 * own storage namespace, and removes what it wrote. Production builds do not contain it.
 */
export default function ChatVaultBenchPage() {
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-6 py-10">
      <h1 className="text-xl font-semibold">Chat vault benchmark</h1>
      <BenchRunner />
    </main>
  )
}
