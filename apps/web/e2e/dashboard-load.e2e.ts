import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv } from './browser'
import { devAccount, pauseMining, publicClient, resumeMining, testClient } from './chain'
import { waitForBlock } from './dapp'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
const watched = devAccount(3).address

/** The JSON-RPC methods of each HTTP request the page sent to the devnet (a batch is one request). */
function recordRpcRequests(page: Page) {
  const requests: string[][] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(rpcUrl)) return
    const body = JSON.parse(request.postData() ?? '[]') as { method: string } | { method: string }[]
    requests.push((Array.isArray(body) ? body : [body]).map(({ method }) => method))
  })
  return requests
}

describe('the dashboard’s first load in watch mode', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await resumeMining()
    await browser?.close()
  })

  it('arrives server-rendered and costs at most one RPC request until a new block', async () => {
    await pauseMining()
    const page = await (await browser.newContext()).newPage()
    const requests = recordRpcRequests(page)
    await page.goto(`${webUrl}/?address=${watched}`)
    // The HTML already holds the numbers: the server read them.
    await expect(page.getByTestId('balance-vvv').getAttribute('data-wei')).resolves.toMatch(/^\d+$/)
    await page.waitForSelector('html[data-hydrated="true"]')
    // The first block-number poll tells the page its server data is current; nothing else should be asked.
    await page.waitForResponse((response) => response.url().startsWith(rpcUrl), { timeout: 5_000 })
    await page.waitForTimeout(200)
    const initialLoad = requests.length
    console.log(`watch-mode dashboard load: ${initialLoad} RPC HTTP request(s) until the first new block:`, requests)
    expect(initialLoad).toBeLessThanOrEqual(1)
    expect(requests.flat()).not.toContain('eth_call')

    // While the chain stands still, the page only polls the block number.
    await page.waitForTimeout(2_000)
    expect(requests.flat().every((method) => method === 'eth_blockNumber')).toBe(true)

    // A new block: the position is read again in one multicall, folded into one HTTP request.
    const seen = requests.length
    await testClient.mine({ blocks: 1 })
    await waitForBlock(page, await publicClient.getBlockNumber())
    const afterBlock = requests.slice(seen)
    console.log('after one new block:', afterBlock)
    expect(afterBlock.flat().filter((method) => method === 'eth_call')).toHaveLength(1)
  })
})
