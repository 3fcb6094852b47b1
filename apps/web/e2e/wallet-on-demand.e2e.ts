import { devnet } from '@rialto/contracts-abi/chains'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv } from './browser'
import { devAccount } from './chain'
import { openConnectModal } from './dapp'

const webUrl = requiredEnv('WEB_URL')

/** Whether the wallet stack (wagmi, viem, TanStack Query) has started in the page. */
const walletStarted = (page: Page) => page.evaluate(() => document.documentElement.dataset.walletReady === 'true')

/** Opens `path` and lets the page settle: hydrated, the network quiet, and a moment more for anything deferred. */
async function settle(page: Page, path: string) {
  await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' })
  await page.waitForSelector('html[data-hydrated="true"]')
  await page.waitForTimeout(1_500)
}

describe('the wallet code, loaded when a wallet is wanted', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('stays out of a first visit to the dashboard and the chat, and arrives with the click on “Connect wallet”', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    for (const path of ['/', '/chat']) {
      await settle(page, path)
      expect({ path, walletStarted: await walletStarted(page) }).toEqual({ path, walletStarted: false })
    }
    await settle(page, '/')
    await openConnectModal(page, /dev account/i)
    expect(await walletStarted(page)).toBe(true)
    await context.close()
  })

  it('starts at once on a watched address, which follows new blocks', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${webUrl}/?address=${devAccount(0).address}`)
    await page.waitForSelector('html[data-wallet-ready="true"]', { timeout: 15_000 })
    await context.close()
  })

  it('starts at once when an earlier visit left a transaction to follow', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await settle(page, '/')
    // What the flow store keeps for a sent transaction not yet seen mined (public facts only).
    const sent = [
      {
        chainId: devnet.id,
        account: devAccount(0).address,
        action: 'stake',
        hash: `0x${'ab'.repeat(32)}`,
        label: 'Stake VVV',
      },
    ]
    await page.evaluate((text) => window.localStorage.setItem('rialto.sentTransactions', text), JSON.stringify(sent))
    await page.reload()
    await page.waitForSelector('html[data-wallet-ready="true"]', { timeout: 15_000 })
    await context.close()
  })
})
