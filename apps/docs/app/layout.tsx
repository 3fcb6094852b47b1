import 'katex/dist/katex.min.css'
import './global.css'
import { RootProvider } from 'fumadocs-ui/provider/next'
import { GeistSans } from 'geist/font/sans'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import StaticSearchDialog from '@/components/search-dialog'

export const metadata: Metadata = {
  title: { template: '%s · Rialto docs', default: 'Rialto docs' },
  description: 'How to hold, stake and mint the Venice AI tokens VVV, sVVV and DIEM on Base with Rialto.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={GeistSans.className} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <RootProvider search={{ SearchDialog: StaticSearchDialog }}>{children}</RootProvider>
      </body>
    </html>
  )
}
