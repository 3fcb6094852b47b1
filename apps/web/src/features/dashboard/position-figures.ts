import type { Position } from '@rialto/protocol/position'

export type AmountFigure = {
  testId: string
  label: string
  wei: bigint
  unit: 'VVV' | 'sVVV' | 'DIEM'
  hint: string
}

/** The plain amounts of a position, in the order the dashboard shows them. `testId`s are what tests look for. */
export function amountFigures({ vvv, staking, diem }: Position): AmountFigure[] {
  return [
    { testId: 'balance-vvv', label: 'VVV', wei: vvv.balance, unit: 'VVV', hint: 'In the wallet' },
    { testId: 'balance-svvv', label: 'Staked VVV', wei: staking.balance, unit: 'sVVV', hint: 'Earning emissions' },
    {
      testId: 'balance-svvv-unlocked',
      label: 'Unlocked sVVV',
      wei: staking.unlocked,
      unit: 'sVVV',
      hint: 'Free to unstake or to mint DIEM with',
    },
    {
      testId: 'balance-svvv-locked',
      label: 'Locked sVVV',
      wei: staking.locked,
      unit: 'sVVV',
      hint: 'Behind the DIEM you minted',
    },
    {
      testId: 'balance-pending-rewards',
      label: 'Pending rewards',
      wei: staking.pendingRewards,
      unit: 'VVV',
      hint: 'Claimable from staking',
    },
    { testId: 'balance-diem', label: 'DIEM', wei: diem.balance, unit: 'DIEM', hint: 'In the wallet' },
    {
      testId: 'balance-diem-staked',
      label: 'Staked DIEM',
      wei: diem.staked,
      unit: 'DIEM',
      hint: 'Each buys $1 of Venice API credit a day',
    },
  ]
}
