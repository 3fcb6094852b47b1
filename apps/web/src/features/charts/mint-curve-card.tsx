import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import type { AccountDay } from '@rialto/protocol/history'
import { currentMintRate } from '@rialto/protocol/mint-quote'
import { type MintRateTable, mintCurve } from '@rialto/protocol/mint-rate'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { ReferenceDot, ReferenceLine } from 'recharts'
import { chartChrome, chartColors } from './chart-palette'
import { chartAmount, compactNumber } from './chart-rows'
import { MintSimulator } from './mint-simulator'
import { SeriesChart } from './series-chart'

/** Past 1.5× the target the rate climbs by orders of magnitude (90·e^16 at 2×): the chart stops there, the table does not. */
const chartedSupplyMultiple = 1.5

type MintCurveCardProps = {
  now: NetworkNow
  mintTable: MintRateTable
  /** The account's latest indexed levels, for the burn simulator; null without an account. */
  accountDay: AccountDay | null
}

/** The on-chain mint-rate table as a curve, where the supply stands on it, the target, and a mint/burn simulator. */
export function MintCurveCard({ now, mintTable, accountDay }: MintCurveCardProps) {
  const rateNow = currentMintRate(mintTable, now.diemSupply)
  const buckets = mintTable.diemSupply.map((upperWei, index) => ({
    index,
    lowerWei: index === 0 ? 0n : (mintTable.diemSupply[index - 1] ?? 0n),
    upperWei,
    rateWei: mintTable.diemMintRates[index] ?? 0n,
  }))
  const charted = buckets.filter(
    (bucket) => chartAmount(bucket.lowerWei) < mintCurve.targetSupply * chartedSupplyMultiple,
  )
  // Each rate holds from its bucket's lower bound to its upper one: a step line from each lower bound.
  const rows = charted.map((bucket) => ({ x: chartAmount(bucket.lowerWei), rate: chartAmount(bucket.rateWei) }))
  const last = charted.at(-1)
  if (last) rows.push({ x: chartAmount(last.upperWei), rate: chartAmount(last.rateWei) })
  return (
    <ChartFrame
      name="mint-curve"
      title="DIEM mint curve"
      asOf={`as of block ${now.blockNumber.toString()}`}
      tables={[
        {
          caption: 'The staking contract’s mint-rate table: sVVV locked per DIEM minted, by DIEM supply',
          columns: [
            { label: 'Bucket' },
            { label: 'DIEM supply from', numeric: true },
            { label: 'DIEM supply up to', numeric: true },
            { label: 'Mint rate (sVVV per DIEM)', numeric: true },
          ],
          rows: buckets.map((bucket) => ({
            key: String(bucket.index),
            cells: [
              String(bucket.index),
              formatExactAmount(bucket.lowerWei),
              formatExactAmount(bucket.upperWei),
              formatExactAmount(bucket.rateWei),
            ],
          })),
        },
      ]}
      footer={<MintSimulator now={now} mintTable={mintTable} accountDay={accountDay} />}
    >
      <p className="text-sm text-slate-400">
        DIEM supply now {formatAmount(now.diemSupply, { maxFractionDigits: 2 })}; the next DIEM costs{' '}
        {rateNow === null ? 'more than the table covers' : `${formatAmount(rateNow, { maxFractionDigits: 2 })} sVVV`}.
        The target supply is {mintCurve.targetSupply.toLocaleString('en')} DIEM, where the rate is 90·e² ≈ 665.
      </p>
      <SeriesChart
        rows={rows}
        description={`Mint rate in sVVV per DIEM against DIEM supply, log scale, up to ${chartedSupplyMultiple} times the target; the current supply and the target are marked`}
        x={{ kind: 'number', label: 'DIEM supply', format: compactNumber }}
        left={{ label: 'sVVV per DIEM (log)', format: compactNumber, scale: 'log' }}
        series={[{ key: 'rate', label: 'Mint rate', color: chartColors.orange, kind: 'step' }]}
      >
        <ReferenceLine
          x={mintCurve.targetSupply}
          yAxisId="left"
          stroke={chartColors.reddishPurple}
          strokeDasharray="4 4"
          label={{ value: 'target', fill: chartChrome.axis, fontSize: 11, position: 'top' }}
        />
        {rateNow === null ? null : (
          <ReferenceDot
            x={chartAmount(now.diemSupply)}
            y={chartAmount(rateNow)}
            yAxisId="left"
            r={5}
            fill={chartColors.skyBlue}
            stroke="none"
            label={{ value: 'now', fill: chartChrome.axis, fontSize: 11, position: 'left' }}
          />
        )}
      </SeriesChart>
    </ChartFrame>
  )
}
