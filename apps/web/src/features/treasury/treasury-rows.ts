import { dailyApiCreditCents, type PendingUnstake, type Position } from '@rialto/protocol/position'
import type { Address } from 'viem'

export type TreasuryUnit = 'VVV' | 'sVVV' | 'DIEM'

/** One column of the treasury table: a plain amount, or an amount waiting out a cooldown with its end. */
export type TreasuryFigure = { id: string; header: string; unit: TreasuryUnit } & (
  | { kind: 'amount'; wei: (position: Position) => bigint }
  | { kind: 'cooldown'; unstake: (position: Position) => PendingUnstake }
)

/** The table's figures, in its column order; the CSV has the same ones. `id`s are what tests look for. */
export const treasuryFigures: readonly TreasuryFigure[] = [
  { id: 'vvv', header: 'VVV', unit: 'VVV', kind: 'amount', wei: ({ vvv }) => vvv.balance },
  { id: 'svvv', header: 'Staked', unit: 'sVVV', kind: 'amount', wei: ({ staking }) => staking.balance },
  { id: 'svvv-locked', header: 'Locked', unit: 'sVVV', kind: 'amount', wei: ({ staking }) => staking.locked },
  { id: 'svvv-unlocked', header: 'Unlocked', unit: 'sVVV', kind: 'amount', wei: ({ staking }) => staking.unlocked },
  {
    id: 'pending-rewards',
    header: 'Pending rewards',
    unit: 'VVV',
    kind: 'amount',
    wei: ({ staking }) => staking.pendingRewards,
  },
  {
    id: 'vvv-cooldown',
    header: 'VVV unstaking',
    unit: 'VVV',
    kind: 'cooldown',
    unstake: ({ staking }) => staking.unstake,
  },
  { id: 'diem', header: 'DIEM', unit: 'DIEM', kind: 'amount', wei: ({ diem }) => diem.balance },
  { id: 'diem-staked', header: 'Staked DIEM', unit: 'DIEM', kind: 'amount', wei: ({ diem }) => diem.staked },
  {
    id: 'diem-cooldown',
    header: 'DIEM unstaking',
    unit: 'DIEM',
    kind: 'cooldown',
    unstake: ({ diem }) => diem.unstake,
  },
]

export function figureWei(figure: TreasuryFigure, position: Position): bigint {
  return figure.kind === 'amount' ? figure.wei(position) : figure.unstake(position).amount
}

/** When a cooldown ends (Unix seconds), or null when nothing is cooling down. */
export function cooldownEnd(unstake: PendingUnstake): number | null {
  return unstake.amount === 0n ? null : Number(unstake.cooldownEnd)
}

export type TreasuryRow = { address: Address; label: string; position: Position }

export type TreasuryTotals = { weiByFigure: ReadonlyMap<string, bigint>; creditCents: bigint }

/** Each figure summed over the rows, and the API credit as the sum of each row's (Venice credits each account). */
export function treasuryTotals(positions: readonly Position[]): TreasuryTotals {
  const weiByFigure = new Map(
    treasuryFigures.map((figure) => [
      figure.id,
      positions.reduce((sum, position) => sum + figureWei(figure, position), 0n),
    ]),
  )
  const creditCents = positions.reduce((sum, { diem }) => sum + dailyApiCreditCents(diem.staked), 0n)
  return { weiByFigure, creditCents }
}
