import { readFileSync } from 'node:fs'
import { multicall3Abi } from '@rialto/contracts-abi/abis'
import { devnet, multicall3Address } from '@rialto/contracts-abi/chains'
import { parseCsv } from '@rialto/protocol/csv'
import type { Browser, Page } from 'playwright-core'
import { type Address, decodeFunctionData, formatUnits, type Hex, zeroAddress } from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { positionsClient, readPositions } from '../src/features/treasury/read-positions'
import { watchListLimit } from '../src/features/treasury/watch-list'
import { collectHydrationErrors, launchBrowser, recordRpcRequests, requiredEnv, setPageVisibility } from './browser'
import { chainState, devAccount, pauseMining, publicClient, resumeMining, testClient } from './chain'
import { treasuryAddresses, treasuryPath } from './main-pages'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')

const watched = treasuryAddresses
/** Calls per address in the one multicall: `positionCalls` of packages/protocol. */
const callsPerAddress = 18

type TableCells = { blockNumber: bigint; rows: Record<string, Record<string, string>>; totals: Record<string, string> }

/** The table's block and every cell's exact value in one go, so they cannot straddle a re-render. */
async function readTable(page: Page): Promise<TableCells> {
  await page.waitForSelector('[data-testid="treasury"][data-block-number]')
  const raw = await page.evaluate(() => {
    const cells = (row: Element) =>
      Object.fromEntries(
        Array.from(row.querySelectorAll('[data-wei], [data-cents]')).map((cell) => [
          cell.getAttribute('data-testid') ?? '',
          cell.getAttribute('data-wei') ?? cell.getAttribute('data-cents') ?? '',
        ]),
      )
    const rows = Array.from(document.querySelectorAll('[data-testid="treasury-row"]'))
    return {
      blockNumber: document.querySelector('[data-testid="treasury"]')?.getAttribute('data-block-number') ?? '-1',
      rows: Object.fromEntries(rows.map((row) => [row.getAttribute('data-address') ?? '', cells(row)])),
      totals: cells(document.querySelector('[data-testid="treasury-totals"]') ?? document.body),
    }
  })
  return { ...raw, blockNumber: BigInt(raw.blockNumber) }
}

/** What each cell should hold, from the chain's own getters at `blockNumber`. */
async function expectedRow(address: Address, blockNumber: bigint) {
  const state = await chainState(address, blockNumber)
  return {
    vvv: state.vvv,
    svvv: state.sVvv,
    'svvv-locked': state.locked,
    'svvv-unlocked': state.unlocked,
    'pending-rewards': state.pendingRewards,
    'vvv-cooldown': state.unstake.amount,
    diem: state.diem,
    'diem-staked': state.diemStaked,
    'diem-cooldown': state.diemUnstake.amount,
    'api-credit': state.diemStaked / 10n ** 16n,
    vvvCooldownEnd: state.unstake.cooldownEnd,
    diemCooldownEnd: state.diemUnstake.cooldownEnd,
  }
}
type ExpectedRow = Awaited<ReturnType<typeof expectedRow>>
const cellKeys = [
  'vvv',
  'svvv',
  'svvv-locked',
  'svvv-unlocked',
  'pending-rewards',
  'vvv-cooldown',
  'diem',
  'diem-staked',
  'diem-cooldown',
  'api-credit',
] as const

const asCells = (row: ExpectedRow) => Object.fromEntries(cellKeys.map((key) => [key, row[key].toString()]))
const isoOrEmpty = (amount: bigint, end: bigint) =>
  amount === 0n ? '' : new Date(Number(end) * 1000).toISOString().replace('.000Z', 'Z')

async function watchListMessage(page: Page): Promise<string> {
  return (await page.locator('#treasury-addresses-note[role="alert"]').textContent()) ?? ''
}

describe('the treasury view', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterEach(async () => {
    await resumeMining()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows ten addresses, each cell and total equal to the chain at the block, server-rendered', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const hydrationErrors = collectHydrationErrors(page)
    const response = await page.goto(`${webUrl}${treasuryPath}`)
    // A shared link arrives with its numbers: the server read them.
    expect(await response?.text()).toContain('data-testid="treasury-totals"')
    await page.waitForSelector('html[data-hydrated="true"]')

    const table = await readTable(page)
    expect(Object.keys(table.rows)).toEqual(watched)
    const expected = await Promise.all(watched.map((address) => expectedRow(address, table.blockNumber)))
    expect(table.rows).toEqual(
      Object.fromEntries(watched.map((address, index) => [address, asCells(expected[index] as ExpectedRow)])),
    )
    // The seed leaves cooldowns running: the test would pass vacuously without them.
    expect(expected.some((row) => row['vvv-cooldown'] > 0n && row['diem-cooldown'] > 0n)).toBe(true)
    expect(expected.filter((row) => row.svvv > 0n).length).toBeGreaterThan(3)

    const summed = Object.fromEntries(
      cellKeys.map((key) => [key, expected.reduce((sum, row) => sum + row[key], 0n).toString()]),
    )
    expect(table.totals).toEqual(summed)
    expect(hydrationErrors).toEqual([])
    await context.close()
  })

  it('costs one eth_call per read for all ten addresses: one multicall of 180 calls, once per block', async () => {
    await pauseMining()
    const page = await (await browser.newContext()).newPage()
    const requests = recordRpcRequests(page, rpcUrl)
    const bodies: Hex[] = []
    page.on('request', (request) => {
      if (request.url().startsWith(rpcUrl)) bodies.push(...ethCallData(request.postDataJSON()))
    })
    const firstResponse = page.waitForResponse((answer) => answer.url().startsWith(rpcUrl), { timeout: 15_000 })
    await page.goto(`${webUrl}${treasuryPath}`)
    await page.waitForSelector('html[data-hydrated="true"]')
    await firstResponse
    await page.waitForTimeout(200)
    console.log(`10-address treasury load: ${requests.length} browser RPC HTTP request(s):`, requests)
    // The server's read is the first data; the browser's first read comes when that data is a block time old.
    expect(requests).toEqual([['eth_call']])
    const call = decodeFunctionData({ abi: multicall3Abi, data: bodies[0] ?? '0x' })
    expect(call.functionName).toBe('aggregate3')
    expect(call.args?.[0]).toHaveLength(watched.length * callsPerAddress)

    // While the chain stands still: that one multicall once per block time (1 s on the devnet).
    const stillFrom = requests.length
    await page.waitForTimeout(3_000)
    const whileStill = requests.slice(stillFrom)
    console.log(`3 s without a block: ${whileStill.length} request(s)`, whileStill)
    expect(whileStill.every((methods) => methods.length === 1 && methods[0] === 'eth_call')).toBe(true)
    expect(whileStill.length).toBeGreaterThanOrEqual(2)
    expect(whileStill.length).toBeLessThanOrEqual(4)

    // A new block: the next poll reads it, still in one request.
    const seen = requests.length
    await testClient.mine({ blocks: 1 })
    const latest = await publicClient.getBlockNumber()
    await page.waitForFunction(
      (after) =>
        BigInt(document.querySelector('[data-testid="treasury"]')?.getAttribute('data-block-number') ?? '0') >=
        BigInt(after),
      latest.toString(),
    )
    expect(requests.slice(seen).every((methods) => methods.length === 1 && methods[0] === 'eth_call')).toBe(true)

    // A hidden tab asks nothing; a read already under way may still land, so the count starts after a moment.
    await setPageVisibility(page, 'hidden')
    await page.waitForTimeout(500)
    const hiddenFrom = requests.length
    await page.waitForTimeout(3_000)
    expect(requests.length - hiddenFrom).toBe(0)
    // Shown again: one read at once.
    const shownFrom = requests.length
    const shownRead = page.waitForResponse((answer) => answer.url().startsWith(rpcUrl))
    await setPageVisibility(page, 'visible')
    await shownRead
    expect(requests.slice(shownFrom)).toEqual([['eth_call']])
    await page.context().close()
  })

  it('reads a full watch list in one HTTP request with one eth_call, and says what it costs in gas', async () => {
    process.env.NEXT_PUBLIC_DEVNET_RPC_URL = rpcUrl
    const sent: unknown[] = []
    const client = positionsClient(devnet.id, {
      onFetchRequest: async (request) => void sent.push(JSON.parse(await request.clone().text())),
    })
    if (!client) throw new Error('The devnet is one of the app chains.')
    const full = Array.from({ length: watchListLimit }, (_, index) => devAccount(index).address)
    const positions = await readPositions(client, devnet.id, full)
    expect(positions).toHaveLength(watchListLimit)
    // One HTTP request holding one JSON-RPC message, an eth_call to Multicall3.
    expect(sent).toHaveLength(1)
    const [data] = ethCallData(sent[0])
    expect(ethCallData(sent[0])).toHaveLength(1)
    const to = multicall3Address
    if (!data) throw new Error('No eth_call was sent.')
    const gas = await publicClient.estimateGas({ to, data })
    console.log(`${watchListLimit} addresses: ${(data.length - 2) / 2} bytes of calldata, ${gas} gas`)
    expect(gas).toBeLessThan(25_000_000n)
  })

  it('exports the table as a CSV that parses back to the chain’s exact values and labels', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${webUrl}${treasuryPath}`)
    await page.waitForSelector('html[data-hydrated="true"]')
    await relabel(page, watched[0] as Address, 'Trésorerie, ops')
    await relabel(page, watched[1] as Address, '=cmd')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('treasury-csv').click()])
    expect(download.suggestedFilename()).toMatch(/^rialto-treasury-block-\d+\.csv$/)
    const [header, ...lines] = parseCsv(readFileSync(await download.path(), 'utf8'))
    expect(header).toHaveLength(16)
    expect(lines.map(([, address]) => address)).toEqual(watched)
    const blockNumber = BigInt(lines[0]?.[2] ?? '-1')
    const block = await publicClient.getBlock({ blockNumber })
    for (const [index, line] of lines.entries()) {
      const address = watched[index] as Address
      const row = await expectedRow(address, blockNumber)
      expect(line).toEqual([
        index === 0 ? 'Trésorerie, ops' : index === 1 ? "'=cmd" : '',
        address,
        blockNumber.toString(),
        new Date(Number(block.timestamp) * 1000).toISOString().replace('.000Z', 'Z'),
        formatUnits(row.vvv, 18),
        formatUnits(row.svvv, 18),
        formatUnits(row['svvv-locked'], 18),
        formatUnits(row['svvv-unlocked'], 18),
        formatUnits(row['pending-rewards'], 18),
        formatUnits(row['vvv-cooldown'], 18),
        isoOrEmpty(row['vvv-cooldown'], row.vvvCooldownEnd),
        formatUnits(row.diem, 18),
        formatUnits(row['diem-staked'], 18),
        formatUnits(row['diem-cooldown'], 18),
        isoOrEmpty(row['diem-cooldown'], row.diemCooldownEnd),
        formatUnits(row['api-credit'], 2),
      ])
    }
    await page.context().close()
  })

  it('refuses bad input with a sentence and leaves the list and the link as they were', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${webUrl}/treasury?addresses=${watched.slice(0, 2).join(',')}`)
    await page.waitForSelector('[data-testid="treasury"][data-block-number]')
    const before = page.url()
    const cases: [string, string][] = [
      ['0x1234', '“0x1234” is not an address: it should be 0x and 40 hexadecimal characters.'],
      [zeroAddress, 'The zero address cannot be watched: nobody holds anything there.'],
      [(watched[1] as Address).toLowerCase(), `${watched[1]} is already on the watch list.`],
      [
        Array.from({ length: watchListLimit - 1 }, (_, index) => devAccount(100 + index).address).join(','),
        `A treasury view watches at most ${watchListLimit} addresses: this would make ${watchListLimit + 1}. Remove some first.`,
      ],
    ]
    for (const [input, message] of cases) {
      await page.getByTestId('watch-list-input').fill(input)
      await page.getByTestId('watch-list-add').click()
      expect(await watchListMessage(page)).toBe(message)
      expect(await page.getByTestId('treasury-row').count()).toBe(2)
      expect(page.url()).toBe(before)
    }
    // A label over its limit is refused too, and the address is not added without it.
    await page.getByTestId('watch-list-input').fill(watched[2] as Address)
    await page.getByTestId('watch-list-label').fill('x'.repeat(41))
    await page.getByTestId('watch-list-add').click()
    expect(await watchListMessage(page)).toBe('A label has at most 40 characters; this one has 41.')
    expect(await page.getByTestId('treasury-row').count()).toBe(2)
    await page.context().close()
  })

  it('keeps the list and labels across a reload and restores them on a bare /treasury; a shared link shows the same table', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${webUrl}/treasury`)
    await page.waitForSelector('html[data-hydrated="true"]')
    await page.getByTestId('treasury-empty').waitFor()
    await page.getByTestId('watch-list-input').fill(watched.slice(0, 3).join(', ').toLowerCase())
    await page.getByTestId('watch-list-label').fill('Holders')
    await page.getByTestId('watch-list-add').click()
    await page.waitForSelector('[data-testid="treasury"][data-block-number]')
    expect(new URL(page.url()).searchParams.get('addresses')).toBe(watched.slice(0, 3).join(','))
    await relabel(page, watched[2] as Address, 'Cold wallet')
    await page
      .locator(`[data-address="${watched[1]}"]`)
      .getByRole('button', { name: /^Remove/ })
      .click()
    const shownList = watched.filter((_, index) => index === 0 || index === 2)
    const labels = async () => page.getByTestId('treasury-label').allTextContents()

    await page.reload()
    await page.waitForSelector('[data-testid="treasury"][data-block-number]')
    await expect.poll(labels).toEqual(['Holders', 'Cold wallet'])

    await page.goto(`${webUrl}/treasury`)
    await page.waitForSelector('[data-testid="treasury"][data-block-number]')
    expect(new URL(page.url()).searchParams.get('addresses')).toBe(shownList.join(','))
    await expect.poll(labels).toEqual(['Holders', 'Cold wallet'])

    // Someone else opens the link: the same rows and figures at the same block, without the labels.
    await pauseMining()
    await page.reload()
    const mine = await readTable(page)
    const elsewhere = await (await browser.newContext()).newPage()
    await elsewhere.goto(page.url())
    const theirs = await readTable(elsewhere)
    expect(theirs).toEqual(mine)
    expect(await elsewhere.getByTestId('treasury-label').allTextContents()).toEqual(
      shownList.map((address) => `${address.slice(0, 6)}…${address.slice(-4)}`),
    )
    await elsewhere.context().close()
    await context.close()
  })
})

type EthCall = { method: 'eth_call'; params: [{ data: Hex }, ...unknown[]] }
const isEthCall = (message: unknown): message is EthCall =>
  typeof message === 'object' &&
  message !== null &&
  'method' in message &&
  message.method === 'eth_call' &&
  'params' in message &&
  Array.isArray(message.params) &&
  typeof message.params[0]?.data === 'string'

/** The calldata of each eth_call in a JSON-RPC body (one message or a batch). */
function ethCallData(body: unknown): Hex[] {
  return (Array.isArray(body) ? body : [body]).filter(isEthCall).map(({ params }) => params[0].data)
}

async function relabel(page: Page, address: Address, label: string) {
  const row = page.locator(`[data-address="${address}"]`)
  await row.getByRole('button', { name: /^Rename/ }).click()
  await row.getByTestId('treasury-label-input').fill(label)
  await row.getByRole('button', { name: 'Save' }).click()
  await row.getByTestId('treasury-label').filter({ hasText: label }).waitFor()
}
