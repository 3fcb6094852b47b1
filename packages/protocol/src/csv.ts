import { type Address, formatUnits, getAddress } from 'viem'
import type { RewardEvent, TokenMovement } from './history'
import { isUtcDay } from './history-series'
import { balanceChangeWei } from './token-movements'

/**
 * CSV downloads that open the same in every spreadsheet: RFC 4180 (CRLF line ends, quotes doubled, fields with a
 * comma, quote, CR or LF quoted). Amounts are exact decimals from bigint wei, never floats. A spreadsheet shows
 * about 15 significant digits of a cell, but the file keeps every wei for anything that reads it as text.
 *
 * A UTF-8 byte-order mark only when the document is not plain ASCII. Most of what Rialto exports is ASCII (ISO
 * dates, plain decimal numbers, hex hashes, our own headers and words), which reads the same in every encoding a
 * spreadsheet may guess, while a BOM ends up glued to the first header in tools that do not expect one (Python's
 * csv module, cut, awk). Text a person typed (a label "Trésorerie") needs it: without it Excel reads UTF-8 as
 * Windows-1252 and garbles the accents.
 */

/** For the download's Blob. */
export const csvMediaType = 'text/csv;charset=utf-8'

type Column<Kind extends string, Value, Row> = { header: string; kind: Kind; value: (row: Row) => Value }

/** A column: its header, what kind of value it holds, and how to read that value from a row. */
export type CsvColumn<Row> =
  /** Free text: neutralised if a spreadsheet would read it as a formula. */
  | Column<'text', string, Row>
  /** Wei, written as an exact decimal of `decimals` (18 unless told), negative allowed. */
  | (Column<'amount', bigint, Row> & { decimals?: number })
  | Column<'integer', bigint | number, Row>
  /** Unix seconds, written as ISO 8601 UTC: 2026-03-01T12:00:00Z; null leaves the cell empty (no such date). */
  | Column<'date', number | null, Row>
  /** A UTC day, 'YYYY-MM-DD'. */
  | Column<'day', string, Row>

const lineEnd = '\r\n'

const byteOrderMark = '\uFEFF'

/** One CSV document: a header line, then one line per row, each line ending in CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const header = columns.map((column) => textField(column.header))
  const lines = rows.map((row) => columns.map((column) => field(column, row)))
  const document = [header, ...lines].map((cells) => `${cells.join(',')}${lineEnd}`).join('')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point.
  return /^[\x00-\x7F]*$/.test(document) ? document : `${byteOrderMark}${document}`
}

function field<Row>(column: CsvColumn<Row>, row: Row): string {
  switch (column.kind) {
    case 'text':
      return textField(column.value(row))
    // The numeric kinds are written by us from bigint or checked numbers: they can never hold a formula.
    case 'amount':
      return formatUnits(column.value(row), column.decimals ?? 18)
    case 'integer':
      return integerField(column.value(row), column.header)
    case 'date':
      return dateField(column.value(row), column.header)
    case 'day':
      return dayField(column.value(row), column.header)
  }
}

/**
 * A cell a spreadsheet would run as a formula starts with one of these (OWASP, "CSV Injection"): a quote in front
 * makes it text. `-` is among them, so a text that looks like a negative number is kept as text too.
 */
const formulaStart = /^[=+\-@\t\r]/

function textField(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function integerField(value: bigint | number, header: string): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`"${header}" holds whole numbers; ${value} is not one.`)
  }
  return value.toString()
}

function dateField(timestampSeconds: number | null, header: string): string {
  if (timestampSeconds === null) return ''
  if (!Number.isSafeInteger(timestampSeconds)) {
    throw new RangeError(`"${header}" holds Unix seconds; ${timestampSeconds} is not a whole second.`)
  }
  // toISOString always writes milliseconds; timestamps on chain are whole seconds.
  return new Date(timestampSeconds * 1000).toISOString().replace('.000Z', 'Z')
}

function dayField(day: string, header: string): string {
  if (!isUtcDay(day)) throw new RangeError(`"${header}" holds 'YYYY-MM-DD' days; "${day}" is not one.`)
  return day
}

/**
 * The fields of an RFC 4180 document, row by row, as text. Minimal, for tests that read a download back:
 * accepts CRLF or LF line ends and a leading byte-order mark, refuses a quote inside an unquoted field and an
 * unclosed quote.
 */
export function parseCsv(document: string): string[][] {
  const text = document.startsWith(byteOrderMark) ? document.slice(byteOrderMark.length) : document
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let inQuotes = false
  let afterClosingQuote = false
  const endField = () => {
    row.push(field)
    field = ''
    afterClosingQuote = false
  }
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inQuotes) {
      if (char !== '"') field += char
      else if (text[index + 1] === '"') {
        field += '"'
        index++
      } else {
        inQuotes = false
        afterClosingQuote = true
      }
    } else if (char === ',') {
      endField()
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++
      endField()
      rows.push(row)
      row = []
    } else if (afterClosingQuote) {
      throw new SyntaxError(`Text after a closing quote, at character ${index}.`)
    } else if (char === '"') {
      if (field !== '') throw new SyntaxError(`A quote inside an unquoted field, at character ${index}.`)
      inQuotes = true
    } else {
      field += char
    }
  }
  if (inQuotes) throw new SyntaxError('A quoted field is never closed.')
  // The last line may or may not end in a line break (RFC 4180 §2.2).
  if (field !== '' || afterClosingQuote || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows
}

const rewardColumns: readonly CsvColumn<RewardEvent>[] = [
  { header: 'date', kind: 'date', value: (reward) => reward.timestamp },
  { header: 'block', kind: 'integer', value: (reward) => reward.block },
  { header: 'tx hash', kind: 'text', value: (reward) => reward.txHash },
  { header: 'kind', kind: 'text', value: (reward) => reward.kind },
  { header: 'amount (VVV)', kind: 'amount', value: (reward) => reward.amount },
]

/** The rewards table as a download, one line per reward, in the order given. */
export function rewardsCsv(rewards: readonly RewardEvent[]): string {
  return toCsv(rewardColumns, rewards)
}

type AccountMovement = TokenMovement & { account: Address }

const movementColumns: readonly CsvColumn<AccountMovement>[] = [
  { header: 'date', kind: 'date', value: (movement) => movement.timestamp },
  { header: 'block', kind: 'integer', value: (movement) => movement.block },
  { header: 'tx hash', kind: 'text', value: (movement) => movement.txHash },
  { header: 'log index', kind: 'integer', value: (movement) => movement.logIndex },
  { header: 'account', kind: 'text', value: (movement) => getAddress(movement.account) },
  { header: 'token', kind: 'text', value: (movement) => movement.token },
  { header: 'kind', kind: 'text', value: (movement) => movement.kind },
  { header: 'amount', kind: 'amount', value: (movement) => movement.amount },
  // Summed per token, this column gives the account's balance: a spreadsheet needs no rule per kind.
  { header: 'balance change (+ in / - out)', kind: 'amount', value: (movement) => balanceChangeWei(movement) },
  // Checksummed, as everywhere Rialto writes an address (the indexer keeps them lowercase).
  {
    header: 'counterparty',
    kind: 'text',
    value: (movement) => (movement.counterparty ? getAddress(movement.counterparty) : ''),
  },
]

/**
 * An account's token history as a download, one line per movement, in the order given. Every token has 18 decimals.
 * The account is on each line, so files of several accounts can be joined.
 */
export function tokenMovementsCsv(account: Address, movements: readonly TokenMovement[]): string {
  return toCsv(
    movementColumns,
    movements.map((movement) => ({ ...movement, account })),
  )
}
