import { base } from '@rialto/contracts-abi/chains'
import type { BrowserContext, Page, Response } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { requiredEnv } from './browser'
import {
  browserAndChatServer,
  chatWithCustomEndpoint,
  connectInjectedWallet,
  installInjectedWallet,
  openPage,
  watchDevAccount,
  watchedAddress,
} from './main-pages'
import { type CspViolations, recordCspViolations } from './page-watch'

/**
 * Every main page arrives with the strict Content-Security-Policy and the security headers, and works under them:
 * a person uses it and the browser reports no violation.
 */

const rpcOrigin = new URL(requiredEnv('DEVNET_RPC_URL')).origin
const baseRpcOrigin = new URL(process.env.NEXT_PUBLIC_BASE_RPC_URL || base.rpcUrls.default.http[0]).origin
const dashboardConnectSources = ["'self'", rpcOrigin, baseRpcOrigin]
const chatConnectSources = [
  ...dashboardConnectSources,
  'https://api.venice.ai',
  'http://localhost:*',
  'http://127.0.0.1:*',
  'https:',
]

/** The policy's directives by name, each with its sources. */
function directivesOf(response: Response): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'] ?? ''
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

const nonceOf = (directives: Map<string, string[]>) =>
  directives
    .get('script-src')
    ?.find((source) => source.startsWith("'nonce-"))
    ?.slice("'nonce-".length, -1)

/**
 * Checks the headers of one load of `path` (softly, so that a failure lists every wrong header at once), and that
 * every script in its HTML carries that load's nonce.
 */
async function expectStrictHeaders(page: Page, path: string, connectSources: string[]) {
  const response = await openPage(page, path)
  const headers = response.headers()
  const directives = directivesOf(response)
  const nonce = nonceOf(directives)
  expect(nonce, `a nonce in script-src on ${path}`).toMatch(/^[A-Za-z0-9+/=]{16,}$/)
  expect.soft(directives.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"])
  expect.soft(directives.get('connect-src')).toEqual(connectSources)
  expect.soft(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
  expect.soft(directives.get('frame-src')).toEqual(["'none'"])
  // Safe{Wallet}, and the Safe web app stand-in the e2e build is configured to allow (NEXT_PUBLIC_SAFE_APP_ORIGINS).
  expect
    .soft(directives.get('frame-ancestors'))
    .toEqual(['https://app.safe.global', requiredEnv('SAFE_APP_HOST_ORIGIN')])
  expect.soft(directives.get('object-src')).toEqual(["'none'"])
  expect.soft(directives.get('base-uri')).toEqual(["'none'"])
  expect.soft(headers['referrer-policy']).toBe('no-referrer')
  expect.soft(headers['x-content-type-options']).toBe('nosniff')
  expect.soft(headers['permissions-policy']).toContain('camera=()')
  expect.soft(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups')

  const scriptTags = (await response.text()).match(/<script\b[^>]*>/g) ?? []
  expect(scriptTags.length).toBeGreaterThan(0)
  expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
  // A fresh nonce per request: the next load of the same page has another.
  const again = nonceOf(directivesOf(await openPage(page, path)))
  expect(again).not.toBe(nonce)
}

describe('the Content-Security-Policy', () => {
  const shared = browserAndChatServer()
  let context: BrowserContext
  let page: Page
  let violations: CspViolations

  beforeEach(async () => {
    context = await shared.browser().newContext()
    violations = await recordCspViolations(context)
    await installInjectedWallet(context)
    page = await context.newPage()
  })
  afterEach(async () => {
    await context.close()
  })

  it('holds on the dashboard, and the injected wallet connects under it', async () => {
    await expectStrictHeaders(page, '/', dashboardConnectSources)
    await connectInjectedWallet(page)
    expect(violations.messages).toEqual([])
  })

  it('holds on a watched address', async () => {
    await expectStrictHeaders(page, `/?address=${watchedAddress}`, dashboardConnectSources)
    await watchDevAccount(page)
    expect(violations.messages).toEqual([])
  })

  it('holds on the chat, which sends a message to a custom endpoint under it', async () => {
    await expectStrictHeaders(page, '/chat', chatConnectSources)
    // From the dashboard's header too, the chat arrives as a document of its own, with its own policy.
    await openPage(page, '/')
    const chatDocument = page.waitForResponse(
      (response) => response.request().resourceType() === 'document' && new URL(response.url()).pathname === '/chat',
    )
    await page.getByRole('link', { name: 'Chat', exact: true }).click()
    expect(directivesOf(await chatDocument).get('connect-src')).toEqual(chatConnectSources)
    await chatWithCustomEndpoint(page, shared.chatServerUrl())
    expect(violations.messages).toEqual([])
  })

  it('holds on the not-found page', async () => {
    await expectStrictHeaders(page, '/_not-found', dashboardConnectSources)
    await page.getByText(/could not be found/i).waitFor()
    expect(violations.messages).toEqual([])
  })
})
