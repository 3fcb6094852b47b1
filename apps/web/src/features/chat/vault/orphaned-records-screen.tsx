'use client'

import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useState } from 'react'
import { errorSentence } from '../errors/error-sentence'
import { BackupFileFields } from './backup-file-fields'

/** What the user types to agree to lose the records: it names how many. */
export function orphanDeletionPhrase(recordCount: number): string {
  return `delete ${recordCount} ${recordCount === 1 ? 'record' : 'records'}`
}

export type OrphanedRecordsScreenProps = {
  recordCount: number
  onRestore: (backup: string, passphrase: string) => Promise<void>
  /** The user typed the confirmation: go on to create a new vault, which deletes exactly this many records. */
  onStartOver: (recordCount: number) => void
}

/**
 * Records are here but the header that holds their key is not (a cleaning extension, a partial restore, a bug).
 * A backup carries the header, so restoring from one brings everything back; starting over needs a typed yes.
 */
export function OrphanedRecordsScreen({ recordCount, onRestore, onStartOver }: OrphanedRecordsScreenProps) {
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [typed, setTyped] = useState('')
  const phrase = orphanDeletionPhrase(recordCount)
  const confirmed = typed.trim().toLowerCase() === phrase

  async function restore(event: FormEvent) {
    event.preventDefault()
    if (file === undefined || passphrase === '') {
      setFailure('Choose the backup file and type the passphrase it was exported with.')
      return
    }
    setBusy(true)
    setFailure(undefined)
    try {
      await onRestore(await file.text(), passphrase)
    } catch (error) {
      setFailure(errorSentence(error))
      setBusy(false)
    }
  }

  function startOver(event: FormEvent) {
    event.preventDefault()
    if (confirmed) onStartOver(recordCount)
  }

  const records = recordCount === 1 ? '1 encrypted record' : `${recordCount} encrypted records`
  return (
    <div className="mx-auto flex max-w-md flex-col gap-8 py-12" data-testid="vault-orphaned">
      <Notice tone="error" title={`Rialto found ${records} of your private chat, but not the key to open them.`}>
        The vault’s header, which holds the key, is missing from this browser (a cleaning extension, a partial restore
        or a bug can remove it). The records are still here and nothing has been deleted. A backup you exported carries
        the header: restoring from it opens them all again.
      </Notice>
      <form onSubmit={restore} className="flex flex-col gap-3" data-testid="orphaned-restore">
        <h2 className="text-lg font-semibold">Restore from a backup</h2>
        <BackupFileFields
          idPrefix="restore"
          fileLabel="Backup file"
          onFile={setFile}
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          hint="Records here and in the backup are merged; nothing is overwritten."
        />
        {failure ? <Notice tone="error" title={failure} /> : null}
        <Button type="submit" disabled={busy}>
          {busy ? 'Restoring…' : 'Restore'}
        </Button>
      </form>
      <form onSubmit={startOver} className="flex flex-col gap-3" data-testid="orphaned-start-over">
        <h2 className="text-lg font-semibold text-rose-200">Start over without them</h2>
        <p className="text-xs text-slate-400">
          Creating a new vault deletes the {records} for good: without the header nobody can open them again.
        </p>
        <TextField
          id="orphan-confirmation"
          label={`Type “${phrase}” to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" variant="danger" disabled={!confirmed}>
          Delete them and set a new passphrase
        </Button>
      </form>
    </div>
  )
}
