import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import { TextField } from '@rialto/ui/text-field'
import type { Vault } from '@rialto/vault/vault'
import { type FormEvent, useState } from 'react'
import { errorSentence } from '../errors/error-sentence'
import { newPassphraseProblem } from './passphrase-rules'

/** Re-wraps the vault's key under a new passphrase (one write; the conversations are not touched). */
export function ChangePassphraseForm({ vault }: { vault: Vault }) {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [attempted, setAttempted] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>()
  const problem = newPassphraseProblem(next, confirmation)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setAttempted(true)
    setOutcome(undefined)
    if (problem !== undefined || current === '') return
    setBusy(true)
    try {
      await vault.changePassphrase(current, next)
      setCurrent('')
      setNext('')
      setConfirmation('')
      setAttempted(false)
      setOutcome({ ok: true, text: 'Passphrase changed. Use the new one from now on.' })
    } catch (error) {
      setOutcome({ ok: false, text: errorSentence(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" data-testid="change-passphrase">
      <h3 className="text-sm font-medium text-slate-200">Change passphrase</h3>
      <TextField
        id="current-passphrase"
        label="Current passphrase"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <TextField
        id="next-passphrase"
        label="New passphrase"
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(event) => setNext(event.target.value)}
      />
      <TextField
        id="next-passphrase-confirmation"
        label="Confirm new passphrase"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={attempted ? problem : undefined}
      />
      {outcome ? <Notice tone={outcome.ok ? 'info' : 'error'} title={outcome.text} /> : null}
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? 'Changing…' : 'Change passphrase'}
      </Button>
    </form>
  )
}
