import * as v from 'valibot'
import { base64Bytes, toBase64 } from './base64'
import { InvalidExportError, UnsupportedVersionError, VaultNotFoundError } from './errors'
import { type JsonValue, jsonObject, parseJsonValue, safeIntegerFrom } from './json-value'
import { unlockDataKey } from './key-wrapping'
import { randomBytes } from './random-bytes'
import { openRecord } from './record-envelope'
import type { VaultStorage } from './storage'
import { recordKey, storageKeys } from './storage-keys'
import { parseVaultHeader, type VaultHeader } from './vault-header'

export const exportFormat = 'rialto-vault-export'
export const exportFormatVersion = 1

/** Stored strings are carried verbatim, so the file holds exactly the ciphertext that was at rest. See FORMAT.md. */
export type ExportFile = {
  format: typeof exportFormat
  version: typeof exportFormatVersion
  header: string
  records: [id: string, envelope: string][]
  seal: { iv: string; tag: string }
}

/** One entry per record: an id that is empty or listed twice cannot be what the exporting vault held. */
const exportedRecordsSchema = v.pipe(
  v.array(v.strictTuple([v.pipe(v.string(), v.nonEmpty()), v.string()])),
  v.check((records) => new Set(records.map(([id]) => id)).size === records.length),
)

const exportFileSchema = jsonObject({
  format: v.literal(exportFormat),
  version: v.literal(exportFormatVersion),
  header: v.string(),
  records: exportedRecordsSchema,
  seal: jsonObject({ iv: v.string(), tag: v.string() }),
})

/** Read before the rest, so that a file from a newer Rialto is reported as such rather than as unreadable. */
const exportVersionSchema = jsonObject({ format: v.literal(exportFormat), version: safeIntegerFrom(1) })

/** The seal's bytes; checked after the file's shape because a wrong seal means "altered", not "unreadable". */
const sealBytesSchema = jsonObject({ iv: v.pipe(base64Bytes, v.length(12)), tag: v.pipe(base64Bytes, v.length(16)) })

/**
 * The seal is AES-GCM over no plaintext, with the whole file as additional data: a tag that only the data key
 * can produce, so dropping, reordering or replaying records is caught, not only flipped bits.
 */
function sealAad(file: Pick<ExportFile, 'header' | 'records'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    JSON.stringify(['rialto-vault/export', exportFormatVersion, file.header, file.records]),
  )
}

export async function sealExportFile({
  dataKey,
  header,
  records,
}: {
  dataKey: CryptoKey
  header: string
  records: [string, string][]
}): Promise<string> {
  const sorted = [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const iv = randomBytes(12)
  const aad = sealAad({ header, records: sorted })
  const tag = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, dataKey, new Uint8Array())
  const file: ExportFile = {
    format: exportFormat,
    version: exportFormatVersion,
    header,
    records: sorted,
    seal: { iv: toBase64(iv), tag: toBase64(new Uint8Array(tag)) },
  }
  return JSON.stringify(file)
}

/** Reads the header and the records `ids` verbatim into a sealed export file. */
export async function exportVaultFile({
  storage,
  vaultId,
  dataKey,
  ids,
}: {
  storage: VaultStorage
  vaultId: string
  dataKey: CryptoKey
  ids: string[]
}): Promise<string> {
  const header = storage.getItem(storageKeys.header)
  // Wiped, or replaced by another vault in another tab: this key cannot vouch for that header.
  if (header === null || parseVaultHeader(header).vaultId !== vaultId) throw new VaultNotFoundError()
  const records: [string, string][] = []
  for (const id of ids) {
    const stored = storage.getItem(recordKey(id))
    if (stored === null) continue
    // Checked now, so a backup never carries a record that its import would reject.
    await openRecord({ dataKey, vaultId, recordId: id, stored })
    records.push([id, stored])
  }
  return sealExportFile({ dataKey, header, records })
}

/** Checks the seal with the key the file's own header unwraps under `passphrase`. Nothing is written anywhere. */
export async function verifyExportFile(
  text: string,
  passphrase: string,
): Promise<{ file: ExportFile; header: VaultHeader; dataKey: CryptoKey }> {
  const file = parseExportFile(text)
  const header = parseVaultHeader(file.header)
  const dataKey = await unlockDataKey(passphrase, header)
  const seal = v.safeParse(sealBytesSchema, file.seal)
  if (!seal.success) throw new InvalidExportError({ reason: 'altered' })
  const { iv, tag } = seal.output
  try {
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: sealAad(file) }, dataKey, tag)
  } catch (error) {
    throw new InvalidExportError({ reason: 'altered' }, { cause: error })
  }
  return { file, header, dataKey }
}

/** Verifies the whole file and decrypts every record, or throws. Nothing is written anywhere. */
export async function openExportFile(text: string, passphrase: string): Promise<OpenedExport> {
  return decryptExportRecords(await verifyExportFile(text, passphrase))
}

export type OpenedExport = { vaultId: string; records: { id: string; value: JsonValue }[] }

export async function decryptExportRecords({
  file,
  header,
  dataKey,
}: Awaited<ReturnType<typeof verifyExportFile>>): Promise<OpenedExport> {
  const records = []
  for (const [id, stored] of file.records) {
    const { value } = await openRecord({ dataKey, vaultId: header.vaultId, recordId: id, stored })
    records.push({ id, value })
  }
  return { vaultId: header.vaultId, records }
}

function parseExportFile(text: string): ExportFile {
  const parsed = parseJsonValue(text)
  const versioned = v.safeParse(exportVersionSchema, parsed)
  if (versioned.success && versioned.output.version !== exportFormatVersion) {
    throw new UnsupportedVersionError({ foundVersion: versioned.output.version, supportedVersion: exportFormatVersion })
  }
  const file = v.safeParse(exportFileSchema, parsed)
  if (!file.success) throw new InvalidExportError({ reason: 'unreadable' })
  return file.output
}
