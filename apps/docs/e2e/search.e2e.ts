import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docsOrigin, docsSiteInChromium } from './docs-site'

/** Words a reader will look for; the guides use each of them. */
const searchTerms = ['cooldown', 'mint rate', 'passphrase', 'Transaction Builder']
const startPath = '/reference/contracts/multicall3'

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
    // A page without the words: the result found must be another one.
    await page.goto(`${docsOrigin}${startPath}`)
    await page.locator('button[data-search-full]').click()
    await page.getByRole('dialog').getByPlaceholder('Search').fill(term)
    // Orama also matches parts of words ("transactions" for "Transaction Builder"): take a result quoting the term.
    const result = page
      .getByRole('dialog')
      .locator('button[aria-selected]', { hasText: new RegExp(term, 'i') })
      .first()
    await result.waitFor()
    await result.click()
    await page.waitForURL((url) => url.pathname !== startPath)
    await expect(page.locator('#nd-page').textContent()).resolves.toMatch(new RegExp(term, 'i'))
    expect(indexRequests.length).toBeGreaterThan(0)
    expect(indexRequests.every((url) => url.startsWith(docsOrigin))).toBe(true)
    expect(site.blockedRequests()).toEqual([])
  })
})
