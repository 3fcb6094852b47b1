import { Stat } from '@rialto/ui/stat'
import { formatTokenAmount } from '../../amounts/format-token-amount'
import type { VeniceBalances } from './venice-balance-calls'

type BalanceKey = Exclude<keyof VeniceBalances, 'blockNumber'>

const balanceStats = [
  { key: 'vvvWei', testId: 'balance-vvv', label: 'VVV', unit: 'VVV', hint: 'In the wallet' },
  { key: 'svvvWei', testId: 'balance-svvv', label: 'Staked VVV', unit: 'sVVV', hint: 'Earning emissions' },
  {
    key: 'svvvUnlockedWei',
    testId: 'balance-svvv-unlocked',
    label: 'Unlocked sVVV',
    unit: 'sVVV',
    hint: 'Not locked behind minted DIEM',
  },
  {
    key: 'pendingRewardsWei',
    testId: 'balance-pending-rewards',
    label: 'Pending rewards',
    unit: 'VVV',
    hint: 'Claimable from staking',
  },
  { key: 'diemWei', testId: 'balance-diem', label: 'DIEM', unit: 'DIEM', hint: 'In the wallet' },
  { key: 'diemStakedWei', testId: 'balance-diem-staked', label: 'Staked DIEM', unit: 'DIEM', hint: 'For API credit' },
] as const satisfies readonly { key: BalanceKey; testId: string; label: string; unit: string; hint: string }[]

/** `balances` is undefined while loading: the stats keep their place and show placeholders. */
export function BalanceStats({ balances }: { balances: VeniceBalances | undefined }) {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {balanceStats.map(({ key, testId, label, unit, hint }) => {
        const amountWei = balances?.[key]
        return (
          <Stat
            key={key}
            data-testid={testId}
            // The exact base-unit value, for tests that compare with on-chain reads.
            data-wei={amountWei?.toString()}
            label={label}
            value={amountWei === undefined ? undefined : formatTokenAmount(amountWei)}
            unit={unit}
            hint={hint}
          />
        )
      })}
    </div>
  )
}
