import { parseUnits } from 'viem'
import { formatAmount } from './format'

export type AmountParse = { ok: true; wei: bigint } | { ok: false; empty: boolean; reason: string }

export type AmountRules = {
  decimals: number
  /** Shown in reasons: "VVV has at most 18 decimals". */
  symbol: string
  /** The most the user may enter, e.g. their balance. */
  max?: bigint
  /** What `max` is, for the reason: "your VVV balance". */
  maxLabel?: string
}

const plainDecimal = /^\d*\.?\d*$/

/**
 * Turns what a person typed into base units, or says in one sentence why it cannot be sent.
 * Only ASCII digits with one optional dot are accepted: no signs, exponents, separators or other scripts' digits,
 * because each of those has been read differently by different parsers.
 */
export function parseAmount(input: string, rules: AmountRules): AmountParse {
  const text = input.trim()
  const fail = (reason: string): AmountParse => ({ ok: false, empty: false, reason })
  if (text === '') return { ok: false, empty: true, reason: 'Enter an amount.' }
  if (text.startsWith('-')) return fail('The amount cannot be negative.')
  if (/\d[eE][+-]?\d/.test(text)) return fail('Write the amount in plain digits, without an exponent.')
  if (/[^\x20-\x7e]/.test(text)) return fail('Use the digits 0–9 only.')
  if (/[,_\s']/.test(text)) return fail('Leave out separators: write 1234.5, not 1,234.5.')
  if (!plainDecimal.test(text) || text === '.') return fail('That is not a number.')
  const fraction = text.split('.')[1] ?? ''
  if (fraction.length > rules.decimals) return fail(`${rules.symbol} has at most ${rules.decimals} decimals.`)
  const wei = parseUnits(text, rules.decimals)
  if (wei === 0n) return fail('Enter an amount greater than zero.')
  if (rules.max !== undefined && wei > rules.max) {
    const available = `${formatAmount(rules.max, { decimals: rules.decimals })} ${rules.symbol}`
    return fail(`That is more than ${rules.maxLabel ?? 'the available amount'} (${available}).`)
  }
  return { ok: true, wei }
}
