'use client'

import { shortAddress } from '@rialto/protocol/format'
import { Button } from '@rialto/ui/button'
import dynamic from 'next/dynamic'
import { useCallback, useState } from 'react'
import { useAccount, useDisconnect } from 'wagmi'
import { devAccountConnectorId } from './dev-account/dev-account-connector'
import { DevAccountMenu } from './dev-account/dev-account-menu'
import { useConnectFailure } from './use-connect-failure'

const ConnectModal = dynamic(() => import('./connect-modal'), { ssr: false })

export type WalletButtonProps = {
  /** The placeholder button was clicked before this one arrived: carry the click on. */
  openModalAtOnce: boolean
}

/** "Connect wallet", or the connected account with a way out. */
export function WalletButton({ openModalAtOnce }: WalletButtonProps) {
  const { address, connector, status } = useAccount()
  const { disconnect } = useDisconnect()
  const [modalWanted, setModalWanted] = useState(openModalAtOnce)
  const closeModal = useCallback(() => setModalWanted(false), [])
  const { failure, clear: clearFailure } = useConnectFailure()

  if (address && status === 'connected') {
    return (
      <div className="flex flex-wrap items-center justify-end gap-2" data-testid="wallet-account">
        {connector?.id === devAccountConnectorId ? <DevAccountMenu /> : null}
        <span className="rounded-lg bg-white/5 px-3 py-2 font-mono text-sm text-slate-200" title={address}>
          {shortAddress(address)}
        </span>
        <Button variant="secondary" size="sm" onClick={() => disconnect()}>
          Disconnect
        </Button>
      </div>
    )
  }

  const openModal = () => {
    clearFailure()
    setModalWanted(true)
  }
  return (
    <>
      {failure ? (
        <div
          role="alert"
          data-testid={failure.refused ? 'connect-refused' : 'connect-failed'}
          className="flex items-center gap-2 text-sm text-rose-100"
        >
          <p>{failure.sentence}</p>
          <Button variant="secondary" size="sm" onClick={openModal}>
            Try again
          </Button>
        </div>
      ) : null}
      <Button onClick={openModal} disabled={status === 'connecting' || status === 'reconnecting'}>
        Connect wallet
      </Button>
      {/* A failed request ends the attempt: the modal goes, the sentence says why and offers a new try. */}
      {modalWanted && !failure ? <ConnectModal onClosed={closeModal} /> : null}
    </>
  )
}
