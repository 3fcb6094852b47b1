import { Button } from '@rialto/ui/button'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useState } from 'react'
import type { WatchListProblem } from './use-watch-list'
import { labelMaxLength, watchListLimit } from './watch-list'

type WatchListFormProps = {
  count: number
  onAdd: (addresses: string, label: string) => WatchListProblem
}

/** Adds one address or a pasted list, with an optional label; a refused entry keeps the text for correcting. */
export function WatchListForm({ count, onAdd }: WatchListFormProps) {
  const [addresses, setAddresses] = useState('')
  const [label, setLabel] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const refused = onAdd(addresses, label)
    setProblem(refused)
    if (refused !== null) return
    setAddresses('')
    setLabel('')
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-start" data-testid="watch-list-form">
      <TextField
        id="treasury-addresses"
        className="flex-[2]"
        label="Address to watch"
        placeholder="0x… (or several, separated by commas)"
        spellCheck={false}
        value={addresses}
        onChange={(event) => setAddresses(event.target.value)}
        error={problem ?? undefined}
        hint={`${count} of ${watchListLimit} watched. Read-only: nothing here can move funds.`}
        data-testid="watch-list-input"
      />
      <TextField
        id="treasury-label"
        className="flex-1"
        label="Label (optional, kept in this browser)"
        placeholder="e.g. Operations"
        maxLength={labelMaxLength + 20}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        data-testid="watch-list-label"
      />
      <Button type="submit" className="sm:mt-6" data-testid="watch-list-add">
        Watch
      </Button>
    </form>
  )
}
