import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import { devnetTreasurySafe, safeAbi } from '@rialto/contracts-abi/safe'
import { approveVvvCall, mintDiemCall, stakeCall } from '@rialto/protocol/actions'
import { reviewCall, toRawCall } from '@rialto/protocol/call-review'
import { checkSafeBatch } from '@rialto/protocol/safe-batch-check'
import { parseTransactionBuilderFile, transactionBuilderFile } from '@rialto/protocol/safe-transaction-builder'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { devAccounts, treasurySafeOwners } from './accounts'
import { executeSafeTransaction } from './safe-execution'
import { useSeededDevnet } from './seeded-devnet-for-tests'

const chainId = devnetChain.id
const safe = devnetTreasurySafe
const { staking } = veniceContracts[chainId]

const devnet = useSeededDevnet('safe-batch')

const stakeSteps = (amount: bigint) => [
  { label: 'Approve', call: approveVvvCall(chainId, amount) },
  { label: 'Stake', call: stakeCall(chainId, safe, amount) },
]

describe('checkSafeBatch', () => {
  it('passes a batch whose later call needs the earlier one (stake after its approval)', async () => {
    expect(await checkSafeBatch(devnet.session.publicClient, safe, stakeSteps(parseEther('1')))).toEqual({
      ok: true,
      block: expect.any(BigInt),
    })
  })

  it('refuses a batch the Safe cannot pay for, naming the step and why', async () => {
    // Not balance + 1: staking pays the Safe its pending rewards before it takes the VVV.
    const balance = await devnet.session.read.vvv.read.balanceOf([safe])
    expect(await checkSafeBatch(devnet.session.publicClient, safe, stakeSteps(balance * 2n))).toEqual({
      ok: false,
      failedStep: 1,
      reason: expect.stringMatching(/^Step 2 \(Stake\) would fail for this Safe: .*too low/),
    })
    const withoutApproval = await checkSafeBatch(
      devnet.session.publicClient,
      safe,
      stakeSteps(parseEther('1')).slice(1),
    )
    expect(withoutApproval).toMatchObject({ ok: false, failedStep: 0 })
  })
})

describe('an exported Transaction Builder batch', () => {
  it('stakes VVV and mints DIEM for the treasury Safe when two of its owners sign it', async () => {
    const stakeWei = parseEther('1000')
    const lockWei = parseEther('2000')
    const diemOut = await devnet.session.read.staking.read.getDiemAmountOut([lockWei])
    const minDiemOut = (diemOut * 995n) / 1000n
    const steps = [...stakeSteps(stakeWei), { label: 'Mint DIEM', call: mintDiemCall(chainId, lockWei, minDiemOut) }]
    expect(await checkSafeBatch(devnet.session.publicClient, safe, steps)).toMatchObject({ ok: true })

    // What a treasury downloads, as text, and what Safe{Wallet} reads back from it.
    const file = transactionBuilderFile({
      chainId,
      safe,
      name: 'Stake VVV, then Mint DIEM',
      calls: steps.map(({ call }) => call),
      createdAt: Date.now(),
    })
    const parsed = parseTransactionBuilderFile(JSON.parse(JSON.stringify(file)))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.file).toMatchObject({ chainId, safe, checksumMatches: true })
    expect(parsed.file.calls).toEqual(steps.map(({ call }) => toRawCall(call)))
    // The calldata decodes back to the calls that were meant.
    const reviewed = parsed.file.calls.map((call) => reviewCall(chainId, call))
    expect(
      reviewed.map((review) => review.ok && [review.call.functionName, review.call.args.map(({ value }) => value)]),
    ).toEqual([
      ['approve', [staking, stakeWei.toString()]],
      ['stake', [safe, stakeWei.toString()]],
      ['mintDiem', [lockWei.toString(), minDiemOut.toString()]],
    ])

    const before = await holdings()
    const [owner21, owner22] = treasurySafeOwners
    const submitter = devAccounts[0]
    if (!owner21 || !owner22 || !submitter) throw new Error('missing accounts')
    const receipt = await executeSafeTransaction({
      publicClient: devnet.session.publicClient,
      sender: devnet.session.walletFor(submitter),
      safe,
      calls: parsed.file.calls,
      owners: [owner21, owner22],
    })
    expect(receipt.status).toBe('success')

    const after = await holdings()
    expect(after.sVvv - before.sVvv).toBe(stakeWei)
    expect(after.locked - before.locked).toBe(lockWei)
    expect(after.diem - before.diem).toBe(diemOut)
    expect(after.allowance).toBe(0n)
    expect(after.nonce).toBe(before.nonce + 1n)
  })
})

async function holdings() {
  const [sVvv, [locked], diem, allowance, nonce] = await Promise.all([
    devnet.session.read.staking.read.balanceOf([safe]),
    devnet.session.read.staking.read.lockedStakes([safe]),
    devnet.session.read.diem.read.balanceOf([safe]),
    devnet.session.read.vvv.read.allowance([safe, staking]),
    devnet.session.publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' }),
  ])
  return { sVvv, locked, diem, allowance, nonce }
}
