import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
import Link from 'next/link'

/** The notices of the account view, shared by its server-rendered first paint and its live version. */
export function InvalidWatchAddress({ input }: { input: string }) {
  return (
    <Card title="Position">
      <Notice tone="error" data-testid="watch-address-invalid" title="That is not an Ethereum address.">
        “{input}” in the link’s <code>?address=</code> should be 0x followed by 40 hexadecimal characters. Nothing was
        read.
      </Notice>
    </Card>
  )
}

export function NoAddressYet() {
  return (
    <Card title="Position">
      <Notice data-testid="balances-no-address" title="No address yet.">
        Connect a wallet, or add <code>?address=0x…</code> to the link to watch any address read-only.
      </Notice>
    </Card>
  )
}

export function ReadOnlyNote() {
  return (
    <Notice title="Read-only." data-testid="watch-mode-note">
      This page only reads this address. Connect its wallet to act on it, or{' '}
      <Link className="underline" href="/">
        open your own position
      </Link>
      .
    </Notice>
  )
}
