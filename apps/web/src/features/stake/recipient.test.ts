import { describe, expect, it } from 'vitest'
import { parseRecipient } from './recipient'

const me = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const friend = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

describe('parseRecipient', () => {
  it('is the connected account when left empty', () => {
    expect(parseRecipient('  ', me)).toEqual({ ok: true, address: me, isSelf: true })
  })

  it('accepts another address in any case and checksums it', () => {
    expect(parseRecipient(friend.toLowerCase(), me)).toEqual({ ok: true, address: friend, isSelf: false })
  })

  it('refuses non-addresses, wrong checksums and the zero address', () => {
    expect(parseRecipient('0x1234', me).ok).toBe(false)
    expect(parseRecipient(friend.replace('C51812', 'c51812'), me).ok).toBe(false)
    expect(parseRecipient(`0x${'0'.repeat(40)}`, me)).toMatchObject({ ok: false, reason: /zero address/ })
  })
})
