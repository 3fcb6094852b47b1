import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../tools/chromium.mjs'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}

/** A browser with a profile on disk, as a person's is: form history, sessions and caches are written to `dir`. */
export function launchWithProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, chromiumLaunchOptions)
}

// Production React reports hydration failures as minified errors #418 / #423 / #425.
const hydrationErrorPattern = /hydrat|did not match|Minified React error #(418|419|422|423|425)\b/i

/** Collects every hydration error the page reports, from the console and from uncaught errors. */
export function collectHydrationErrors(page: Page): string[] {
  const errors: string[] = []
  const record = (text: string) => {
    if (hydrationErrorPattern.test(text)) errors.push(text)
  }
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') record(message.text())
  })
  page.on('pageerror', (error) => record(`${error.name}: ${error.message}`))
  return errors
}

/** Counts the `eth_call`s a page sends to any JSON-RPC endpoint. */
export function countEthCalls(page: Page): () => number {
  let calls = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.postData()?.includes('"eth_call"')) calls++
  })
  return () => calls
}

type JsonRpcMessage = { method: string }
const isJsonRpcMessage = (message: unknown): message is JsonRpcMessage =>
  typeof message === 'object' && message !== null && 'method' in message && typeof message.method === 'string'

/** The JSON-RPC methods of each HTTP request the page sends to `rpcUrl` (a batch is one request). */
export function recordRpcRequests(page: Page, rpcUrl: string): string[][] {
  const requests: string[][] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(rpcUrl)) return
    const body: unknown = request.postDataJSON()
    requests.push((Array.isArray(body) ? body : [body]).filter(isJsonRpcMessage).map(({ method }) => method))
  })
  return requests
}

/**
 * Makes the page see itself hidden or shown, as a switched tab does. Headless Chromium reports every page
 * `visible` (another tab or window in front changes nothing), so the property is patched and the event sent.
 */
export function setPageVisibility(page: Page, state: 'hidden' | 'visible') {
  return page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' })
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
  }, state)
}

export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: the e2e global setup provides it.`)
  return value
}
