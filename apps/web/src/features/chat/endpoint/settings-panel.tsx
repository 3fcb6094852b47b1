import { Button } from '@rialto/ui/button'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useState } from 'react'
import { autoLockLimits, type ChatSettings, clampAutoLockMinutes, type EndpointMode } from './chat-settings'
import { customUrlProblem } from './endpoint'

const endpointChoices: { mode: EndpointMode; label: string; detail: string }[] = [
  {
    mode: 'venice',
    label: 'Venice, directly',
    detail: 'Your browser sends messages straight to api.venice.ai.',
  },
  {
    mode: 'pass-through',
    label: 'Venice, through Rialto’s pass-through',
    detail:
      'For browsers that block the direct call. Rialto’s server forwards each request to api.venice.ai and stores and logs nothing.',
  },
  {
    mode: 'custom',
    label: 'A custom endpoint',
    detail: 'Any OpenAI-compatible API, such as a model running on your own machine.',
  },
]

export type SettingsPanelProps = {
  settings: ChatSettings
  /** Resolves `true` once the vault stored the settings. */
  onSave: (patch: Partial<ChatSettings>) => Promise<boolean>
}

/** Endpoint, API key and auto-lock. Everything here is stored encrypted in the vault. */
export function SettingsPanel({ settings, onSave }: SettingsPanelProps) {
  // What the form started from: fields left alone are not saved, even if another tab changed them meanwhile.
  const [base, setBase] = useState(settings)
  const [endpoint, setEndpoint] = useState(settings.endpoint)
  const [customUrl, setCustomUrl] = useState(settings.customUrl)
  const [apiKey, setApiKey] = useState(settings.apiKey)
  const [customApiKey, setCustomApiKey] = useState(settings.customApiKey)
  // The key field edits the key of the endpoint chosen: Venice's key never goes to a custom server.
  const [shownKey, setShownKey] = endpoint === 'custom' ? [customApiKey, setCustomApiKey] : [apiKey, setApiKey]
  const [autoLock, setAutoLock] = useState(String(settings.autoLockMinutes))
  const [attempted, setAttempted] = useState(false)
  const [saved, setSaved] = useState(false)
  const urlProblem = endpoint === 'custom' ? customUrlProblem(customUrl) : undefined

  async function save(event: FormEvent) {
    event.preventDefault()
    setAttempted(true)
    setSaved(false)
    if (urlProblem !== undefined) return
    const autoLockMinutes = clampAutoLockMinutes(Number(autoLock))
    setAutoLock(String(autoLockMinutes))
    const form = {
      endpoint,
      customUrl: customUrl.trim(),
      apiKey: apiKey.trim(),
      customApiKey: customApiKey.trim(),
      autoLockMinutes,
    }
    const ok = await onSave(changedFields(base, form))
    if (ok) setBase({ ...base, ...form })
    setSaved(ok)
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-4" data-testid="settings-panel">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-xs font-medium text-slate-300">Where answers come from</legend>
        {endpointChoices.map((choice) => (
          <label key={choice.mode} className="flex items-start gap-2 text-sm text-slate-200">
            <input
              type="radio"
              name="endpoint"
              value={choice.mode}
              checked={endpoint === choice.mode}
              onChange={() => setEndpoint(choice.mode)}
              className="mt-1"
            />
            <span>
              {choice.label}
              <span className="block text-xs text-slate-400">{choice.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {endpoint === 'custom' ? (
        <TextField
          id="custom-endpoint-url"
          label="Custom endpoint URL"
          placeholder="http://127.0.0.1:11434/v1"
          value={customUrl}
          onChange={(event) => setCustomUrl(event.target.value)}
          error={attempted ? urlProblem : undefined}
          hint="The base URL, ending before /chat/completions."
        />
      ) : null}
      <TextField
        id="api-key"
        label={endpoint === 'custom' ? 'API key for this endpoint' : 'Venice API key'}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={shownKey}
        onChange={(event) => setShownKey(event.target.value)}
        hint={
          endpoint === 'custom'
            ? 'Leave empty if the server needs none.'
            : 'Create one in your Venice account under API. It is stored encrypted in this browser only.'
        }
      />
      <TextField
        id="auto-lock-minutes"
        label="Lock after this many idle minutes"
        type="number"
        min={autoLockLimits.min}
        max={autoLockLimits.max}
        value={autoLock}
        onChange={(event) => setAutoLock(event.target.value)}
      />
      <div className="flex items-center gap-3">
        <Button type="submit">Save settings</Button>
        {saved ? (
          <span role="status" className="text-xs text-emerald-300">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  )
}

/** Only what this form changed: a setting another tab saved meanwhile is not overwritten by this form's old copy. */
function changedFields(stored: ChatSettings, form: Omit<ChatSettings, 'model'>): Partial<ChatSettings> {
  const patch: Partial<ChatSettings> = {}
  if (form.endpoint !== stored.endpoint) patch.endpoint = form.endpoint
  if (form.customUrl !== stored.customUrl) patch.customUrl = form.customUrl
  if (form.apiKey !== stored.apiKey) patch.apiKey = form.apiKey
  if (form.customApiKey !== stored.customApiKey) patch.customApiKey = form.customApiKey
  if (form.autoLockMinutes !== stored.autoLockMinutes) patch.autoLockMinutes = form.autoLockMinutes
  return patch
}
