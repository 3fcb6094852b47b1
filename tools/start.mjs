// `npm start`: installs, compiles the contracts, serves the seeded devnet and the web app, until Ctrl-C.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { installDependencies, repoRoot, runPnpm, telemetryOff } from './pnpm.mjs'

const devnetPort = Number(process.env.RIALTO_DEVNET_PORT ?? 8545)
const webPort = Number(process.env.WEB_PORT ?? 3000)
const devnetRpcUrl = `http://127.0.0.1:${devnetPort}`
const services = []

/** Starts a long-running process in its own process group; `ready` resolves when a line matches. */
function startService(name, command, args, { cwd, env = {}, readyWhen }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...telemetryOff, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const lines = []
  const exited = new Promise((resolve) => child.once('exit', resolve))
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
  const service = {
    name,
    lines,
    ready,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await exited
    },
  }
  services.push(service)
  return service
}

function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () =>
      reject(
        new Error(
          `Port ${port} (${what}) is already in use. Stop what listens there, or set ${what === 'web app' ? 'WEB_PORT' : 'RIALTO_DEVNET_PORT'}.`,
        ),
      ),
    )
    probe.listen(port, '127.0.0.1', () => probe.close(resolve))
  })
}

let stopping = false
async function stopAll(exitCode) {
  if (stopping) return
  stopping = true
  console.log('\nStopping the web app and the devnet (saving chain state)…')
  for (const service of [...services].reverse()) await service.stop()
  process.exit(exitCode)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

try {
  await assertPortFree(devnetPort, 'devnet')
  await assertPortFree(webPort, 'web app')
  console.log('› Installing dependencies with the pinned pnpm…')
  await installDependencies()
  console.log('› Compiling the contracts…')
  await runPnpm(['--filter', '@rialto/contracts', 'build'])

  console.log('› Starting the devnet…')
  const devnet = startService('devnet', `${repoRoot}packages/contracts/node_modules/.bin/tsx`, ['devnet/start.ts'], {
    cwd: `${repoRoot}packages/contracts`,
    env: { RIALTO_DEVNET_PORT: String(devnetPort) },
    readyWhen: /\[devnet\] READY/,
  })
  await devnet.ready

  console.log('› Starting the web app…')
  const web = startService('web', `${repoRoot}apps/web/node_modules/.bin/next`, ['dev', '--port', String(webPort)], {
    cwd: `${repoRoot}apps/web`,
    env: { NEXT_PUBLIC_DEVNET_RPC_URL: devnetRpcUrl },
    readyWhen: /Ready in/,
  })
  await web.ready

  const accounts = devnet.lines.filter((line) => /#\d+ 0x/.test(line)).map((line) => line.replace('[devnet] ', ''))
  console.log(`
Rialto is running.
  Web app      http://localhost:${webPort}
  Watch mode   http://localhost:${webPort}/?address=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
  Devnet RPC   ${devnetRpcUrl}  (chain id 31337)
  Docs         not served yet (apps/docs is a placeholder)
  Dev accounts (anvil's public test mnemonic "test test … junk"; never use these keys elsewhere):
${accounts.join('\n')}
Press Ctrl-C to stop; the chain state is saved in .devnet/ and reused next time.
`)
  for (const service of services) {
    service.exited.then((code) => {
      if (!stopping) {
        console.error(`${service.name} stopped unexpectedly (exit code ${code}).`)
        stopAll(1)
      }
    })
  }
} catch (error) {
  console.error(`\n✖ ${error.message}`)
  await stopAll(1)
}
