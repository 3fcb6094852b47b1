// Prints the first-load JS of each route after `next build`: raw bytes and the sum of each chunk gzipped.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const stats = JSON.parse(readFileSync(join(webRoot, '.next/diagnostics/route-bundle-stats.json'), 'utf8'))
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

for (const { route, firstLoadChunkPaths } of stats) {
  let raw = 0
  let gzip = 0
  for (const chunk of firstLoadChunkPaths) {
    const bytes = readFileSync(join(webRoot, chunk))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  console.log(
    `${route.padEnd(16)} ${String(firstLoadChunkPaths.length).padStart(3)} chunks  ${kib(raw)} raw  ${kib(gzip)} gzip`,
  )
}
