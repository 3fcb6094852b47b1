import { devnet } from '@rialto/contracts-abi/chains'
import { devnetTreasurySafe } from '@rialto/contracts-abi/safe'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { appChains } from '../../chains/app-chains'
import { LazySafeBatchPanel } from '../../features/treasury/lazy-safe-batch-panel'
import { readTreasuryOnServer } from '../../features/treasury/read-treasury-on-server'
import { TreasuryPanel } from '../../features/treasury/treasury-panel'
import { parseWatchListParam } from '../../features/treasury/watch-list'
import { QueryProvider } from '../../query/query-provider'
import { walletStateFromCookie } from '../../wallet/initial-state'
import { initialView } from '../initial-view'

export const metadata: Metadata = { title: 'Treasury · Rialto' }

type TreasuryPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function TreasuryPage({ searchParams }: TreasuryPageProps) {
  const fromLink = parseWatchListParam((await searchParams).addresses)
  // The chain the wallet cookie remembers, as on the dashboard; no wallet is needed to read.
  const { chainId } = initialView({ kind: 'none' }, walletStateFromCookie((await headers()).get('cookie')))
  const chain = appChains().find(({ id }) => id === chainId)
  const addresses = fromLink.kind === 'valid' ? fromLink.addresses : undefined
  // A shared link arrives with its numbers: the server reads the whole list in one multicall.
  const initial = addresses ? await readTreasuryOnServer(chainId, addresses) : undefined

  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-12">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Treasury</h1>
        <p className="max-w-2xl text-slate-400">
          Several addresses in one view: VVV, staked and locked sVVV, rewards, cooldowns, DIEM and API credit, read
          together at one block and refreshed with every block. Share the link, or download the table as a CSV.
        </p>
      </div>
      <QueryProvider>
        <TreasuryPanel
          chainId={chainId}
          chainName={chain?.name ?? `chain ${chainId}`}
          blockTimeMs={chain?.blockTime ?? 2_000}
          isDevnet={chainId === devnet.id}
          fromLink={addresses}
          linkProblem={fromLink.kind === 'invalid' ? fromLink.message : undefined}
          initial={initial}
        />
      </QueryProvider>
      {/* On the devnet the seeded treasury Safe is ready to try; elsewhere the operator names theirs. */}
      <LazySafeBatchPanel chainId={chainId} initialSafe={chainId === devnet.id ? devnetTreasurySafe : undefined} />
    </main>
  )
}
