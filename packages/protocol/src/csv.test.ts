import fc from 'fast-check'
import { type Address, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { type CsvColumn, parseCsv, rewardsCsv, toCsv, tokenMovementsCsv } from './csv'
import type { RewardEvent, TokenMovement } from './history'

type Row = { label: string; amount: bigint }
const columns: CsvColumn<Row>[] = [
  { header: 'label', kind: 'text', value: (row) => row.label },
  { header: 'amount', kind: 'amount', value: (row) => row.amount },
]

const hash = `0x${'ab'.repeat(32)}` as const

describe('toCsv', () => {
  it('writes a header line and one CRLF-ended line per row, with no byte-order mark', () => {
    const csv = toCsv(columns, [{ label: 'one', amount: 10n ** 18n }])
    expect(csv).toBe('label,amount\r\none,1\r\n')
    expect(csv.charCodeAt(0)).toBe('l'.charCodeAt(0))
    expect(toCsv(columns, [])).toBe('label,amount\r\n')
  })

  it('writes amounts as exact decimals that read back to the same wei', () => {
    const amounts = [1n, parseUnits('123456789.123456789012345678', 18), -parseUnits('0.5', 18), 0n, 10n ** 40n]
    const csv = toCsv(
      columns,
      amounts.map((amount) => ({ label: 'x', amount })),
    )
    const [, ...lines] = parseCsv(csv)
    expect(lines.map(([, amount]) => amount)).toEqual([
      '0.000000000000000001',
      '123456789.123456789012345678',
      '-0.5',
      '0',
      '10000000000000000000000',
    ])
    expect(lines.map(([, amount]) => parseUnits(amount ?? '', 18))).toEqual(amounts)
  })

  it('honours an amount column’s decimals', () => {
    const usdc: CsvColumn<bigint>[] = [{ header: 'USDC', kind: 'amount', decimals: 6, value: (wei) => wei }]
    expect(toCsv(usdc, [1_500_000n, 1n])).toBe('USDC\r\n1.5\r\n0.000001\r\n')
  })

  it('neutralises text a spreadsheet would run as a formula, and nothing else', () => {
    const labels = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=1', "'quoted", '1']
    const [, ...lines] = parseCsv(
      toCsv(
        columns,
        labels.map((label) => ({ label, amount: -1n })),
      ),
    )
    expect(lines.map(([label]) => label)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'a=1',
      "'quoted",
      '1',
    ])
    // Negative amounts are ours, from bigint: they stay numbers.
    expect(lines.every(([, amount]) => amount === '-0.000000000000000001')).toBe(true)
  })

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = toCsv(columns, [
      { label: 'a,b', amount: 0n },
      { label: 'say "hi"', amount: 0n },
      { label: 'two\r\nlines', amount: 0n },
      { label: 'lf\nonly', amount: 0n },
    ])
    expect(csv).toBe('label,amount\r\n"a,b",0\r\n"say ""hi""",0\r\n"two\r\nlines",0\r\n"lf\nonly",0\r\n')
    expect(parseCsv(csv).map(([label]) => label)).toEqual(['label', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly'])
  })

  it('writes dates as ISO 8601 UTC to the second, days and integers as they are', () => {
    type Event = { at: number; day: string; count: number | bigint }
    const eventColumns: CsvColumn<Event>[] = [
      { header: 'at', kind: 'date', value: (event) => event.at },
      { header: 'day', kind: 'day', value: (event) => event.day },
      { header: 'count', kind: 'integer', value: (event) => event.count },
    ]
    const at = Date.parse('2026-03-01T12:00:00Z') / 1000
    expect(toCsv(eventColumns, [{ at, day: '2026-03-01', count: 2n ** 70n }])).toBe(
      `at,day,count\r\n2026-03-01T12:00:00Z,2026-03-01,${2n ** 70n}\r\n`,
    )
    expect(() => toCsv(eventColumns, [{ at: at + 0.5, day: '2026-03-01', count: 1 }])).toThrow(RangeError)
    expect(() => toCsv(eventColumns, [{ at, day: '=1+1', count: 1 }])).toThrow(RangeError)
    expect(() => toCsv(eventColumns, [{ at, day: '2026-02-30', count: 1 }])).toThrow(RangeError)
    expect(() => toCsv(eventColumns, [{ at, day: '2026-03-01', count: 1.5 }])).toThrow(RangeError)
  })

  it('leaves a date cell empty for a row without that date', () => {
    const endColumns: CsvColumn<number | null>[] = [{ header: 'ends', kind: 'date', value: (end) => end }]
    expect(toCsv(endColumns, [null, 0])).toBe('ends\r\n\r\n1970-01-01T00:00:00Z\r\n')
  })

  it('starts with a byte-order mark only when some text is not ASCII, and reads back without it', () => {
    const csv = toCsv(columns, [{ label: 'Trésorerie', amount: 0n }])
    expect(csv).toBe('\uFEFFlabel,amount\r\nTrésorerie,0\r\n')
    expect(parseCsv(csv)).toEqual([
      ['label', 'amount'],
      ['Trésorerie', '0'],
    ])
    expect(toCsv(columns, [{ label: 'treasury', amount: 0n }]).startsWith('label')).toBe(true)
  })

  it('reads back any text, neutralised where it starts like a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 })), (cells) => {
        const rows = cells.map(([label = '', other = '']) => ({ label, other }))
        const textColumns: CsvColumn<(typeof rows)[number]>[] = [
          { header: 'label', kind: 'text', value: (row) => row.label },
          { header: 'other', kind: 'text', value: (row) => row.other },
        ]
        const neutralised = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
        expect(parseCsv(toCsv(textColumns, rows))).toEqual([
          ['label', 'other'],
          ...rows.map((row) => [neutralised(row.label), neutralised(row.other)]),
        ])
      }),
    )
  })
})

describe('parseCsv', () => {
  it('reads LF or CRLF lines, with or without a final line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(parseCsv('a,b\r\n,\r\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ])
    expect(parseCsv('""')).toEqual([['']])
    expect(parseCsv('')).toEqual([])
  })

  it('refuses what RFC 4180 does not allow', () => {
    expect(() => parseCsv('a"b,c')).toThrow(SyntaxError)
    expect(() => parseCsv('"a"b,c')).toThrow(SyntaxError)
    expect(() => parseCsv('"never closed')).toThrow(SyntaxError)
  })
})

describe('rewardsCsv', () => {
  const rewards: RewardEvent[] = [
    { timestamp: 1_772_366_400, block: 40_000_000n, txHash: hash, kind: 'claim', amount: 1n },
    {
      timestamp: 1_772_366_401,
      block: 40_000_001n,
      txHash: hash,
      kind: 'paid-on-change',
      amount: parseUnits('123456789.123456789012345678', 18),
    },
  ]

  it('has the date, block, tx hash, kind and exact VVV amount of each reward', () => {
    expect(rewardsCsv(rewards)).toBe(
      [
        'date,block,tx hash,kind,amount (VVV)',
        `2026-03-01T12:00:00Z,40000000,${hash},claim,0.000000000000000001`,
        `2026-03-01T12:00:01Z,40000001,${hash},paid-on-change,123456789.123456789012345678`,
        '',
      ].join('\r\n'),
    )
  })

  it('reads back to the same rewards', () => {
    const [header, ...lines] = parseCsv(rewardsCsv(rewards))
    expect(header).toEqual(['date', 'block', 'tx hash', 'kind', 'amount (VVV)'])
    expect(
      lines.map(([date = '', block = '', txHash, kind, amount = '']) => ({
        timestamp: Date.parse(date) / 1000,
        block: BigInt(block),
        txHash,
        kind,
        amount: parseUnits(amount, 18),
      })),
    ).toEqual(rewards)
  })
})

describe('tokenMovementsCsv', () => {
  const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' as Address
  const pool = '0x0000000000000000000000000000000000000002' as Address
  const movements: TokenMovement[] = [
    {
      timestamp: 1_772_366_400,
      block: 40_000_000n,
      txHash: hash,
      logIndex: 0,
      token: 'VVV',
      kind: 'received',
      amount: parseUnits('123456789.123456789012345678', 18),
      counterparty: pool,
    },
    {
      timestamp: 1_772_366_401,
      block: 40_000_001n,
      txHash: hash,
      logIndex: 7,
      token: 'VVV',
      kind: 'staked',
      amount: 1n,
      counterparty: pool,
    },
    {
      timestamp: 1_772_366_401,
      block: 40_000_001n,
      txHash: hash,
      logIndex: 8,
      token: 'DIEM',
      kind: 'diem-unstake-started',
      amount: 2n ** 256n - 1n,
      counterparty: null,
    },
  ]
  const header = [
    'date',
    'block',
    'tx hash',
    'log index',
    'account',
    'token',
    'kind',
    'amount',
    'balance change (+ in / - out)',
    'counterparty',
  ]

  it('has the date, block, transaction, token, kind, exact amount and signed balance change of each movement', () => {
    expect(tokenMovementsCsv(account, movements)).toBe(
      [
        header.join(','),
        `2026-03-01T12:00:00Z,40000000,${hash},0,${account},VVV,received,123456789.123456789012345678,123456789.123456789012345678,${pool}`,
        `2026-03-01T12:00:01Z,40000001,${hash},7,${account},VVV,staked,0.000000000000000001,-0.000000000000000001,${pool}`,
        `2026-03-01T12:00:01Z,40000001,${hash},8,${account},DIEM,diem-unstake-started,115792089237316195423570985008687907853269984665640564039457.584007913129639935,0,`,
        '',
      ].join('\r\n'),
    )
  })

  it('reads back to the same movements, to the wei', () => {
    const [readHeader, ...lines] = parseCsv(tokenMovementsCsv(account, movements))
    expect(readHeader).toEqual(header)
    expect(
      lines.map(([date = '', block = '', txHash, logIndex, rowAccount, token, kind, amount = '', , other]) => ({
        timestamp: Date.parse(date) / 1000,
        block: BigInt(block),
        txHash,
        logIndex: Number(logIndex),
        account: rowAccount,
        token,
        kind,
        amount: parseUnits(amount, 18),
        counterparty: other || null,
      })),
    ).toEqual(movements.map((movement) => ({ ...movement, account })))
    const changes = lines.map((line) => parseUnits(line[8] ?? '', 18))
    expect(changes).toEqual([movements[0]?.amount, -1n, 0n])
  })

  it('writes every address checksummed, however the source spelled it', () => {
    const lower = '0xa0ee7a142d267c1f36714e4a8f75612f20a79720'
    const first = movements[0]
    if (!first) throw new Error('no movement')
    const [, line] = parseCsv(tokenMovementsCsv(lower, [{ ...first, counterparty: lower }]))
    const checksummed = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720'
    expect([line?.[4], line?.[9]]).toEqual([checksummed, checksummed])
  })

  it('is a header alone when nothing moved', () => {
    expect(tokenMovementsCsv(account, [])).toBe(`${header.join(',')}\r\n`)
  })
})
