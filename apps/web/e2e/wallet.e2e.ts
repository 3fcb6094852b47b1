import { devnet } from '@rialto/contracts-abi/chains'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { injectedWalletScript } from '../scripts/injected-wallet.mjs'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import { devAccount } from './chain'
import { connectBrowserWallet } from './dapp'

const webUrl = requiredEnv('WEB_URL')
const account = devAccount(4).address

describe('a browser wallet on another network', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('gets one clear prompt whose button switches the wallet, and no actions until then', async () => {
    const context = await browser.newContext()
    await context.addInitScript(injectedWalletScript({ account, chainId: devnet.id }))
    const page = await context.newPage()
    const hydrationErrors = collectHydrationErrors(page)
    await page.goto(webUrl)
    await connectBrowserWallet(page)
    await page.getByTestId('actions').waitFor({ timeout: 30_000 })
    // The person switches the wallet to Ethereum mainnet, which Rialto does not serve.
    await page.evaluate(() =>
      (window as unknown as { testWallet: { switchChain(id: string): void } }).testWallet.switchChain('0x1'),
    )

    const prompt = page.getByTestId('wrong-network')
    await prompt.waitFor({ timeout: 30_000 })
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: /network/i })
        .count(),
    ).resolves.toBe(1)
    await expect(prompt.textContent()).resolves.toMatch(/chain 1/)
    await expect(page.getByTestId('actions').count()).resolves.toBe(0)

    await prompt.getByRole('button', { name: /switch to rialto devnet/i }).click()
    await prompt.waitFor({ state: 'detached', timeout: 20_000 })
    await page.getByTestId('actions').waitFor({ timeout: 20_000 })
    expect(hydrationErrors).toEqual([])
    await context.close()
  })
})

describe('a browser wallet that refuses the connection', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('says the wallet refused, leaves no spinner behind, and connects on a retry once the wallet accepts', async () => {
    const context = await browser.newContext()
    await context.addInitScript(injectedWalletScript({ account, chainId: devnet.id, refuseConnection: true }))
    const page = await context.newPage()
    const hydrationErrors = collectHydrationErrors(page)
    await page.goto(webUrl)
    await connectBrowserWallet(page)

    const refusal = page.getByTestId('connect-refused')
    await refusal.waitFor({ timeout: 10_000 })
    await expect(refusal.textContent()).resolves.toMatch(/The wallet refused the connection/)
    // RainbowKit's "Opening… Confirm connection in the extension" would be untrue now: its modal is closed.
    await expect(page.getByText(/Confirm connection in the extension/).count()).resolves.toBe(0)
    await expect(page.getByTestId('actions').count()).resolves.toBe(0)

    await page.evaluate(() =>
      (window as unknown as { testWallet: { acceptConnections(): void } }).testWallet.acceptConnections(),
    )
    await refusal.getByRole('button', { name: /try again/i }).click()
    await page.getByRole('button', { name: /browser wallet/i }).click()
    await page.getByTestId('actions').waitFor({ timeout: 30_000 })
    await expect(page.getByTestId('connect-refused').count()).resolves.toBe(0)
    expect(hydrationErrors).toEqual([])
    await context.close()
  })
})
