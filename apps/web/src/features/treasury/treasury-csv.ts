import { type CsvColumn, toCsv } from '@rialto/protocol/csv'
import { dailyApiCreditCents } from '@rialto/protocol/position'
import { cooldownEnd, figureWei, type TreasuryRow, treasuryFigures } from './treasury-rows'

const figureColumns = treasuryFigures.flatMap((figure): CsvColumn<TreasuryRow>[] => {
  const amount: CsvColumn<TreasuryRow> = {
    header: `${figure.header} (${figure.unit})`,
    kind: 'amount',
    value: ({ position }) => figureWei(figure, position),
  }
  if (figure.kind === 'amount') return [amount]
  const ends: CsvColumn<TreasuryRow> = {
    header: `${figure.header} ends (UTC)`,
    kind: 'date',
    value: ({ position }) => cooldownEnd(figure.unstake(position)),
  }
  return [amount, ends]
})

const treasuryColumns: readonly CsvColumn<TreasuryRow>[] = [
  { header: 'label', kind: 'text', value: ({ label }) => label },
  { header: 'address', kind: 'text', value: ({ address }) => address },
  { header: 'block', kind: 'integer', value: ({ position }) => position.blockNumber },
  { header: 'block time (UTC)', kind: 'date', value: ({ position }) => Number(position.timestamp) },
  ...figureColumns,
  {
    header: 'Daily API credit (USD)',
    kind: 'amount',
    decimals: 2,
    value: ({ position }) => dailyApiCreditCents(position.diem.staked),
  },
]

/**
 * The table as a download: one line per address with exact amounts and UTC times. No totals line, so a spreadsheet's
 * SUM over a column counts every address once.
 */
export function treasuryCsv(rows: readonly TreasuryRow[]): string {
  return toCsv(treasuryColumns, rows)
}

export function treasuryCsvFilename(blockNumber: bigint): string {
  return `rialto-treasury-block-${blockNumber}.csv`
}
