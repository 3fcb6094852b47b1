import type { JsonValue } from '@rialto/vault/json-value'
import { isJsonObject, readNumber, readString } from '../conversations/json-reading'

/**
 * Where answers come from: Venice straight from the browser, Venice through this app's pass-through route (for
 * when the browser refuses the direct call), or any OpenAI-compatible server the user names.
 */
export type EndpointMode = 'venice' | 'pass-through' | 'custom'

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

export function parseSettings(value: JsonValue | undefined): ChatSettings {
  if (!isJsonObject(value)) return defaultSettings
  const endpoint = readString(value, 'endpoint')
  return {
    endpoint: endpoint === 'pass-through' || endpoint === 'custom' ? endpoint : 'venice',
    customUrl: readString(value, 'customUrl') ?? '',
    apiKey: readString(value, 'apiKey') ?? '',
    customApiKey: readString(value, 'customApiKey') ?? '',
    model: readString(value, 'model') ?? '',
    autoLockMinutes: clampAutoLockMinutes(readNumber(value, 'autoLockMinutes') ?? defaultAutoLockMinutes),
  }
}
