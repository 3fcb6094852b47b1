import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
import type { Address } from 'viem'
import { appChains } from '../../chains/app-chains'
import { LazyNetworkCharts } from './lazy-network-charts'
import { NetworkOverview } from './network-overview'
import { readChartsDataOnServer } from './read-charts-data-on-server'

export const networkHeadingId = 'network-heading'

/** The network half of `/`: today's figures in the HTML, then the charts, whose code loads when they come into view. */
export async function NetworkSection({ chainId, account }: { chainId: SupportedChainId; account: Address | null }) {
  const data = await readChartsDataOnServer(chainId, account)
  const chainName = appChains().find(({ id }) => id === chainId)?.name ?? `chain ${chainId}`
  return (
    <section aria-labelledby={networkHeadingId} className="flex flex-col gap-6" data-testid="network-section">
      <NetworkHeading />
      {data ? (
        <>
          <Card title="The network now" aside={`${chainName} · block ${data.now.blockNumber.toLocaleString('en-US')}`}>
            <NetworkOverview now={data.now} mintTable={data.mintTable} />
          </Card>
          <LazyNetworkCharts data={data} />
        </>
      ) : (
        <Notice tone="error" title="Could not read the network." data-testid="network-read-error">
          {chainName} did not answer. Reload the page in a moment.
        </Notice>
      )}
    </section>
  )
}

function NetworkHeading() {
  return (
    <div className="flex flex-col gap-2">
      <h2 id={networkHeadingId} className="text-2xl font-semibold tracking-tight">
        The Venice token economy
      </h2>
      <p className="max-w-2xl text-slate-400">
        How much VVV is staked and locked behind DIEM, what emissions pay and buybacks burn, what minting DIEM costs
        along its curve, and what staking yields — for everyone, with or without a wallet.
      </p>
    </div>
  )
}

/** Shown while the server reads the network, so the position above it is not held back. */
export function NetworkSectionPlaceholder() {
  return (
    <section aria-labelledby={networkHeadingId} className="flex flex-col gap-6" aria-busy="true">
      <NetworkHeading />
      <div className="h-72 animate-pulse rounded-2xl border border-white/10 bg-white/[0.03]" />
    </section>
  )
}
