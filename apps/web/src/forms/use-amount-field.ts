import { type AmountParse, parseAmount } from '@rialto/protocol/amount'
import { useState } from 'react'
import { formatUnits } from 'viem'

export type AmountFieldRules = { symbol: string; max: bigint; maxLabel: string; decimals?: number }

/** An amount text field's state: what was typed, what it parses to, and a Max that fills in the exact maximum. */
export type AmountField = ReturnType<typeof useAmountField>

export function useAmountField({ symbol, max, maxLabel, decimals = 18 }: AmountFieldRules) {
  const [text, setText] = useState('')
  const parsed: AmountParse = parseAmount(text, { decimals, symbol, max, maxLabel })
  return {
    symbol,
    text,
    setText,
    parsed,
    /** The amount in base units once it is valid, else `null`. */
    wei: parsed.ok ? parsed.wei : null,
    /** The reason to show under the field: none while it is still empty. */
    error: !parsed.ok && !parsed.empty ? parsed.reason : undefined,
    /** Why the action cannot be sent, including "Enter an amount." */
    blockedReason: parsed.ok ? null : parsed.reason,
    fillMax: () => setText(max > 0n ? formatUnits(max, decimals) : ''),
    clear: () => setText(''),
  }
}
