import fc from 'fast-check'
import { formatUnits, parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { parseAmount } from './amount'

const vvv = { decimals: 18, symbol: 'VVV' }

describe('parseAmount', () => {
  it.each([
    ['1', parseEther('1')],
    ['0.5', parseEther('0.5')],
    ['.5', parseEther('0.5')],
    ['5.', parseEther('5')],
    [' 12.25 ', parseEther('12.25')],
    ['0.000000000000000001', 1n],
  ])('reads %j', (input, wei) => {
    expect(parseAmount(input, vvv)).toEqual({ ok: true, wei })
  })

  it.each([
    ['', /Enter an amount/],
    ['-1', /negative/],
    ['1e18', /exponent/],
    ['1E-3', /exponent/],
    ['١٢', /digits 0–9/],
    ['１２', /digits 0–9/],
    ['1,000', /separators/],
    ['1 000', /separators/],
    ['0x10', /not a number/],
    ['1.2.3', /not a number/],
    ['.', /not a number/],
    ['abc', /not a number/],
    ['0', /greater than zero/],
    ['0.000', /greater than zero/],
    ['0.0000000000000000001', /at most 18 decimals/],
    ['Infinity', /not a number/],
    ['NaN', /not a number/],
  ])('refuses %j with a reason', (input, reason) => {
    const parsed = parseAmount(input, vvv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
  })

  it('says which limit an amount is above', () => {
    const parsed = parseAmount('10.5', { ...vvv, max: parseEther('10'), maxLabel: 'your VVV balance' })
    expect(parsed).toEqual({ ok: false, empty: false, reason: 'That is more than your VVV balance (10 VVV).' })
    expect(parseAmount('10', { ...vvv, max: parseEther('10') })).toEqual({ ok: true, wei: parseEther('10') })
  })

  it('marks only the empty field as empty, so a form need not shout before anything is typed', () => {
    expect(parseAmount('  ', vvv)).toMatchObject({ ok: false, empty: true })
    expect(parseAmount('x', vvv)).toMatchObject({ ok: false, empty: false })
  })

  it('round-trips every amount viem formats', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 30n }), (wei) => {
        expect(parseAmount(formatUnits(wei, 18), vvv)).toEqual({ ok: true, wei })
      }),
    )
  })

  it('never throws and never accepts what is not a plain positive decimal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (input) => {
        const parsed = parseAmount(input, vvv)
        if (parsed.ok) {
          expect(input.trim()).toMatch(/^\d*\.?\d*$/)
          expect(parsed.wei).toBeGreaterThan(0n)
        }
      }),
      { numRuns: 2000 },
    )
  })
})
