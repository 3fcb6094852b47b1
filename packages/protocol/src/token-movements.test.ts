import { type Hex, parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import type { MovementToken, TokenMovement, TokenMovementKind } from './history'
import { balanceChangeWei, holdingsAfter } from './token-movements'

const hash = `0x${'cd'.repeat(32)}` as Hex
const movement = (token: MovementToken, kind: TokenMovementKind, ether: string, logIndex = 0): TokenMovement => ({
  timestamp: 1_789_776_000,
  block: 1n,
  txHash: hash,
  logIndex,
  token,
  kind,
  amount: parseEther(ether),
  counterparty: null,
})

describe('balanceChangeWei', () => {
  it('is the signed change of the balance: staking takes VVV and gives sVVV', () => {
    expect(balanceChangeWei(movement('VVV', 'staked', '5'))).toBe(-parseEther('5'))
    expect(balanceChangeWei(movement('sVVV', 'staked', '5'))).toBe(parseEther('5'))
    expect(balanceChangeWei(movement('VVV', 'sent', '1'))).toBe(-parseEther('1'))
    expect(balanceChangeWei(movement('sVVV', 'reward', '1'))).toBe(parseEther('1'))
  })

  it('moves no balance when staked DIEM enters the cooldown', () => {
    expect(balanceChangeWei(movement('DIEM', 'diem-unstake-started', '3'))).toBe(0n)
  })
})

describe('holdingsAfter', () => {
  it('replays a whole story into balances and staked DIEM', () => {
    const story = [
      movement('VVV', 'received', '1000'),
      movement('VVV', 'staked', '600'),
      movement('sVVV', 'staked', '600'),
      movement('VVV', 'reward', '0.000000000000000001'),
      movement('sVVV', 'unstake-started', '100'),
      movement('VVV', 'unstake-finalized', '100'),
      movement('VVV', 'sent', '50'),
      movement('DIEM', 'diem-minted', '10'),
      movement('DIEM', 'diem-staked', '4'),
      movement('DIEM', 'diem-unstake-started', '1'),
      movement('DIEM', 'diem-unstaked', '1'),
      movement('DIEM', 'diem-burned', '2'),
      movement('DIEM', 'sent', '0.5'),
      movement('DIEM', 'received', '0.25'),
    ]
    expect(holdingsAfter(story)).toEqual({
      VVV: parseEther('450.000000000000000001'),
      sVVV: parseEther('500'),
      DIEM: parseEther('4.75'),
      stakedDiem: parseEther('3'),
    })
    expect(holdingsAfter([])).toEqual({ VVV: 0n, sVVV: 0n, DIEM: 0n, stakedDiem: 0n })
  })
})
