import type { Browser, Page } from 'playwright-core'
import { maxUint256, parseEther } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import { advanceTime, aroundTransaction, chainState, devAccount, rewardsPaid } from './chain'
import { connectDevAccount, shownWei, submit, typeAmount, waitForBlock } from './dapp'

const webUrl = requiredEnv('WEB_URL')
/** Anvil account #2: VVV and sVVV after seeding, nothing cooling down, no DIEM. */
const accountIndex = 2
const account = devAccount(accountIndex).address
const week = 7 * 24 * 3600

/**
 * The VVV staking path in a real browser on the seeded devnet: every step goes through the UI, and every
 * assertion about money reads the chain at the transaction's block (before = block - 1, after = block).
 */
describe('staking VVV through the dApp', () => {
  let browser: Browser
  let page: Page
  let hydrationErrors: string[]

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
    hydrationErrors = collectHydrationErrors(page)
    await page.goto(webUrl)
    await connectDevAccount(page, accountIndex)
    await page.waitForFunction(
      (address) => document.querySelector('[data-testid="balances-address"]')?.textContent?.includes(address),
      account,
    )
  })
  afterAll(async () => {
    expect(hydrationErrors).toEqual([])
    await browser?.close()
  })

  it('refuses invalid amounts with the reason, and sends nothing', async () => {
    const { nonce } = await chainState(account)
    const balance = await shownWei(page, 'balance-vvv')
    const cases = [
      ['-1', /negative/],
      ['1e18', /exponent/],
      ['1,000', /separators/],
      ['１２', /digits 0–9/],
      ['0.0000000000000000001', /at most 18 decimals/],
      [`${balance / 10n ** 18n + 1n}`, /more than your VVV balance/],
    ] as const
    for (const [input, reason] of cases) {
      await typeAmount(page, 'stake-amount', input)
      await expect(page.getByTestId('stake-amount-error').textContent()).resolves.toMatch(reason)
      await expect(page.getByTestId('stake-submit').isDisabled()).resolves.toBe(true)
      await expect(page.getByTestId('stake-submit-blocked').textContent()).resolves.toMatch(reason)
    }
    await page.getByText('Advanced: stake for another address').click()
    await typeAmount(page, 'stake-amount', '1')
    await page.getByTestId('stake-recipient').fill('0x1234')
    await expect(page.getByTestId('stake-submit').isDisabled()).resolves.toBe(true)
    await expect(page.getByTestId('stake-recipient-error').textContent()).resolves.toMatch(/not an address/)
    await page.getByTestId('stake-recipient').fill('')
    expect((await chainState(account)).nonce).toBe(nonce)
  })

  it('shows a rejected signature in plain words and changes nothing on chain', async () => {
    const before = await chainState(account)
    await page.getByTestId('dev-account-reject-next').check()
    await typeAmount(page, 'stake-amount', '100')
    const result = await submit(page, 'stake-submit')
    expect(result).toMatchObject({ phase: 'failed', kind: 'rejected' })
    expect(result.phase === 'failed' && result.message).toMatch(/rejected the request in your wallet/)
    const after = await chainState(account)
    expect([after.nonce, after.sVvv, after.allowance]).toEqual([before.nonce, before.sVvv, before.allowance])
  })

  it('approves exactly, then stakes: two steps, since the dev account cannot batch atomically', async () => {
    await typeAmount(page, 'stake-amount', '100')
    await expect(page.getByTestId('stake-submit').textContent()).resolves.toBe(
      'Approve, then stake (two confirmations)',
    )
    await expect(page.getByTestId('stake-path-note').textContent()).resolves.toMatch(
      /^Two confirmations: approve, then stake/,
    )
    const result = await submit(page, 'stake-submit')
    if (result.phase !== 'confirmed') throw new Error(`stake failed: ${result.message}`)
    expect(result.hashes).toHaveLength(2)
    const approve = await aroundTransaction(account, result.hashes[0] as `0x${string}`)
    expect(approve.after.allowance).toBe(parseEther('100'))
    const stake = await aroundTransaction(account, result.hashes[1] as `0x${string}`)
    expect(stake.after.sVvv - stake.before.sVvv).toBe(parseEther('100'))
    expect(stake.after.allowance).toBe(0n)
    // The 100 VVV left the wallet; the rewards the stake harvested came in.
    expect(stake.after.vvv - stake.before.vvv).toBe(rewardsPaid(stake.receipt, account) - parseEther('100'))
    await waitForBlock(page, stake.receipt.blockNumber)
    expect(await shownWei(page, 'balance-svvv')).toBeGreaterThanOrEqual(stake.after.sVvv)
  })

  it('approves without limit only when ticked, and revokes back to zero', async () => {
    await page.getByTestId('stake-unlimited').check()
    await typeAmount(page, 'stake-amount', '1')
    const staked = await submit(page, 'stake-submit')
    if (staked.phase !== 'confirmed') throw new Error(staked.message)
    const { after } = await aroundTransaction(account, staked.hashes.at(-1) as `0x${string}`)
    // VVV (solmate) does not spend an unlimited allowance down.
    expect(after.allowance).toBe(maxUint256)
    await expect(page.getByTestId('stake-allowance').textContent()).resolves.toBe('unlimited')
    const revoked = await submit(page, 'stake-revoke')
    if (revoked.phase !== 'confirmed') throw new Error(revoked.message)
    expect((await aroundTransaction(account, revoked.hashes[0] as `0x${string}`)).after.allowance).toBe(0n)
    await page.getByTestId('stake-unlimited').uncheck()
  })

  it('stakes for another address after a warning: their sVVV grows, ours does not', async () => {
    const recipient = devAccount(6).address
    const details = page.locator('details', { has: page.getByTestId('stake-recipient') })
    if (!(await details.getAttribute('open'))) await page.getByText('Advanced: stake for another address').click()
    await page.getByTestId('stake-recipient').fill(recipient)
    await expect(page.getByTestId('stake-recipient-warning').textContent()).resolves.toMatch(/not to you/)
    await typeAmount(page, 'stake-amount', '5')
    const result = await submit(page, 'stake-submit')
    if (result.phase !== 'confirmed') throw new Error(`stake for another address failed: ${result.message}`)
    const stakeHash = result.hashes.at(-1) as `0x${string}`
    const theirs = await aroundTransaction(recipient, stakeHash)
    const ours = await aroundTransaction(account, stakeHash)
    expect(theirs.after.sVvv - theirs.before.sVvv).toBe(parseEther('5'))
    expect(ours.after.sVvv).toBe(ours.before.sVvv)
    // The VVV left our wallet; only the recipient's rewards were settled by this stake.
    expect(ours.before.vvv - ours.after.vvv).toBe(parseEther('5'))
    await page.getByTestId('stake-recipient').fill('')
  })

  it('starts an unstake with a live countdown, and keeps finalize disabled until the cooldown ends', async () => {
    await typeAmount(page, 'unstake-amount', '40')
    const result = await submit(page, 'unstake-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const { before, after, timestamp } = await aroundTransaction(account, result.hashes[0] as `0x${string}`)
    expect(before.sVvv - after.sVvv).toBe(parseEther('40'))
    expect(after.unstake).toEqual({ amount: parseEther('40'), cooldownEnd: timestamp + BigInt(week) })

    const countdown = page.getByTestId('unstake-pending-countdown')
    const first = Number(await countdown.getAttribute('data-seconds-left'))
    expect(first).toBeGreaterThan(week - 60)
    await page.waitForFunction(
      (start) =>
        Number(document.querySelector('[data-testid="unstake-pending-countdown"]')?.getAttribute('data-seconds-left')) <
        start,
      first,
    )
    await expect(page.getByTestId('finalize-submit').isDisabled()).resolves.toBe(true)
    await expect(page.getByTestId('finalize-submit-blocked').textContent()).resolves.toMatch(/Ready in 6 d 23 h/)
  })

  it('finalizes once the chain has moved past the cooldown', async () => {
    await advanceTime(week + 1)
    await page.getByTestId('unstake-pending-ready').waitFor({ timeout: 20_000 })
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('[data-testid="finalize-submit"]')?.disabled,
    )
    const result = await submit(page, 'finalize-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const { before, after } = await aroundTransaction(account, result.hashes[0] as `0x${string}`)
    expect(after.vvv - before.vvv).toBe(parseEther('40'))
    expect(after.unstake).toEqual({ amount: 0n, cooldownEnd: 0n })
  })

  it('claims rewards to the wallet', async () => {
    const result = await submit(page, 'claim-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const { receipt, before, after } = await aroundTransaction(account, result.hashes[0] as `0x${string}`)
    const paid = rewardsPaid(receipt, account)
    expect(paid).toBeGreaterThan(0n)
    expect(after.vvv - before.vvv).toBe(paid)
    expect(after.pendingRewards).toBe(0n)
    expect(after.sVvv).toBe(before.sVvv)
  })

  it('claims and stakes rewards as sVVV', async () => {
    await advanceTime(3600)
    const result = await submit(page, 'claim-and-stake-submit')
    if (result.phase !== 'confirmed') throw new Error(result.message)
    const { before, after } = await aroundTransaction(account, result.hashes[0] as `0x${string}`)
    expect(after.sVvv - before.sVvv).toBeGreaterThanOrEqual(before.pendingRewards)
    expect(after.vvv).toBe(before.vvv)
    expect(after.pendingRewards).toBe(0n)
  })

  it('keeps the dev account after a reload, rendered by the server from the wallet cookie', async () => {
    await page.reload()
    await page.getByTestId('actions').waitFor({ timeout: 30_000 })
    await expect(page.getByTestId('balances-address').textContent()).resolves.toContain(account)
    await expect(page.getByTestId('dev-account-select').inputValue()).resolves.toBe(String(accountIndex))
  })
})
