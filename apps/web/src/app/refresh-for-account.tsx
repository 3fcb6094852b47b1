'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import type { Address } from 'viem'

/**
 * The server renders `/` for one account (the watched one, or the wallet its cookie remembers): its history lines
 * and rewards come from there. When the page comes to show another account (a wallet connects or switches),
 * the server renders it again for that one (wagmi has already written the new account into the cookie), and for none
 * when the wallet disconnects, so no account's lines stay on screen.
 */
export function RefreshForAccount({ shown, renderedFor }: { shown: Address | undefined; renderedFor: Address | null }) {
  const router = useRouter()
  const differs = (shown?.toLowerCase() ?? null) !== (renderedFor?.toLowerCase() ?? null)
  useEffect(() => {
    if (differs) router.refresh()
  }, [differs, router])
  return null
}
