import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, recordRpcRequests, requiredEnv, setPageVisibility } from './browser'
import { devAccount, publicClient } from './chain'
import { waitForBlock } from './dapp'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
const watched = devAccount(3).address
const watchSeconds = 20
const hiddenSeconds = 5

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the dashboard’s RPC cost while it stays open', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('costs at most one request per new block, and none while the tab is hidden', async () => {
    const page = await (await browser.newContext()).newPage()
    const requests = recordRpcRequests(page, rpcUrl)
    await page.goto(`${webUrl}/?address=${watched}`)
    await page.waitForSelector('html[data-wallet-ready="true"]')

    // Steady state in watch mode: the devnet mines a block every second on its own.
    const firstBlock = await publicClient.getBlockNumber()
    const before = requests.length
    await sleep(watchSeconds * 1_000)
    const watchedRequests = requests.slice(before)
    const blocks = Number((await publicClient.getBlockNumber()) - firstBlock)
    console.log(
      `watch mode, ${watchSeconds} s: ${watchedRequests.length} RPC HTTP request(s) for ${blocks} new block(s)` +
        ` (${(watchedRequests.length / Math.max(blocks, 1)).toFixed(2)} per block):`,
      watchedRequests.map((methods) => methods.join('+')).join(', '),
    )
    expect(blocks).toBeGreaterThan(watchSeconds / 2)
    expect(watchedRequests.length).toBeLessThanOrEqual(blocks + 1)
    await waitForBlock(page, firstBlock + BigInt(blocks) - 1n)

    // A hidden tab asks nothing; a read already under way may still land, so the count starts after a moment.
    await setPageVisibility(page, 'hidden')
    await sleep(500)
    const hiddenFrom = requests.length
    const hiddenFromBlock = await publicClient.getBlockNumber()
    await sleep(hiddenSeconds * 1_000)
    const hiddenRequests = requests.length - hiddenFrom
    const hiddenBlocks = (await publicClient.getBlockNumber()) - hiddenFromBlock
    console.log(
      `hidden tab, ${hiddenSeconds} s: ${hiddenRequests} RPC HTTP request(s) while ${hiddenBlocks} block(s) were mined`,
    )
    expect(hiddenRequests).toBe(0)

    // Shown again: it catches up at once, with one read.
    const shownFrom = requests.length
    const latest = await publicClient.getBlockNumber()
    await setPageVisibility(page, 'visible')
    await waitForBlock(page, latest)
    const shownRequests = requests.slice(shownFrom)
    console.log('visible again, until the page shows the latest block:', shownRequests)
    expect(shownRequests.length).toBeLessThanOrEqual(2)
  })
})
