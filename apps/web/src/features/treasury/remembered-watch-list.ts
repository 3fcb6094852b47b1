import * as v from 'valibot'
import type { Address } from 'viem'
import { addToWatchList, checkLabel } from './watch-list'

/** Where this browser keeps the last watch list and the labels given to addresses, in localStorage. */
export const watchListStorageKey = 'rialto.treasury'

export type Labels = Readonly<Record<Address, string>>
export type RememberedWatchList = { addresses: Address[]; labels: Labels }

const storedShape = v.object({ addresses: v.array(v.string()), labels: v.record(v.string(), v.string()) })

const nothing: RememberedWatchList = { addresses: [], labels: {} }

/**
 * What an earlier visit left, checked by the same rules as typed input: anything that fails them (edited by hand,
 * an older format) is dropped rather than shown.
 */
export function readRememberedWatchList(storage: () => Pick<Storage, 'getItem'> | null): RememberedWatchList {
  try {
    // Even reaching `window.localStorage` can throw, so it is fetched in here.
    const text = storage()?.getItem(watchListStorageKey)
    if (!text) return nothing
    const stored = v.safeParse(storedShape, JSON.parse(text))
    if (!stored.success) return nothing
    const list = addToWatchList([], stored.output.addresses.join(' '))
    const addresses = list.ok ? list.addresses : []
    const labels: Record<Address, string> = {}
    for (const [key, text] of Object.entries(stored.output.labels)) {
      const address = addToWatchList([], key)
      const label = checkLabel(text)
      if (address.ok && address.addresses[0] && label.ok && label.label !== '')
        labels[address.addresses[0]] = label.label
    }
    return { addresses, labels }
  } catch {
    // Storage refused (a privacy setting) or not JSON: nothing usable was remembered.
    return nothing
  }
}

export function rememberWatchList(storage: () => Pick<Storage, 'setItem'> | null, remembered: RememberedWatchList) {
  try {
    storage()?.setItem(watchListStorageKey, JSON.stringify(remembered))
  } catch {
    // Storage refused or full: the list still lives in the link.
  }
}
