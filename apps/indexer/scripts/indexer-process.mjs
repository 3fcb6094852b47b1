// Starts the indexer (`ponder start`) as a child process and waits until its backfill is done: one way for
// `npm start`, the tests and the benches to run it. Plain JS, so `tools/start.mjs` can import it without a build.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

export const indexerRoot = fileURLToPath(new URL('..', import.meta.url))
const ponderBin = `${indexerRoot}node_modules/.bin/ponder`

async function chainHead(rpcUrl) {
  const response = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }),
  })
  return Number((await response.json()).result)
}

/** The newest block the indexer has indexed, from Ponder's `/status` (one chain per indexer). */
async function indexedBlock(url) {
  const status = await (await fetch(`${url}/status`)).json()
  return Object.values(status)[0]?.block?.number ?? 0
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () =>
      reject(new Error(`Port ${port} is already in use. Stop what listens there, or set INDEXER_PORT.`)),
    )
    probe.listen(port, '127.0.0.1', () => probe.close(resolve))
  })
}

/**
 * @param {{ rpcUrl: string, port: number, pgliteDirectory?: string, fresh?: boolean, env?: NodeJS.ProcessEnv,
 *   onLine?: (line: string) => void, readyTimeoutMs?: number }} options
 */
export async function startIndexer({
  rpcUrl,
  port,
  pgliteDirectory = `${indexerRoot}.ponder/pglite`,
  fresh = true,
  env = process.env,
  onLine = () => {},
  onSpawn = () => {},
  readyTimeoutMs = 180_000,
}) {
  // Ponder moves to the next port when its own is taken: the caller must get the port it asked for.
  await assertPortFree(port)
  // The devnet can be rebuilt under the same chain id: an index of another chain must not be resumed.
  if (fresh) rmSync(pgliteDirectory, { recursive: true, force: true })
  const startedAt = Date.now()
  const child = spawn(ponderBin, ['start', '--schema', 'public', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: indexerRoot,
    env: {
      ...env,
      INDEXER_RPC_URL: rpcUrl,
      INDEXER_PGLITE_DIRECTORY: pgliteDirectory,
      PONDER_TELEMETRY_DISABLED: 'true',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const lines = []
  const collect = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue
      lines.push(line)
      onLine(line)
    }
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
    }
    await exited
  }
  let stopped = false
  exited.then(() => {
    stopped = true
  })
  // The caller can stop it from now on, also while it is still backfilling (Ctrl-C, a failed build beside it).
  onSpawn({ stop, exited })
  while (true) {
    if (stopped) throw new Error(`The indexer stopped before it was ready:\n${lines.slice(-20).join('\n')}`)
    if (Date.now() - startedAt > readyTimeoutMs) {
      await stop()
      throw new Error(`The indexer was not ready after ${readyTimeoutMs / 1000} s:\n${lines.slice(-20).join('\n')}`)
    }
    const ready = await fetch(`${url}/ready`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  // `/ready` means the backfill up to the finalized block is done; the newest blocks follow live. Ready for us
  // means caught up with the chain as it was when the backfill ended.
  const head = await chainHead(rpcUrl)
  while ((await indexedBlock(url).catch(() => 0)) < head) {
    if (stopped) throw new Error(`The indexer stopped before it caught up:\n${lines.slice(-20).join('\n')}`)
    if (Date.now() - startedAt > readyTimeoutMs) {
      await stop()
      throw new Error(`The indexer had not caught up with block ${head} after ${readyTimeoutMs / 1000} s.`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { url, lines, exited, stop, readyInMs: Date.now() - startedAt }
}
