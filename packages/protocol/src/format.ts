import { formatUnits } from 'viem'

/** `1234567.891234…` → "1,234,567.8912": grouped, cut (never rounded up) to `maxFractionDigits`; dust → "<0.0001". */
export function formatAmount(wei: bigint, { decimals = 18, maxFractionDigits = 4 } = {}): string {
  const [whole = '0', fraction = ''] = formatUnits(wei, decimals).split('.')
  const negative = whole.startsWith('-')
  const digits = negative ? whole.slice(1) : whole
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cut = fraction.slice(0, maxFractionDigits).replace(/0+$/, '')
  // A dust balance must not read as nothing at all.
  if (grouped === '0' && !cut && wei !== 0n) {
    const smallest = maxFractionDigits === 0 ? '1' : `0.${'0'.repeat(maxFractionDigits - 1)}1`
    return `${negative ? '>-' : '<'}${smallest}`
  }
  return `${negative ? '-' : ''}${grouped}${cut ? `.${cut}` : ''}`
}

/** Seconds → "6 d 23 h", "4 h 12 min", "3 min 5 s", "35 s". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds))
  const days = Math.floor(seconds / 86_400)
  const hours = Math.floor((seconds % 86_400) / 3_600)
  const minutes = Math.floor((seconds % 3_600) / 60)
  if (days > 0) return `${days} d ${hours} h`
  if (hours > 0) return `${hours} h ${minutes} min`
  if (minutes > 0) return `${minutes} min ${seconds % 60} s`
  return `${seconds} s`
}

/** 0.01234 → "1.23%". */
export function formatPercent(ratio: number, fractionDigits = 2): string {
  return `${(ratio * 100).toFixed(fractionDigits)}%`
}

/** 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 → "0xf39F…2266". */
export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`
}

/** Every digit, for what a transaction will do: "Approve 1.23456789 VVV" must be exactly what is signed. */
export function formatExactAmount(wei: bigint, decimals = 18): string {
  return formatAmount(wei, { decimals, maxFractionDigits: decimals })
}

/**
 * To the nearest whole unit, grouped: for yearly figures computed from a per-second rate that the chain rounded
 * down (2M VVV a year is stored as 63419583967529173 wei a second, which gives 1,999,999.99… back).
 */
export function formatRoundedWhole(wei: bigint, decimals = 18): string {
  const unit = 10n ** BigInt(decimals)
  const rounded = (wei + (wei < 0n ? -unit / 2n : unit / 2n)) / unit
  return formatAmount(rounded * unit, { decimals, maxFractionDigits: 0 })
}
