'use client'

import { WalletIsland } from '../../../wallet/wallet-island'
import { ConnectForDailyCredit } from './connect-for-daily-credit'

const loadDailyCredit = () => import('./daily-credit').then(({ DailyCredit }) => DailyCredit)
const noProps = {}

/** The daily-credit line: its wallet code loads only when a wallet is wanted (a click, a remembered connection). */
export function DailyCreditIsland() {
  return <WalletIsland load={loadDailyCredit} props={noProps} fallback={<ConnectForDailyCredit />} loadOn="request" />
}
