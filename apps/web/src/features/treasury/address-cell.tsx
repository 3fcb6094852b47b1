import { shortAddress } from '@rialto/protocol/format'
import { Button } from '@rialto/ui/button'
import { InlineEditForm } from '@rialto/ui/inline-edit-form'
import { type FormEvent, useId, useState } from 'react'
import type { Address } from 'viem'
import type { WatchListProblem } from './use-watch-list'
import { labelMaxLength } from './watch-list'

type AddressCellProps = {
  address: Address
  label: string | undefined
  onRelabel: (address: Address, label: string) => WatchListProblem
  onRemove: (address: Address) => void
}

/** The row's header: its label (or the address), the full address, and renaming and removing it. */
export function AddressCell({ address, label, onRelabel, onRemove }: AddressCellProps) {
  const [editing, setEditing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const inputId = useId()
  const name = label ?? shortAddress(address)

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const input = new FormData(event.currentTarget).get('label')
    const refused = onRelabel(address, typeof input === 'string' ? input : '')
    setProblem(refused)
    if (refused === null) setEditing(false)
  }

  return (
    <th scope="row" className="min-w-56 px-3 py-2 text-left align-top font-normal">
      {editing ? (
        <div>
          <InlineEditForm
            id={inputId}
            name="label"
            label={`Label for ${address}`}
            defaultValue={label ?? ''}
            maxLength={labelMaxLength + 20}
            onSubmit={save}
            data-testid="treasury-label-input"
            autoFocus
          />
          {problem ? (
            <p role="alert" className="mt-1 text-xs text-rose-300" data-testid="treasury-label-error">
              {problem}
            </p>
          ) : null}
        </div>
      ) : (
        <span className="block font-medium text-slate-100" data-testid="treasury-label">
          {name}
        </span>
      )}
      <span className="block font-mono text-xs text-slate-400" data-testid="treasury-address">
        {address}
      </span>
      <span className="mt-1 flex flex-wrap gap-1">
        {editing ? null : (
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={`Rename ${name}`}>
            Rename
          </Button>
        )}
        <Button variant="ghost" size="sm" onClick={() => onRemove(address)} aria-label={`Remove ${name}`}>
          Remove
        </Button>
        <a
          className="inline-flex h-8 items-center px-3 text-xs font-medium text-amber-300 hover:underline"
          href={`/treasury/history.csv?address=${address}`}
          download
          aria-label={`History CSV of ${name}`}
        >
          History CSV
        </a>
      </span>
    </th>
  )
}
