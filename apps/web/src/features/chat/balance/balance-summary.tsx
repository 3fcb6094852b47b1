import { formatAmount } from '@rialto/protocol/format'
import type { VeniceBalance } from '@rialto/venice-api/get-balance'
import type { BalanceHeaders } from '@rialto/venice-api/response-headers'
import { useDailyCredit } from './use-daily-credit'

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 })
const diem = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

export type BalanceSummaryProps = {
  /** From the headers of the last answer (the balance just before it was charged). */
  fromLastAnswer: BalanceHeaders | undefined
  /** From `GET /billing/balance`, when the endpoint has it. */
  fromAccount: VeniceBalance | undefined
  accountError: string | undefined
}

/** What is left to spend on the API, and the daily credit the connected wallet's staked DIEM buys. */
export function BalanceSummary({ fromLastAnswer, fromAccount, accountError }: BalanceSummaryProps) {
  const balanceUsd = fromLastAnswer?.balanceUsd ?? fromAccount?.usd
  const balanceDiem = fromLastAnswer?.balanceDiem ?? fromAccount?.diem ?? undefined
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-400" data-testid="balance-summary">
      {balanceUsd === undefined && balanceDiem === undefined ? (
        <span>{accountError ?? 'API balance: shown after the first answer.'}</span>
      ) : (
        <span data-testid="api-balance">
          API balance:{' '}
          {balanceDiem === undefined ? null : (
            <span className="font-mono text-slate-200">{diem.format(balanceDiem)} DIEM</span>
          )}
          {balanceDiem !== undefined && balanceUsd !== undefined ? ' · ' : null}
          {balanceUsd === undefined ? null : <span className="font-mono text-slate-200">{usd.format(balanceUsd)}</span>}
        </span>
      )}
      <DailyCredit />
    </div>
  )
}

function DailyCredit() {
  const credit = useDailyCredit()
  if (!credit.connected) {
    return (
      <span>
        Connect a wallet to see the daily credit your staked DIEM buys ·{' '}
        <a href="/#diem" className="text-amber-300 underline">
          DIEM
        </a>
      </span>
    )
  }
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
