import { type DevAccountIndex, isDevAccountIndex } from './dev-accounts'

declare global {
  interface Window {
    /** Set to `true` (e.g. from a browser test) to make the dev account reject the next signature request. */
    __rialtoRejectNextSignature?: boolean
  }
}

const storageKey = 'rialto.devAccountIndex'

/**
 * What the person at the keyboard decides for the dev account: which account signs, and whether the next
 * signature request is refused (to try the "rejected in the wallet" path without a real wallet).
 */
export type DevAccountControls = {
  accountIndex(): DevAccountIndex
  selectAccount(index: DevAccountIndex): void
  rejectsNextSignature(): boolean
  setRejectNextSignature(reject: boolean): void
  /** True once per armed rejection: reading it disarms it. */
  takeRejectNextSignature(): boolean
  subscribe(listener: () => void): () => void
}

export function createDevAccountControls(storage: Pick<Storage, 'getItem' | 'setItem'> | null): DevAccountControls {
  const listeners = new Set<() => void>()
  const stored = Number(storage?.getItem(storageKey))
  let index: DevAccountIndex = isDevAccountIndex(stored) ? stored : 0
  let rejectNext = false
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const windowFlag = () => typeof window !== 'undefined' && window.__rialtoRejectNextSignature === true

  return {
    accountIndex: () => index,
    selectAccount(next) {
      if (!isDevAccountIndex(next) || next === index) return
      index = next
      storage?.setItem(storageKey, String(next))
      notify()
    },
    rejectsNextSignature: () => rejectNext || windowFlag(),
    setRejectNextSignature(reject) {
      rejectNext = reject
      if (!reject && typeof window !== 'undefined') window.__rialtoRejectNextSignature = false
      notify()
    },
    takeRejectNextSignature() {
      if (!rejectNext && !windowFlag()) return false
      rejectNext = false
      if (typeof window !== 'undefined') window.__rialtoRejectNextSignature = false
      notify()
      return true
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The one set of controls of this browser tab (the server never signs, so it gets no storage). */
export const devAccountControls = createDevAccountControls(typeof window === 'undefined' ? null : window.localStorage)
