'use client'

import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useState } from 'react'
import { errorSentence } from '../errors/error-sentence'
import { newPassphraseProblem, shortestPassphrase } from './passphrase-rules'

export type CreateVaultFormProps = {
  onCreate: (passphrase: string) => Promise<void>
  /** How many records of an earlier, header-less vault creating this one deletes (the user has agreed). */
  discarding?: number
}

/** First visit: choose the passphrase that encrypts every chat, memory and the API key in this browser. */
export function CreateVaultForm({ onCreate, discarding }: CreateVaultFormProps) {
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  const problem = newPassphraseProblem(passphrase, confirmation)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setAttempted(true)
    if (problem !== undefined) return
    setBusy(true)
    setFailure(undefined)
    try {
      await onCreate(passphrase)
    } catch (error) {
      setFailure(errorSentence(error))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="mx-auto flex max-w-md flex-col gap-5 py-12" data-testid="vault-create">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Set a passphrase for your private chat</h1>
        <p className="text-sm text-slate-400">
          Your chats, memories and API key are encrypted with it and kept only in this browser. Rialto never sees them.
        </p>
      </div>
      {discarding ? (
        <Notice tone="error" title={`Creating the vault deletes the ${discarding} unreadable records found here.`} />
      ) : null}
      <Notice tone="info" title="A lost passphrase cannot be recovered.">
        Nobody, including Rialto, can open the vault without it: forget it and your chats are gone for good. Write it
        down somewhere safe.
      </Notice>
      <TextField
        id="new-passphrase"
        label="Passphrase"
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        hint={`At least ${shortestPassphrase} characters.`}
      />
      <TextField
        id="confirm-passphrase"
        label="Confirm passphrase"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={attempted ? problem : undefined}
      />
      {failure ? <Notice tone="error" title={failure} /> : null}
      <Button type="submit" disabled={busy}>
        {busy ? 'Creating the vault…' : 'Create vault'}
      </Button>
    </form>
  )
}
