import { fromBase64 } from './base64'
import { TamperedRecordError, UnsupportedVersionError } from './errors'
import { isPlainObject, isSafeInteger } from './json-shape'
import { parseJsonValue } from './json-value'

export const vaultFormat = 'rialto-vault'
export const vaultFormatVersion = 1
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Stored per vault, so it can be raised without breaking old vaults. */
export const defaultIterations = 600_000
/** A header (or an imported file) asking for more than this is refused rather than freezing the tab. */
export const maxIterations = 10_000_000

/** Refuses iteration counts that `parseVaultHeader` would later reject, so no vault is written that cannot open. */
export function assertIterations(iterations: number): number {
  if (!isSafeInteger(iterations, 1) || iterations > maxIterations) {
    throw new RangeError(`PBKDF2 iterations must be a whole number from 1 to ${maxIterations}.`)
  }
  return iterations
}

export type KdfParams = { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
export type WrappedDataKey = { wrap: 'AES-GCM'; iv: string; wrapped: string }

/** The one unencrypted entry: what is needed to turn a passphrase into the data key. See FORMAT.md. */
export type VaultHeader = {
  format: typeof vaultFormat
  version: typeof vaultFormatVersion
  vaultId: string
  kdf: KdfParams
  dataKey: WrappedDataKey
}

export function serializeVaultHeader(header: VaultHeader): string {
  return JSON.stringify(header)
}

/** Reads a stored header, refusing anything malformed (`TamperedRecordError`) or from another format version. */
export function parseVaultHeader(text: string): VaultHeader {
  const damaged = () => new TamperedRecordError({ recordId: 'header' })
  const parsed = parseJsonValue(text)
  if (!isPlainObject(parsed) || parsed.format !== vaultFormat) throw damaged()
  if (!isSafeInteger(parsed.version, 1)) throw damaged()
  if (parsed.version !== vaultFormatVersion) {
    throw new UnsupportedVersionError({ foundVersion: parsed.version, supportedVersion: vaultFormatVersion })
  }
  const { vaultId, kdf, dataKey } = parsed
  if (!isBase64OfLength(vaultId, 16) || !isPlainObject(kdf) || !isPlainObject(dataKey)) throw damaged()
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || !isBase64OfLength(kdf.salt, 16)) throw damaged()
  if (!isSafeInteger(kdf.iterations, 1) || kdf.iterations > maxIterations) throw damaged()
  // 32 key bytes plus the 16-byte GCM tag.
  if (dataKey.wrap !== 'AES-GCM' || !isBase64OfLength(dataKey.iv, 12) || !isBase64OfLength(dataKey.wrapped, 48)) {
    throw damaged()
  }
  return {
    format: vaultFormat,
    version: vaultFormatVersion,
    vaultId,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: kdf.salt },
    dataKey: { wrap: 'AES-GCM', iv: dataKey.iv, wrapped: dataKey.wrapped },
  }
}

function isBase64OfLength(value: unknown, byteLength: number): value is string {
  return typeof value === 'string' && fromBase64(value)?.length === byteLength
}
