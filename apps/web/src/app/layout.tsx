import { GeistMono } from 'geist/font/mono'
import { GeistSans } from 'geist/font/sans'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { walletStateFromCookie } from '../wallet/initial-state'
import { WalletHost } from '../wallet/wallet-host'
import { SiteHeader } from './site-header'
import './globals.css'

export const metadata: Metadata = {
  title: 'Rialto',
  description: 'One place for holders of VVV, sVVV and DIEM on Base to act and understand.',
}

/** What every page needs. The wallet stack is not here: `WalletHost` imports it only for a page part that asks. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const initialWalletState = walletStateFromCookie((await headers()).get('cookie'))

  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-[#0b0f19] font-sans text-slate-100 antialiased">
        <WalletHost initialState={initialWalletState}>
          <SiteHeader />
          {children}
        </WalletHost>
      </body>
    </html>
  )
}
