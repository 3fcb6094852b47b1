import type { Server } from 'node:http'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { chromiumLaunchOptions } from '../../../tools/chromium.mjs'
import { serveDocs } from '../scripts/serve.mjs'
import { assertBuilt } from '../test/built-site'

const port = Number(process.env.E2E_DOCS_PORT ?? 3072)
export const docsOrigin = `http://127.0.0.1:${port}`

/**
 * Serves the build in out/ and starts Chromium for the file's tests. Each context it opens lets only requests to the
 * docs server through and records the others, which the tests expect to be none: the site needs no third party.
 */
export function docsSiteInChromium() {
  let server: Server | undefined
  let browser: Browser | undefined
  const blocked: string[] = []
  beforeAll(async () => {
    assertBuilt()
    server = await serveDocs(port)
    browser = await chromium.launch(chromiumLaunchOptions)
  })
  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })
  return {
    blockedRequests: () => blocked,
    async newContext(options: { colorScheme: 'light' | 'dark' }): Promise<BrowserContext> {
      if (!browser) throw new Error('The browser starts in beforeAll.')
      // Reduced motion: colours settle at once, not through a transition axe could measure half-way.
      const context = await browser.newContext({ ...options, reducedMotion: 'reduce' })
      await context.route('**/*', (route) => {
        const url = route.request().url()
        if (new URL(url).origin === docsOrigin || url.startsWith('data:')) return route.continue()
        blocked.push(url)
        return route.abort('blockedbyclient')
      })
      return context
    },
  }
}
