import { parseCsv } from '@rialto/protocol/csv'
import { describe, expect, it } from 'vitest'
import { treasuryCsv, treasuryCsvFilename } from './treasury-csv'
import { account0, account1, first, second } from './treasury-position-fixture'
import { treasuryFigures } from './treasury-rows'

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
