import { formatAmount } from '@rialto/protocol/format'
import type { Position } from '@rialto/protocol/position'
import { Card } from '@rialto/ui/card'

/** The full way back from staked DIEM to VVV in the wallet, with where this account stands on each step. */
export function ExitPath({ position }: { position: Position }) {
  const { diem, staking } = position
  const steps = [
    [
      'Unstake DIEM',
      `Start the 1-day cooldown on staked DIEM (${formatAmount(diem.staked)} staked), then unstake it to the wallet.`,
    ],
    [
      'Burn DIEM',
      `Burning the DIEM you minted releases your locked sVVV pro rata (${formatAmount(staking.locked)} locked).`,
    ],
    ['Start unstaking sVVV', `Unlocked sVVV (${formatAmount(staking.unlocked)}) starts a 7-day cooldown.`],
    ['Finalize', 'After the cooldown, finalize to receive the VVV in your wallet.'],
  ] as const
  return (
    <Card title="Leaving entirely" data-testid="exit-path">
      <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm text-slate-300">
        {steps.map(([title, detail]) => (
          <li key={title}>
            <span className="font-medium text-slate-100">{title}.</span> {detail}
          </li>
        ))}
      </ol>
    </Card>
  )
}
