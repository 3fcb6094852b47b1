import { type Address, getAddress, isAddress, zeroAddress } from 'viem'

/**
 * The most addresses one treasury view watches. Each address costs 18 calls in the page's one multicall; 20
 * addresses are 360 calls: 76 KB of calldata and 1.9M gas in a single `eth_call` (measured on the devnet by
 * e2e/treasury.e2e.ts), well inside what public RPCs accept (request bodies of 1 MB or more, `eth_call` gas caps of
 * 25M–50M), while the table stays readable on one screen.
 */
export const watchListLimit = 20

/** How long a label may be: it names an address in a table cell and a CSV column. */
export const labelMaxLength = 40

export type WatchListChange = { ok: true; addresses: Address[] } | { ok: false; message: string }

/** What a person pastes: one address or several, between commas, semicolons, spaces or line breaks. */
function entriesOf(input: string): string[] {
  return input.split(/[\s,;]+/).filter((entry) => entry !== '')
}

/** Long pasted junk is cut in the message, so the sentence stays readable. */
const quoted = (entry: string) => `“${entry.length > 48 ? `${entry.slice(0, 45)}…` : entry}”`

/** One address as typed, checksummed; or the sentence that says why it cannot be used. */
export function checkedAddress(entry: string): { ok: true; address: Address } | { ok: false; message: string } {
  if (!/^0x[0-9a-fA-F]{40}$/.test(entry)) {
    return { ok: false, message: `${quoted(entry)} is not an address: it should be 0x and 40 hexadecimal characters.` }
  }
  // `isAddress` also refuses mixed case that does not match the checksum: a likely typo.
  if (!isAddress(entry)) {
    return { ok: false, message: `${quoted(entry)} does not match its checksum: check it for a typo.` }
  }
  const address = getAddress(entry)
  if (address === zeroAddress) {
    return { ok: false, message: 'The zero address cannot be watched: nobody holds anything there.' }
  }
  return { ok: true, address }
}

/**
 * The list with the addresses in `input` added at its end, checksummed; or, when any of them is not an address, is
 * the zero address, is already watched (in any letter case) or would take the list over its limit, one sentence
 * saying so, and the list stays as it was.
 */
export function addToWatchList(list: readonly Address[], input: string): WatchListChange {
  const entries = entriesOf(input)
  if (entries.length === 0)
    return { ok: false, message: 'Enter an address to watch: 0x and 40 hexadecimal characters.' }
  const addresses = [...list]
  for (const entry of entries) {
    const checked = checkedAddress(entry)
    if (!checked.ok) return checked
    if (addresses.includes(checked.address)) {
      const where = list.includes(checked.address) ? 'is already on the watch list' : 'is entered twice'
      return { ok: false, message: `${checked.address} ${where}.` }
    }
    addresses.push(checked.address)
  }
  if (addresses.length > watchListLimit) {
    return {
      ok: false,
      message: `A treasury view watches at most ${watchListLimit} addresses: this would make ${addresses.length}. Remove some first.`,
    }
  }
  return { ok: true, addresses }
}

export function removeFromWatchList(list: readonly Address[], address: Address): Address[] {
  return list.filter((watched) => watched !== address)
}

/** The `?addresses=` a page was opened with: none, a valid list, or why the link's list cannot be used. */
export type WatchListParam =
  | { kind: 'none' }
  | { kind: 'valid'; addresses: Address[] }
  | { kind: 'invalid'; message: string }

export function parseWatchListParam(param: string | string[] | undefined): WatchListParam {
  const input = Array.isArray(param) ? param[0] : param
  if (input === undefined || input.trim() === '') return { kind: 'none' }
  const parsed = addToWatchList([], input)
  return parsed.ok ? { kind: 'valid', addresses: parsed.addresses } : { kind: 'invalid', message: parsed.message }
}

/** The list as the link's `?addresses=` value: checksummed, comma-separated (a comma needs no escaping in a query). */
export function watchListParam(list: readonly Address[]): string {
  return list.join(',')
}

export type LabelChange = { ok: true; label: string } | { ok: false; message: string }

/** A label as it is kept: trimmed, inner runs of whitespace made one space; empty means no label. */
export function checkLabel(input: string): LabelChange {
  const label = input.trim().replace(/\s+/g, ' ')
  if (label.length > labelMaxLength) {
    return { ok: false, message: `A label has at most ${labelMaxLength} characters; this one has ${label.length}.` }
  }
  return { ok: true, label }
}
