import * as v from 'valibot'
import { base64OfLength } from './base64'
import { TamperedRecordError, UnsupportedVersionError } from './errors'
import { jsonObject, parseJsonValue, safeIntegerFrom } from './json-value'

export const vaultFormat = 'rialto-vault'
export const vaultFormatVersion = 1
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Stored per vault, so it can be raised without breaking old vaults. */
export const defaultIterations = 600_000
/** A header (or an imported file) asking for more than this is refused rather than freezing the tab. */
export const maxIterations = 10_000_000

const iterationsSchema = v.pipe(safeIntegerFrom(1), v.maxValue(maxIterations))

/** Refuses iteration counts that `parseVaultHeader` would later reject, so no vault is written that cannot open. */
export function assertIterations(iterations: number): number {
  if (!v.is(iterationsSchema, iterations)) {
    throw new RangeError(`PBKDF2 iterations must be a whole number from 1 to ${maxIterations}.`)
  }
  return iterations
}

const kdfParamsSchema = jsonObject({
  name: v.literal('PBKDF2'),
  hash: v.literal('SHA-256'),
  iterations: iterationsSchema,
  salt: base64OfLength(16),
})

const wrappedDataKeySchema = jsonObject({
  wrap: v.literal('AES-GCM'),
  iv: base64OfLength(12),
  // 32 key bytes plus the 16-byte GCM tag.
  wrapped: base64OfLength(48),
})

/** The one unencrypted entry: what is needed to turn a passphrase into the data key. See FORMAT.md. */
export const vaultHeaderSchema = jsonObject({
  format: v.literal(vaultFormat),
  version: v.literal(vaultFormatVersion),
  vaultId: base64OfLength(16),
  kdf: kdfParamsSchema,
  dataKey: wrappedDataKeySchema,
})

/** Read before the rest, so that a header from a newer Rialto is reported as such rather than as damaged. */
const headerVersionSchema = jsonObject({ format: v.literal(vaultFormat), version: safeIntegerFrom(1) })

export type KdfParams = v.InferOutput<typeof kdfParamsSchema>
export type WrappedDataKey = v.InferOutput<typeof wrappedDataKeySchema>
export type VaultHeader = v.InferOutput<typeof vaultHeaderSchema>

export function serializeVaultHeader(header: VaultHeader): string {
  return JSON.stringify(header)
}

/** Reads a stored header, refusing anything malformed (`TamperedRecordError`) or from another format version. */
export function parseVaultHeader(text: string): VaultHeader {
  const parsed = parseJsonValue(text)
  const versioned = v.safeParse(headerVersionSchema, parsed)
  if (versioned.success && versioned.output.version !== vaultFormatVersion) {
    throw new UnsupportedVersionError({ foundVersion: versioned.output.version, supportedVersion: vaultFormatVersion })
  }
  const header = v.safeParse(vaultHeaderSchema, parsed)
  if (!header.success) throw new TamperedRecordError({ recordId: 'header' })
  return header.output
}
