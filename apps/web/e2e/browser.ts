import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/** Chromium from the system (Playwright's own download does not work here). */
const chromiumOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumOptions)
}

/** A browser with a profile on disk, as a person's is: form history, sessions and caches are written to `dir`. */
export function launchWithProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, chromiumOptions)
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

export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: the e2e global setup provides it.`)
  return value
}
