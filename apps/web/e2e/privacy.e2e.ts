import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { requiredEnv } from './browser'
import { createVault } from './chat-user'
import { openConnectModal } from './dapp'
import {
  browserAndChatServer,
  connectInjectedWallet,
  installInjectedWallet,
  openPage,
  pointChatAt,
  watchDevAccount,
} from './main-pages'
import { type CspViolations, distinct, recordCspViolations, recordRequestOrigins } from './page-watch'

/**
 * Rialto talks to nobody but itself and the chain it serves: no font CDN, analytics or wallet-SDK telemetry, and
 * the chat's endpoint only once the user chose it, from /chat. Origins the policy blocked count as reached: the
 * attempt alone is the leak.
 */

const webOrigin = new URL(requiredEnv('WEB_URL')).origin
const rpcOrigin = new URL(requiredEnv('DEVNET_RPC_URL')).origin

describe('the origins each page reaches', () => {
  const shared = browserAndChatServer()
  let context: BrowserContext
  let page: Page
  let requested: string[]
  let violations: CspViolations
  const reached = () => distinct([...requested, ...violations.blockedOrigins])
  const outside = (allowed: string[]) => reached().filter((origin) => !allowed.includes(origin))
  /** Waits until the page has reached each of `required`, so that the set compared next is complete. */
  const whenReached = (...required: string[]) =>
    expect.poll(() => required.every((origin) => reached().includes(origin)), { timeout: 15_000 }).toBe(true)

  beforeEach(async () => {
    context = await shared.browser().newContext()
    requested = recordRequestOrigins(context)
    violations = await recordCspViolations(context)
    await installInjectedWallet(context)
    page = await context.newPage()
  })
  afterEach(async () => {
    await context.close()
  })

  it('the dashboard: the app and the devnet RPC, before and after the injected wallet connects', async () => {
    await openPage(page, '/')
    // The wallet list: no wallet SDK may call home for being listed, and without a project id (as in this build)
    // WalletConnect is not offered, so its relays are never reached.
    await openConnectModal(page, /browser wallet/i)
    await expect(page.getByRole('button', { name: /walletconnect/i }).count()).resolves.toBe(0)
    // With no account to show the page may not need the chain yet: the RPC is allowed, not required.
    expect(outside([webOrigin, rpcOrigin])).toEqual([])
    await connectInjectedWallet(page)
    await whenReached(rpcOrigin)
    expect(reached()).toEqual(distinct([webOrigin, rpcOrigin]))
  })

  it('a watched address: the app and the devnet RPC', async () => {
    await watchDevAccount(page)
    await whenReached(rpcOrigin)
    expect(reached()).toEqual(distinct([webOrigin, rpcOrigin]))
  })

  it('the chat: the app alone until the user points it at an endpoint, then that endpoint too', async () => {
    await createVault(page)
    expect(reached()).toEqual([webOrigin])
    await pointChatAt(page, shared.chatServerUrl())
    expect(reached()).toEqual(distinct([webOrigin, new URL(shared.chatServerUrl()).origin]))
  })

  it('the not-found page: the app alone', async () => {
    await openPage(page, '/_not-found')
    expect(reached()).toEqual([webOrigin])
  })
})
