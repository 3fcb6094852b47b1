import type { MovementToken, TokenMovement } from './history'

/**
 * The signed change a movement made to the account's balance (`balanceOf`) of its token: positive in, negative out,
 * zero for `diem-unstake-started` (staked DIEM enters the cooldown inside the DIEM contract; no balance moves).
 */
export function balanceChangeWei({ token, kind, amount }: Pick<TokenMovement, 'token' | 'kind' | 'amount'>): bigint {
  switch (kind) {
    case 'received':
    case 'reward':
    case 'unstake-finalized':
    case 'diem-minted':
    case 'diem-unstaked':
      return amount
    case 'sent':
    case 'unstake-started':
    case 'diem-burned':
    case 'diem-staked':
      return -amount
    // Staking sends VVV away and mints sVVV for it.
    case 'staked':
      return token === 'VVV' ? -amount : amount
    case 'diem-unstake-started':
      return 0n
  }
}

/** The change a movement made to the account's staked DIEM (`stakedInfos(account).amountStaked`). */
export function stakedDiemChangeWei({ kind, amount }: Pick<TokenMovement, 'kind' | 'amount'>): bigint {
  if (kind === 'diem-staked') return amount
  if (kind === 'diem-unstake-started') return -amount
  return 0n
}

export type Holdings = Record<MovementToken, bigint> & { stakedDiem: bigint }

/** What an account holds after these movements, starting from nothing: the sum of their changes. */
export function holdingsAfter(movements: readonly TokenMovement[]): Holdings {
  const holdings: Holdings = { VVV: 0n, sVVV: 0n, DIEM: 0n, stakedDiem: 0n }
  for (const movement of movements) {
    holdings[movement.token] += balanceChangeWei(movement)
    holdings.stakedDiem += stakedDiemChangeWei(movement)
  }
  return holdings
}
