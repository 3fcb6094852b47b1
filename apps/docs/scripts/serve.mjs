// Serves the static build in out/ (what `next build` exports): `pnpm --filter @rialto/docs start`, and `npm start`.
import { createServer } from 'node:http'
import sirv from 'sirv'

const outFolder = new URL('../out', import.meta.url).pathname

/** Starts serving out/ on `port` (127.0.0.1 only); resolves to the server once it listens. */
export function serveDocs(port) {
  // `extensions` maps /guides/staking to guides/staking.html, as Next's export names its pages.
  const serveFile = sirv(outFolder, { extensions: ['html'], etag: true })
  const server = createServer((request, response) =>
    serveFile(request, response, () => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end('<!doctype html><title>Not found</title><p>No such page. <a href="/">The docs home</a>.</p>')
    }),
  )
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.DOCS_PORT ?? 3001)
  await serveDocs(port)
  console.log(`Docs served at http://localhost:${port}`)
}
