import type { BrowserContext } from 'playwright-core'

/** What the browser tests watch a page do: the policy violations it reports and the origins it reaches. */

declare global {
  interface Window {
    /** Exposed by `recordCspViolations`: the page tells the test about each violation as it happens. */
    reportCspViolation?: (violation: string) => void
  }
}

export type CspViolations = {
  /** One line per violation, as the event described it or as Chromium logged it. */
  messages: string[]
  /** The origins of what the policy blocked: attempts the network never saw. */
  blockedOrigins: string[]
}

/**
 * Collects every Content-Security-Policy violation in the context's pages: `securitypolicyviolation` events
 * (reported through a binding, so none is lost to a navigation) and Chromium's console errors about the policy.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolations> {
  const violations: CspViolations = { messages: [], blockedOrigins: [] }
  await context.exposeBinding('reportCspViolation', (_source, violation: string) => {
    const { directive, blockedURI, sourceFile } = JSON.parse(violation)
    violations.messages.push(`${directive} blocked ${blockedURI || '(inline)'} in ${sourceFile || 'the page'}`)
    if (URL.canParse(blockedURI)) violations.blockedOrigins.push(new URL(blockedURI).origin)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const { violatedDirective: directive, blockedURI, sourceFile } = event
      window.reportCspViolation?.(JSON.stringify({ directive, blockedURI, sourceFile }))
    })
  })
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.messages.push(`console: ${message.text()}`)
  })
  return violations
}

/** The origins of every request the context's pages send, in order (with repeats). */
export function recordRequestOrigins(context: BrowserContext): string[] {
  const origins: string[] = []
  context.on('request', (request) => {
    const { protocol, origin } = new URL(request.url())
    // data: and blob: URLs never leave the browser.
    if (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') origins.push(origin)
  })
  return origins
}

/** The distinct origins in a recording, sorted, to compare with an exact expected set. */
export const distinct = (origins: readonly string[]) => [...new Set(origins)].sort()
