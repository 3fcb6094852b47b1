import { type AmountRules, parseAmount } from '@rialto/protocol/amount'
import { useState } from 'react'

/**
 * A calculator's amount field: the text as typed, and the last amount that parsed. A typo shows its reason and
 * leaves the result as it was; clearing the field clears the result.
 */
export function useCalculatorAmount(rules: Omit<AmountRules, 'decimals'> & { decimals?: number }) {
  const [text, setText] = useState('')
  const [wei, setWei] = useState<bigint | null>(null)
  const parsed = parseAmount(text, { decimals: 18, ...rules })
  const onChange = (next: string) => {
    setText(next)
    const result = parseAmount(next, { decimals: 18, ...rules })
    if (result.ok) setWei(result.wei)
    else if (result.empty) setWei(null)
  }
  return { text, onChange, wei, error: !parsed.ok && !parsed.empty ? parsed.reason : undefined }
}
