import { emissionRatePerSecond } from '@rialto/protocol/emission-schedule'
import { formatAmount, formatPercent } from '@rialto/protocol/format'
import { stakingApr } from '@rialto/protocol/staking-yield'
import { numberProp, weiProp } from './parse-props'

// The cuts the staking contract starts with (as the reference contract sets them): none before stakers' share,
// 20% of the locked stakers' part.
const cutsAtLaunch = { veniceCut: 0n, veniceCutWhenLocked: 2n * 10n ** 17n }

/** The staking APR when `stakedVvv` VVV is staked (none of it locked) and `vvvPerYear` VVV is emitted a year. */
export function AprExample({ stakedVvv, vvvPerYear }: { stakedVvv: string; vvvPerYear: string }) {
  const stakedWei = weiProp('AprExample', 'stakedVvv', stakedVvv)
  const yearly = numberProp('AprExample', 'vvvPerYear', vvvPerYear)
  const apr = stakingApr({
    ...cutsAtLaunch,
    emissionRatePerSecond: emissionRatePerSecond(yearly),
    stakedVvv: stakedWei,
    lockedSvvv: 0n,
  })
  return (
    <p>
      With <strong>{formatAmount(stakedWei)} VVV</strong> staked and{' '}
      {formatAmount(weiProp('AprExample', 'vvvPerYear', vvvPerYear))} VVV emitted a year, an unlocked staked VVV earns{' '}
      <strong>{formatPercent(apr.unlocked)}</strong> a year; sVVV locked for DIEM earns {formatPercent(apr.locked)},
      after Venice’s {formatPercent(Number(cutsAtLaunch.veniceCutWhenLocked) / 1e18, 0)} cut of the locked part.
    </p>
  )
}
