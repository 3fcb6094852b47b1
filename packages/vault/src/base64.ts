import * as v from 'valibot'

/** Standard base64 (RFC 4648 §4, with padding). Ciphertext is stored as text because Web Storage holds strings. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const sextets = new Int8Array(128).fill(-1)
for (let index = 0; index < alphabet.length; index++) sextets[alphabet.charCodeAt(index)] = index

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // Chunked so `fromCharCode` never receives more arguments than the engine allows.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000))
  }
  return btoa(binary)
}

/**
 * Decodes canonical base64 only, or returns `undefined`. `atob` also accepts missing padding, whitespace and
 * non-zero unused bits, so several strings would decode to the same bytes; here each value has one spelling.
 * Hand-rolled because decoding is most of the cost of opening a vault with many records.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((text.length / 4) * 3 - padding)
  const end = text.length - padding
  let out = 0
  let bits = 0
  let bitCount = 0
  for (let index = 0; index < end; index++) {
    const sextet = sextets[text.charCodeAt(index)] ?? -1
    if (sextet < 0) return undefined
    bits = ((bits << 6) | sextet) & 0xffffff
    bitCount += 6
    if (bitCount >= 8) {
      bitCount -= 8
      bytes[out++] = (bits >> bitCount) & 0xff
    }
  }
  // Whatever is left over must be zero bits, or two strings would mean the same bytes.
  return (bits & ((1 << bitCount) - 1)) === 0 ? bytes : undefined
}

/** Canonical base64 text, decoded to its bytes; any other spelling is refused. */
export const base64Bytes = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const bytes = fromBase64(dataset.value)
    if (bytes !== undefined) return bytes
    addIssue()
    return NEVER
  }),
)

/** Canonical base64 text of exactly `byteLength` bytes, kept as text. */
export function base64OfLength(byteLength: number) {
  return v.pipe(
    v.string(),
    v.check((text) => fromBase64(text)?.length === byteLength),
  )
}
