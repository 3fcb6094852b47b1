import { stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { devnetBatchExecutor } from '@rialto/contracts-abi/addresses'
import type { Browser, Page } from 'playwright-core'
import { concat, type Hash, parseEther, parseEventLogs } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectHydrationErrors, launchBrowser, recordRpcRequests, requiredEnv } from './browser'
import { aroundTransaction, contracts, devAccount, publicClient } from './chain'
import { connectDevAccount, submit, typeAmount } from './dapp'

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
/** The dev wallet's smart account: mnemonic #20, delegated by the seed to the batch executor (EIP-7702). */
const smartAccountIndex = 20
const account = devAccount(smartAccountIndex).address

const pathNote = (page: Page, path: 'atomic-batch' | 'sequential') =>
  page.locator(`[data-testid="stake-path-note"][data-path="${path}"]`)

/**
 * The EIP-5792 atomic path for real: the dev wallet's smart account stakes with one signature, and the chain shows
 * one transaction that both approved and staked.
 */
describe('staking from the smart account (EIP-7702)', () => {
  let browser: Browser
  let page: Page
  let hydrationErrors: string[]
  let rpcRequests: string[][]

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
    hydrationErrors = collectHydrationErrors(page)
    rpcRequests = recordRpcRequests(page, rpcUrl)
    await page.goto(webUrl)
    await connectDevAccount(page, smartAccountIndex)
    await page.waitForFunction(
      (address) => document.querySelector('[data-testid="balances-address"]')?.textContent?.includes(address),
      account,
    )
  })
  afterAll(async () => {
    expect(hydrationErrors).toEqual([])
    await browser?.close()
  })

  it('is offered by name in the dev wallet menu, and delegated to the batch executor on chain', async () => {
    const option = page.locator(`[data-testid="dev-account-select"] option[value="${smartAccountIndex}"]`)
    await expect(option.textContent()).resolves.toBe('#20 Smart account (EIP-7702)')
    expect(await publicClient.getCode({ address: account })).toBe(
      concat(['0xef0100', devnetBatchExecutor]).toLowerCase(),
    )
  })

  it('says before signing that approve and stake take one confirmation', async () => {
    await typeAmount(page, 'stake-amount', '100')
    await pathNote(page, 'atomic-batch').waitFor({ timeout: 15_000 })
    await expect(pathNote(page, 'atomic-batch').textContent()).resolves.toMatch(
      /^One confirmation: .*approve and stake/,
    )
    await expect(page.getByTestId('stake-submit').textContent()).resolves.toBe('Approve and stake, one confirmation')
  })

  it('approves exactly and stakes in one transaction, after one signature', async () => {
    const amount = parseEther('100')
    await typeAmount(page, 'stake-amount', '100')
    await pathNote(page, 'atomic-batch').waitFor({ timeout: 15_000 })
    const sentBefore = rawTransactionsSent()
    const result = await submit(page, 'stake-submit')
    if (result.phase !== 'confirmed') throw new Error(`stake failed: ${result.message}`)
    expect(rawTransactionsSent() - sentBefore).toBe(1)
    expect(result.hashes).toHaveLength(1)
    const hash = result.hashes[0] as Hash
    const { receipt, before, after } = await aroundTransaction(account, hash)
    expect(receipt.from.toLowerCase()).toBe(account.toLowerCase())
    expect(receipt.to?.toLowerCase()).toBe(account.toLowerCase())
    // The approval and the stake spending it are in this one transaction.
    const vvvLogs = parseEventLogs({ abi: vvvAbi, logs: receipt.logs })
    expect(vvvLogs.filter(({ eventName }) => eventName === 'Approval')).toMatchObject([
      { args: { owner: account, spender: contracts.staking, amount } },
    ])
    const sVvvMinted = parseEventLogs({ abi: stakingAbi, eventName: 'Transfer', logs: receipt.logs }).filter(
      ({ address }) => address.toLowerCase() === contracts.staking.toLowerCase(),
    )
    expect(sVvvMinted).toMatchObject([{ args: { to: account, amount } }])
    expect(after.nonce - before.nonce).toBe(1)
    expect(after.sVvv - before.sVvv).toBe(amount)
    expect(before.vvv - after.vvv).toBe(amount)
    expect([before.allowance, after.allowance]).toEqual([0n, 0n])
  })

  it('a plain account in the same wallet says two confirmations', async () => {
    await page.getByTestId('dev-account-select').selectOption('4')
    await page.waitForFunction(
      (address) => document.querySelector('[data-testid="balances-address"]')?.textContent?.includes(address),
      devAccount(4).address,
    )
    await typeAmount(page, 'stake-amount', '1')
    await pathNote(page, 'sequential').waitFor({ timeout: 15_000 })
    await expect(page.getByTestId('stake-submit').textContent()).resolves.toBe(
      'Approve, then stake (two confirmations)',
    )
  })

  function rawTransactionsSent(): number {
    return rpcRequests.flat().filter((method) => method === 'eth_sendRawTransaction').length
  }
})
