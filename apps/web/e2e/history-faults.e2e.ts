import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, waitForHttp } from '../scripts/local-server.mjs'
import { scrollToCharts } from '../scripts/scroll-to-charts.mjs'
import { launchBrowser } from './browser'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const servers: ChildProcess[] = []
let browser: Browser

/** Another `next start` of the same build, with the history settings a deployment might have. */
async function serveWith(indexerUrl: string | undefined) {
  const port = await freePort()
  const env = { ...process.env, INDEXER_URL: indexerUrl }
  if (indexerUrl === undefined) delete env.INDEXER_URL
  const next = `${webRoot}node_modules/.bin/next`
  const server = spawn(next, ['start', '--port', String(port)], { cwd: webRoot, env, stdio: 'ignore', detached: true })
  servers.push(server)
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(url, server)
  return url
}

async function openCharts(page: Page, url: string) {
  await page.goto(url)
  await scrollToCharts(page)
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM')
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
