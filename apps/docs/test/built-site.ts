import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The static export that `next build` writes and the tests read. */
export const outFolder = new URL('../out/', import.meta.url).pathname

export function assertBuilt() {
  if (!existsSync(`${outFolder}index.html`)) {
    throw new Error('No build in apps/docs/out: run `pnpm --filter @rialto/docs build` first.')
  }
}

/** Every HTML page of the build, as paths relative to out/ (`reference/contracts/vvv.html`). */
export function builtPages(): string[] {
  assertBuilt()
  const pages: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      // Next's own assets hold no pages.
      if (entry.isDirectory() && entry.name !== '_next') walk(path)
      else if (entry.isFile() && entry.name.endsWith('.html')) pages.push(relative(outFolder, path))
    }
  }
  walk(outFolder)
  return pages.sort()
}

export const readBuilt = (page: string) => readFileSync(`${outFolder}${page}`, 'utf8')

/**
 * The built file a site path is served from, as scripts/serve.mjs finds it: the file itself, `<path>.html` or
 * `<path>/index.html`; `null` when none exists.
 */
export function builtFileFor(sitePath: string): string | null {
  const trimmed = decodeURIComponent(sitePath).replace(/^\/+/, '').replace(/\/+$/, '')
  const candidates = trimmed === '' ? ['index.html'] : [trimmed, `${trimmed}.html`, `${trimmed}/index.html`]
  return (
    candidates.find(
      (candidate) => existsSync(`${outFolder}${candidate}`) && statSync(`${outFolder}${candidate}`).isFile(),
    ) ?? null
  )
}
