import { devnet } from '@rialto/contracts-abi/chains'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import { devAccount } from './chain'
import { injectedWalletScript } from './injected-wallet'

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
    await page.getByRole('button', { name: /connect wallet/i }).click()
    await page.getByRole('button', { name: /browser wallet/i }).click()
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
