'use client'

import type { AccountHistory } from '@rialto/protocol/history'
import { isAddressEqual } from 'viem'
import { latestAccountDay } from './account-rows'
import { AccountShareCard } from './account-share-card'
import { BurnsCard } from './burns-card'
import { CapacityCard } from './capacity-card'
import type { ChartsData } from './chart-data'
import { chartColors } from './chart-palette'
import { EmissionsCard } from './emissions-card'
import { MintCurveCard } from './mint-curve-card'
import { RewardsCard } from './rewards-card'
import { UnstakePipelineCard } from './unstake-pipeline-card'
import { ValuationCard } from './valuation-card'
import { YieldCard } from './yield-card'

/**
 * The network charts on `/`, one card each. Loaded lazily by the page when it scrolls into view, so it reads
 * nothing itself and stays outside the wallet stack: everything comes in `ChartsData`, read on the server at one block.
 */
export default function NetworkCharts({ now, mintTable, history, account }: ChartsData) {
  const accountHistory = accountHistoryOf(history, account)
  const accountDay = accountHistory ? latestAccountDay(accountHistory) : null
  const holdsDiem = accountDay !== null && accountDay.diem + accountDay.diemStaked + accountDay.outstandingDiem > 0n
  return (
    <div className="flex flex-col gap-6" data-testid="network-charts">
      <CapacityCard
        name="capacity-vvv"
        title="Staked and locked VVV"
        unit="VVV"
        description="Staked VVV and the sVVV locked behind DIEM over time"
        history={history}
        nowBlock={now.blockNumber}
        levels={[
          { key: 'stakedVvv', label: 'Staked VVV', color: chartColors.orange, nowWei: now.stakedVvv },
          { key: 'lockedSvvv', label: 'Locked sVVV', color: chartColors.skyBlue, nowWei: now.lockedSvvv },
        ]}
      />
      <CapacityCard
        name="capacity-diem"
        title="DIEM supply and staked DIEM"
        unit="DIEM"
        description="DIEM supply and staked DIEM over time"
        history={history}
        nowBlock={now.blockNumber}
        levels={[
          { key: 'diemSupply', label: 'DIEM supply', color: chartColors.bluishGreen, nowWei: now.diemSupply },
          { key: 'diemStaked', label: 'Staked DIEM', color: chartColors.reddishPurple, nowWei: now.diemStaked },
        ]}
      />
      {accountHistory && accountDay ? <AccountShareCard history={history} account={accountHistory} /> : null}
      <EmissionsCard history={history} now={now} />
      <BurnsCard history={history} now={now} />
      <MintCurveCard now={now} mintTable={mintTable} accountDay={accountDay} />
      <YieldCard history={history} now={now} />
      <UnstakePipelineCard history={history} />
      {history.kind === 'ready' && accountDay && holdsDiem ? (
        <ValuationCard history={history} now={now} accountDay={accountDay} poolDays={history.network.poolDays} />
      ) : null}
      {accountHistory || (account !== null && history.kind !== 'ready') ? (
        <RewardsCard history={history} account={accountHistory} />
      ) : null}
    </div>
  )
}

/** The page's account's history, when the indexer answered with it (and for that account). */
function accountHistoryOf(history: ChartsData['history'], account: ChartsData['account']): AccountHistory | null {
  if (account === null || history.kind !== 'ready' || history.account === null) return null
  return isAddressEqual(history.account.account, account) ? history.account : null
}
