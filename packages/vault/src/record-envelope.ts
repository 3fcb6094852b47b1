import * as v from 'valibot'
import { base64Bytes, toBase64 } from './base64'
import { TamperedRecordError, UnsupportedVersionError } from './errors'
import { type JsonValue, jsonObject, parseJsonValue, safeIntegerFrom } from './json-value'
import { randomBytes } from './random-bytes'

export const recordFormatVersion = 1

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** What one storage entry holds. `v` and `rev` are readable but authenticated (they are part of the AAD). */
export type RecordEnvelope = { v: typeof recordFormatVersion; rev: number; iv: string; ct: string }

/** A record's revision: 1 for its first save, one more for each save after. */
export const revisionSchema = safeIntegerFrom(1)

/** A stored envelope with its IV and ciphertext decoded. */
const envelopeSchema = jsonObject({
  v: v.literal(recordFormatVersion),
  rev: revisionSchema,
  iv: v.pipe(base64Bytes, v.length(12)),
  // A GCM ciphertext is its 16-byte tag plus at least one byte (JSON text is never empty).
  ct: v.pipe(base64Bytes, v.minLength(17)),
})

/** Read on its own first, so that a record from a newer Rialto is reported as such rather than as damaged. */
const envelopeVersionSchema = jsonObject({ v: safeIntegerFrom(1) })

/**
 * `space`: the user's records, or the vault's own revision map. Part of the AAD, so a record's ciphertext can
 * never pass for a piece of the map (or the other way round), whatever ids the user picks.
 */
export type RecordAddress = { vaultId: string; recordId: string; space?: 'record' | 'revisions' }

/** JSON array so that no choice of ids can make two different addresses produce the same bytes. */
export function recordAad({
  version,
  vaultId,
  recordId,
  revision,
  space = 'record',
}: RecordAddress & { version: number; revision: number }): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([`rialto-vault/${space}`, version, vaultId, recordId, revision]))
}

/** Encrypts `value` under a fresh random 96-bit IV; returns the string to store. */
export async function sealRecord({
  dataKey,
  revision,
  value,
  ...address
}: RecordAddress & { dataKey: CryptoKey; revision: number; value: JsonValue }): Promise<string> {
  const iv = randomBytes(12)
  const additionalData = recordAad({ ...address, version: recordFormatVersion, revision })
  const plaintext = new TextEncoder().encode(JSON.stringify(value))
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, dataKey, plaintext)
  const envelope: RecordEnvelope = {
    v: recordFormatVersion,
    rev: revision,
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ciphertext)),
  }
  return JSON.stringify(envelope)
}

/** Checks and decrypts a stored record. Anything off (bytes, id, vault, revision label) → `TamperedRecordError`. */
export async function openRecord({
  dataKey,
  stored,
  ...address
}: RecordAddress & { dataKey: CryptoKey; stored: string }): Promise<{ revision: number; value: JsonValue }> {
  const damaged = (cause?: unknown) => new TamperedRecordError({ recordId: address.recordId }, { cause })
  const parsed = parseJsonValue(stored)
  const versioned = v.safeParse(envelopeVersionSchema, parsed)
  if (versioned.success && versioned.output.v !== recordFormatVersion) {
    throw new UnsupportedVersionError({ foundVersion: versioned.output.v, supportedVersion: recordFormatVersion })
  }
  const envelope = parseEnvelope(parsed)
  if (!envelope) throw damaged()
  const additionalData = recordAad({ ...address, version: recordFormatVersion, revision: envelope.rev })
  let text: string
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: envelope.iv, additionalData },
      dataKey,
      envelope.ct,
    )
    text = strictUtf8.decode(plaintext)
  } catch (error) {
    throw damaged(error)
  }
  // Authenticated by now, so this only fails if the writer had a bug; still refuse rather than guess.
  const value = parseJsonValue(text)
  if (value === undefined) throw damaged()
  return { revision: envelope.rev, value }
}

/** The revision label without checking it: enough to refuse a stale delete, never enough to trust content. */
export function peekRevision(stored: string): number | undefined {
  return parseEnvelope(parseJsonValue(stored))?.rev
}

/**
 * The revision label read from the front of the envelope only (`sealRecord` writes `v` and `rev` first), so that
 * comparing every record with the revision map at unlock costs no parsing of the ciphertexts. Unchecked, like
 * `peekRevision`: a forged label is caught when the record is opened, since `rev` is in the AAD.
 */
export function revisionLabel(stored: string): number | undefined {
  const match = /^\{"v":1,"rev":(\d{1,15}),/.exec(stored)
  return match ? Number(match[1]) : undefined
}

function parseEnvelope(parsed: unknown) {
  const envelope = v.safeParse(envelopeSchema, parsed)
  return envelope.success ? envelope.output : undefined
}
