import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { foundryBinaryPath } from '../tools/foundry-bin.mjs'

export class DevnetError extends Error {
  override name = 'DevnetError'
}

export type AnvilOptions = {
  port: number
  /** Chain state is restored from and saved to this file (on SIGTERM/SIGINT and every minute). */
  statePath: string
  /** Genesis timestamp for a new chain, so history can start at VVV's launch. */
  genesisTimestamp?: number
  /** Seconds between blocks, so a UI sees time and rewards move. `null`: a block per transaction. */
  blockTimeSeconds: number | null
}

export type Anvil = { rpcUrl: string; process: ChildProcess; stop: () => Promise<void> }

/** Dev accounts anvil funds with ETH: the ten dev accounts plus ten holders of the seeded history. */
const fundedAccounts = 20

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new DevnetError(
              `Port ${port} is already in use: another devnet or program listens there. Stop it, or choose another port with RIALTO_DEVNET_PORT.`,
            )
          : error,
      ),
    )
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

async function waitForRpc(rpcUrl: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new DevnetError(`anvil exited with code ${child.exitCode} before it was ready:\n${stderr()}`)
    }
    try {
      const response = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
        signal: AbortSignal.timeout(2_000),
      })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new DevnetError(`anvil did not answer on ${rpcUrl} within 15 s:\n${stderr()}`)
}

/** A port nothing listens on right now, chosen by the operating system (for tests that run side by side). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Starts the anvil binary shipped by the `@foundry-rs/anvil` npm package, as chain 31337. */
export async function startAnvil(options: AnvilOptions): Promise<Anvil> {
  let binary: string
  try {
    binary = foundryBinaryPath('anvil')
  } catch (error) {
    throw new DevnetError(`anvil is missing: ${(error as Error).message}`)
  }
  await assertPortFree(options.port)
  const args = [
    ['--host', '127.0.0.1'],
    ['--port', String(options.port)],
    ['--chain-id', '31337'],
    ['--accounts', String(fundedAccounts)],
    options.blockTimeSeconds === null ? [] : ['--block-time', String(options.blockTimeSeconds)],
    ['--state', options.statePath],
    ['--state-interval', '60'],
    // A restored chain answers eth_call at its past blocks too, as the indexer's reads at an event's block need.
    ['--preserve-historical-states'],
    options.genesisTimestamp === undefined ? [] : ['--timestamp', String(options.genesisTimestamp)],
    ['--silent'],
  ].flat()
  // Started directly (not through npx) so our SIGTERM reaches anvil and it writes its state file; in its own
  // process group so a Ctrl-C meant for us does not stop it before we do. It never outlives this process.
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true })
  const stopWithUs = () => child.kill('SIGTERM')
  process.once('exit', stopWithUs)
  child.once('exit', () => process.off('exit', stopWithUs))
  let stderrText = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrText += chunk.toString()
  })
  const rpcUrl = `http://127.0.0.1:${options.port}`
  await waitForRpc(rpcUrl, child, () => stderrText)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    rpcUrl,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
