import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from './base64'
import { TamperedRecordError, UnsupportedVersionError } from './errors'
import { generateDataKey } from './key-wrapping'
import { openRecord, peekRevision, recordAad, sealRecord } from './record-envelope'

const vaultId = 'AAAAAAAAAAAAAAAAAAAAAA=='
let dataKey: CryptoKey

beforeAll(async () => {
  dataKey = await generateDataKey()
})

/** The stored envelope with its `iv` and `ct` bytes handed to `edit`. */
function editBytes(stored: string, edit: (bytes: { iv: Uint8Array; ct: Uint8Array }) => void): string {
  const envelope = JSON.parse(stored)
  const bytes = { iv: fromBase64(envelope.iv) ?? new Uint8Array(), ct: fromBase64(envelope.ct) ?? new Uint8Array() }
  edit(bytes)
  return JSON.stringify({ ...envelope, iv: toBase64(bytes.iv), ct: toBase64(bytes.ct) })
}

function editField(stored: string, field: string, value: unknown): string {
  return JSON.stringify({ ...JSON.parse(stored), [field]: value })
}

describe('sealRecord / openRecord', () => {
  it('round-trips any JSON value and keeps the revision', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 1, max: 1e9 }), async (value, revision) => {
        const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision, value })
        const opened = await openRecord({ dataKey, vaultId, recordId: 'r', stored })
        expect(opened).toEqual({ revision, value: JSON.parse(JSON.stringify(value)) })
      }),
      { numRuns: 60 },
    )
  })

  it('uses a fresh IV for every write of the same value', async () => {
    const first = JSON.parse(await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'same' }))
    const second = JSON.parse(await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'same' }))
    expect(first.iv).not.toBe(second.iv)
    expect(first.ct).not.toBe(second.ct)
  })

  it('rejects a flip of every single byte of IV, ciphertext and tag', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'hi' })
    const { ct } = JSON.parse(stored)
    // 12 IV bytes + 4 ciphertext bytes ("hi" as JSON) + 16 tag bytes.
    expect(fromBase64(ct)).toHaveLength(20)
    for (const part of ['iv', 'ct'] as const) {
      const length = part === 'iv' ? 12 : 20
      for (let position = 0; position < length; position++) {
        for (const mask of [0x01, 0x80, 0xff]) {
          const tampered = editBytes(stored, (bytes) => {
            bytes[part][position] = (bytes[part][position] ?? 0) ^ mask
          })
          await expect(openRecord({ dataKey, vaultId, recordId: 'r', stored: tampered })).rejects.toThrow(
            TamperedRecordError,
          )
        }
      }
    }
  })

  it('rejects random flips anywhere in a random record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (value, at, mask) => {
        const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 3, value })
        const tampered = editBytes(stored, ({ iv, ct }) => {
          const position = at % (iv.length + ct.length)
          if (position < iv.length) iv[position] = (iv[position] ?? 0) ^ mask
          else ct[position - iv.length] = (ct[position - iv.length] ?? 0) ^ mask
        })
        await expect(openRecord({ dataKey, vaultId, recordId: 'r', stored: tampered })).rejects.toThrow(
          TamperedRecordError,
        )
      }),
      { numRuns: 60 },
    )
  })

  it('rejects the stored string cut short at every length', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: { t: 'hello' } })
    for (let length = 0; length < stored.length; length++) {
      await expect(
        openRecord({ dataKey, vaultId, recordId: 'r', stored: stored.slice(0, length) }),
      ).rejects.toBeInstanceOf(TamperedRecordError)
    }
  })

  it('rejects ciphertext and tag cut short at every byte', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'hi' })
    for (let length = 0; length < 20; length++) {
      const tampered = editBytes(stored, (bytes) => {
        bytes.ct = bytes.ct.slice(0, length)
      })
      await expect(openRecord({ dataKey, vaultId, recordId: 'r', stored: tampered })).rejects.toThrow(
        TamperedRecordError,
      )
    }
  })

  it('rejects a record moved to another id, naming the id it was read as', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'conversation:a', revision: 1, value: 'a' })
    const error = await openRecord({ dataKey, vaultId, recordId: 'conversation:b', stored }).catch((e) => e)
    expect(error).toBeInstanceOf(TamperedRecordError)
    expect(error.recordId).toBe('conversation:b')
    expect(error.message).toContain('conversation:b')
  })

  it('rejects a record from another vault, even under the same data key', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'a' })
    const otherVaultId = 'AQEBAQEBAQEBAQEBAQEBAQ=='
    await expect(openRecord({ dataKey, vaultId: otherVaultId, recordId: 'r', stored })).rejects.toThrow(
      TamperedRecordError,
    )
    await expect(openRecord({ dataKey: await generateDataKey(), vaultId, recordId: 'r', stored })).rejects.toThrow(
      TamperedRecordError,
    )
  })

  it('rejects a relabelled revision (the label is authenticated)', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 2, value: 'a' })
    for (const revision of [1, 3, 1000]) {
      await expect(
        openRecord({ dataKey, vaultId, recordId: 'r', stored: editField(stored, 'rev', revision) }),
      ).rejects.toThrow(TamperedRecordError)
    }
  })

  it('refuses other format versions, and binds the version into the additional data', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'a' })
    await expect(openRecord({ dataKey, vaultId, recordId: 'r', stored: editField(stored, 'v', 2) })).rejects.toThrow(
      UnsupportedVersionError,
    )
    await expect(openRecord({ dataKey, vaultId, recordId: 'r', stored: editField(stored, 'v', 0) })).rejects.toThrow(
      TamperedRecordError,
    )
    const address = { vaultId, recordId: 'r', revision: 1 }
    expect(recordAad({ ...address, version: 1 })).not.toEqual(recordAad({ ...address, version: 2 }))
  })

  it('keeps distinct addresses distinct even when ids contain the separators', () => {
    const a = recordAad({ version: 1, vaultId, recordId: 'a","b', revision: 1 })
    const b = recordAad({ version: 1, vaultId: `${vaultId}","a`, recordId: 'b', revision: 1 })
    expect(a).not.toEqual(b)
  })

  it('rejects malformed envelopes', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 1, value: 'a' })
    for (const tampered of [
      '',
      'null',
      '[]',
      editField(stored, 'rev', 0),
      editField(stored, 'rev', 1.5),
      editField(stored, 'rev', '1'),
      editField(stored, 'iv', undefined),
      editField(stored, 'iv', `${JSON.parse(stored).iv} `),
      editField(stored, 'ct', 42),
    ]) {
      await expect(openRecord({ dataKey, vaultId, recordId: 'r', stored: tampered })).rejects.toThrow(
        TamperedRecordError,
      )
    }
  })

  it('peeks the revision label without a key, and nothing from damaged text', async () => {
    const stored = await sealRecord({ dataKey, vaultId, recordId: 'r', revision: 7, value: 'a' })
    expect(peekRevision(stored)).toBe(7)
    expect(peekRevision(stored.slice(0, -3))).toBeUndefined()
  })
})
