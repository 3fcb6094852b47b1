import { readFileSync } from 'node:fs'
import { treasurySafeOwners } from '@rialto/contracts/devnet-accounts'
import { executeSafeTransaction } from '@rialto/contracts/testing-safe'
import { diemAbi, stakingAbi } from '@rialto/contracts-abi/abis'
import { devnetTreasurySafe } from '@rialto/contracts-abi/safe'
import { approveVvvCall, mintDiemCall, stakeCall } from '@rialto/protocol/actions'
import { toRawCall } from '@rialto/protocol/call-review'
import { parseTransactionBuilderFile } from '@rialto/protocol/safe-transaction-builder'
import type { Browser, Page } from 'playwright-core'
import { parseEther } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv } from './browser'
import { contracts, otherWallet, publicClient } from './chain'

const webUrl = requiredEnv('WEB_URL')
const safe = devnetTreasurySafe
const chainId = 31337
const staking = { address: contracts.staking, abi: stakingAbi } as const

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function openBatchTools(): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage()
  await page.goto(`${webUrl}/treasury`)
  await page.getByTestId('safe-batch').waitFor()
  return page
}

async function addAction(page: Page, kind: string, amount?: string) {
  await page.locator('#safe-batch-kind').selectOption(kind)
  if (amount !== undefined) await page.locator('#safe-batch-amount').fill(amount)
  const before = await page.getByTestId('safe-batch-action').count()
  await page.getByTestId('safe-batch-add').click()
  await expect.poll(() => page.getByTestId('safe-batch-action').count()).toBe(before + 1)
}

const checkNotice = (page: Page) => page.getByTestId('safe-batch-check')

const safeHoldings = async () => {
  const [sVvv, [locked], diem] = await Promise.all([
    publicClient.readContract({ ...staking, functionName: 'balanceOf', args: [safe] }),
    publicClient.readContract({ ...staking, functionName: 'lockedStakes', args: [safe] }),
    publicClient.readContract({ address: contracts.diem, abi: diemAbi, functionName: 'balanceOf', args: [safe] }),
  ])
  return { sVvv, locked, diem }
}

describe('a batch for a Safe on /treasury', () => {
  it('is prepared, reviewed call by call, exported for the Transaction Builder and executed by the 2-of-3 Safe', async () => {
    const page = await openBatchTools()
    await expect(page.locator('#safe-batch-safe').inputValue()).resolves.toBe(safe)
    await addAction(page, 'stake', '250')
    await addAction(page, 'mint-diem', '500')

    // Each call is shown as its bytes say, next to the calldata a governance proposal would carry.
    const calls = page.getByTestId('safe-batch-call')
    await expect.poll(() => calls.count()).toBe(3)
    const decoded = await page.getByTestId('safe-batch-call-decoded').allTextContents()
    expect(decoded[0]).toContain('VVV.approve(address spender, uint256 amount)')
    expect(decoded[1]).toContain(`Staking.stake(address recipient, uint256 amount) · 0xadc9772e`)
    expect(decoded[1]).toContain(`recipient = ${safe}`)
    expect(decoded[2]).toContain('Staking.mintDiem(')
    const shownData = await page.getByTestId('safe-batch-call-data').allTextContents()
    expect(shownData.slice(0, 2)).toEqual([
      toRawCall(approveVvvCall(chainId, parseEther('250'))).data,
      toRawCall(stakeCall(chainId, safe, parseEther('250'))).data,
    ])

    await expect.poll(() => checkNotice(page).textContent(), { timeout: 15_000 }).toMatch(/^Checked at block/)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('safe-batch-download').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^rialto-safe-batch-0x\w{6}-\d{4}-\d\d-\d\d\.json$/)
    const parsed = parseTransactionBuilderFile(JSON.parse(readFileSync(await download.path(), 'utf8')))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.file).toMatchObject({ chainId, safe, checksumMatches: true })
    expect(parsed.file.calls.map(({ data }) => data)).toEqual(shownData)
    const minted = parsed.file.calls[2]
    if (!minted) throw new Error('no mint in the file')

    // Two of the three owners sign the file's batch; the Safe runs it through MultiSendCallOnly.
    const before = await safeHoldings()
    const [owner21, owner22] = treasurySafeOwners
    if (!owner21 || !owner22) throw new Error('no owners')
    const receipt = await executeSafeTransaction({
      publicClient,
      sender: otherWallet(21),
      safe,
      calls: parsed.file.calls,
      owners: [owner21, owner22],
    })
    expect(receipt.status).toBe('success')
    const after = await safeHoldings()
    expect(after.sVvv - before.sVvv).toBe(parseEther('250'))
    expect(after.locked - before.locked).toBe(parseEther('500'))
    expect(after.diem).toBeGreaterThan(before.diem)
    // The minimum the file set is what the Safe was guaranteed.
    expect(minted.data).toBe(toRawCall(mintDiemCall(chainId, parseEther('500'), decodedMinimum(decoded[2] ?? ''))).data)
    expect(after.diem - before.diem).toBeGreaterThanOrEqual(decodedMinimum(decoded[2] ?? ''))
  })

  it('refuses to export a batch the Safe could not pay for, and says which step and why', async () => {
    const page = await openBatchTools()
    await addAction(page, 'stake', '100000000')
    await expect
      .poll(() => checkNotice(page).textContent(), { timeout: 15_000 })
      .toMatch(
        /This batch would fail, so no file is offered\.Step 2 \(Stake 100,?000,?000 VVV\) would fail for this Safe/,
      )
    await expect(page.getByTestId('safe-batch-download').isDisabled()).resolves.toBe(true)
  })

  it('says what is wrong with a Safe address or an amount, and adds nothing', async () => {
    const page = await openBatchTools()
    await page.locator('#safe-batch-safe').fill('0x1234')
    await expect(page.getByText('is not an address').textContent()).resolves.toContain('“0x1234”')
    await expect(page.getByTestId('safe-batch-review').count()).resolves.toBe(0)
    await page.locator('#safe-batch-kind').selectOption('stake')
    await page.locator('#safe-batch-amount').fill('1,5')
    await page.getByTestId('safe-batch-add').click()
    await expect(page.getByText('Leave out separators').count()).resolves.toBe(1)
    await expect(page.getByTestId('safe-batch-action').count()).resolves.toBe(0)
  })
})

/** The `minDiemAmountOut` the review shows for the mint. */
function decodedMinimum(text: string): bigint {
  const match = text.match(/minDiemAmountOut = (\d+)/)
  if (!match?.[1]) throw new Error(`no minimum in "${text}"`)
  return BigInt(match[1])
}
