import { formatUnits } from 'viem'

export type FormatTokenAmountOptions = {
  decimals?: number
  maxFractionDigits?: number
}

/**
 * A base-unit amount as text for people: `1234567891234500000000n` → `1,234.5678`.
 * Digits beyond `maxFractionDigits` are cut, not rounded, so a balance is never shown larger than it is;
 * a non-zero amount too small to show reads `<0.0001`.
 */
export function formatTokenAmount(
  amountBaseUnits: bigint,
  { decimals = 18, maxFractionDigits = 4 }: FormatTokenAmountOptions = {},
): string {
  const sign = amountBaseUnits < 0n ? '-' : ''
  const magnitude = amountBaseUnits < 0n ? -amountBaseUnits : amountBaseUnits
  const [whole = '0', fraction = ''] = formatUnits(magnitude, decimals).split('.')
  const shownFraction = fraction.slice(0, maxFractionDigits).replace(/0+$/, '')

  if (magnitude !== 0n && whole === '0' && shownFraction === '') {
    const smallestShown = maxFractionDigits > 0 ? `0.${'1'.padStart(maxFractionDigits, '0')}` : '1'
    return `${sign}<${smallestShown}`
  }

  const groupedWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${groupedWhole}${shownFraction ? `.${shownFraction}` : ''}`
}
