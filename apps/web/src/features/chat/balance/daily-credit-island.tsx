'use client'

import { WalletIsland } from '../../../wallet/wallet-island'
import { ConnectForDailyCredit } from './connect-for-daily-credit'

const loadDailyCredit = () => import('./daily-credit').then(({ DailyCredit }) => DailyCredit)
const noProps = {}

/** The daily-credit line: the wallet code it needs loads once the browser is idle, never before the chat. */
export function DailyCreditIsland() {
  return <WalletIsland load={loadDailyCredit} props={noProps} fallback={<ConnectForDailyCredit />} loadOn="idle" />
}
