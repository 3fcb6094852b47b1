'use client'

import { useSyncExternalStore } from 'react'
import { devAccountControls } from './dev-account-controls'
import { devWalletAccounts } from './dev-accounts'

const controls = devAccountControls
const subscribe = (listener: () => void) => controls.subscribe(listener)

/** Dev account only: pick which of anvil's accounts #0–#7 (or the smart account) signs, and arm a rejection to try that path. */
export function DevAccountMenu() {
  const index = useSyncExternalStore(subscribe, controls.accountIndex, () => 0)
  const rejectNext = useSyncExternalStore(subscribe, controls.rejectsNextSignature, () => false)

  return (
    <div className="flex items-center gap-3 rounded-lg border border-amber-400/20 bg-amber-400/5 px-3 py-1.5 text-xs">
      <label className="flex items-center gap-1.5 text-amber-200">
        Dev account
        <select
          data-testid="dev-account-select"
          className="rounded bg-black/30 px-1 py-0.5 font-mono text-slate-100"
          value={index}
          onChange={(event) => controls.selectAccount(Number(event.target.value))}
        >
          {devWalletAccounts.map(({ index: accountIndex, address, label }) => (
            <option key={address} value={accountIndex}>
              #{accountIndex} {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1.5 text-slate-300">
        <input
          type="checkbox"
          data-testid="dev-account-reject-next"
          checked={rejectNext}
          onChange={(event) => controls.setRejectNextSignature(event.target.checked)}
        />
        Reject next signature
      </label>
    </div>
  )
}
