'use client'

import { type ComponentType, type ReactNode, useEffect, useId, useState } from 'react'
import { useWalletHost } from './wallet-host'

/**
 * When an island asks for the wallet stack: at once, or only when something else does (a click on "Connect
 * wallet", a remembered connection, a transaction to follow), so a visitor who only reads pays for no wallet code.
 */
export type WalletIslandLoad = 'mount' | 'request'

export type WalletIslandProps<Props extends object> = {
  /** The live component, which may use wagmi; imported only once the wallet stack is wanted. */
  load: () => Promise<ComponentType<Props>>
  props: Props
  /** What the server renders and the page shows until the live component is ready: no wallet code in it. */
  fallback: ReactNode
  loadOn: WalletIslandLoad
}

/**
 * A part of the page that needs the wallet. It shows its fallback (server-rendered figures, a placeholder
 * button) and swaps in the live component once both it and the wallet stack have arrived.
 */
export function WalletIsland<Props extends object>({ load, props, fallback, loadOn }: WalletIslandProps<Props>) {
  const host = useWalletHost()
  const { requestWallet, walletRequested, mountIsland, unmountIsland } = host
  const id = useId()
  const [node, setNode] = useState<HTMLElement | null>(null)
  const [Live, setLive] = useState<ComponentType<Props> | undefined>(undefined)

  useEffect(() => {
    if (loadOn === 'mount' || host.rememberedConnection) requestWallet()
  }, [loadOn, host.rememberedConnection, requestWallet])

  useEffect(() => {
    if (walletRequested && !Live) load().then((component) => setLive(() => component))
  }, [walletRequested, Live, load])

  useEffect(() => {
    if (!node || !Live) return
    mountIsland(id, { node, content: <Live {...props} /> })
  }, [id, node, Live, props, mountIsland])
  useEffect(() => () => unmountIsland(id), [id, unmountIsland])

  // `display: contents`: the wrapper holds the portal without adding a box to the layout.
  return (
    <div ref={setNode} className="contents">
      {host.shownIslands.has(id) ? null : fallback}
    </div>
  )
}
