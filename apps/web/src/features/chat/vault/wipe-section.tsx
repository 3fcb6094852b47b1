import { Button } from '@rialto/ui/button'
import { TextField } from '@rialto/ui/text-field'
import type { VaultStorage } from '@rialto/vault/storage'
import { wipeVault } from '@rialto/vault/wipe-vault'
import { type FormEvent, useState } from 'react'
import { wipeConfirmationWord } from './passphrase-rules'

/** Deletes the whole vault from this browser, after the user types the confirmation word. */
export function WipeSection({ storage, onWiped }: { storage: VaultStorage; onWiped: () => void }) {
  const [typed, setTyped] = useState('')
  const confirmed = typed.trim().toLowerCase() === wipeConfirmationWord

  function wipe(event: FormEvent) {
    event.preventDefault()
    if (!confirmed) return
    wipeVault(storage)
    onWiped()
  }

  return (
    <form onSubmit={wipe} className="flex flex-col gap-3" data-testid="wipe">
      <h3 className="text-sm font-medium text-rose-200">Wipe the vault</h3>
      <p className="text-xs text-slate-400">
        Deletes every conversation, memory and the API key from this browser. It cannot be undone; export a backup first
        if you may want them back.
      </p>
      <TextField
        id="wipe-confirmation"
        label={`Type “${wipeConfirmationWord}” to confirm`}
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <Button type="submit" variant="danger" disabled={!confirmed}>
        Wipe everything
      </Button>
    </form>
  )
}
