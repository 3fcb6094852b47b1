import { type JsonValue, jsonObject } from '@rialto/vault/json-value'
import * as v from 'valibot'
import { finiteNumber } from '../conversations/lenient-schemas'

/**
 * Where answers come from: Venice straight from the browser, Venice through this app's pass-through route (for
 * when the browser refuses the direct call), or any OpenAI-compatible server the user names.
 */
export type EndpointMode = 'venice' | 'pass-through' | 'custom'

const endpointModes: readonly EndpointMode[] = ['venice', 'pass-through', 'custom']

/** The settings record (the API key lives here, so it is encrypted like everything else). */
export type ChatSettings = {
  endpoint: EndpointMode
  customUrl: string
  /** The Venice key. Never sent to a custom endpoint, which has a key of its own. */
  apiKey: string
  customApiKey: string
  model: string
  autoLockMinutes: number
}

export const defaultAutoLockMinutes = 15
export const autoLockLimits = { min: 1, max: 24 * 60 } as const

export const defaultSettings: ChatSettings = {
  endpoint: 'venice',
  customUrl: '',
  apiKey: '',
  customApiKey: '',
  model: '',
  autoLockMinutes: defaultAutoLockMinutes,
}

export function clampAutoLockMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return defaultAutoLockMinutes
  return Math.min(autoLockLimits.max, Math.max(autoLockLimits.min, Math.round(minutes)))
}

export function settingsToJson(settings: ChatSettings): JsonValue {
  return settings
}

/** Field by field: a setting that is missing (saved before it existed) or unreadable takes its default. */
const settingsSchema = v.fallback(
  jsonObject({
    endpoint: v.fallback(v.picklist(endpointModes), defaultSettings.endpoint),
    customUrl: v.fallback(v.string(), defaultSettings.customUrl),
    apiKey: v.fallback(v.string(), defaultSettings.apiKey),
    customApiKey: v.fallback(v.string(), defaultSettings.customApiKey),
    model: v.fallback(v.string(), defaultSettings.model),
    autoLockMinutes: v.fallback(
      v.pipe(finiteNumber, v.transform(clampAutoLockMinutes)),
      defaultSettings.autoLockMinutes,
    ),
  }),
  defaultSettings,
)

export function parseSettings(value: JsonValue | undefined): ChatSettings {
  return v.parse(settingsSchema, value)
}
