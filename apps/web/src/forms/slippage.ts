export type SlippageParse = { ok: true; bps: number } | { ok: false; reason: string }

/** The most slippage a person may allow: beyond this a mint is more likely a typo than a choice. */
const maxSlippagePercent = 50

/** "0.5" (percent) → 50 basis points. Plain digits and one dot only, at most two decimals. */
export function parseSlippagePercent(input: string): SlippageParse {
  const text = input.trim()
  if (text === '') return { ok: false, reason: 'Enter a slippage tolerance, e.g. 0.5.' }
  if (!/^\d*\.?\d{0,2}$/.test(text) || text === '.') {
    return { ok: false, reason: 'Write the tolerance as a percentage with at most two decimals, e.g. 0.5.' }
  }
  const bps = Math.round(Number(text) * 100)
  if (bps > maxSlippagePercent * 100) return { ok: false, reason: `Allow at most ${maxSlippagePercent}% slippage.` }
  return { ok: true, bps }
}
