import { type Address, getAddress, isAddress } from 'viem'

/** The `?address=` a page was opened with, for read-only "watch mode". */
export type WatchAddress = { kind: 'none' } | { kind: 'valid'; address: Address } | { kind: 'invalid'; input: string }

export function parseWatchAddress(param: string | string[] | undefined): WatchAddress {
  const input = Array.isArray(param) ? param[0] : param
  if (input === undefined || input.trim() === '') return { kind: 'none' }
  const trimmed = input.trim()
  // `isAddress` also rejects a mixed-case address whose checksum is wrong (a likely typo).
  if (!isAddress(trimmed)) return { kind: 'invalid', input: trimmed }
  return { kind: 'valid', address: getAddress(trimmed) }
}
