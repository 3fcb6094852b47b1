import { readFileSync } from 'node:fs'
import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { burnAddress } from '@rialto/contracts-abi/addresses'
import { parseCsv } from '@rialto/protocol/csv'
import { formatExactAmount } from '@rialto/protocol/format'
import { indexerHistorySource } from '@rialto/protocol/indexer-history-source'
import type { Browser, Page } from 'playwright-core'
import { formatUnits, parseEther } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scrollToCharts } from '../scripts/scroll-to-charts.mjs'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import { contracts, publicClient } from './chain'
import { connectDevAccount } from './dapp'

const webUrl = requiredEnv('WEB_URL')

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The overview's block and every `data-wei`, read in one go. */
function readOverview(page: Page) {
  return page.evaluate(() => {
    const overview = document.querySelector('[data-testid="network-overview"]')
    const stats = Array.from(overview?.querySelectorAll('[data-wei]') ?? [])
    return {
      blockNumber: BigInt(overview?.getAttribute('data-block-number') ?? '-1'),
      weiByTestId: Object.fromEntries(
        stats.map((stat) => [stat.getAttribute('data-testid'), stat.getAttribute('data-wei')]),
      ) as Record<string, string>,
    }
  })
}

describe('the network section of / for a visitor without a wallet', () => {
  it('arrives in the HTML with every figure equal to the chain at the block it names', async () => {
    const html = await (await fetch(`${webUrl}/`)).text()
    expect(html).toContain('data-testid="network-overview"')

    const page = await browser.newPage()
    const hydrationErrors = collectHydrationErrors(page)
    await page.goto(`${webUrl}/`)
    const { blockNumber, weiByTestId } = await readOverview(page)
    const onVvv = { address: contracts.vvv, abi: vvvAbi } as const
    const onStaking = { address: contracts.staking, abi: stakingAbi } as const
    const onDiem = { address: contracts.diem, abi: diemAbi } as const
    const [supply, burned, staked, locked, diemSupply, diemStaked, emission] = await publicClient.multicall({
      blockNumber,
      allowFailure: false,
      contracts: [
        { ...onVvv, functionName: 'totalSupply' },
        { ...onVvv, functionName: 'balanceOf', args: [burnAddress] },
        { ...onStaking, functionName: 'totalSupply' },
        { ...onStaking, functionName: 'totalLockedStakedVVV' },
        { ...onDiem, functionName: 'totalSupply' },
        { ...onDiem, functionName: 'totalStaked' },
        { ...onStaking, functionName: 'emissionRatePerSecond' },
      ],
    })
    expect(weiByTestId).toEqual({
      'overview-circulating': (supply - burned).toString(),
      'overview-staked': staked.toString(),
      'overview-locked': locked.toString(),
      'overview-diem-supply': diemSupply.toString(),
      'overview-diem-staked': diemStaked.toString(),
      'overview-emissions': emission.toString(),
      'overview-burned': burned.toString(),
    })
    expect(hydrationErrors).toEqual([])
    await page.close()
  })
})

const account0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const history = indexerHistorySource(requiredEnv('INDEXER_URL'))

/** The text of each row of a chart's table view (cells joined by " | "). */
async function tableRows(page: Page, chart: string) {
  const card = page.locator(`[data-testid="chart-${chart}"]`)
  await card.getByRole('button', { name: 'Table' }).click()
  return card.locator(`[data-testid="chart-${chart}-table"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.children)
        .map((cell) => cell.textContent?.trim())
        .join(' | '),
    ),
  )
}

describe('the network charts', () => {
  it('load only when scrolled to, then draw every chart of the seeded story', async () => {
    const page = await browser.newPage()
    await page.goto(`${webUrl}/`)
    // Before the visitor scrolls, neither the chart code nor the charts are there.
    expect(await page.locator('[data-testid="network-charts"]').count()).toBe(0)
    await scrollToCharts(page)
    for (const chart of [
      'capacity-vvv',
      'capacity-diem',
      'emissions',
      'burns',
      'mint-curve',
      'yield',
      'unstake-pipeline',
    ]) {
      const card = page.locator(`[data-testid="chart-${chart}"]`)
      await card.scrollIntoViewIfNeeded()
      await card.locator('svg.recharts-surface').first().waitFor()
      expect(await card.locator(`[data-testid="chart-${chart}-empty"]`).count(), chart).toBe(0)
    }
    // No account, no account cards.
    for (const chart of ['account-share', 'valuation', 'rewards']) {
      expect(await page.locator(`[data-testid="chart-${chart}"]`).count(), chart).toBe(0)
    }
    await page.close()
  })

  it('show in their table view what the indexer indexed, and the chain at its block; the range picker picks the days', async () => {
    const network = await history.network()
    const page = await browser.newPage()
    await page.goto(`${webUrl}/`)
    await scrollToCharts(page)
    const card = page.locator('[data-testid="chart-capacity-vvv"]')
    await card.getByRole('radio', { name: '30 d' }).click()
    const month = await tableRows(page, 'capacity-vvv')
    expect(month).toHaveLength(30)
    await card.getByRole('radio', { name: 'All' }).click()
    const all = await tableRows(page, 'capacity-vvv')
    const firstDay = network.days[0]?.day ?? ''
    expect(all[0]).toContain(firstDay)
    expect(all.length).toBeGreaterThan(600)

    // Today's row: the staked and locked sVVV the contracts report at the block the indexer is at.
    const atBlock = { blockNumber: network.asOf.block }
    const staked = await publicClient.readContract({
      address: contracts.staking,
      abi: stakingAbi,
      functionName: 'totalSupply',
      ...atBlock,
    })
    const locked = await publicClient.readContract({
      address: contracts.staking,
      abi: stakingAbi,
      functionName: 'totalLockedStakedVVV',
      ...atBlock,
    })
    const today = all.at(-1) ?? ''
    expect(today).toContain(formatExactAmount(staked))
    expect(today).toContain(formatExactAmount(locked))
    await page.close()
  })

  it('simulate a mint exactly as getDiemAmountOut quotes it on chain', async () => {
    const page = await browser.newPage()
    await page.goto(`${webUrl}/`)
    const blockNumber = BigInt(
      (await page.locator('[data-testid="network-overview"]').getAttribute('data-block-number')) ?? '-1',
    )
    await scrollToCharts(page)
    await page.locator('[data-testid="simulator-svvv-in"]').fill('12345.678')
    const out = page.locator('[data-testid="simulator-diem-out"]')
    await out.waitFor()
    const quoted = await publicClient.readContract({
      address: contracts.staking,
      abi: stakingAbi,
      functionName: 'getDiemAmountOut',
      args: [parseEther('12345.678')],
      blockNumber,
    })
    expect(await out.getAttribute('data-wei')).toBe(quoted.toString())
    // Bad input says so and leaves the last result alone.
    await page.locator('[data-testid="simulator-svvv-in"]').fill('12,3x')
    await page.locator('[data-testid="simulator-svvv-in-error"]').waitFor()
    expect(await out.getAttribute('data-wei')).toBe(quoted.toString())
    await page.close()
  })

  it('give a watched account its own lines, its rewards, and a CSV that parses back to the chain’s Claimed events', async () => {
    const page = await browser.newPage({ acceptDownloads: true })
    await page.goto(`${webUrl}/?address=${account0}`)
    await scrollToCharts(page)
    for (const chart of ['account-share', 'valuation', 'rewards']) {
      await page.locator(`[data-testid="chart-${chart}"]`).waitFor()
    }
    const claims = await publicClient.getContractEvents({
      address: contracts.staking,
      abi: stakingAbi,
      eventName: 'Claimed',
      args: { user: account0 },
      fromBlock: 0n,
      toBlock: (await history.network()).asOf.block,
    })
    expect(claims.length).toBeGreaterThan(0)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="rewards-csv"]').click(),
    ])
    expect(download.suggestedFilename()).toBe(`rialto-rewards-${account0.toLowerCase()}.csv`)
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'))
    expect(header).toEqual(['date', 'block', 'tx hash', 'kind', 'amount (VVV)'])
    expect(rows.map(([date, block, txHash, , amount]) => ({ date: date?.length, block, txHash, amount }))).toEqual(
      claims.map((claim) => ({
        date: '2025-01-01T00:00:00Z'.length,
        block: claim.blockNumber.toString(),
        txHash: claim.transactionHash,
        amount: formatUnits(claim.args.amount ?? 0n, 18),
      })),
    )
    await page.close()
  })

  it('follow a wallet that connects: its rewards and share appear without a reload', async () => {
    const page = await browser.newPage()
    await page.goto(`${webUrl}/`)
    await scrollToCharts(page)
    expect(await page.locator('[data-testid="chart-rewards"]').count()).toBe(0)
    await connectDevAccount(page, 0)
    await scrollToCharts(page)
    await page.locator('[data-testid="chart-rewards"]').waitFor({ timeout: 30_000 })
    await page.locator('[data-testid="chart-account-share"]').waitFor()
    const rewards = await history.account(account0)
    expect(await page.locator('[data-testid="chart-rewards-table"] tbody tr').count()).toBe(rewards.rewards.length)
    await page.close()
  })
})
