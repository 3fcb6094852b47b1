// `npm start`: installs, compiles the contracts, serves the seeded devnet, a production build of the web app and the
// static docs, rebuilds the app when its sources change, until Ctrl-C. `npm start -- --dev` serves `next dev` instead, for hot
// reloading. Why a production build by default: README.md.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { startIndexer } from '../apps/indexer/scripts/indexer-process.mjs'
import { installDependencies, isInstallCurrent, pnpmCommand, repoRoot, telemetryOff } from './pnpm.mjs'
import { watchBuildSources } from './watch-sources.mjs'
import { buildFingerprint, isBuildCurrent, stampBuild, webRoot } from './web-build.mjs'

const devnetPort = Number(process.env.RIALTO_DEVNET_PORT ?? 8545)
const webPort = Number(process.env.WEB_PORT ?? 3000)
const docsPort = Number(process.env.DOCS_PORT ?? 3001)
const indexerPort = Number(process.env.INDEXER_PORT ?? 42069)
const indexerUrl = `http://127.0.0.1:${indexerPort}`
const devnetRpcUrl = `http://127.0.0.1:${devnetPort}`
const webUrl = `http://localhost:${webPort}`
const docsUrl = `http://localhost:${docsPort}`
const docsFolder = 'apps/docs'
const docsRoot = `${repoRoot}${docsFolder}/`
const watchModeUrl = `${webUrl}/?address=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266`
const hotReloading = process.argv.includes('--dev')
// NEXT_PUBLIC_ values are inlined by `next build`, so they are part of what the build is made from.
const buildEnv = {
  ...process.env,
  NEXT_PUBLIC_DEFAULT_CHAIN: process.env.NEXT_PUBLIC_DEFAULT_CHAIN || 'devnet',
  NEXT_PUBLIC_DEVNET_RPC_URL: devnetRpcUrl,
  NEXT_PUBLIC_DOCS_URL: process.env.NEXT_PUBLIC_DOCS_URL || docsUrl,
}
// The docs link back to the app they document.
const docsBuildEnv = { ...process.env, NEXT_PUBLIC_APP_URL: process.env.NEXT_PUBLIC_APP_URL || webUrl }
// Read by the web server at run time (not inlined): where it reads history from, server-side.
const serverEnv = { ...buildEnv, INDEXER_URL: indexerUrl }
const nextBin = `${webRoot}node_modules/.bin/next`
const running = new Set()

/**
 * Starts a process in its own process group (so that stopping it also stops the children it spawns, such as
 * next-server) with its output prefixed by `name`. `ready` resolves when a line matches `readyWhen` (by default
 * none does: for the processes awaited by their exit).
 */
function startProcess(name, command, args, { cwd, env = process.env, readyWhen = /$^/ }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...env, ...telemetryOff },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const lines = []
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue
        lines.push(line)
        console.log(line.startsWith('[') ? line : `[${name}] ${line}`)
        if (readyWhen.test(line)) resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)))
    exited.then((code) => reject(new Error(`${name} stopped (exit code ${code}) before it was ready.`)))
  })
  ready.catch(() => {}) // Callers that only await `exited` should not see an unhandled rejection.
  const handle = {
    name,
    lines,
    ready,
    exited,
    stopRequested: false,
    stop: async () => {
      handle.stopRequested = true
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await exited
    },
  }
  running.add(handle)
  exited.then(() => running.delete(handle))
  return handle
}

/** Ends `npm start` when a long-running process stops without being asked to. */
function stopAllIfItDies(handle) {
  handle.exited.then((code) => {
    if (stopping || handle.stopRequested) return
    console.error(`${handle.name} stopped unexpectedly (exit code ${code}).`)
    stopAll(1)
  })
}

function assertPortFree(port, variable) {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () =>
      reject(new Error(`Port ${port} is already in use. Stop what listens there, or set ${variable}.`)),
    )
    probe.listen(port, '127.0.0.1', () => probe.close(resolve))
  })
}

/** Runs `next build`; resolves to whether it succeeded. Its output goes to this terminal. */
async function buildWebApp(fingerprint) {
  const startedAt = Date.now()
  const build = startProcess('web build', nextBin, ['build'], { cwd: webRoot, env: buildEnv })
  const exitCode = await build.exited
  if (exitCode !== 0) return false
  stampBuild(fingerprint)
  console.log(`› Built the web app in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`)
  return true
}

/** Serves the build in `.next/`. */
async function startWebServer() {
  console.log('› Starting the web app…')
  const server = startProcess('web', nextBin, ['start', '--port', String(webPort)], {
    cwd: webRoot,
    env: serverEnv,
    readyWhen: /Ready in/,
  })
  await server.ready
  stopAllIfItDies(server)
  return server
}

/**
 * Requests each route once, one after the other: a server loads (and `next dev` compiles) a route's code on its
 * first request, and no visitor should wait for that.
 */
async function warmRoutes() {
  for (const route of ['/', '/chat', '/_not-found']) await (await fetch(`${webUrl}${route}`)).arrayBuffer()
}

/** Serves `next dev`, which compiles each route on its first request and hot-reloads what you edit. */
async function startDevServer() {
  console.log('› Starting the web app in development mode (compiling each page before saying it runs)…')
  const server = startProcess('web', nextBin, ['dev', '--port', String(webPort)], {
    cwd: webRoot,
    env: { ...process.env, NEXT_PUBLIC_DEVNET_RPC_URL: devnetRpcUrl, INDEXER_URL: indexerUrl },
    readyWhen: /Ready in/,
  })
  await server.ready
  stopAllIfItDies(server)
  return server
}

/** Rebuilds and restarts the web app whenever its sources' fingerprint changes; one rebuild at a time. */
function rebuildOnChange(initialServer, initialFingerprint) {
  let server = initialServer
  let liveFingerprint = initialFingerprint
  let rebuilding = false
  let changedWhileRebuilding = false
  let rewatch = () => {}
  const rebuildIfChanged = async () => {
    if (stopping) return
    if (rebuilding) {
      changedWhileRebuilding = true
      return
    }
    const fingerprint = buildFingerprint(buildEnv)
    if (fingerprint === liveFingerprint) return
    rebuilding = true
    // `next build` empties `.next/` first, so the running server cannot keep serving the old build meanwhile.
    console.log('\n› Sources changed: rebuilding the web app (it is down until the new build is live)…')
    await server?.stop()
    server = undefined
    liveFingerprint = fingerprint
    const built = await buildWebApp(fingerprint)
    if (stopping) return // Ctrl-C during the build stopped it: nothing failed.
    if (built) {
      server = await startWebServer()
      await warmRoutes()
      console.log(`✔ The new build is live: ${webUrl}`)
    } else {
      console.error('✖ The build failed (see above). Fix it and save: the web app rebuilds by itself.')
    }
    rebuilding = false
    rewatch()
    if (changedWhileRebuilding) {
      changedWhileRebuilding = false
      await rebuildIfChanged()
    }
  }
  const watchSources = () =>
    watchBuildSources(() => {
      rebuildIfChanged().catch((error) => {
        console.error(`\n✖ ${error.message}`)
        stopAll(1)
      })
    })
  let stopWatchingSources = watchSources()
  // A rebuild may follow a new folder: watch the folders of the sources as they are now.
  rewatch = () => {
    stopWatchingSources()
    stopWatchingSources = watchSources()
  }
  return () => stopWatchingSources()
}

let stopping = false
let stopWatching = () => {}
async function stopAll(exitCode) {
  if (stopping) return
  stopping = true
  stopWatching()
  console.log('\nStopping the web app, the docs, the indexer and the devnet (saving chain state)…')
  // The devnet last, so that nothing still reading it sees it go.
  const devnetLast = [...running].sort((a, b) => (a.name === 'devnet') - (b.name === 'devnet'))
  for (const handle of devnetLast) await handle.stop()
  process.exit(exitCode)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

/** Compiles the contracts (the devnet deploys their artifacts) and serves the seeded devnet. */
async function startDevnet() {
  const contractsRoot = `${repoRoot}packages/contracts`
  console.log('› Compiling the contracts…')
  const compile = startProcess('contracts', 'node', ['tools/forge.mjs', 'build'], { cwd: contractsRoot })
  if ((await compile.exited) !== 0) throw new Error('The contracts did not compile (see above).')
  console.log('› Starting the devnet…')
  const devnet = startProcess('devnet', `${contractsRoot}/node_modules/.bin/tsx`, ['devnet/start.ts'], {
    cwd: contractsRoot,
    env: { ...process.env, RIALTO_DEVNET_PORT: String(devnetPort) },
    readyWhen: /\[devnet\] READY/,
  })
  stopAllIfItDies(devnet)
  await devnet.ready
  return devnet
}

/**
 * Indexes the devnet's history (Ponder on an embedded PGlite database in apps/indexer/.ponder) and serves it to the
 * web server; resolves once it has caught up with the chain. It starts from an empty index each time: the seeded
 * devnet backfills in seconds, and a rebuilt devnet must not meet an index of the old one.
 */
async function startHistoryIndexer() {
  console.log('› Indexing the devnet’s history…')
  const indexer = await startIndexer({
    rpcUrl: devnetRpcUrl,
    port: indexerPort,
    onLine: (line) => {
      // Ponder takes anvil's default URL for a public RPC: not news on the devnet.
      if (/WARN|ERROR/.test(line) && !/Detected public RPC URL/.test(line)) console.log(`[indexer] ${line}`)
    },
    // Stoppable from its start: Ctrl-C during the backfill, or a failed build beside it, must not leave it running.
    onSpawn: ({ stop, exited }) => {
      const handle = { name: 'indexer', exited, stopRequested: false }
      handle.stop = async () => {
        handle.stopRequested = true
        await stop()
      }
      running.add(handle)
      exited.then(() => running.delete(handle))
      stopAllIfItDies(handle)
    },
  })
  console.log(`› The indexer caught up in ${(indexer.readyInMs / 1000).toFixed(0)} s.`)
  return indexer
}

/** Builds the web app unless `.next/` already holds the build of these sources; resolves to their fingerprint. */
async function ensureWebBuild() {
  const fingerprint = buildFingerprint(buildEnv)
  if (isBuildCurrent(fingerprint)) {
    console.log('› The web app is built from these sources already: reusing apps/web/.next.')
  } else {
    console.log('› Building the web app (a production build; skipped next time if nothing it is made from changes)…')
    if (!(await buildWebApp(fingerprint))) throw new Error('The web app did not build (see above).')
  }
  return fingerprint
}

/**
 * Builds the static docs (apps/docs/out) unless they are built from these sources already. Not rebuilt on a change
 * while `npm start` runs: the docs change rarely, and a restart rebuilds them.
 */
async function ensureDocsBuild() {
  const fingerprint = buildFingerprint(docsBuildEnv, docsFolder)
  if (isBuildCurrent(fingerprint, docsFolder)) {
    console.log('› The docs are built from these sources already: reusing apps/docs/out.')
    return
  }
  console.log('› Building the docs (a static site; skipped next time if nothing it is made from changes)…')
  const startedAt = Date.now()
  const [command, ...prefix] = pnpmCommand()
  const build = startProcess('docs build', command, [...prefix, 'run', 'build'], { cwd: docsRoot, env: docsBuildEnv })
  if ((await build.exited) !== 0) throw new Error('The docs did not build (see above).')
  stampBuild(fingerprint, docsFolder)
  console.log(`› Built the docs in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`)
}

/** Serves the static docs from apps/docs/out. */
async function startDocsServer() {
  const server = startProcess('docs', 'node', ['scripts/serve.mjs'], {
    cwd: docsRoot,
    env: { ...process.env, DOCS_PORT: String(docsPort) },
    readyWhen: /Docs served at/,
  })
  await server.ready
  stopAllIfItDies(server)
  return server
}

/** Readies the web app as `npm start` serves it: its production build (or nothing to build, with `--dev`). */
async function prepareWebApp() {
  return hotReloading ? undefined : await ensureWebBuild()
}

/** Serves the production build, or with `--dev` the development server. */
function serveWebApp() {
  return hotReloading ? startDevServer() : startWebServer()
}

try {
  const startedAt = Date.now()
  await assertPortFree(devnetPort, 'RIALTO_DEVNET_PORT')
  await assertPortFree(webPort, 'WEB_PORT')
  await assertPortFree(indexerPort, 'INDEXER_PORT')
  await assertPortFree(docsPort, 'DOCS_PORT')
  if (isInstallCurrent()) {
    console.log('› Dependencies are installed from this lockfile already.')
  } else {
    console.log('› Installing dependencies with the pinned pnpm…')
    await installDependencies()
  }
  // The builds need neither the devnet nor the indexer (the web app inlines only the devnet's URL): side by side,
  // the docs after the web app so that two builds never share the cores. The web server starts once the indexer has
  // caught up, so its first page has the history.
  const devnetAndIndexer = startDevnet().then(async (devnet) => ({ devnet, indexer: await startHistoryIndexer() }))
  const builds = prepareWebApp().then(async (fingerprint) => {
    await ensureDocsBuild()
    return fingerprint
  })
  const [{ devnet }, fingerprint] = await Promise.all([devnetAndIndexer, builds])
  await startDocsServer()
  const web = await serveWebApp()
  await warmRoutes()
  if (!hotReloading) stopWatching = rebuildOnChange(web, fingerprint)

  const accounts = devnet.lines.filter((line) => /#\d+ 0x/.test(line)).map((line) => line.replace('[devnet] ', ''))
  console.log(`
Rialto is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s).
  Web app      ${webUrl}
  Watch mode   ${watchModeUrl}
  Devnet RPC   ${devnetRpcUrl}  (chain id 31337)
  Indexer      ${indexerUrl}  (history of the devnet, read by the web server)
  Docs         ${docsUrl}
  Dev accounts (anvil's public test mnemonic "test test … junk"; never use these keys elsewhere):
${accounts.join('\n')}
${hotReloading ? 'Development mode: edits reload in the browser.' : 'A production build: saving a source file rebuilds it (half a minute or so) and says when the new build is live.'}
Press Ctrl-C to stop; the chain state is saved in .devnet/ and reused next time.
`)
} catch (error) {
  console.error(`\n✖ ${error.message}`)
  await stopAll(1)
}
