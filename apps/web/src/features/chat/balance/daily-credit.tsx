import { formatAmount } from '@rialto/protocol/format'
import { ConnectForDailyCredit } from './connect-for-daily-credit'
import { usd } from './usd'
import { useDailyCredit } from './use-daily-credit'

/** The daily API credit the connected wallet's staked DIEM buys, read from the chain. */
export function DailyCredit() {
  const credit = useDailyCredit()
  if (!credit.connected) return <ConnectForDailyCredit />
  return (
    <span data-testid="daily-credit">
      {credit.data === undefined ? (
        credit.isError ? (
          'Could not read your staked DIEM.'
        ) : (
          'Reading your staked DIEM…'
        )
      ) : (
        <>
          Staked {formatAmount(credit.data.stakedDiemWei)} DIEM buys{' '}
          <span className="font-mono text-slate-200">{usd.format(credit.data.creditUsd)}</span> of API credit a day
        </>
      )}{' '}
      ·{' '}
      <a href="/#diem" className="text-amber-300 underline">
        Stake or mint DIEM
      </a>
    </span>
  )
}
