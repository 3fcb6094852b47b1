import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import type { AccountDay } from '@rialto/protocol/history'
import { previewBurn } from '@rialto/protocol/mint-preview'
import { currentMintRate, diemAmountOut } from '@rialto/protocol/mint-quote'
import type { MintRateTable } from '@rialto/protocol/mint-rate'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { dailyApiCreditUsdForDiem } from '@rialto/protocol/position'
import { AmountInput } from '@rialto/ui/amount-input'
import { useCalculatorAmount } from './use-calculator-amount'

const wad = 10n ** 18n

type MintSimulatorProps = { now: NetworkNow; mintTable: MintRateTable; accountDay: AccountDay | null }

/** What minting or burning would do at today's supply, computed the way the contract does; nothing is sent. */
export function MintSimulator({ now, mintTable, accountDay }: MintSimulatorProps) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <MintSimulation now={now} mintTable={mintTable} />
      {accountDay ? <BurnSimulation accountDay={accountDay} /> : null}
    </div>
  )
}

function MintSimulation({ now, mintTable }: Omit<MintSimulatorProps, 'accountDay'>) {
  const svvvIn = useCalculatorAmount({ symbol: 'sVVV' })
  const diemOut = svvvIn.wei === null ? null : diemAmountOut(mintTable, now.diemSupply, svvvIn.wei)
  const rateAfter = diemOut === null ? null : currentMintRate(mintTable, now.diemSupply + diemOut)
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white/[0.03] p-4">
      <AmountInput
        id="simulator-svvv-in"
        data-testid="simulator-svvv-in"
        label="Mint with (sVVV locked)"
        symbol="sVVV"
        value={svvvIn.text}
        onChange={svvvIn.onChange}
        error={svvvIn.error}
      />
      <div className="text-sm text-slate-300" aria-live="polite">
        {svvvIn.wei === null ? (
          <p>Lock X sVVV → Y DIEM → $Y a day of API credit once the DIEM is staked.</p>
        ) : diemOut === null ? (
          <p className="text-rose-300">That runs past the end of the mint-rate table: the contract would refuse it.</p>
        ) : diemOut === 0n ? (
          <p className="text-rose-300">That is too little to mint any DIEM: the contract would refuse it.</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-slate-400">DIEM out</dt>
            <dd className="text-right font-mono text-slate-50">
              <span data-testid="simulator-diem-out" data-wei={diemOut.toString()}>
                {formatExactAmount(diemOut)}
              </span>{' '}
              DIEM
            </dd>
            <dt className="text-slate-400">Average rate</dt>
            <dd className="text-right font-mono">
              {diemOut === 0n
                ? '—'
                : `${formatAmount((svvvIn.wei * wad) / diemOut, { maxFractionDigits: 2 })} sVVV per DIEM`}
            </dd>
            <dt className="text-slate-400">Rate after the mint</dt>
            <dd className="text-right font-mono">
              {rateAfter === null
                ? 'past the table'
                : `${formatAmount(rateAfter, { maxFractionDigits: 2 })} sVVV per DIEM`}
            </dd>
            <dt className="text-slate-400">API credit, staked</dt>
            <dd className="text-right font-mono">${dailyApiCreditUsdForDiem(diemOut).toFixed(2)} a day</dd>
          </dl>
        )}
      </div>
    </div>
  )
}

/** Burning gives back the account's own lock pro rata (spec §3.4), not the curve's rate. */
function BurnSimulation({ accountDay }: { accountDay: AccountDay }) {
  const lock = { locked: accountDay.lockedSvvv, outstandingDiem: accountDay.outstandingDiem }
  const diemIn = useCalculatorAmount({ symbol: 'DIEM', max: lock.outstandingDiem, maxLabel: 'the DIEM you minted' })
  if (lock.outstandingDiem === 0n) {
    return (
      <p className="rounded-xl bg-white/[0.03] p-4 text-sm text-slate-400">
        Burning DIEM unlocks sVVV only against a lock of your own, and this account has minted no DIEM.
      </p>
    )
  }
  const unlocked = diemIn.wei === null ? null : previewBurn(lock, diemIn.wei)
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white/[0.03] p-4">
      <AmountInput
        id="simulator-diem-in"
        data-testid="simulator-diem-in"
        label="Burn (DIEM)"
        symbol="DIEM"
        available={`Minted: ${formatAmount(lock.outstandingDiem)} DIEM`}
        value={diemIn.text}
        onChange={diemIn.onChange}
        error={diemIn.error}
      />
      <p className="text-sm text-slate-300" aria-live="polite">
        {unlocked === null ? (
          `Your lock: ${formatAmount(lock.locked)} sVVV behind ${formatAmount(lock.outstandingDiem)} DIEM, as last indexed.`
        ) : (
          <>
            unlocks{' '}
            <span
              className="font-mono text-slate-50"
              data-testid="simulator-svvv-unlocked"
              data-wei={unlocked.toString()}
            >
              {formatExactAmount(unlocked)}
            </span>{' '}
            sVVV of your lock.
          </>
        )}
      </p>
    </div>
  )
}
