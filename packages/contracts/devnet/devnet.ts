import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import { utcDateToUnix } from '@rialto/protocol/emission-schedule'
import { type Anvil, DevnetError, freePort, startAnvil } from './anvil'
import { devnetFingerprint } from './artifacts'
import { deployVenice } from './deploy'
import { deploySafe } from './deploy-safe'
import { launchDate, seedHistory, seedVersion } from './seed'
import { openSession } from './session'

export type DevnetOptions = {
  port: number
  /** Folder for the persisted chain (state.json) and what it was built from (manifest.json). */
  stateDir: string
  /** Seconds between blocks; by default the devnet chain's own block time, the pace the app polls at. */
  blockTimeSeconds?: number
  log?: (line: string) => void
}

export type Devnet = Anvil & { reused: boolean }

/** A port the OS says is free, for a test that starts a devnet of its own beside the developer's. */
export { freePort }

type Manifest = { fingerprint: string; seededAt: string }

/**
 * Serves the devnet: reuses the persisted chain when it was built from the current contracts and seed
 * story, and otherwise builds a new one (deploy + seed). A failed build leaves no state behind.
 */
export async function startDevnet(options: DevnetOptions): Promise<Devnet> {
  const log = options.log ?? (() => {})
  mkdirSync(options.stateDir, { recursive: true })
  const statePath = join(options.stateDir, 'state.json')
  const manifestPath = join(options.stateDir, 'manifest.json')
  const fingerprint = devnetFingerprint(seedVersion)
  const blockTimeSeconds = options.blockTimeSeconds ?? devnet.blockTime / 1_000
  const anvilOptions = { port: options.port, statePath, blockTimeSeconds }

  const manifest = readManifest(manifestPath)
  if (manifest?.fingerprint === fingerprint && existsSync(statePath)) {
    const reused = await startAnvil(anvilOptions).catch((error: Error) => {
      if (error instanceof DevnetError && /port/i.test(error.message)) throw error
      log(`The saved devnet state could not be loaded (${error.message.split('\n')[0]}); rebuilding.`)
      return null
    })
    if (reused && (await looksSeeded(reused.rpcUrl))) return { ...reused, reused: true }
    if (reused) {
      log('The saved devnet state is incomplete; rebuilding.')
      await reused.stop()
    }
  } else if (manifest) {
    log('The saved devnet was built from other contracts or an older seed story; rebuilding it.')
  }

  rmSync(statePath, { force: true })
  rmSync(manifestPath, { force: true })
  // Built with a block per transaction (the seed needs each receipt at once), then switched to interval blocks.
  const genesisTimestamp = utcDateToUnix(launchDate) - 3600
  const anvil = await startAnvil({ ...anvilOptions, genesisTimestamp, blockTimeSeconds: null })
  try {
    const session = openSession(anvil.rpcUrl)
    log('Deploying VVV, staking/sVVV, DIEM and Multicall3…')
    await deployVenice(session)
    // After Venice's: those addresses follow from the deployer's first nonces.
    log('Deploying Safe{Wallet} 1.4.1 at its canonical addresses…')
    await deploySafe(session)
    log('Seeding history from the 2025-01-27 launch to now…')
    await seedHistory(session, Math.floor(Date.now() / 1000))
    await session.testClient.setIntervalMining({ interval: blockTimeSeconds })
  } catch (error) {
    await anvil.stop()
    rmSync(statePath, { force: true })
    throw error
  }
  const written: Manifest = { fingerprint, seededAt: new Date().toISOString() }
  writeFileSync(manifestPath, `${JSON.stringify(written, null, 2)}\n`)
  return { ...anvil, reused: false }
}

function readManifest(path: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** A seeded chain has the contracts at their addresses and DIEM in circulation. */
async function looksSeeded(rpcUrl: string): Promise<boolean> {
  const { publicClient, read } = openSession(rpcUrl)
  const code = await publicClient.getCode({ address: veniceContracts[devnet.id].staking })
  if (!code || code === '0x') return false
  return (await read.diem.read.totalSupply().catch(() => 0n)) > 0n
}
