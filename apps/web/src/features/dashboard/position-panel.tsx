import { formatAmount, formatPercent } from '@rialto/protocol/format'
import { dailyApiCreditUsd, type Position, shareOfNetworkStake } from '@rialto/protocol/position'
import { Stat } from '@rialto/ui/stat'
import { CooldownStat } from './cooldown-stat'
import { amountFigures } from './position-figures'

export type PositionPanelProps = { position: Position; chainNow: number }

/** Every figure of a position; each carries `data-testid` and its exact base-unit value in `data-wei`. */
export function PositionPanel({ position, chainNow }: PositionPanelProps) {
  const share = shareOfNetworkStake(position)
  const creditUsd = dailyApiCreditUsd(position)
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {amountFigures(position).map(({ testId, label, wei, unit, hint }) => (
        <Stat
          key={testId}
          data-testid={testId}
          data-wei={wei.toString()}
          label={label}
          value={formatAmount(wei)}
          unit={unit}
          hint={hint}
        />
      ))}
      <CooldownStat
        testId="unstake-pending"
        label="Unstaking VVV"
        unit="VVV"
        unstake={position.staking.unstake}
        chainNow={chainNow}
        readyHint="Ready to finalize"
      />
      <CooldownStat
        testId="diem-unstake-pending"
        label="Unstaking DIEM"
        unit="DIEM"
        unstake={position.diem.unstake}
        chainNow={chainNow}
        readyHint="Ready to unstake"
      />
      <Stat
        data-testid="share-of-network"
        data-ratio={share}
        label="Share of staked VVV"
        value={formatPercent(share, 4)}
        hint={`of ${formatAmount(position.network.totalStaked, { maxFractionDigits: 0 })} VVV staked network-wide`}
      />
      <Stat
        data-testid="daily-api-credit"
        data-usd={creditUsd}
        label="Venice API credit"
        value={`$${creditUsd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`}
        unit="/ day"
        hint="$1 per staked DIEM per day, reset at 00:00 UTC"
      />
    </div>
  )
}
