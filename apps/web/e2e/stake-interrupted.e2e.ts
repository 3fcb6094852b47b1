import { vvvAbi } from '@rialto/contracts-abi/abis'
import { shortAddress } from '@rialto/protocol/format'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { isHash, parseEther } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv, setPageVisibility } from './browser'
import {
  chainState,
  contracts,
  devAccount,
  emptyVvvBalance,
  mineEveryTransaction,
  otherWallet,
  pauseMining,
  publicClient,
  restoreIntervalMining,
  resumeMining,
} from './chain'
import { beforeFirstRawTransaction, connectDevAccount, rejectNextSignature, statusIn, submit, typeAmount } from './dapp'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
/** Anvil accounts #5 and #7: liquid VVV after seeding, nothing approved; no other e2e file signs with them. */
const first = { index: 5, address: devAccount(5).address }
const second = { index: 7, address: devAccount(7).address }

const stakeButtonText = (page: Page) => page.getByTestId('stake-submit').textContent()
const hashesShown = async (page: Page) =>
  ((await page.getByTestId('stake-submit-result').getAttribute('data-tx-hashes')) ?? '').split(',').filter(isHash)

/** A stake flow that something cuts short: a reload, an account switch, a refusal after the approval landed. */
describe('an interrupted stake', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    context = await browser.newContext()
    page = await context.newPage()
    await page.goto(webUrl)
  })
  afterEach(async () => {
    await context.close()
  })

  it('remembers a transaction sent before a reload: pending, guarded, then confirmed', async () => {
    await connectDevAccount(page, first.index)
    const before = await chainState(first.address)
    await pauseMining()
    try {
      await typeAmount(page, 'stake-amount', '10')
      await page.getByTestId('stake-submit').click()
      await statusIn(page, 'stake-submit', 'pending')

      await page.reload()
      await page.getByTestId('actions').waitFor({ timeout: 30_000 })
      await expect(statusIn(page, 'stake-submit', 'pending', 10_000)).resolves.toMatch(
        /"Approve 10 VVV" is waiting to be included in a block/,
      )
      // The same action cannot be sent again while the first one is still out there.
      await typeAmount(page, 'stake-amount', '10')
      await expect(page.getByTestId('stake-submit').isDisabled()).resolves.toBe(true)
    } finally {
      await resumeMining()
    }
    await expect(statusIn(page, 'stake-submit', 'confirmed')).resolves.toMatch(/Done: Approve 10 VVV/)
    const [approveHash] = await hashesShown(page)
    if (!approveHash) throw new Error('The confirmed approval shows no transaction hash')
    const receipt = await publicClient.getTransactionReceipt({ hash: approveHash })
    expect(receipt.status).toBe('success')
    const after = await chainState(first.address)
    expect(after.allowance).toBe(parseEther('10'))
    expect(after.nonce).toBe(before.nonce + 1)
    expect(after.sVvv).toBe(before.sVvv)

    // Settled transactions are forgotten: the next visit starts clean.
    await page.reload()
    await page.getByTestId('actions').waitFor({ timeout: 30_000 })
    await expect(page.getByTestId('stake-submit-status').count()).resolves.toBe(0)
  })

  it('shows a remembered transaction that reverts as reverted', async () => {
    // Approved from outside the page, so the page's plan is the stake alone.
    const approve = await otherWallet(second.index).writeContract({
      address: contracts.vvv,
      abi: vvvAbi,
      functionName: 'approve',
      args: [contracts.staking, parseEther('10')],
    })
    await publicClient.waitForTransactionReceipt({ hash: approve })
    await connectDevAccount(page, second.index)
    await typeAmount(page, 'stake-amount', '10')
    await page.waitForFunction(() => document.querySelector('[data-testid="stake-submit"]')?.textContent === 'Stake')
    await pauseMining()
    try {
      await page.getByTestId('stake-submit').click()
      await statusIn(page, 'stake-submit', 'pending')
      await page.reload()
      await page.getByTestId('actions').waitFor({ timeout: 30_000 })
      await statusIn(page, 'stake-submit', 'pending', 10_000)
      // The VVV leaves before the block is mined, so the stake waiting in the pool reverts.
      await emptyVvvBalance(second.address)
    } finally {
      await resumeMining()
    }
    await expect(statusIn(page, 'stake-submit', 'failed')).resolves.toMatch(/"Stake 10 VVV" was reverted/)
    const [revertedHash] = await hashesShown(page)
    if (!revertedHash) throw new Error('The reverted stake shows no transaction hash')
    const receipt = await publicClient.getTransactionReceipt({ hash: revertedHash })
    expect(receipt.status).toBe('reverted')
  })

  it('keeps the story of a flow cut short by an account switch, for the account it belongs to', async () => {
    await connectDevAccount(page, first.index)
    const firstBefore = await chainState(first.address)
    const secondBefore = await chainState(second.address)
    await pauseMining()
    try {
      await typeAmount(page, 'stake-amount', '25')
      await page.getByTestId('stake-submit').click()
      await statusIn(page, 'stake-submit', 'pending')
      await page.getByTestId('dev-account-select').selectOption(String(second.index))
      await page.waitForFunction(
        (address) => document.querySelector('[data-testid="balances-address"]')?.textContent?.includes(address),
        second.address,
      )
    } finally {
      await resumeMining()
    }
    const story = page.getByTestId('other-account-flows')
    await page.waitForFunction(
      () => /not sent/.test(document.querySelector('[data-testid="other-account-flows"]')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    )
    const told = (await story.textContent()) ?? ''
    expect(told).toContain(`For ${shortAddress(first.address)}`)
    expect(told).toMatch(/Already confirmed: Approve 25 VVV/)
    expect(told).toMatch(/"Stake 25 VVV" was not sent/)
    // Not the new account's state: its own stake button has nothing to report.
    await expect(page.getByTestId('stake-submit-status').count()).resolves.toBe(0)

    const firstAfter = await chainState(first.address)
    expect(firstAfter.nonce).toBe(firstBefore.nonce + 1)
    expect(firstAfter.allowance).toBe(parseEther('25'))
    expect(firstAfter.sVvv).toBe(firstBefore.sVvv)
    expect((await chainState(second.address)).nonce).toBe(secondBefore.nonce)

    // Back on the first account, its own panel tells the story, and the notice for "another account" goes.
    await page.getByTestId('dev-account-select').selectOption(String(first.index))
    await expect(statusIn(page, 'stake-submit', 'failed', 20_000)).resolves.toMatch(/Already confirmed: Approve 25 VVV/)
    await expect(page.getByTestId('other-account-flows').count()).resolves.toBe(0)
  })

  it('reads the allowance again as soon as a flow ends, not at the next block', async () => {
    await connectDevAccount(page, first.index)
    await typeAmount(page, 'stake-amount', '40')
    await expect(stakeButtonText(page)).resolves.toBe('Approve, then stake (two confirmations)')
    // A hidden tab does not poll: only the end of the flow can make the page read the chain again.
    await setPageVisibility(page, 'hidden')
    await mineEveryTransaction()
    try {
      // The approval is signed; the stake that follows it is refused.
      await beforeFirstRawTransaction(page, rpcUrl, () => rejectNextSignature(page))
      const result = await submit(page, 'stake-submit')
      expect(result).toMatchObject({ phase: 'failed', kind: 'rejected' })
      expect(result.phase === 'failed' && result.message).toMatch(/Already confirmed before that: Approve 40 VVV/)
      expect((await chainState(first.address)).allowance).toBe(parseEther('40'))
      // No poll reaches the chain, yet the button knows the approval is there.
      await page.waitForFunction(
        () => document.querySelector('[data-testid="stake-submit"]')?.textContent === 'Stake',
        undefined,
        { timeout: 5_000 },
      )
    } finally {
      await setPageVisibility(page, 'visible')
      await restoreIntervalMining()
    }
  })
})
