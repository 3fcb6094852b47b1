'use client'

import type { ReactNode } from 'react'
import { WalletIsland } from '../wallet/wallet-island'
import type { AccountViewProps } from './account-view'

const loadAccountView = () => import('./account-view').then(({ AccountView }) => AccountView)

/** The live account view, started as soon as the page runs: it follows new blocks and offers the actions. */
export function AccountIsland({ firstPaint, ...props }: AccountViewProps & { firstPaint: ReactNode }) {
  return <WalletIsland load={loadAccountView} props={props} fallback={firstPaint} loadOn="mount" />
}
