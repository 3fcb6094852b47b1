import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { burnAddress } from '@rialto/contracts-abi/addresses'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import { contracts, publicClient } from './chain'

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
