import type { Browser, BrowserContext, Page } from 'playwright-core'
import { parseEther } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv } from './browser'
import { chainState, devAccount, mineEveryTransaction, publicClient, restoreIntervalMining } from './chain'
import {
  beforeFirstRawTransaction,
  connectDevAccount,
  freezeBlockNumberSeenBy,
  rejectNextSignature,
  submit,
  typeAmount,
} from './dapp'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
/** Anvil account #5: liquid VVV after seeding, nothing approved; no other e2e file signs with it. */
const first = { index: 5, address: devAccount(5).address }

const stakeButtonText = (page: Page) => page.getByTestId('stake-submit').textContent()

/** A stake flow that something cuts short: a refusal after the approval landed. */
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

  it('reads the allowance again as soon as a flow ends, not at the next block', async () => {
    await connectDevAccount(page, first.index)
    await typeAmount(page, 'stake-amount', '40')
    await expect(stakeButtonText(page)).resolves.toBe('Approve, then stake (two confirmations)')
    const unfreeze = await freezeBlockNumberSeenBy(page, rpcUrl, await publicClient.getBlockNumber())
    await mineEveryTransaction()
    try {
      // The approval is signed; the stake that follows it is refused.
      await beforeFirstRawTransaction(page, rpcUrl, () => rejectNextSignature(page))
      const result = await submit(page, 'stake-submit')
      expect(result).toMatchObject({ phase: 'failed', kind: 'rejected' })
      expect(result.phase === 'failed' && result.message).toMatch(/Already confirmed before that: Approve 40 VVV/)
      expect((await chainState(first.address)).allowance).toBe(parseEther('40'))
      // No new block reaches the page, yet the button knows the approval is there.
      await page.waitForFunction(
        () => document.querySelector('[data-testid="stake-submit"]')?.textContent === 'Stake',
        undefined,
        { timeout: 5_000 },
      )
    } finally {
      await unfreeze()
      await restoreIntervalMining()
    }
  })
})
