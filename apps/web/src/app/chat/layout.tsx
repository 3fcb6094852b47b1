import type { ReactNode } from 'react'
import { QueryProvider } from '../../query/query-provider'

/** The chat's model lists and balances are queries; the wallet stack is not needed for them. */
export default function ChatLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>
}
