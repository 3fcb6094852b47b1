import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDevnet } from '@rialto/contracts/devnet'
import { type RunningIndexer, startIndexer } from '@rialto/indexer/testing'
import { waitForHttp } from '../scripts/local-server.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
// Ports of their own, so the tests run beside a developer's `npm start`.
const devnetPort = Number(process.env.E2E_DEVNET_PORT ?? 8645)
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100)
const indexerPort = Number(process.env.E2E_INDEXER_PORT ?? 42169)
// The chat's Venice pass-through forwards here; the chat e2e starts the OpenAI-compatible test server on it.
const veniceApiBaseUrl = `http://127.0.0.1:${webPort + 1}/api/v1`
// A Safe web app stand-in frames the app from here (safe-app.e2e.ts): the build lets this origin frame it.
const safeAppHostOrigin = `http://127.0.0.1:${webPort + 2}`

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: webRoot, env, stdio: 'inherit' })
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    )
  })
}

/**
 * A freshly seeded devnet and a production build of the web app pointed at it, for the browser tests.
 * The build happens here because NEXT_PUBLIC_ values are fixed at build time.
 */
export default async function setup() {
  const stateDir = mkdtempSync(join(tmpdir(), 'rialto-e2e-'))
  // Mined at the devnet chain's block time, which is also the pace the app polls at.
  const devnet = await startDevnet({ port: devnetPort, stateDir })
  // The real indexer on the same devnet, so the charts draw what it indexed (and tests compare it with the chain).
  const indexerReady = startIndexer({
    rpcUrl: devnet.rpcUrl,
    port: indexerPort,
    pgliteDirectory: join(stateDir, 'pglite'),
  })
  indexerReady.catch(() => {})
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_DEVNET_RPC_URL: devnet.rpcUrl,
    NEXT_PUBLIC_DEFAULT_CHAIN: 'devnet',
    VENICE_API_BASE_URL: veniceApiBaseUrl,
    NEXT_PUBLIC_SAFE_APP_ORIGINS: safeAppHostOrigin,
  }
  const next = join(webRoot, 'node_modules', '.bin', 'next')
  let server: ChildProcess | undefined
  let indexer: RunningIndexer | undefined
  try {
    // E2E_SKIP_BUILD=1 reuses the last build, for iterating on tests only: it must have been built by this setup
    // with the same E2E_DEVNET_PORT, since the devnet URL is inlined at build time.
    if (process.env.E2E_SKIP_BUILD !== '1') await run(next, ['build'], env)
    indexer = await indexerReady
    server = spawn(next, ['start', '--port', String(webPort)], {
      cwd: webRoot,
      env: { ...env, INDEXER_URL: indexer.url },
      stdio: 'ignore',
      detached: true,
    })
    const webUrl = `http://127.0.0.1:${webPort}`
    await waitForHttp(webUrl, server)
    process.env.WEB_URL = webUrl
    process.env.DEVNET_RPC_URL = devnet.rpcUrl
    process.env.INDEXER_URL = indexer.url
    process.env.VENICE_API_BASE_URL = veniceApiBaseUrl
    process.env.SAFE_APP_HOST_ORIGIN = safeAppHostOrigin
  } catch (error) {
    await (await indexerReady.catch(() => undefined))?.stop()
    await devnet.stop()
    throw error
  }

  return async () => {
    // `next start` leaves a next-server child: stop the whole process group.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    await indexer?.stop()
    await devnet.stop()
    rmSync(stateDir, { recursive: true, force: true })
  }
}
