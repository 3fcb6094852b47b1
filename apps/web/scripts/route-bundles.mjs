// The first-load JS of each route of a `next build`, read from Next 16's diagnostics: the bytes a visitor downloads
// before the page runs. gzip at level 9 stands in for what a server sends; the bytes are deterministic, no timing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Where `next build` leaves the per-route chunk lists, relative to the app's folder. */
export const routeBundleStatsPath = '.next/diagnostics/route-bundle-stats.json'

/** Every route of the build in `appRoot`, with its first-load chunk count and JS bytes, raw and gzipped. */
export function measureRouteBundles(appRoot) {
  const stats = JSON.parse(readFileSync(join(appRoot, routeBundleStatsPath), 'utf8'))
  return stats.map(({ route, firstLoadChunkPaths }) => {
    let rawBytes = 0
    let gzipBytes = 0
    for (const chunk of firstLoadChunkPaths) {
      const bytes = readFileSync(join(appRoot, chunk))
      rawBytes += bytes.length
      gzipBytes += gzipSync(bytes, { level: 9 }).length
    }
    return { route, chunks: firstLoadChunkPaths.length, rawBytes, gzipBytes }
  })
}
