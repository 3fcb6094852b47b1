// A batch prepared for a Safe, checked and executed against the real seeded devnet.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import { approveVvvCall, stakeCall } from '@rialto/protocol/actions'
import { checkSafeBatch } from '@rialto/protocol/safe-batch-check'
import { parseEther } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { devAccounts } from './accounts'
import { freePort } from './anvil'
import { type Devnet, startDevnet } from './devnet'
import { openSession } from './session'

const chainId = devnetChain.id
const stateDir = mkdtempSync(join(tmpdir(), 'rialto-safe-batch-'))
let devnet: Devnet
let session: ReturnType<typeof openSession>

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort(), stateDir, blockTimeSeconds: 1 })
  session = openSession(devnet.rpcUrl)
})

afterAll(async () => {
  await devnet?.stop()
  rmSync(stateDir, { recursive: true, force: true })
})

describe('checkSafeBatch', () => {
  const holder = devAccounts[4]?.address ?? '0x'
  const stakeSteps = (amount: bigint) => [
    { label: 'Approve', call: approveVvvCall(chainId, amount) },
    { label: 'Stake', call: stakeCall(chainId, holder, amount) },
  ]

  it('passes a batch whose later call needs the earlier one (stake after its approval)', async () => {
    const result = await checkSafeBatch(session.publicClient, holder, stakeSteps(parseEther('1')))
    expect(result).toEqual({ ok: true, block: expect.any(BigInt) })
  })

  it('refuses a batch that would revert, naming the step and why', async () => {
    const balance = await session.read.vvv.read.balanceOf([holder])
    const result = await checkSafeBatch(session.publicClient, holder, stakeSteps(balance + 1n))
    expect(result).toEqual({ ok: false, failedStep: 1, reason: expect.stringMatching(/^Step 2 \(Stake\) would fail/) })
    const withoutApproval = await checkSafeBatch(session.publicClient, holder, stakeSteps(parseEther('1')).slice(1))
    expect(withoutApproval.ok).toBe(false)
  })
})
