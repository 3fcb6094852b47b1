import type { RecipientParse } from './recipient'

type RecipientFieldProps = { value: string; onChange: (value: string) => void; recipient: RecipientParse }

/** "Advanced": stake for someone else. The sVVV is theirs and cannot be sent back. */
export function RecipientField({ value, onChange, recipient }: RecipientFieldProps) {
  return (
    <details className="rounded-lg border border-white/10 px-3 py-2 text-sm" open={value !== ''}>
      <summary className="cursor-pointer text-slate-300">Advanced: stake for another address</summary>
      <div className="mt-3 flex flex-col gap-1.5">
        <label htmlFor="stake-recipient" className="text-xs font-medium text-slate-300">
          Recipient of the sVVV (leave empty for yourself)
        </label>
        <input
          id="stake-recipient"
          data-testid="stake-recipient"
          className="h-10 rounded-lg border border-white/10 bg-black/20 px-3 font-mono text-sm text-slate-50 outline-none focus:border-amber-400/60"
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={recipient.ok ? undefined : true}
        />
        {!recipient.ok ? (
          <p className="text-xs text-rose-300" data-testid="stake-recipient-error">
            {recipient.reason}
          </p>
        ) : !recipient.isSelf ? (
          <p className="text-xs text-amber-200" role="status" data-testid="stake-recipient-warning">
            The sVVV goes to {recipient.address}, not to you. sVVV cannot be transferred: only that address can unstake
            it or claim its rewards.
          </p>
        ) : null}
      </div>
    </details>
  )
}
