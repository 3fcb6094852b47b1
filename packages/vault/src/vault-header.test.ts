import { describe, expect, it } from 'vitest'
import { TamperedRecordError, UnsupportedVersionError } from './errors'
import {
  defaultIterations,
  maxIterations,
  parseVaultHeader,
  serializeVaultHeader,
  type VaultHeader,
} from './vault-header'

const header: VaultHeader = {
  format: 'rialto-vault',
  version: 1,
  vaultId: 'AAAAAAAAAAAAAAAAAAAAAA==',
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'AQEBAQEBAQEBAQEBAQEBAQ==' },
  dataKey: { wrap: 'AES-GCM', iv: 'AgICAgICAgICAgIC', wrapped: 'A'.repeat(64) },
}

function edited(edit: (copy: Record<string, unknown> & typeof header) => void): string {
  const copy = structuredClone(header)
  edit(copy)
  return JSON.stringify(copy)
}

describe('vault header', () => {
  it('defaults to at least 600,000 PBKDF2 iterations', () => {
    expect(defaultIterations).toBeGreaterThanOrEqual(600_000)
  })

  it('round-trips', () => {
    expect(parseVaultHeader(serializeVaultHeader(header))).toEqual(header)
  })

  it('reports a newer format version as unsupported', () => {
    const error = (() => {
      try {
        parseVaultHeader(edited((copy) => Object.assign(copy, { version: 2 })))
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(UnsupportedVersionError)
    expect(String(error)).toContain('newer version of Rialto')
  })

  it('refuses anything malformed as a damaged header', () => {
    const damaged = [
      '',
      '{',
      'null',
      serializeVaultHeader(header).slice(0, -1),
      edited((copy) => Object.assign(copy, { format: 'something-else' })),
      edited((copy) => Object.assign(copy, { version: '1' })),
      edited((copy) => Object.assign(copy, { vaultId: 'AAAA' })),
      edited((copy) => Object.assign(copy.kdf, { name: 'scrypt' })),
      edited((copy) => Object.assign(copy.kdf, { hash: 'SHA-1' })),
      edited((copy) => Object.assign(copy.kdf, { iterations: 0 })),
      edited((copy) => Object.assign(copy.kdf, { iterations: maxIterations + 1 })),
      edited((copy) => Object.assign(copy.kdf, { salt: 'AQEB' })),
      edited((copy) => Object.assign(copy.dataKey, { wrap: 'AES-KW' })),
      edited((copy) => Object.assign(copy.dataKey, { iv: 'AgIC' })),
      edited((copy) => Object.assign(copy.dataKey, { wrapped: 'A'.repeat(60) })),
    ]
    for (const text of damaged) {
      expect(() => parseVaultHeader(text), text).toThrow(TamperedRecordError)
    }
  })
})
