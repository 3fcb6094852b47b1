import { yearlyEmission } from '@rialto/protocol/emission-schedule'
import { formatAmount, formatPercent, formatRoundedWhole } from '@rialto/protocol/format'
import { currentMintRate } from '@rialto/protocol/mint-quote'
import type { MintRateTable } from '@rialto/protocol/mint-rate'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { dailyApiCreditUsdForDiem } from '@rialto/protocol/position'
import { ratio } from '@rialto/protocol/ratio'
import { stakingApr } from '@rialto/protocol/staking-yield'
import { poolPriceVvvPerDiem } from '@rialto/protocol/valuation'
import { Stat } from '@rialto/ui/stat'

const whole = (wei: bigint) => formatAmount(wei, { maxFractionDigits: 0 })

/**
 * The Venice token economy at one block, for everyone (no wallet needed): rendered on the server, so these figures
 * arrive in the HTML and cost the browser no request and no script.
 */
export function NetworkOverview({ now, mintTable }: { now: NetworkNow; mintTable: MintRateTable }) {
  const circulating = now.vvvTotalSupply - now.vvvBurnedTotal
  const apr = stakingApr(now)
  const mintRate = currentMintRate(mintTable, now.diemSupply)
  const poolPrice = now.pool ? poolPriceVvvPerDiem(now.pool.reserveVvv, now.pool.reserveDiem) : null
  return (
    <div
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3"
      data-testid="network-overview"
      // Tests compare every figure with the chain at this block.
      data-block-number={now.blockNumber.toString()}
    >
      <Stat
        label="VVV in circulation"
        value={whole(circulating)}
        unit="VVV"
        hint={`${whole(now.vvvTotalSupply)} minted, ${whole(now.vvvBurnedTotal)} burned`}
        data-testid="overview-circulating"
        data-wei={circulating.toString()}
      />
      <Stat
        label="Staked VVV"
        value={whole(now.stakedVvv)}
        unit="sVVV"
        hint={`${formatPercent(ratio(now.stakedVvv, circulating), 1)} of circulating VVV is staked`}
        data-testid="overview-staked"
        data-wei={now.stakedVvv.toString()}
      />
      <Stat
        label="Locked sVVV (behind DIEM)"
        value={whole(now.lockedSvvv)}
        unit="sVVV"
        hint={`${formatPercent(ratio(now.lockedSvvv, now.stakedVvv), 1)} of staked VVV`}
        data-testid="overview-locked"
        data-wei={now.lockedSvvv.toString()}
      />
      <Stat
        label="DIEM supply"
        value={formatAmount(now.diemSupply, { maxFractionDigits: 2 })}
        unit="DIEM"
        hint={
          mintRate === null
            ? 'The mint-rate table is exhausted'
            : `Minting now costs ${formatAmount(mintRate, { maxFractionDigits: 2 })} sVVV per DIEM`
        }
        data-testid="overview-diem-supply"
        data-wei={now.diemSupply.toString()}
      />
      <Stat
        label="Staked DIEM"
        value={formatAmount(now.diemStaked, { maxFractionDigits: 2 })}
        unit="DIEM"
        hint={`${formatPercent(ratio(now.diemStaked, now.diemSupply), 1)} of supply: $${dailyApiCreditUsdForDiem(now.diemStaked).toLocaleString('en-US')} of API credit a day`}
        data-testid="overview-diem-staked"
        data-wei={now.diemStaked.toString()}
      />
      <Stat
        label="Emissions"
        value={formatRoundedWhole(yearlyEmission(now.emissionRatePerSecond))}
        unit="VVV / yr"
        hint="New VVV for stakers, per second; revenue buys VVV back and burns it"
        data-testid="overview-emissions"
        data-wei={now.emissionRatePerSecond.toString()}
      />
      <Stat
        label="Staking APR now"
        value={formatPercent(apr.blended)}
        hint={`Unlocked sVVV ${formatPercent(apr.unlocked)}, locked behind DIEM ${formatPercent(apr.locked)}`}
        data-testid="overview-apr"
      />
      <Stat
        label="VVV burned to date"
        value={whole(now.vvvBurnedTotal)}
        unit="VVV"
        hint="Sent to 0x0: unclaimed airdrop and buybacks"
        data-testid="overview-burned"
        data-wei={now.vvvBurnedTotal.toString()}
      />
      <Stat
        label="DIEM market price"
        value={poolPrice === null ? 'no pool price' : formatAmount(poolPrice, { maxFractionDigits: 2 })}
        unit={poolPrice === null ? undefined : 'VVV per DIEM'}
        hint="Spot price in the VVV/DIEM pool; a trade gets less, by its fee and price impact"
        data-testid="overview-pool-price"
      />
    </div>
  )
}
