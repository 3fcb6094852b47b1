import type { VeniceModel } from '@rialto/venice-api/list-models'

export type ModelPickerProps = {
  models: readonly VeniceModel[] | undefined
  value: string
  loading: boolean
  onChange: (modelId: string) => void
}

/** The model menu, from the endpoint's `GET /models`. */
export function ModelPicker({ models, value, loading, onChange }: ModelPickerProps) {
  const known = models?.some((model) => model.id === value) ?? false
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="chat-model" className="text-xs text-slate-400">
        Model
      </label>
      <select
        id="chat-model"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={models === undefined || models.length === 0}
        className="h-8 max-w-56 rounded-md border border-white/10 bg-black/30 px-2 text-sm text-slate-100"
      >
        {models === undefined || models.length === 0 ? (
          <option value="">{loading ? 'Loading models…' : 'No models yet'}</option>
        ) : null}
        {value !== '' && models !== undefined && !known ? <option value={value}>{value}</option> : null}
        {models?.map((model) => (
          <option key={model.id} value={model.id}>
            {model.name && model.name !== model.id ? `${model.name} (${model.id})` : model.id}
            {model.privacy === 'anonymized' ? ' · anonymized' : ''}
          </option>
        ))}
      </select>
    </div>
  )
}
