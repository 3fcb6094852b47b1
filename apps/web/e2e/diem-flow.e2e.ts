import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import type { Browser, Page } from 'playwright-core'
import { decodeFunctionData, formatUnits, type Hash, parseEther, parseGwei } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import {
  advanceTime,
  aroundTransaction,
  chainState,
  contracts,
  devAccount,
  otherWallet,
  pauseMining,
  publicClient,
  resumeMining,
  testClient,
} from './chain'
import { connectDevAccount, shownWei, submit, typeAmount, until, waitForBlock } from './dapp'

const webUrl = requiredEnv('WEB_URL')
/** Anvil account #1: VVV and sVVV after seeding, no DIEM of its own. */
const accountIndex = 1
const account = devAccount(accountIndex).address
const day = 24 * 3600

/** The treasury (account #9, 100M genesis VVV) plays the other holder whose mint moves the rate. */
const treasury = otherWallet(9)

/** sVVV that mints past the end of the current mint-rate bucket, at that bucket's rate (plus one DIEM). */
async function sVvvToCrossIntoNextBucket(): Promise<bigint> {
  const onStaking = { address: contracts.staking, abi: stakingAbi } as const
  const supply = await publicClient.readContract({ address: contracts.diem, abi: diemAbi, functionName: 'totalSupply' })
  const bucketSize = parseEther('500')
  const bucket = supply / bucketSize
  const [upper, rate] = await Promise.all([
    publicClient.readContract({ ...onStaking, functionName: 'diemSupply', args: [bucket] }),
    publicClient.readContract({ ...onStaking, functionName: 'diemMintRates', args: [bucket] }),
  ])
  return ((upper - supply + parseEther('1')) * rate) / parseEther('1')
}

async function stakeForTreasury(amount: bigint) {
  const approve = await treasury.writeContract({
    address: contracts.vvv,
    abi: vvvAbi,
    functionName: 'approve',
    args: [contracts.staking, amount],
  })
  await publicClient.waitForTransactionReceipt({ hash: approve })
  const stake = await treasury.writeContract({
    address: contracts.staking,
    abi: stakingAbi,
    functionName: 'stake',
    args: [treasury.account.address, amount],
  })
  await publicClient.waitForTransactionReceipt({ hash: stake })
}

/** `wei` cut to 6 decimals, so it reads the same typed into a field as it does on chain. */
const truncated = (wei: bigint) => wei - (wei % 10n ** 12n)

async function mintPreview(page: Page) {
  const preview = page.getByTestId('mint-preview')
  await preview.waitFor({ timeout: 20_000 })
  const read = async (name: string) => BigInt((await preview.getAttribute(name)) ?? '-1')
  return {
    diemOut: await read('data-diem-out'),
    minDiemOut: await read('data-min-diem-out'),
    contractDiemOut: await read('data-contract-diem-out'),
  }
}

/** The DIEM side in a real browser: mint, burn, stake, unstake — each checked on chain at its block. */
describe('DIEM through the dApp', () => {
  let browser: Browser
  let page: Page
  let hydrationErrors: string[]
  let mintedWei = 0n

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
    hydrationErrors = collectHydrationErrors(page)
    // The app logs the raw error of a failed transaction: shown here, it explains a failing test.
    page.on('console', (message) => {
      if (message.text().startsWith('[rialto]')) console.log(message.text())
    })
    await page.goto(webUrl)
    await connectDevAccount(page, accountIndex)
  })
  afterAll(async () => {
    await resumeMining()
    expect(hydrationErrors).toEqual([])
    await browser?.close()
  })

  it('mints DIEM at the previewed amount, with the slippage floor sent to the contract', async () => {
    await typeAmount(page, 'mint-amount', '1000')
    const preview = await mintPreview(page)
    expect(preview.contractDiemOut).toBe(preview.diemOut)
    expect(preview.minDiemOut).toBe((preview.diemOut * 9_950n) / 10_000n)

    const result = await submit(page, 'mint-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const hash = result.hashes[0] as Hash
    const { before, after } = await aroundTransaction(account, hash)
    mintedWei = after.diem - before.diem
    expect(mintedWei).toBe(preview.diemOut)
    expect(after.locked - before.locked).toBe(parseEther('1000'))
    expect(after.outstandingDiem - before.outstandingDiem).toBe(preview.diemOut)
    const { input } = await publicClient.getTransaction({ hash })
    expect(decodeFunctionData({ abi: stakingAbi, data: input }).args).toEqual([parseEther('1000'), preview.minDiemOut])
    expect(await shownWei(page, 'mint-result')).toBe(mintedWei)
  })

  it('shows the slippage message and mints nothing when supply moves past an exact (0%) tolerance', async () => {
    await page.getByTestId('mint-slippage').fill('0')
    await typeAmount(page, 'mint-amount', '500')
    // Another holder will mint enough to push DIEM supply into the next, dearer rate bucket.
    const sVvvToCross = await sVvvToCrossIntoNextBucket()
    await stakeForTreasury(sVvvToCross)
    await waitForBlock(page, await publicClient.getBlockNumber())
    const preview = await mintPreview(page)
    expect(preview.minDiemOut).toBe(preview.diemOut)
    const before = await chainState(account)

    // Our mint is checked and signed against today's supply and waits in the pool; the other mint pays a
    // higher tip, so it goes first in the same block, and ours reverts on chain.
    await pauseMining()
    const lastBlock = await publicClient.getBlockNumber()
    const outcome = submit(page, 'mint-submit')
    await until(async () => (await testClient.getTxpoolStatus()).pending >= 1)
    await treasury.writeContract({
      address: contracts.staking,
      abi: stakingAbi,
      functionName: 'mintDiem',
      args: [sVvvToCross, 0n],
      // Its own estimate would run on the pool with our mint first: give it room instead.
      gas: 3_000_000n,
      maxPriorityFeePerGas: parseGwei('50'),
      maxFeePerGas: parseGwei('100'),
    })
    await testClient.mine({ blocks: 1 })
    // The block just mined, read while mining is still paused: an interval block that was already on its way
    // when mining paused can come first, so it is not always `lastBlock + 1`.
    const block = await publicClient.getBlock({ blockTag: 'latest', includeTransactions: true })
    const result = await outcome
    await resumeMining()

    expect(result).toMatchObject({ phase: 'failed', kind: 'slippage' })
    expect(result.phase === 'failed' && result.message).toMatch(/mint rate moved past your slippage tolerance/)
    expect(block.number).toBeGreaterThan(lastBlock)
    const ours = block.transactions.find(({ from }) => from.toLowerCase() === account.toLowerCase())
    if (!ours) throw new Error('our mint was not in the block')
    expect((await publicClient.getTransactionReceipt({ hash: ours.hash })).status).toBe('reverted')
    const after = await chainState(account)
    expect([after.diem, after.locked, after.outstandingDiem, after.unlocked]).toEqual([
      before.diem,
      before.locked,
      before.outstandingDiem,
      before.unlocked,
    ])
    await page.getByTestId('mint-slippage').fill('0.5')
    await typeAmount(page, 'mint-amount', '')
  })

  it('burns DIEM and unlocks the previewed share of its own lock', async () => {
    const toBurn = truncated(mintedWei / 2n)
    await typeAmount(page, 'burn-amount', formatUnits(toBurn, 18))
    await page.getByTestId('burn-preview').waitFor()
    const unlocks = await shownWei(page, 'burn-preview')
    const result = await submit(page, 'burn-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const { before, after } = await aroundTransaction(account, result.hashes[0] as Hash)
    expect(before.diem - after.diem).toBe(toBurn)
    expect(before.locked - after.locked).toBe(unlocks)
    expect(after.unlocked - before.unlocked).toBe(unlocks)
  })

  it('stakes all wallet DIEM (Max) and shows $1 a day of API credit per staked DIEM', async () => {
    const { diem: walletDiem } = await chainState(account)
    await page.getByTestId('diem-stake-amount').locator('xpath=..').getByRole('button', { name: 'Max' }).click()
    const result = await submit(page, 'diem-stake-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const { before, after } = await aroundTransaction(account, result.hashes[0] as Hash)
    expect(after.diemStaked - before.diemStaked).toBe(walletDiem)
    expect(after.diem).toBe(0n)
    const usd = Number(await page.getByTestId('daily-api-credit').getAttribute('data-usd'))
    expect(usd).toBe(Number(after.diemStaked / 10n ** 16n) / 100)
  })

  it('starts a DIEM unstake with a 1-day countdown, then unstakes it once the day has passed', async () => {
    const { diemStaked } = await chainState(account)
    const typed = truncated(diemStaked / 2n)
    await typeAmount(page, 'diem-unstake-amount', formatUnits(typed, 18))
    const started = await submit(page, 'diem-unstake-submit')
    if (started.phase !== 'confirmed') throw new Error(started.message)
    const { after, timestamp } = await aroundTransaction(account, started.hashes[0] as Hash)
    expect(after.diemUnstake).toEqual({ amount: typed, cooldownEnd: timestamp + BigInt(day) })
    await page.getByTestId('diem-unstake-pending-countdown').waitFor()
    await expect(page.getByTestId('diem-withdraw-submit').isDisabled()).resolves.toBe(true)

    await advanceTime(day + 1)
    await page.getByTestId('diem-unstake-pending-ready').waitFor({ timeout: 20_000 })
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('[data-testid="diem-withdraw-submit"]')?.disabled,
    )
    const withdrawn = await submit(page, 'diem-withdraw-submit')
    if (withdrawn.phase !== 'confirmed') throw new Error(withdrawn.message)
    const around = await aroundTransaction(account, withdrawn.hashes[0] as Hash)
    expect(around.after.diem - around.before.diem).toBe(typed)
    expect(around.after.diemUnstake.amount).toBe(0n)
  })
})
