import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import type { Vault } from '@rialto/vault/vault'
import { type FormEvent, useState } from 'react'
import { errorSentence } from '../errors/error-sentence'
import type { ChatStore } from '../store/chat-store'
import { absorbImport } from './absorb-import'
import { BackupFileFields } from './backup-file-fields'
import { downloadExportFile } from './browser-vault'
import { importSummary } from './import-summary'

export type BackupSectionProps = {
  vault: Vault
  store: ChatStore
  /** After an import: the list, memories and settings may all have changed. */
  onImported: () => void
}

/** Encrypted export to a file, and import that merges (never overwrites) and reports what it did. */
export function BackupSection({ vault, store, onImported }: BackupSectionProps) {
  const [file, setFile] = useState<File>()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: string[] }>()

  async function exportBackup() {
    setOutcome(undefined)
    try {
      downloadExportFile(await vault.exportFile())
    } catch (error) {
      setOutcome({ ok: false, lines: [errorSentence(error)] })
    }
  }

  async function importBackup(event: FormEvent) {
    event.preventDefault()
    if (file === undefined || passphrase === '') return
    setBusy(true)
    setOutcome(undefined)
    try {
      const report = await vault.importFile(await file.text(), passphrase)
      const absorbed = await absorbImport(vault, store, report)
      setOutcome({ ok: true, lines: importSummary(report, absorbed) })
      setPassphrase('')
      onImported()
    } catch (error) {
      setOutcome({ ok: false, lines: [errorSentence(error)] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-3" data-testid="backup">
      <h3 className="text-sm font-medium text-slate-200">Backup</h3>
      <p className="text-xs text-slate-400">
        The backup file is encrypted like the vault: it opens with the passphrase you have when you export it.
      </p>
      <Button variant="secondary" onClick={exportBackup}>
        Export an encrypted backup
      </Button>
      <form onSubmit={importBackup} className="flex flex-col gap-3">
        <BackupFileFields
          idPrefix="import"
          fileLabel="Backup file to import"
          onFile={setFile}
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          hint="Nothing here is overwritten: what differs is kept beside your own."
        />
        <Button type="submit" variant="secondary" disabled={busy || file === undefined || passphrase === ''}>
          {busy ? 'Importing…' : 'Import'}
        </Button>
      </form>
      {outcome ? (
        <Notice
          tone={outcome.ok ? 'info' : 'error'}
          title={outcome.ok ? 'Imported.' : 'Nothing was imported.'}
          data-testid="import-report"
        >
          <ul>
            {outcome.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  )
}
