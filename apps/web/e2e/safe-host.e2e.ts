import { createServer, type Server } from 'node:http'
import { treasurySafeOwners } from '@rialto/contracts/devnet-accounts'
import {
  executeSafeTransaction,
  type SafeTransaction,
  safeTransactionFor,
  safeTransactionHash,
  signSafeTransaction,
} from '@rialto/contracts/testing-safe'
import { devnet } from '@rialto/contracts-abi/chains'
import { devnetTreasurySafe, safeAbi } from '@rialto/contracts-abi/safe'
import { approveVvvCall, stakeCall } from '@rialto/protocol/actions'
import { type RawCall, toRawCall } from '@rialto/protocol/call-review'
import type { Browser, Frame, Page } from 'playwright-core'
import { type Hash, type Hex, isAddress, isHex, type LocalAccount, parseEther, parseEventLogs } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv } from './browser'
import { aroundTransaction, chainState, otherWallet, publicClient, rewardsPaid } from './chain'
import { statusIn, typeAmount } from './dapp'

/**
 * Rialto as a Safe App in a Safe web app stand-in, on the devnet's real 2-of-3 treasury Safe. The host page answers
 * the Safe Apps SDK's messages the way Safe{Wallet} does; the owners sign and execute for real, so whether the
 * proposal ran is asked of the chain, never of the host.
 */

const webUrl = requiredEnv('WEB_URL')
const rpcUrl = requiredEnv('DEVNET_RPC_URL')
const hostOrigin = requiredEnv('SAFE_APP_HOST_ORIGIN')
const safe = devnetTreasurySafe
const [proposer, cosigner] = ownersWhoSign()
/** Safe{Wallet}'s answers carry its own version; the SDK only checks that the major is at least 1. */
const hostVersion = '1.0.0'

/** What Rialto asks of the Safe web app; anything else would get an error answer, and fail the test. */
const answeredMethods = ['getSafeInfo', 'rpcCall', 'sendTransactions', 'getTxBySafeTxHash']

type SafeAppsRequest = { id: string; method: string; params: unknown }
type SafeAppsResponse =
  | { id: string; success: true; version: string; data: unknown }
  | { id: string; success: false; version: string; error: string }

/** Owners 21 and 22: the first proposes and signs at once, the second signs later, which is the threshold. */
function ownersWhoSign(): [LocalAccount, LocalAccount] {
  const [first, second] = treasurySafeOwners
  if (!first || !second) throw new Error('The treasury Safe has fewer than two owners on this devnet.')
  return [first, second]
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

function isSafeAppsRequest(value: unknown): value is SafeAppsRequest {
  return isRecord(value) && typeof value.id === 'string' && typeof value.method === 'string'
}

/** The calls of a `sendTransactions` request, as the Safe will run them. */
function sentCalls(params: unknown): RawCall[] {
  const txs = isRecord(params) && Array.isArray(params.txs) ? params.txs : []
  return txs.map((tx: unknown) => {
    if (!isRecord(tx) || typeof tx.to !== 'string' || !isAddress(tx.to) || typeof tx.value !== 'string')
      throw new Error(`sendTransactions carried a malformed transaction: ${JSON.stringify(tx)}`)
    const data: Hex = typeof tx.data === 'string' && isHex(tx.data) ? tx.data : '0x'
    return { to: tx.to, value: BigInt(tx.value), data }
  })
}

/** What the owners are asked to sign, and where it stands: proposed by one owner, then executed (or not yet). */
type Proposal = {
  calls: RawCall[]
  transaction: SafeTransaction
  safeTxHash: Hash
  proposerSignature: Hex
  executionHash: Hash | null
}

/** A Safe web app for the treasury Safe: its answers to the SDK, and what Rialto asked of it. */
function safeWebApp() {
  const proposals: Proposal[] = []
  const methods: string[] = []
  const readHashes = new Set<string>()

  async function answer(request: SafeAppsRequest): Promise<unknown> {
    switch (request.method) {
      case 'getSafeInfo': {
        const [owners, threshold] = await Promise.all([
          publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'getOwners' }),
          publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'getThreshold' }),
        ])
        return { safeAddress: safe, chainId: devnet.id, threshold: Number(threshold), owners, isReadOnly: false }
      }
      case 'rpcCall': {
        const { call, params } = isRecord(request.params) ? request.params : {}
        const response = await fetch(rpcUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: call, params }),
        })
        const body: unknown = await response.json()
        if (!isRecord(body) || 'error' in body) throw new Error(`rpcCall ${String(call)}: ${JSON.stringify(body)}`)
        return body.result
      }
      case 'sendTransactions': {
        const calls = sentCalls(request.params)
        const nonce = await publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' })
        const transaction = safeTransactionFor(devnet.id, calls, { nonce })
        const safeTxHash = safeTransactionHash(devnet.id, safe, transaction)
        // As in Safe{Wallet}, the owner who proposes signs at once: one confirmation of the two needed.
        const proposerSignature = await signSafeTransaction(devnet.id, safe, transaction, [proposer])
        proposals.push({ calls, transaction, safeTxHash, proposerSignature, executionHash: null })
        return { safeTxHash }
      }
      case 'getTxBySafeTxHash': {
        const safeTxHash = isRecord(request.params) ? request.params.safeTxHash : undefined
        const proposal = proposals.find((each) => each.safeTxHash === safeTxHash)
        if (!proposal) throw new Error(`No Safe transaction ${String(safeTxHash)}`)
        readHashes.add(proposal.safeTxHash)
        return transactionDetails(proposal)
      }
      default:
        throw new Error(`The Safe web app stand-in does not answer ${request.method}.`)
    }
  }

  /** The parts of safe-gateway-typescript-sdk's TransactionDetails that say where a transaction stands. */
  async function transactionDetails(proposal: Proposal) {
    const [owners, threshold] = await Promise.all([
      publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'getOwners' }),
      publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'getThreshold' }),
    ])
    const { transaction, safeTxHash, executionHash } = proposal
    const signedBy = executionHash ? [proposer, cosigner] : [proposer]
    return {
      safeAddress: safe,
      txId: `multisig_${safe}_${safeTxHash}`,
      txStatus: executionHash ? 'SUCCESS' : 'AWAITING_CONFIRMATIONS',
      txHash: executionHash,
      detailedExecutionInfo: {
        type: 'MULTISIG',
        nonce: Number(transaction.nonce),
        safeTxGas: transaction.safeTxGas.toString(),
        baseGas: transaction.baseGas.toString(),
        gasPrice: transaction.gasPrice.toString(),
        gasToken: transaction.gasToken,
        refundReceiver: { value: transaction.refundReceiver },
        safeTxHash,
        signers: owners.map((value) => ({ value })),
        confirmationsRequired: Number(threshold),
        confirmations: signedBy.map((owner) => ({
          signer: { value: owner.address },
          signature: owner === proposer ? proposal.proposerSignature : null,
        })),
        trusted: true,
        proposer: { value: proposer.address },
        proposedByDelegate: null,
      },
    }
  }

  async function respond(request: unknown): Promise<SafeAppsResponse | null> {
    // Other messages in the page (React DevTools, Next.js) are not for the Safe web app.
    if (!isSafeAppsRequest(request)) return null
    methods.push(request.method)
    try {
      return { id: request.id, success: true, version: hostVersion, data: await answer(request) }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { id: request.id, success: false, version: hostVersion, error: message }
    }
  }

  /** The second owner signs and the proposer executes: the Safe transaction runs on chain. */
  async function executeWithSecondOwner(proposal: Proposal) {
    const receipt = await executeSafeTransaction({
      publicClient,
      // Owner 21, the proposer, sends execTransaction and pays its gas, as in Safe{Wallet}.
      sender: otherWallet(21),
      safe,
      calls: proposal.calls,
      owners: [proposer, cosigner],
    })
    proposal.executionHash = receipt.transactionHash
    return receipt
  }

  return { respond, proposals, methods, readHashes, executeWithSecondOwner }
}

/** Serves the host page: Rialto's `/` in a frame, each SDK request passed to `window.answerSafeAppsRequest`. */
function startHostPage(port: number): Promise<Server> {
  const appOrigin = new URL(webUrl).origin
  const page = `<!doctype html><title>Safe web app</title>
<iframe id="app" src="${webUrl}/" width="1280" height="1400"></iframe>
<script>
  const app = document.getElementById('app')
  window.addEventListener('message', async (event) => {
    if (event.source !== app.contentWindow || event.origin !== ${JSON.stringify(appOrigin)}) return
    const response = await window.answerSafeAppsRequest(event.data)
    if (response) app.contentWindow.postMessage(response, ${JSON.stringify(appOrigin)})
  })
</script>`
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(page)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

const safeNonce = () => publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' })

describe('Rialto inside a Safe web app, on the 2-of-3 treasury Safe', () => {
  const webApp = safeWebApp()
  const stakeWei = parseEther('25')
  let browser: Browser
  let host: Server
  let page: Page
  let app: Frame

  beforeAll(async () => {
    host = await startHostPage(Number(new URL(hostOrigin).port))
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
    await page.exposeFunction('answerSafeAppsRequest', webApp.respond)
    await page.goto(`${hostOrigin}/`)
    const frame = await (await page.waitForSelector('#app')).contentFrame()
    if (!frame) throw new Error('The host page has no Rialto frame.')
    app = frame
    await app.waitForSelector('html[data-hydrated="true"]')
  })
  afterAll(async () => {
    await browser?.close()
    host?.close()
  })

  it('connects to the Safe by itself, without a connect modal', async () => {
    await app.waitForSelector('[data-testid="actions"]', { timeout: 30_000 })
    await expect(app.getByTestId('balances-address').getAttribute('title')).resolves.toBe(safe)
    expect(await app.getByRole('dialog').count()).toBe(0)
    expect(await app.getByRole('button', { name: /connect wallet/i }).count()).toBe(0)
    expect(webApp.methods).toContain('getSafeInfo')
  })

  it('proposes approve and stake as one Safe transaction, and says confirmed only once the owners executed it', async () => {
    const before = await chainState(safe)
    const nonceBefore = await safeNonce()
    expect(before.vvv).toBeGreaterThanOrEqual(stakeWei)
    expect(before.allowance).toBeLessThan(stakeWei)

    await typeAmount(app, 'stake-amount', '25')
    const note = app.getByTestId('stake-path-note')
    await expect(note.getAttribute('data-path')).resolves.toBe('safe')
    await expect(note.textContent()).resolves.toMatch(/^One Safe transaction/)
    await app.getByTestId('stake-submit').click()

    const proposed = await statusIn(app, 'stake-submit', 'awaiting-signers')
    expect(webApp.proposals).toHaveLength(1)
    const [proposal] = webApp.proposals
    if (!proposal) throw new Error('Rialto sent nothing to the Safe web app.')
    expect(proposal.calls).toEqual([
      toRawCall(approveVvvCall(devnet.id, stakeWei)),
      toRawCall(stakeCall(devnet.id, safe, stakeWei)),
    ])
    // The first status comes before the Safe web app has been read again; the count follows its answer.
    const status = app.locator('[data-testid="stake-submit-status"][data-phase="awaiting-signers"]', {
      hasText: 'confirmations',
    })
    await status.waitFor({ timeout: 15_000 })
    const counted = (await status.textContent()) ?? ''
    expect(proposed).toMatch(/^Proposed/)
    expect(counted).toMatch(/^Proposed — 1 of 2 confirmations/)
    expect(counted).toContain(proposal.safeTxHash)
    expect(counted).not.toMatch(/Done/)
    await expect(app.getByTestId('stake-submit-result').getAttribute('data-safe-tx-hash')).resolves.toBe(
      proposal.safeTxHash,
    )
    const whileProposed = await chainState(safe)
    expect([whileProposed.vvv, whileProposed.sVvv, whileProposed.allowance]).toEqual([
      before.vvv,
      before.sVvv,
      before.allowance,
    ])
    expect(await safeNonce()).toBe(nonceBefore)

    const receipt = await webApp.executeWithSecondOwner(proposal)
    const executed = parseEventLogs({ abi: safeAbi, eventName: 'ExecutionSuccess', logs: receipt.logs })
    // The SafeTx the owners executed is the one whose hash Rialto was given for the calls it sent.
    expect(executed.map(({ args }) => args.txHash)).toEqual([proposal.safeTxHash])

    const done = await statusIn(app, 'stake-submit', 'confirmed', 30_000)
    expect(done).toMatch(/^Done/)
    await expect(app.getByTestId('stake-submit-result').getAttribute('data-tx-hashes')).resolves.toBe(
      receipt.transactionHash,
    )
    expect(webApp.readHashes).toEqual(new Set([proposal.safeTxHash]))
    const stake = await aroundTransaction(safe, receipt.transactionHash)
    expect(stake.before.sVvv).toBe(before.sVvv)
    expect(stake.after.sVvv - stake.before.sVvv).toBe(stakeWei)
    expect(stake.before.vvv - stake.after.vvv).toBe(stakeWei - rewardsPaid(receipt, safe))
    // An exact approval, spent by the stake: nothing left for the staking contract to take.
    expect(stake.after.allowance).toBe(0n)
    expect(webApp.methods.filter((method) => !answeredMethods.includes(method))).toEqual([])
  }, 120_000)
})
