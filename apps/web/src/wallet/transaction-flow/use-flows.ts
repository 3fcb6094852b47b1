import { useSyncExternalStore } from 'react'
import { flowStore } from './flow-store'

const subscribe = (listener: () => void) => flowStore.subscribe(listener)
// The server has no flows: every button renders idle, as the browser's first render does.
const noFlows: ReturnType<typeof flowStore.flows> = new Map()

/** Every flow of this tab, re-rendering on each change. */
export function useFlows() {
  return useSyncExternalStore(subscribe, flowStore.flows, () => noFlows)
}
