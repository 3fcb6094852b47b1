import { devnet } from '@rialto/contracts-abi/chains'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { injectedWalletScript } from '../scripts/injected-wallet.mjs'
import { launchBrowser, recordRpcRequests, requiredEnv } from './browser'
import { devAccount, pauseMining, publicClient, resumeMining, testClient } from './chain'
import { connectBrowserWallet, waitForBlock } from './dapp'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
const watched = devAccount(3).address
const isOneMulticall = (methods: string[]) => methods.length === 1 && methods[0] === 'eth_call'

describe('the dashboard’s first load in watch mode', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await resumeMining()
    await browser?.close()
  })

  it('arrives server-rendered and costs at most one RPC request per block time', async () => {
    await pauseMining()
    const page = await (await browser.newContext()).newPage()
    const requests = recordRpcRequests(page, rpcUrl)
    // Listening from the start: the first read may come as soon as the page hydrates.
    const firstResponse = page.waitForResponse((response) => response.url().startsWith(rpcUrl), { timeout: 15_000 })
    await page.goto(`${webUrl}/?address=${watched}`)
    // The HTML already holds the numbers: the server read them.
    await expect(page.getByTestId('balance-vvv').getAttribute('data-wei')).resolves.toMatch(/^\d+$/)
    await page.waitForSelector('html[data-wallet-ready="true"]')
    // The first poll, one position multicall a block time after the server's read, finds the same block.
    await firstResponse
    await page.waitForTimeout(200)
    const initialLoad = requests.length
    console.log(`watch-mode dashboard load: ${initialLoad} RPC HTTP request(s) until the first new block:`, requests)
    expect(initialLoad).toBeLessThanOrEqual(1)
    expect(requests.every(isOneMulticall)).toBe(true)

    // While the chain stands still, the page asks that one multicall once per block time (1 s on the devnet), no more.
    const stillFrom = requests.length
    await page.waitForTimeout(2_000)
    const whileStill = requests.slice(stillFrom)
    expect(whileStill.every(isOneMulticall)).toBe(true)
    expect(whileStill.length).toBeLessThanOrEqual(3)

    // A new block: the next poll reads it, in one multicall in one HTTP request.
    const seen = requests.length
    await testClient.mine({ blocks: 1 })
    await waitForBlock(page, await publicClient.getBlockNumber())
    const afterBlock = requests.slice(seen)
    console.log('after one new block:', afterBlock)
    expect(afterBlock.every(isOneMulticall)).toBe(true)
    // The poll that found it, and perhaps one already on its way when the block was mined.
    expect(afterBlock.length).toBeGreaterThanOrEqual(1)
    expect(afterBlock.length).toBeLessThanOrEqual(2)
  })

  it('costs the same one request for a connected holder, whose actions read nothing until used', async () => {
    // Dev account 0 has a seeded position: every action panel shows, the DIEM mint panel with them.
    const context = await browser.newContext()
    await context.addInitScript(injectedWalletScript({ account: devAccount(0).address, chainId: devnet.id }))
    const page = await context.newPage()
    await page.goto(webUrl)
    await connectBrowserWallet(page)
    await page.getByTestId('actions').waitFor({ timeout: 30_000 })

    // A returning holder: the wallet cookie lets the server read the position, the page reconnects.
    await pauseMining()
    const requests = recordRpcRequests(page, rpcUrl)
    // The server rendered this page for the account the cookie remembers: reconnecting must not render it again.
    const serverRenders: string[] = []
    page.on('request', (request) => {
      if (request.headers().rsc === '1') serverRenders.push(request.url())
    })
    const firstResponse = page.waitForResponse((response) => response.url().startsWith(rpcUrl), { timeout: 15_000 })
    await page.reload()
    await page.getByTestId('actions').waitFor({ timeout: 30_000 })
    await firstResponse
    await page.waitForTimeout(200)
    console.log(`connected dashboard load: ${requests.length} RPC HTTP request(s) until the first new block:`, requests)
    expect(requests.length).toBeLessThanOrEqual(1)
    expect(requests.every(isOneMulticall)).toBe(true)
    expect(serverRenders).toEqual([])
    await context.close()
  })
})
