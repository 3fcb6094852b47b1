import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Checks that private text is nowhere readable: in what a page can store, and in every file of a browser profile. */

/** Everything the browser keeps for this origin, as text: Web Storage, cookies, IndexedDB, Cache Storage. */
export async function everythingStored(context: BrowserContext, page: Page) {
  const inPage = await page.evaluate(async () => {
    const dumpStorage = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? ''
        return `${key}=${storage.getItem(key) ?? ''}`
      })
    const databases = await indexedDB.databases()
    const indexedDbDump: string[] = []
    for (const { name } of databases) {
      if (!name) continue
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const storeName of Array.from(database.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = database.transaction(storeName).objectStore(storeName).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        indexedDbDump.push(`${name}/${storeName}=${JSON.stringify(values)}`)
      }
      database.close()
    }
    const cacheNames = await caches.keys()
    return {
      localStorage: dumpStorage(localStorage),
      sessionStorage: dumpStorage(sessionStorage),
      documentCookie: document.cookie,
      indexedDbNames: databases.map((database) => database.name ?? ''),
      indexedDb: indexedDbDump,
      cacheNames,
    }
  })
  const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`)
  return { ...inPage, cookies, url: page.url() }
}

/** Base64 of `secret` at each of the three byte alignments it can have inside a longer encoded string. */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    // Drop the characters that mix in the padding bytes before and the unknown bytes after.
    const start = offset === 0 ? 0 : offset === 1 ? 2 : 3
    return encoded.slice(start, encoded.length - 4)
  })
}

/** Every base64 run in `text`, decoded, so that encoded plaintext is found whatever its alignment. */
function decodedBase64Runs(text: string): string {
  return (text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? [])
    .map((run) => Buffer.from(run, 'base64').toString('latin1'))
    .join('\n')
}

export function expectNothingReadable(dump: object, secrets: string[]) {
  const text = JSON.stringify(dump)
  const decoded = decodedBase64Runs(text)
  for (const secret of secrets) {
    const needle = secret.toLowerCase()
    expect(text.toLowerCase(), `"${secret}" is readable at rest`).not.toContain(needle)
    expect(decoded.toLowerCase(), `"${secret}" is at rest as base64`).not.toContain(needle)
    for (const form of base64Forms(secret)) expect(text, `"${secret}" is at rest as base64`).not.toContain(form)
    expect(text, `"${secret}" is at rest URL-encoded`).not.toContain(encodeURIComponent(secret))
  }
}

/** Every regular file below `dir`. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesBelow(path)
    return entry.isFile() ? [path] : []
  })
}

/**
 * Reads every file of a closed browser profile (SQLite databases such as the form history in `Web Data`,
 * LevelDB, session files, caches) and fails listing each secret found: as UTF-8 or UTF-16 text, base64 or
 * URL-encoded, in any letter case.
 */
export function expectProfileHoldsNothingReadable(profileDir: string, secrets: string[]) {
  const files = filesBelow(profileDir)
  expect(files.length, 'the profile directory holds files').toBeGreaterThan(10)
  const found: string[] = []
  for (const file of files) {
    // Latin-1 maps each byte to one character, so byte patterns can be searched as text.
    const asText = readFileSync(file).toString('latin1')
    const lower = asText.toLowerCase()
    const decoded = decodedBase64Runs(asText).toLowerCase()
    for (const secret of secrets) {
      const needle = secret.toLowerCase()
      const encodings = {
        'UTF-8': lower.includes(Buffer.from(needle, 'utf8').toString('latin1')),
        'UTF-16': lower.includes(Buffer.from(needle, 'utf16le').toString('latin1')),
        base64: decoded.includes(needle) || base64Forms(secret).some((form) => asText.includes(form)),
        'URL-encoded': lower.includes(encodeURIComponent(needle)),
      }
      for (const [encoding, present] of Object.entries(encodings)) {
        if (present) found.push(`"${secret}" in ${file.slice(profileDir.length + 1)} (${encoding})`)
      }
    }
  }
  expect(found, 'private text readable in the browser profile').toEqual([])
}
