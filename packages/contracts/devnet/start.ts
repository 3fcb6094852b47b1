import { join } from 'node:path'
import { devAccounts } from './accounts'
import { DevnetError } from './anvil'
import { contractsRoot } from './artifacts'
import { startDevnet } from './devnet'

/** `pnpm devnet`: serves the seeded local chain until Ctrl-C, then saves its state. */
const port = Number(process.env.RIALTO_DEVNET_PORT ?? 8545)
const stateDir = process.env.RIALTO_DEVNET_DIR ?? join(contractsRoot, '..', '..', '.devnet')

try {
  const startedAt = Date.now()
  const devnet = await startDevnet({ port, stateDir, log: (line) => console.log(`[devnet] ${line}`) })
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(
    `[devnet] ${devnet.reused ? 'Reused the saved chain' : 'Built a new chain'} in ${seconds} s: ${devnet.rpcUrl} (chain id 31337)`,
  )
  console.log('[devnet] Dev accounts (anvil test mnemonic; keys are public, use them only here):')
  for (const [index, account] of devAccounts.entries()) console.log(`[devnet]   #${index} ${account.address}`)
  console.log('[devnet] READY')
  let shuttingDown = false
  const shutdown = async () => {
    shuttingDown = true
    await devnet.stop()
    console.log('[devnet] State saved. Stopped.')
    process.exit(0)
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  devnet.process.once('exit', (code) => {
    if (shuttingDown) return
    console.error(`[devnet] anvil stopped unexpectedly (exit code ${code}).`)
    process.exit(1)
  })
} catch (error) {
  console.error(`[devnet] ${error instanceof DevnetError ? error.message : (error as Error).stack}`)
  process.exit(1)
}
