import { parseCsv } from '@rialto/protocol/csv'
import type { Position } from '@rialto/protocol/position'
import { parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { treasuryCsv, treasuryCsvFilename, treasuryFigures, treasuryTotals } from './treasury-rows'

const account0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const account1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const blockTime = Date.parse('2026-12-01T12:00:00Z') / 1000

/** A position whose every amount is distinct, so a column read from the wrong field shows. */
function position(seed: bigint, unstaking: { vvv: bigint; diem: bigint }): Position {
  const wei = (n: bigint) => seed * 1_000n + n
  return {
    blockNumber: 1234n,
    timestamp: BigInt(blockTime),
    vvv: { balance: wei(1n), allowanceToStaking: wei(2n) },
    staking: {
      balance: wei(3n),
      unlocked: wei(4n),
      locked: wei(5n),
      outstandingDiem: wei(6n),
      pendingRewards: wei(7n),
      unstake: { amount: unstaking.vvv, cooldownEnd: BigInt(blockTime + 86_400) },
    },
    diem: {
      balance: wei(8n),
      staked: parseUnits('1.239', 18) * seed,
      unstake: { amount: unstaking.diem, cooldownEnd: BigInt(blockTime + 3_600) },
    },
    network: {
      totalStaked: 0n,
      totalLocked: 0n,
      emissionRatePerSecond: 0n,
      cooldownDuration: 0n,
      diemSupply: 0n,
      diemTotalStaked: 0n,
      diemCooldownDuration: 0n,
    },
  }
}

const first = position(1n, { vvv: parseEther('2.5'), diem: 0n })
const second = position(2n, { vvv: 0n, diem: 1n })

describe('treasuryTotals', () => {
  it('sums every figure over the rows', () => {
    const { weiByFigure } = treasuryTotals([first, second])
    expect(Object.fromEntries(weiByFigure)).toEqual({
      vvv: 3_002n,
      svvv: 3_006n,
      'svvv-locked': 3_010n,
      'svvv-unlocked': 3_008n,
      'pending-rewards': 3_014n,
      'vvv-cooldown': parseEther('2.5'),
      diem: 3_016n,
      'diem-staked': parseUnits('1.239', 18) * 3n,
      'diem-cooldown': 1n,
    })
  })

  it('adds each row’s credit, cut to cents per account', () => {
    // $1.23 + $2.47: the combined 3.717 DIEM would give $3.71, but each account is credited on its own.
    expect(treasuryTotals([first, second]).creditCents).toBe(370n)
    expect(treasuryTotals([]).creditCents).toBe(0n)
  })
})

describe('treasuryCsv', () => {
  it('has a header and one line per address with exact amounts and UTC times, and no totals line', () => {
    const csv = treasuryCsv([
      { address: account0, label: 'Ops', position: first },
      { address: account1, label: '', position: second },
    ])
    const [header, ...lines] = parseCsv(csv)
    expect(header).toEqual([
      'label',
      'address',
      'block',
      'block time (UTC)',
      'VVV (VVV)',
      'Staked (sVVV)',
      'Locked (sVVV)',
      'Unlocked (sVVV)',
      'Pending rewards (VVV)',
      'VVV unstaking (VVV)',
      'VVV unstaking ends (UTC)',
      'DIEM (DIEM)',
      'Staked DIEM (DIEM)',
      'DIEM unstaking (DIEM)',
      'DIEM unstaking ends (UTC)',
      'Daily API credit (USD)',
    ])
    expect(lines).toEqual([
      [
        'Ops',
        account0,
        '1234',
        '2026-12-01T12:00:00Z',
        '0.000000000000001001',
        '0.000000000000001003',
        '0.000000000000001005',
        '0.000000000000001004',
        '0.000000000000001007',
        '2.5',
        '2026-12-02T12:00:00Z',
        '0.000000000000001008',
        '1.239',
        '0',
        '',
        '1.23',
      ],
      [
        '',
        account1,
        '1234',
        '2026-12-01T12:00:00Z',
        '0.000000000000002001',
        '0.000000000000002003',
        '0.000000000000002005',
        '0.000000000000002004',
        '0.000000000000002007',
        '0',
        '',
        '0.000000000000002008',
        '2.478',
        '0.000000000000000001',
        '2026-12-01T13:00:00Z',
        '2.47',
      ],
    ])
    expect(header?.length).toBe(4 + treasuryFigures.length + 2 + 1)
  })

  it('neutralises a label a spreadsheet would run as a formula', () => {
    const [, line] = parseCsv(treasuryCsv([{ address: account0, label: '=HYPERLINK("x")', position: first }]))
    expect(line?.[0]).toBe('\'=HYPERLINK("x")')
  })

  it('names the file after the block it was read at', () => {
    expect(treasuryCsvFilename(1234n)).toBe('rialto-treasury-block-1234.csv')
  })
})
