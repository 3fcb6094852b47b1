'use client'

import {
  type ComponentType,
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react'
import { createPortal } from 'react-dom'
import type { State } from 'wagmi'
import { insideSafeApp } from './safe-app/inside-safe-app'
import { sentTransactionsRemembered } from './transaction-flow/sent-transactions-key'

type WalletStackComponent = ComponentType<{ initialState: State | undefined; children: ReactNode }>
type MountedIsland = { node: HTMLElement; content: ReactNode }

type WalletHostValue = {
  /** Asks for the wallet stack: the first call starts the download, later calls do nothing. */
  requestWallet: () => void
  walletRequested: boolean
  /** Islands whose live content is on screen, so they drop their server-rendered fallback in the same commit. */
  shownIslands: ReadonlySet<string>
  mountIsland: (id: string, island: MountedIsland) => void
  unmountIsland: (id: string) => void
  /** From the cookie: a wallet was connected on the last visit, so the stack is wanted at once. */
  rememberedConnection: boolean
}

const WalletHostContext = createContext<WalletHostValue | undefined>(undefined)

export type WalletHostProps = { initialState: State | undefined; children: ReactNode }

/**
 * Owns the one wagmi + TanStack Query stack without putting it in the first-load JavaScript: the stack is
 * imported only when an island asks for it, and every island's live content renders through a portal inside
 * it, so all of them share one wallet connection however far apart they sit on the page.
 */
export function WalletHost({ initialState, children }: WalletHostProps) {
  const [walletRequested, setWalletRequested] = useState(false)
  const [WalletStack, setWalletStack] = useState<WalletStackComponent | undefined>(undefined)
  const [islands, setIslands] = useState<ReadonlyMap<string, MountedIsland>>(new Map())

  // Marks the page interactive on every page, for browser tests that act once hydration is done.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])

  // Wanted at once without a click: inside the Safe web app (its connector connects by itself), or when an earlier
  // visit left a transaction to follow until it is mined.
  useEffect(() => {
    if (insideSafeApp() || sentTransactionsRemembered(() => window.localStorage)) setWalletRequested(true)
  }, [])

  useEffect(() => {
    if (!walletRequested) return
    import('./wallet-stack').then(({ WalletStack }) => setWalletStack(() => WalletStack))
  }, [walletRequested])

  const requestWallet = useCallback(() => setWalletRequested(true), [])
  const mountIsland = useCallback(
    (id: string, island: MountedIsland) => setIslands((current) => new Map(current).set(id, island)),
    [],
  )
  const unmountIsland = useCallback(
    (id: string) =>
      setIslands((current) => {
        const next = new Map(current)
        next.delete(id)
        return next
      }),
    [],
  )
  const rememberedConnection = initialState?.current != null
  const value = useMemo<WalletHostValue>(
    () => ({
      requestWallet,
      walletRequested,
      shownIslands: new Set(WalletStack ? islands.keys() : []),
      mountIsland,
      unmountIsland,
      rememberedConnection,
    }),
    [requestWallet, walletRequested, WalletStack, islands, mountIsland, unmountIsland, rememberedConnection],
  )

  return (
    <WalletHostContext.Provider value={value}>
      {children}
      {WalletStack ? (
        <WalletStack initialState={initialState}>
          {[...islands].map(([id, { node, content }]) => createPortal(content, node, id))}
        </WalletStack>
      ) : null}
    </WalletHostContext.Provider>
  )
}

export function useWalletHost(): WalletHostValue {
  const host = useContext(WalletHostContext)
  if (!host) throw new Error('A wallet island must sit inside <WalletHost> (the root layout renders it).')
  return host
}
