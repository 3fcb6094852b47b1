import { fromBase64, toBase64 } from './base64'
import { InvalidExportError, UnsupportedVersionError, VaultNotFoundError } from './errors'
import { isPlainObject, isSafeInteger } from './json-shape'
import { type JsonValue, parseJsonValue } from './json-value'
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
  const iv = fromBase64(file.seal.iv)
  const tag = fromBase64(file.seal.tag)
  if (iv?.length !== 12 || tag?.length !== 16) throw new InvalidExportError({ reason: 'altered' })
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
  const unreadable = () => new InvalidExportError({ reason: 'unreadable' })
  const parsed = parseJsonValue(text)
  if (!isPlainObject(parsed) || parsed.format !== exportFormat || !isSafeInteger(parsed.version, 1)) throw unreadable()
  if (parsed.version !== exportFormatVersion) {
    throw new UnsupportedVersionError({ foundVersion: parsed.version, supportedVersion: exportFormatVersion })
  }
  const { header, records, seal } = parsed
  if (typeof header !== 'string' || !Array.isArray(records) || !isPlainObject(seal)) throw unreadable()
  if (typeof seal.iv !== 'string' || typeof seal.tag !== 'string') throw unreadable()
  const pairs: [string, string][] = []
  const ids = new Set<string>()
  for (const entry of records) {
    if (!Array.isArray(entry) || entry.length !== 2) throw unreadable()
    const [id, envelope] = entry
    if (typeof id !== 'string' || id.length === 0 || typeof envelope !== 'string' || ids.has(id)) throw unreadable()
    ids.add(id)
    pairs.push([id, envelope])
  }
  return {
    format: exportFormat,
    version: exportFormatVersion,
    header,
    records: pairs,
    seal: { iv: seal.iv, tag: seal.tag },
  }
}
