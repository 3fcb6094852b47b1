import { csvMediaType, rewardsCsv } from '@rialto/protocol/csv'
import { formatExactAmount, shortAddress } from '@rialto/protocol/format'
import type { AccountHistory } from '@rialto/protocol/history'
import { Button } from '@rialto/ui/button'
import { ChartFrame } from '@rialto/ui/chart-frame'
import type { HistoryView } from './chart-data'
import { isoTimestamp } from './chart-rows'
import { useHistoryWindow } from './history-window'

const kindLabels = { claim: 'claim', compound: 'compound', 'paid-on-change': 'paid on change' } as const

/**
 * The account's rewards, one row per payment, and the same rows as a CSV download. `account` is null when history
 * is not ready: the card then says why, as the charts do.
 */
export function RewardsCard({ history, account }: { history: HistoryView; account: AccountHistory | null }) {
  // Not a time series: only the frame's empty state is taken, not its range.
  const { empty } = useHistoryWindow(history).frame
  const rewards = account?.rewards ?? []
  return (
    <ChartFrame
      name="rewards"
      title="Your rewards"
      asOf={account ? `as of block ${account.asOf.block.toString()}` : undefined}
      empty={empty ?? (rewards.length === 0 ? 'No staking rewards have been paid to this account yet.' : undefined)}
      tables={[
        {
          caption: 'Staking rewards paid to the account',
          columns: [
            { label: 'Date (UTC)' },
            { label: 'Block', numeric: true },
            { label: 'Transaction' },
            { label: 'Kind' },
            { label: 'Amount (VVV)', numeric: true },
          ],
          rows: rewards.map((reward, index) => ({
            // One transaction can pay more than one reward; their order is the history's.
            key: `${reward.txHash}-${index}`,
            cells: [
              isoTimestamp(reward.timestamp),
              reward.block.toString(),
              <span key="tx" title={reward.txHash}>
                {shortAddress(reward.txHash)}
              </span>,
              kindLabels[reward.kind],
              formatExactAmount(reward.amount),
            ],
          })),
        },
      ]}
      footer={
        account === null || rewards.length === 0 ? null : (
          <div>
            <Button variant="secondary" size="sm" data-testid="rewards-csv" onClick={() => downloadRewards(account)}>
              Download CSV
            </Button>
          </div>
        )
      }
    />
  )
}

function downloadRewards(account: AccountHistory) {
  const url = URL.createObjectURL(new Blob([rewardsCsv(account.rewards)], { type: csvMediaType }))
  const link = document.createElement('a')
  link.href = url
  link.download = `rialto-rewards-${account.account}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next task: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
