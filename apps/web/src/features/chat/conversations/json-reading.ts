import type { JsonValue } from '@rialto/vault/json-value'

/** A decrypted record's object, read field by field: records come from our own code, but from any past version. */
export type JsonObject = { [key in string]?: JsonValue }

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readString(object: JsonObject, key: string): string | undefined {
  const value = object[key]
  return typeof value === 'string' ? value : undefined
}

export function readNumber(object: JsonObject, key: string): number | undefined {
  const value = object[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** The objects in an array field; anything else in it is skipped. */
export function readObjects(object: JsonObject, key: string): JsonObject[] {
  const value = object[key]
  return Array.isArray(value) ? value.filter(isJsonObject) : []
}
