import type { JsonValue } from './json-value'

export type VaultRecord = { id: string; revision: number; value: JsonValue }

export type WriteOptions = {
  /**
   * The revision the caller last read (0: the record must not exist yet). Defaults to the revision this handle
   * last read or wrote for the id, so a save never overwrites a newer write from another tab.
   */
  expectedRevision?: number
}
