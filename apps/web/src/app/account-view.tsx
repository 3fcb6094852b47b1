'use client'

import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import dynamic from 'next/dynamic'
import type { Address } from 'viem'
import { useAccount, useChainId, useChains } from 'wagmi'
import { Dashboard } from '../features/dashboard/dashboard'
import type { WatchAddress } from '../features/dashboard/watch-address'
import type { InitialPosition } from '../position/initial-position'
import { useChainNow } from '../position/use-chain-now'
import { usePosition } from '../position/use-position'
import { OtherAccountFlows } from '../wallet/transaction-flow/other-account-flows'
import { InvalidWatchAddress, NoAddressYet, ReadOnlyNote } from './account-notices'
import { RefreshForAccount } from './refresh-for-account'

// Only a connected wallet gets the action panels: a watching visitor never downloads them.
const Actions = dynamic(() => import('./actions').then(({ Actions }) => Actions))

export type AccountViewProps = {
  watch: WatchAddress
  initialPosition: InitialPosition | undefined
  /** The account the server rendered the page for. */
  renderedFor: Address | null
}

/** The position of the `?address=` being watched, or else of the connected wallet, and what the wallet can do. */
export function AccountView({ watch, initialPosition, renderedFor }: AccountViewProps) {
  const { address: connectedAddress, chainId: walletChainId } = useAccount()
  const chainId = useChainId()

  if (watch.kind === 'invalid') {
    return <InvalidWatchAddress input={watch.input} />
  }
  const address = watch.kind === 'valid' ? watch.address : connectedAddress
  // Outside the per-account subtree below, which an account switch remounts.
  const otherAccountFlows = (
    <>
      <OtherAccountFlows account={connectedAddress} chainId={chainId} />
      <RefreshForAccount shown={address} renderedFor={renderedFor} />
    </>
  )
  if (!address) {
    return (
      <>
        {otherAccountFlows}
        <NoAddressYet />
      </>
    )
  }
  return (
    <>
      {otherAccountFlows}
      <AccountPosition
        key={`${chainId}:${address}`}
        address={address}
        chainId={chainId}
        watched={watch.kind === 'valid'}
        // On another network the wallet could sign nothing here: the network prompt says so, the actions wait.
        canAct={connectedAddress === address && walletChainId === chainId}
        initialPosition={initialPosition}
      />
    </>
  )
}

type AccountPositionProps = {
  address: Address
  chainId: SupportedChainId
  watched: boolean
  canAct: boolean
  initialPosition: InitialPosition | undefined
}

function AccountPosition({ address, chainId, watched, canAct, initialPosition }: AccountPositionProps) {
  const { position, readFailed, readAt } = usePosition(address, chainId, initialPosition)
  const chainNow = useChainNow(position?.timestamp, readAt)
  const chainName = useChains().find((chain) => chain.id === chainId)?.name ?? `chain ${chainId}`

  return (
    <>
      <Dashboard
        address={address}
        chainId={chainId}
        chainName={chainName}
        watched={watched}
        position={position}
        readFailed={readFailed}
        chainNow={chainNow}
      />
      {canAct && position && chainNow !== undefined ? (
        <Actions account={address} chainId={chainId} position={position} chainNow={chainNow} />
      ) : watched ? (
        <ReadOnlyNote />
      ) : null}
    </>
  )
}
