'use client'

import type { ReactNode } from 'react'
import { WalletIsland } from '../wallet/wallet-island'
import type { AccountViewProps } from './account-view'

const loadAccountView = () => import('./account-view').then(({ AccountView }) => AccountView)

/**
 * The live account view: it follows new blocks and offers the actions. A watched address starts it at once; with
 * nothing to watch it waits until a wallet is wanted (the server-rendered notice says all there is until then).
 */
export function AccountIsland({ firstPaint, ...props }: AccountViewProps & { firstPaint: ReactNode }) {
  const loadOn = props.watch.kind === 'valid' ? 'mount' : 'request'
  return <WalletIsland load={loadAccountView} props={props} fallback={firstPaint} loadOn={loadOn} />
}
