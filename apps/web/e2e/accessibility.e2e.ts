import { AxeBuilder } from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scrollToCharts } from '../scripts/scroll-to-charts.mjs'
import { chatPassphrase, createVault, openChat, unlock } from './chat-user'
import { connectDevAccount } from './dapp'
import { browserAndChatServer, openPage, pointChatAt, treasuryPath, watchDevAccount } from './main-pages'

/** axe-core on every main page, connected and not, the chat locked and unlocked: nothing serious or critical. */

/**
 * The serious and critical violations on the page once the header's wallet state has settled (a button reconnecting
 * is disabled, then enabled), one line each, to read in a failure.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.locator('[data-testid="wallet-account"], button:text-is("Connect wallet"):enabled').first().waitFor()
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .flatMap(({ id, help, nodes }) => nodes.map(({ target }) => `${id} (${help}): ${target.join(' ')}`))
}

describe('accessibility', () => {
  const shared = browserAndChatServer()
  let context: BrowserContext
  let page: Page

  beforeEach(async () => {
    // Reduced motion: buttons change colour at once instead of through a transition axe could measure half-way.
    context = await shared.browser().newContext({ reducedMotion: 'reduce' })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context.close()
  })

  it('the dashboard, before and after a wallet connects', async () => {
    await openPage(page, '/')
    await expect(seriousViolations(page)).resolves.toEqual([])
    await connectDevAccount(page, 0)
    await expect(seriousViolations(page)).resolves.toEqual([])
  })

  it('a watched address', async () => {
    await watchDevAccount(page)
    await expect(seriousViolations(page)).resolves.toEqual([])
  })

  it('a watched address with its charts drawn, as charts and as tables', async () => {
    await watchDevAccount(page)
    await scrollToCharts(page)
    await expect(seriousViolations(page)).resolves.toEqual([])
    for (const toggle of await page.getByRole('button', { name: 'Table', exact: true }).all()) await toggle.click()
    await expect(seriousViolations(page)).resolves.toEqual([])
  })

  it('the chat: creating a vault, unlocking it, unlocked, and with an answer on screen', async () => {
    await openChat(page)
    await expect(seriousViolations(page)).resolves.toEqual([])
    await createVault(page)
    await expect(seriousViolations(page)).resolves.toEqual([])
    await page.reload()
    await page.getByTestId('vault-unlock').waitFor()
    await expect(seriousViolations(page)).resolves.toEqual([])
    await unlock(page, chatPassphrase)
    await page.getByTestId('chat-unlocked').waitFor()
    await expect(seriousViolations(page)).resolves.toEqual([])
    await pointChatAt(page, shared.chatServerUrl())
    await expect(seriousViolations(page)).resolves.toEqual([])
  })

  it('the treasury view, empty and with ten addresses and a label being edited', async () => {
    await openPage(page, '/treasury')
    await page.getByTestId('treasury-empty').waitFor()
    await expect(seriousViolations(page)).resolves.toEqual([])
    await openPage(page, treasuryPath)
    await page.waitForSelector('[data-testid="treasury"][data-block-number]')
    await page
      .getByRole('button', { name: /^Rename/ })
      .first()
      .click()
    await expect(seriousViolations(page)).resolves.toEqual([])
  })

  it('the not-found page', async () => {
    await openPage(page, '/_not-found')
    await expect(seriousViolations(page)).resolves.toEqual([])
  })
})
