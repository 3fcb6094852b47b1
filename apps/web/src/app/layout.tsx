import { GeistMono } from 'geist/font/mono'
import { GeistSans } from 'geist/font/sans'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { walletStateFromCookie } from '../wallet/initial-state'
import { WalletProviders } from '../wallet/providers'
import { SiteHeader } from './site-header'
import './globals.css'

export const metadata: Metadata = {
  title: 'Rialto',
  description: 'One place for holders of VVV, sVVV and DIEM on Base to act and understand.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const initialWalletState = walletStateFromCookie((await headers()).get('cookie'))

  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen bg-[#0b0f19] font-sans text-slate-100 antialiased">
        <WalletProviders initialState={initialWalletState}>
          <SiteHeader />
          {children}
        </WalletProviders>
      </body>
    </html>
  )
}
