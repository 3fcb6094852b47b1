import { headers } from 'next/headers'
import { Suspense } from 'react'
import { NetworkSection, NetworkSectionPlaceholder } from '../features/charts/network-section'
import { parseWatchAddress } from '../features/dashboard/watch-address'
import { readPositionOnServer } from '../position/read-position-on-server'
import { walletStateFromCookie } from '../wallet/initial-state'
import { AccountFirstPaint } from './account-first-paint'
import { AccountIsland } from './account-island'
import { initialView } from './initial-view'

type HomePageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const watch = parseWatchAddress((await searchParams).address)
  // The same cookie the root layout hands to wagmi: the server reads what the browser will show first.
  const { chainId, address } = initialView(watch, walletStateFromCookie((await headers()).get('cookie')))
  const initialPosition = address ? await readPositionOnServer(chainId, address) : undefined

  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-8 px-6 py-12">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight">Your Venice position, in one place</h1>
        <p className="max-w-2xl text-slate-400">
          VVV in the wallet, VVV staked as sVVV, rewards waiting to be claimed, and DIEM held or staked — read straight
          from the chain, refreshed with every block. Stake, unstake, claim, mint and burn DIEM from here.
        </p>
      </div>
      <AccountIsland
        watch={watch}
        initialPosition={initialPosition}
        renderedFor={address ?? null}
        firstPaint={
          <AccountFirstPaint watch={watch} chainId={chainId} address={address} initialPosition={initialPosition} />
        }
      />
      <Suspense fallback={<NetworkSectionPlaceholder />}>
        <NetworkSection chainId={chainId} account={address ?? null} />
      </Suspense>
    </main>
  )
}
