import { BalancesPanel } from '../features/dashboard/balances-panel'
import { parseWatchAddress } from '../features/dashboard/watch-address'

type HomePageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const watch = parseWatchAddress((await searchParams).address)

  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-8 px-6 py-12">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Your Venice position, in one place</h1>
        <p className="max-w-2xl text-slate-400">
          VVV in the wallet, VVV staked as sVVV, rewards waiting to be claimed, and DIEM held or staked — read straight
          from the chain, refreshed with every block.
        </p>
      </div>
      <BalancesPanel watch={watch} />
    </main>
  )
}
