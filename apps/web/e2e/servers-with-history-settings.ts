import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freePort, waitForHttp } from '../scripts/local-server.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))

/** More `next start`s of the same build, each with the history settings a deployment might have. */
export function serversWithHistorySettings() {
  const servers: ChildProcess[] = []
  return {
    /** A server reading history at `indexerUrl`, or with no INDEXER_URL at all; resolves to its URL. */
    async serveWith(indexerUrl: string | undefined) {
      const port = await freePort()
      const env = { ...process.env, INDEXER_URL: indexerUrl }
      if (indexerUrl === undefined) delete env.INDEXER_URL
      const next = `${webRoot}node_modules/.bin/next`
      const server = spawn(next, ['start', '--port', String(port)], {
        cwd: webRoot,
        env,
        stdio: 'ignore',
        detached: true,
      })
      servers.push(server)
      const url = `http://127.0.0.1:${port}`
      await waitForHttp(url, server)
      return url
    },
    /** `next start` leaves a next-server child: each server's whole process group is stopped. */
    stopAll() {
      for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM')
    },
  }
}
