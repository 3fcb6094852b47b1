'use client'

import { Button } from '@rialto/ui/button'
import { useMemo, useState } from 'react'
import type { WalletButtonProps } from './wallet-button'
import { useWalletHost } from './wallet-host'
import { WalletIsland } from './wallet-island'

const loadWalletButton = () => import('./wallet-button').then(({ WalletButton }) => WalletButton)
const loadNetworkPrompt = () => import('./network-prompt').then(({ NetworkPrompt }) => NetworkPrompt)
const noProps = {}

/**
 * The header's wallet button. Until someone clicks it (or a page part wants the wallet anyway) it is a plain button
 * that costs no wallet code; the click loads the wallet stack and opens the connect modal when it arrives.
 */
export function HeaderWallet() {
  const { requestWallet, rememberedConnection } = useWalletHost()
  const [modalWanted, setModalWanted] = useState(false)
  const props = useMemo<WalletButtonProps>(() => ({ openModalAtOnce: modalWanted }), [modalWanted])
  const placeholder = (
    <Button
      // A remembered wallet is reconnecting: the live button takes over in a moment.
      disabled={rememberedConnection || modalWanted}
      onClick={() => {
        setModalWanted(true)
        requestWallet()
      }}
    >
      Connect wallet
    </Button>
  )
  return <WalletIsland load={loadWalletButton} props={props} fallback={placeholder} loadOn="request" />
}

/** The wrong-network prompt: there is nothing to say before the wallet code runs. */
export function HeaderWalletAlerts() {
  return <WalletIsland load={loadNetworkPrompt} props={noProps} fallback={null} loadOn="request" />
}
