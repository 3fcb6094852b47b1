import { type Address, getAddress, zeroAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  addToWatchList,
  checkLabel,
  labelMaxLength,
  parseWatchListParam,
  removeFromWatchList,
  watchListLimit,
  watchListParam,
} from './watch-list'

const account0: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const account1: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
/** Distinct valid addresses 0x…01, 0x…02, … checksummed. */
const addressNumber = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, '0')}`)

describe('addToWatchList', () => {
  it('adds lower-case or checksummed addresses at the end, checksummed', () => {
    expect(addToWatchList([], account0.toLowerCase())).toEqual({ ok: true, addresses: [account0] })
    expect(addToWatchList([account0], ` ${account1} `)).toEqual({ ok: true, addresses: [account0, account1] })
  })

  it('adds several pasted at once, between commas, semicolons, spaces or lines', () => {
    expect(addToWatchList([], `${account0},\n${account1.toLowerCase()}`)).toEqual({
      ok: true,
      addresses: [account0, account1],
    })
    expect(addToWatchList([], `${account0}; ${account1}`)).toEqual({ ok: true, addresses: [account0, account1] })
  })

  it('says what is wrong and changes nothing for empty input, non-addresses and a wrong checksum', () => {
    const list = [account0]
    expect(addToWatchList(list, '  ')).toEqual({
      ok: false,
      message: 'Enter an address to watch: 0x and 40 hexadecimal characters.',
    })
    expect(addToWatchList(list, '0x1234')).toEqual({
      ok: false,
      message: '“0x1234” is not an address: it should be 0x and 40 hexadecimal characters.',
    })
    const wrongChecksum = account1.replace('C51', 'c51')
    expect(addToWatchList(list, wrongChecksum)).toEqual({
      ok: false,
      message: `“${wrongChecksum}” does not match its checksum: check it for a typo.`,
    })
    expect(list).toEqual([account0])
  })

  it('refuses the zero address', () => {
    expect(addToWatchList([], zeroAddress)).toEqual({
      ok: false,
      message: 'The zero address cannot be watched: nobody holds anything there.',
    })
  })

  it('refuses an address already watched in any letter case, and one entered twice', () => {
    expect(addToWatchList([account0], account0.toLowerCase())).toEqual({
      ok: false,
      message: `${account0} is already on the watch list.`,
    })
    expect(addToWatchList([], `${account1} ${account1.toLowerCase()}`)).toEqual({
      ok: false,
      message: `${account1} is entered twice.`,
    })
  })

  it('adds none of a paste when one of it is bad', () => {
    expect(addToWatchList([], `${account0} nope`).ok).toBe(false)
  })

  it('holds the limit, and says so when a paste would pass it', () => {
    const full = Array.from({ length: watchListLimit }, (_, index) => addressNumber(index + 1))
    expect(addToWatchList(full.slice(1), full[0] ?? '').ok).toBe(true)
    expect(addToWatchList(full, account0)).toEqual({
      ok: false,
      message: `A treasury view watches at most ${watchListLimit} addresses: this would make ${watchListLimit + 1}. Remove some first.`,
    })
  })

  it('cuts long pasted text in its message', () => {
    expect(addToWatchList([], 'x'.repeat(200))).toEqual({
      ok: false,
      message: `“${'x'.repeat(45)}…” is not an address: it should be 0x and 40 hexadecimal characters.`,
    })
  })
})

describe('removeFromWatchList', () => {
  it('drops the address and keeps the order of the rest', () => {
    expect(removeFromWatchList([account0, account1], account0)).toEqual([account1])
  })
})

describe('parseWatchListParam and watchListParam', () => {
  it('round-trip a list through the link', () => {
    const list = [account0, account1]
    expect(parseWatchListParam(watchListParam(list))).toEqual({ kind: 'valid', addresses: list })
  })

  it('is none without a value, and invalid with the reason for a bad one', () => {
    expect(parseWatchListParam(undefined)).toEqual({ kind: 'none' })
    expect(parseWatchListParam('')).toEqual({ kind: 'none' })
    expect(parseWatchListParam(`${account0},${account0}`)).toEqual({
      kind: 'invalid',
      message: `${account0} is entered twice.`,
    })
  })

  it('uses the first of repeated parameters', () => {
    expect(parseWatchListParam([account0, 'nope'])).toEqual({ kind: 'valid', addresses: [account0] })
  })
})

describe('checkLabel', () => {
  it('trims and folds whitespace, empty meaning no label', () => {
    expect(checkLabel('  Ops   wallet ')).toEqual({ ok: true, label: 'Ops wallet' })
    expect(checkLabel('   ')).toEqual({ ok: true, label: '' })
  })

  it('refuses a label over the length limit', () => {
    expect(checkLabel('a'.repeat(labelMaxLength)).ok).toBe(true)
    expect(checkLabel('a'.repeat(labelMaxLength + 1))).toEqual({
      ok: false,
      message: `A label has at most ${labelMaxLength} characters; this one has ${labelMaxLength + 1}.`,
    })
  })
})
