import { TextField } from '@rialto/ui/text-field'
import type { ReactNode } from 'react'

export type BackupFileFieldsProps = {
  /** Tells the two places apart (import into an open vault, restore a missing header). */
  idPrefix: string
  fileLabel: string
  onFile: (file: File | undefined) => void
  passphrase: string
  onPassphrase: (passphrase: string) => void
  hint: ReactNode
}

/** The backup file and the passphrase it was exported with: what opening a backup needs. */
export function BackupFileFields({
  idPrefix,
  fileLabel,
  onFile,
  passphrase,
  onPassphrase,
  hint,
}: BackupFileFieldsProps) {
  return (
    <>
      <label className="flex flex-col gap-1.5 text-xs font-medium text-slate-300">
        {fileLabel}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => onFile(event.target.files?.[0])}
          className="text-xs text-slate-400"
        />
      </label>
      <TextField
        id={`${idPrefix}-passphrase`}
        label="The backup’s passphrase"
        type="password"
        // Not the passphrase of this browser's vault: offering to save it would mix the two up.
        autoComplete="off"
        value={passphrase}
        onChange={(event) => onPassphrase(event.target.value)}
        hint={hint}
      />
    </>
  )
}
