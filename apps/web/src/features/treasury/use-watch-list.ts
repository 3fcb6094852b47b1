import { useCallback, useEffect, useState } from 'react'
import type { Address } from 'viem'
import { type Labels, readRememberedWatchList, rememberWatchList } from './remembered-watch-list'
import { addToWatchList, checkLabel, removeFromWatchList, watchListParam } from './watch-list'

type WatchListState = { restored: boolean; addresses: Address[]; labels: Labels }

/** A refused change says why in one sentence; an accepted one returns null. */
export type WatchListProblem = string | null

/**
 * The watch list and its labels. The link's list comes first (a shared view); without one, the list this browser
 * remembers. Every change is written to the link (so the view can be shared) and to localStorage (so it is there
 * next time); labels stay in this browser only. A refused change leaves the list as it was.
 */
export function useWatchList(fromLink: readonly Address[] | undefined) {
  // Only the list the page was opened with counts: later changes to the link are this hook's own.
  const [linkList] = useState(fromLink)
  // The server renders the link's list without labels: localStorage is read after hydration, so both agree.
  const [state, setState] = useState<WatchListState>({ restored: false, addresses: [...(linkList ?? [])], labels: {} })

  useEffect(() => {
    const remembered = readRememberedWatchList(() => window.localStorage)
    setState({ restored: true, addresses: linkList ? [...linkList] : remembered.addresses, labels: remembered.labels })
  }, [linkList])

  useEffect(() => {
    if (!state.restored) return
    rememberWatchList(() => window.localStorage, { addresses: state.addresses, labels: state.labels })
    const url = new URL(window.location.href)
    if (state.addresses.length > 0) url.searchParams.set('addresses', watchListParam(state.addresses))
    else url.searchParams.delete('addresses')
    // `URLSearchParams` escapes commas; a checksummed list reads better, and a comma is safe in a query.
    const search = url.search.replaceAll('%2C', ',')
    if (search !== window.location.search) window.history.replaceState(null, '', `${url.pathname}${search}`)
  }, [state])

  const add = useCallback(
    (input: string, labelInput: string): WatchListProblem => {
      const label = checkLabel(labelInput)
      if (!label.ok) return label.message
      const change = addToWatchList(state.addresses, input)
      if (!change.ok) return change.message
      const added = change.addresses.slice(state.addresses.length)
      const labels = label.label === '' ? state.labels : { ...state.labels, ...labelsFor(added, label.label) }
      setState({ ...state, addresses: change.addresses, labels })
      return null
    },
    [state],
  )

  const remove = useCallback(
    (address: Address) => {
      const { [address]: _dropped, ...labels } = state.labels
      setState({ ...state, addresses: removeFromWatchList(state.addresses, address), labels })
    },
    [state],
  )

  const relabel = useCallback(
    (address: Address, labelInput: string): WatchListProblem => {
      const label = checkLabel(labelInput)
      if (!label.ok) return label.message
      const { [address]: _previous, ...others } = state.labels
      setState({ ...state, labels: label.label === '' ? others : { ...others, [address]: label.label } })
      return null
    },
    [state],
  )

  return { restored: state.restored, addresses: state.addresses, labels: state.labels, add, remove, relabel }
}

function labelsFor(addresses: readonly Address[], label: string): Labels {
  return Object.fromEntries(addresses.map((address) => [address, label]))
}
