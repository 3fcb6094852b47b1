import { stakingAbi } from '@rialto/contracts-abi/abis'
import { devnet } from '@rialto/contracts-abi/chains'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { zeroAddress } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { injectedWalletScript } from '../scripts/injected-wallet.mjs'
import { collectHydrationErrors, countEthCalls, launchBrowser, requiredEnv } from './browser'
import { chainState, contracts, publicClient, testClient } from './chain'
import { connectBrowserWallet } from './dapp'

const webUrl = requiredEnv('WEB_URL')

/** Anvil's dev account 0, which the devnet seed gives a Venice position. */
const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const { staking } = contracts

/** Every amount the dashboard shows, as the chain has it at `blockNumber`, keyed like the page's `data-testid`s. */
async function onChainBalances(blockNumber: bigint) {
  const state = await chainState(account, blockNumber)
  return {
    'balance-vvv': state.vvv.toString(),
    'balance-svvv': state.sVvv.toString(),
    'balance-svvv-unlocked': state.unlocked.toString(),
    'balance-svvv-locked': state.locked.toString(),
    'balance-pending-rewards': state.pendingRewards.toString(),
    'balance-diem': state.diem.toString(),
    'balance-diem-staked': state.diemStaked.toString(),
    'unstake-pending': state.unstake.amount.toString(),
    'diem-unstake-pending': state.diemUnstake.amount.toString(),
  }
}

/** Reads the panel's block and every `data-wei` in one go, so they cannot straddle a re-render. */
function readBalancesPanel(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid="balances"]')
    const stats = Array.from(document.querySelectorAll('[data-testid="balances"] [data-wei]'))
    return {
      blockNumber: BigInt(panel?.getAttribute('data-block-number') ?? '-1'),
      weiByTestId: Object.fromEntries(
        stats.map((stat) => [stat.getAttribute('data-testid'), stat.getAttribute('data-wei')]),
      ),
    }
  })
}

describe('balances panel', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let hydrationErrors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    // A fresh context per test: no wallet, no cookies.
    context = await browser.newContext()
    page = await context.newPage()
    hydrationErrors = collectHydrationErrors(page)
  })
  afterEach(async () => {
    expect(hydrationErrors).toEqual([])
    await context.close()
  })

  describe('in watch mode (?address=)', () => {
    it('shows the watched address’s balances exactly as the chain has them', async () => {
      await page.goto(`${webUrl}/?address=${account}`)
      await page.waitForSelector('[data-testid="balances"][data-block-number]', { timeout: 30_000 })
      await expect(page.getByRole('button', { name: /connect wallet/i }).count()).resolves.toBe(1)

      const shown = await readBalancesPanel(page)
      // Read at the page's own block: values that grow every second (pending rewards) compare exactly too.
      expect(shown.weiByTestId).toEqual(await onChainBalances(shown.blockNumber))
      expect(BigInt(shown.weiByTestId['balance-pending-rewards'] ?? '0')).toBeGreaterThan(0n)

      const latestPendingRewards = await publicClient.readContract({
        address: staking,
        abi: stakingAbi,
        functionName: 'pendingRewards',
        args: [account],
      })
      expect(latestPendingRewards).toBeGreaterThanOrEqual(BigInt(shown.weiByTestId['balance-pending-rewards'] ?? '0'))
    })

    it('reads again when a new block arrives', async () => {
      await page.goto(`${webUrl}/?address=${account}`)
      await page.waitForSelector('[data-testid="balances"][data-block-number]', { timeout: 30_000 })
      const { blockNumber: firstBlock } = await readBalancesPanel(page)

      await testClient.mine({ blocks: 1 })
      await page.waitForFunction(
        (after) =>
          BigInt(document.querySelector('[data-testid="balances"]')?.getAttribute('data-block-number') ?? '0') >
          BigInt(after),
        firstBlock.toString(),
        { timeout: 20_000 },
      )
      const refreshed = await readBalancesPanel(page)
      expect(refreshed.weiByTestId).toEqual(await onChainBalances(refreshed.blockNumber))
    })

    it('says that the zero address is the burn address, above its figures', async () => {
      await page.goto(`${webUrl}/?address=${zeroAddress}`)
      await page.waitForSelector('[data-testid="balances"][data-block-number]', { timeout: 30_000 })
      const notice = page.getByTestId('watch-burn-address')
      await notice.waitFor({ timeout: 5_000 })
      await expect(notice.textContent()).resolves.toMatch(/burn address.*VVV sent here is burned/)
      const noticeAboveFigures = await page.evaluate(() => {
        const shown = document.querySelector('[data-testid="watch-burn-address"]')
        const figure = document.querySelector('[data-testid="balance-vvv"]')
        return Boolean(shown && figure && shown.compareDocumentPosition(figure) & Node.DOCUMENT_POSITION_FOLLOWING)
      })
      expect(noticeAboveFigures).toBe(true)
    })

    it('shows no burn-address notice for a holder', async () => {
      await page.goto(`${webUrl}/?address=${account}`)
      await page.waitForSelector('[data-testid="balances"][data-block-number]', { timeout: 30_000 })
      await expect(page.getByTestId('watch-burn-address').count()).resolves.toBe(0)
    })

    it('says clearly when ?address= is not an address, and reads nothing', async () => {
      const ethCalls = countEthCalls(page)
      await page.goto(`${webUrl}/?address=nothex`)

      const message = page.getByTestId('watch-address-invalid')
      await message.waitFor({ timeout: 30_000 })
      await expect(message.textContent()).resolves.toMatch(/not an Ethereum address/)
      // No position figures (the network overview below has figures of its own).
      await expect(page.locator('[data-testid="balances"] [data-wei]').count()).resolves.toBe(0)
      await page.waitForLoadState('networkidle')
      expect(ethCalls()).toBe(0)
    })
  })

  describe('with a connected wallet', () => {
    it('shows the connected account’s balances, also after a reload served from the wallet cookie', async () => {
      await context.addInitScript(injectedWalletScript({ account, chainId: devnet.id }))
      await page.goto(webUrl)
      await connectBrowserWallet(page)
      await page.waitForSelector('[data-testid="balances"][data-block-number]', { timeout: 30_000 })
      const connected = await readBalancesPanel(page)
      expect(connected.weiByTestId).toEqual(await onChainBalances(connected.blockNumber))

      // The server reads the wallet cookie, so its HTML already shows the account: nothing for hydration to fix.
      const serverHtml = await (await context.request.get(webUrl)).text()
      expect(serverHtml).toMatch(new RegExp(`data-testid="balances-address"[^>]*>${account}`))

      await page.reload()
      await page.waitForSelector('[data-testid="balances"][data-block-number]', { timeout: 30_000 })
      const reloaded = await readBalancesPanel(page)
      expect(reloaded.weiByTestId).toEqual(await onChainBalances(reloaded.blockNumber))
    })
  })
})
