import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docsOrigin, docsSiteInChromium } from './docs-site'

/** Words a reader will look for; the guides use each of them. */
const searchTerms = ['cooldown', 'mint rate', 'passphrase', 'Transaction Builder']

describe('offline search', () => {
  const site = docsSiteInChromium()
  let context: BrowserContext
  let page: Page

  beforeEach(async () => {
    context = await site.newContext({ colorScheme: 'light' })
    page = await context.newPage()
  })
  afterEach(async () => {
    await context.close()
  })

  it.each(searchTerms)('finds a page for "%s" from the index the site serves itself', async (term) => {
    const indexRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/search')) indexRequests.push(request.url())
    })
    await page.goto(`${docsOrigin}/`)
    await page.locator('button[data-search-full]').click()
    await page.getByRole('dialog').getByPlaceholder('Search').fill(term)
    const firstResult = page.getByRole('dialog').locator('button[aria-selected]').first()
    await firstResult.waitFor()
    await firstResult.click()
    await page.waitForURL((url) => url.pathname !== '/' || url.hash !== '')
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy()
    expect(await page.title()).not.toMatch(/not found/i)
    expect(indexRequests.every((url) => url.startsWith(docsOrigin))).toBe(true)
    expect(indexRequests.length).toBeGreaterThan(0)
    expect(site.blockedRequests()).toEqual([])
  })
})
