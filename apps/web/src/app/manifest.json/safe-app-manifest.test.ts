import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { safeAppManifest, safeAppManifestCorsHeaders } from './safe-app-manifest'

describe('the Safe App manifest', () => {
  it('has what Safe{Wallet} checks before it lists an app: a name, a description and icons', () => {
    expect(safeAppManifest.name).toBe('Rialto')
    expect(safeAppManifest.description.length).toBeGreaterThan(20)
    expect(safeAppManifest.icons.length).toBeGreaterThan(0)
    expect(safeAppManifest.iconPath).toBe('icon.svg')
  })

  it('points at an icon the app serves (src/app/icon.svg is served at /icon.svg)', () => {
    const icon = readFileSync(new URL('../icon.svg', import.meta.url), 'utf8')
    expect(icon).toMatch(/^<svg\b/)
    expect(safeAppManifest.icons.map(({ src }) => src)).toEqual(['/icon.svg'])
  })

  it('is readable from any origin, by GET', () => {
    expect(safeAppManifestCorsHeaders).toEqual({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Allow-Headers': 'X-Requested-With, content-type, Authorization',
    })
  })
})
