import * as v from 'valibot'
import { TamperedRecordError } from './errors'
import { anyJsonObject, type JsonValue, safeIntegerFrom } from './json-value'
import { openRecord, revisionLabel, revisionSchema, sealRecord } from './record-envelope'
import { type VaultStorage, writeItem } from './storage'
import { recordIdOf, storageKeys } from './storage-keys'

/**
 * The revision map binds every record's revision to the rest of the vault, so that one record put back to an older
 * genuine copy is caught after a fresh unlock too, not only by a tab that saw the newer one.
 *
 * It is a two-level tree, encrypted and authenticated like records: bucket `k` maps the ids that hash to `k` to
 * their revision, and the root lists every bucket's revision. A save rewrites its record, one bucket and the root,
 * so the bytes per save grow with 1/64 of the number of records, not with all of them. See FORMAT.md.
 */

export const bucketCount = 64

type MapContext = { storage: VaultStorage; vaultId: string; dataKey: CryptoKey }

/** What the unlock found when it compared the records with the map. */
export type IntegrityReport = {
  /** Records stored at an older revision than the vault last wrote: each is refused when read. */
  rolledBack: string[]
  /** Records the map lists that are gone from storage: deleted outside Rialto. */
  missing: string[]
  /**
   * The map is older than the records it describes (it was put back from an older copy, or removed), so a
   * record rolled back together with it would go unnoticed.
   */
  mapOutdated: boolean
}

const rootItemId = 'root'
const itemKey = (itemId: string) => storageKeys.revisionsPrefix + itemId

/** FNV-1a over the id's UTF-16 code units: cheap and even enough for random ids, and the same in every tab. */
export function bucketOf(recordId: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < recordId.length; index++) {
    hash ^= recordId.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % bucketCount
}

type MapItem<T> =
  | { state: 'absent'; stored: null }
  | { state: 'damaged'; stored: string }
  | { state: 'ok'; stored: string; revision: number; value: T }

async function readItem<T>(
  { storage, vaultId, dataKey }: MapContext,
  itemId: string,
  schema: v.GenericSchema<unknown, T>,
): Promise<MapItem<T>> {
  const stored = storage.getItem(itemKey(itemId))
  if (stored === null) return { state: 'absent', stored }
  try {
    const opened = await openRecord({ dataKey, vaultId, recordId: itemId, space: 'revisions', stored })
    const parsed = v.safeParse(schema, opened.value)
    return parsed.success
      ? { state: 'ok', stored, revision: opened.revision, value: parsed.output }
      : { state: 'damaged', stored }
  } catch (error) {
    if (error instanceof TamperedRecordError) return { state: 'damaged', stored }
    throw error
  }
}

type Bucket = Record<string, number>

/** Bucket items: record id → revision. Read entry by entry, not with `v.record`, which skips some valid ids. */
const bucketSchema = v.pipe(
  anyJsonObject,
  v.transform((bucket) => Object.entries(bucket)),
  v.array(v.tuple([v.string(), revisionSchema])),
  v.transform((entries) => {
    const bucket: Bucket = {}
    for (const [id, revision] of entries) bucket[id] = revision
    return bucket
  }),
)

/** The root item: every bucket's revision, 0 for a bucket never written. */
const rootSchema = v.pipe(v.array(safeIntegerFrom(0)), v.length(bucketCount))

const readBucket = (context: MapContext, bucket: number) => readItem(context, String(bucket), bucketSchema)
const readRoot = (context: MapContext) => readItem(context, rootItemId, rootSchema)

/** The revision label of every record in storage (`undefined`: unreadable, reported when it is opened). */
function storedRevisions(storage: VaultStorage): Map<string, number | undefined> {
  const revisions = new Map<string, number | undefined>()
  for (const key of storage.keys()) {
    const id = recordIdOf(key)
    const stored = id === undefined ? null : storage.getItem(key)
    if (id !== undefined && stored !== null) revisions.set(id, revisionLabel(stored))
  }
  return revisions
}

/**
 * Reads the map and compares it with the records: the revision floor per id (a record below it is a rollback), and
 * what was found. A map that lags the records by one write (a tab closed between the record and the map) is
 * normal and repaired; more than that means the map itself was put back. A vault without a map gets one here.
 */
export async function loadRevisionMap(
  context: MapContext,
): Promise<{ floors: Map<string, number>; integrity: IntegrityReport }> {
  const floors = new Map<string, number>()
  const root = await readRoot(context)
  const hasBuckets = context.storage.keys().some((key) => key.startsWith(itemKey('')) && key !== itemKey(rootItemId))
  // The writes a crash can leave undone: more than one of them means an older map.
  let lagging = 0
  let mapOutdated = root.state === 'damaged' || (root.state === 'absent' && hasBuckets)
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const listed = root.state === 'ok' ? (root.value[bucket] ?? 0) : 0
    const item = await readBucket(context, bucket)
    if (item.state === 'ok') {
      for (const [id, revision] of Object.entries(item.value)) floors.set(id, revision)
      if (item.revision < listed) mapOutdated = true
      else lagging += item.revision - listed
    } else if (listed > 0 || item.state === 'damaged') mapOutdated = true
  }
  const rolledBack: string[] = []
  const stored = storedRevisions(context.storage)
  for (const [id, revision] of stored) {
    const floor = floors.get(id)
    if (revision === undefined) continue
    if (floor === undefined) lagging += 1
    else if (revision < floor) rolledBack.push(id)
    else lagging += revision - floor
  }
  const missing = [...floors.keys()].filter((id) => !stored.has(id))
  const firstUse = root.state === 'absent' && !hasBuckets
  if (!firstUse && lagging > 1) mapOutdated = true
  if (firstUse ? stored.size > 0 : lagging > 0 || mapOutdated) {
    await rewriteMap(context, floors, stored)
  }
  return { floors, integrity: { rolledBack: rolledBack.sort(), missing: missing.sort(), mapOutdated } }
}

/** Brings the map up to what storage holds, never lowering a floor (a rolled-back record stays refused). */
async function rewriteMap(context: MapContext, floors: Map<string, number>, stored: Map<string, number | undefined>) {
  for (const [id, revision] of stored) {
    if (revision !== undefined && revision > (floors.get(id) ?? 0)) floors.set(id, revision)
  }
  const buckets = Array.from({ length: bucketCount }, (): Bucket => ({}))
  for (const [id, revision] of floors) {
    const bucket = buckets[bucketOf(id)]
    if (bucket) bucket[id] = revision
  }
  const root = await readRoot(context)
  const rootRevisions = root.state === 'ok' ? [...root.value] : new Array<number>(bucketCount).fill(0)
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const entries = buckets[bucket] ?? {}
    const current = await readBucket(context, bucket)
    if (current.state === 'absent' && Object.keys(entries).length === 0) continue
    const revision = Math.max(current.state === 'ok' ? current.revision : 0, rootRevisions[bucket] ?? 0) + 1
    writeItem(context.storage, itemKey(String(bucket)), await sealItem(context, String(bucket), revision, entries))
    rootRevisions[bucket] = revision
  }
  const rootRevision = (root.state === 'ok' ? root.revision : 0) + 1
  writeItem(context.storage, itemKey(rootItemId), await sealItem(context, rootItemId, rootRevision, rootRevisions))
}

function sealItem({ vaultId, dataKey }: MapContext, itemId: string, revision: number, value: JsonValue) {
  return sealRecord({ dataKey, vaultId, recordId: itemId, space: 'revisions', revision, value })
}

/** Compare-and-set attempts before giving up: only a tab without `navigator.locks` can lose one. */
const maxAttempts = 8

/**
 * Records that `recordId` is now at `revision` (`undefined`: deleted): one bucket write and one root write, each
 * compare-and-set. Call it with the storage's cross-tab lock held.
 */
export async function noteRevision(context: MapContext, recordId: string, revision: number | undefined) {
  const bucket = bucketOf(recordId)
  const bucketId = String(bucket)
  for (let attempt = 1; ; attempt++) {
    const [current, root] = [await readBucket(context, bucket), await readRoot(context)]
    const entries = current.state === 'ok' ? { ...current.value } : revisionsInBucket(context.storage, bucket)
    if (revision === undefined) delete entries[recordId]
    // Exact, not the larger: a record deleted and created again starts over at revision 1.
    else entries[recordId] = revision
    const listed = root.state === 'ok' ? (root.value[bucket] ?? 0) : 0
    const bucketRevision = Math.max(current.state === 'ok' ? current.revision : 0, listed) + 1
    const sealedBucket = await sealItem(context, bucketId, bucketRevision, entries)
    const rootRevisions = root.state === 'ok' ? [...root.value] : new Array<number>(bucketCount).fill(0)
    rootRevisions[bucket] = bucketRevision
    const sealedRoot = await sealItem(context, rootItemId, (root.state === 'ok' ? root.revision : 0) + 1, rootRevisions)
    const unchanged =
      context.storage.getItem(itemKey(bucketId)) === current.stored &&
      context.storage.getItem(itemKey(rootItemId)) === root.stored
    if (unchanged) {
      writeItem(context.storage, itemKey(bucketId), sealedBucket)
      writeItem(context.storage, itemKey(rootItemId), sealedRoot)
      return
    }
    if (attempt === maxAttempts) throw new Error('The revision map kept changing under this tab.')
  }
}

/** A bucket rebuilt from the records' own labels, when the stored one is damaged or missing. */
function revisionsInBucket(storage: VaultStorage, bucket: number): Bucket {
  const entries: Bucket = {}
  for (const [id, revision] of storedRevisions(storage)) {
    if (revision !== undefined && bucketOf(id) === bucket) entries[id] = revision
  }
  return entries
}
