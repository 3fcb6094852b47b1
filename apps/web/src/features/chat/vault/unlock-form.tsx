'use client'

import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useState } from 'react'
import { errorSentence } from '../errors/error-sentence'

/** Later visits: the passphrase unlocks the vault. A wrong one says so and may be tried again at once. */
export function UnlockForm({ reason, onUnlock }: { reason?: string; onUnlock: (passphrase: string) => Promise<void> }) {
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (passphrase === '') return
    setBusy(true)
    setFailure(undefined)
    try {
      await onUnlock(passphrase)
    } catch (error) {
      setFailure(errorSentence(error))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="mx-auto flex max-w-md flex-col gap-5 py-12" data-testid="vault-unlock">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Your private chat is locked</h1>
        <p className="text-sm text-slate-400">Enter your passphrase to decrypt your chats in this browser.</p>
      </div>
      {reason ? <Notice tone="info" title={reason} /> : null}
      <TextField
        id="unlock-passphrase"
        label="Passphrase"
        type="password"
        autoComplete="current-password"
        autoFocus
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      {failure ? <Notice tone="error" title={failure} data-testid="unlock-error" /> : null}
      <Button type="submit" disabled={busy || passphrase === ''}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
    </form>
  )
}
