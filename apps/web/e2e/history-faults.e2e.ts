import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../scripts/local-server.mjs'
import { scrollToCharts } from '../scripts/scroll-to-charts.mjs'
import { launchBrowser } from './browser'
import { serversWithHistorySettings } from './servers-with-history-settings'

const { serveWith, stopAll } = serversWithHistorySettings()
let browser: Browser

async function openCharts(page: Page, url: string) {
  await page.goto(url)
  await scrollToCharts(page)
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  stopAll()
})

describe('history that is not there', () => {
  it('without an indexer: says history needs one, and still draws what the chain gives now', async () => {
    const page = await browser.newPage()
    await openCharts(page, `${await serveWith(undefined)}/`)
    await page.locator('[data-testid="network-overview"]').waitFor()
    expect(await page.locator('[data-testid="chart-capacity-vvv-empty"]').textContent()).toContain(
      'History needs the indexer',
    )
    // The mint curve is the on-chain table, not history.
    await page.locator('[data-testid="chart-mint-curve"] svg.recharts-surface').first().waitFor()
    await page.close()
  })

  it('with an indexer that does not answer: says so, offers a retry, and draws no line', async () => {
    const page = await browser.newPage()
    await openCharts(page, `${await serveWith(`http://127.0.0.1:${await freePort()}`)}/`)
    const empty = page.locator('[data-testid="chart-capacity-vvv-empty"]')
    expect(await empty.textContent()).toContain('The history indexer did not answer')
    await empty.getByRole('button', { name: 'Retry' }).waitFor()
    expect(await page.locator('[data-testid="chart-capacity-vvv"] svg.recharts-surface').count()).toBe(0)
    await page.close()
  })
})
