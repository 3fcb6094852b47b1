// A test file's own seeded devnet (never shipped): each file gets a fresh chain on a free port, so files run in
// parallel without sharing state, and it is stopped and deleted after the file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { freePort } from './anvil'
import { type Devnet, startDevnet } from './devnet'
import { type DevnetSession, openSession } from './session'

/** Starts a seeded devnet before the file's tests, mining on demand so a read after a write sees it. */
export function useSeededDevnet(name: string): { readonly session: DevnetSession } {
  const stateDir = mkdtempSync(join(tmpdir(), `rialto-${name}-`))
  let devnet: Devnet | undefined
  let session: DevnetSession | undefined
  beforeAll(async () => {
    devnet = await startDevnet({ port: await freePort(), stateDir, blockTimeSeconds: 1 })
    session = openSession(devnet.rpcUrl)
    await session.testClient.setAutomine(true)
  })
  afterAll(async () => {
    await devnet?.stop()
    rmSync(stateDir, { recursive: true, force: true })
  })
  return {
    get session() {
      if (!session) throw new Error('The devnet starts in beforeAll: read the session inside a test.')
      return session
    },
  }
}
