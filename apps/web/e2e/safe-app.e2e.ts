import { createServer, type Server } from 'node:http'
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, requiredEnv } from './browser'

/**
 * Rialto as a Safe App: the manifest Safe{Wallet} reads, and a policy that lets the Safe web apps frame the pages
 * and nobody else. The e2e build allows one stand-in origin (SAFE_APP_HOST_ORIGIN) besides Safe{Wallet}.
 */

const webUrl = requiredEnv('WEB_URL')
const allowedHostOrigin = requiredEnv('SAFE_APP_HOST_ORIGIN')
const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET',
  'access-control-allow-headers': 'X-Requested-With, content-type, Authorization',
}

/** Serves one page that frames Rialto's `/`, on `port` (0: any free port). */
function startFramingPage(port: number): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(
      `<!doctype html><title>Safe web app</title><iframe id="app" src="${webUrl}/" width="1200" height="900"></iframe>`,
    )
  })
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      const bound = typeof address === 'object' && address !== null ? address.port : port
      resolve({ server, origin: `http://127.0.0.1:${bound}` })
    })
  })
}

/** Rialto's frame once it has loaded (or been refused), and whether the app in it hydrated. */
async function framedApp(page: Page, hostOrigin: string): Promise<{ frame: Frame; hydrated: boolean }> {
  await page.goto(`${hostOrigin}/`)
  const frame = await (await page.waitForSelector('#app')).contentFrame()
  if (!frame) throw new Error('The iframe has no frame.')
  const hydrated = await frame
    .waitForSelector('html[data-hydrated="true"]', { timeout: 15_000 })
    .then(() => true)
    .catch(() => false)
  return { frame, hydrated }
}

describe('Rialto as a Safe App', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('serves /manifest.json with what Safe{Wallet} reads, to any origin', async () => {
    const response = await fetch(`${webUrl}/manifest.json`, { headers: { origin: 'https://app.safe.global' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    for (const [name, value] of Object.entries(corsHeaders)) expect.soft(response.headers.get(name)).toBe(value)
    const manifest: { name: string; description: string; iconPath: string; icons: { src: string }[] } =
      await response.json()
    expect(manifest.name).toBe('Rialto')
    expect(manifest.description).toMatch(/VVV/)
    // The icon both ways Safe web apps look for it, and it is really there.
    for (const path of [`/${manifest.iconPath}`, ...manifest.icons.map(({ src }) => src)]) {
      const icon = await fetch(`${webUrl}${path}`)
      expect(icon.status, path).toBe(200)
      expect(icon.headers.get('content-type'), path).toMatch(/^image\/svg\+xml/)
      expect(await icon.text(), path).toMatch(/^<svg\b/)
    }
  })

  it('answers a preflight for the manifest with the same CORS headers', async () => {
    const response = await fetch(`${webUrl}/manifest.json`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.safe.global',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(response.status).toBe(204)
    for (const [name, value] of Object.entries(corsHeaders)) expect.soft(response.headers.get(name)).toBe(value)
  })

  it('lets Safe{Wallet} and the configured origin frame the pages, and nobody else', async () => {
    for (const path of ['/', '/chat']) {
      const policy = (await fetch(`${webUrl}${path}`)).headers.get('content-security-policy') ?? ''
      const frameAncestors = policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .find(([name]) => name === 'frame-ancestors')
        ?.slice(1)
      expect(frameAncestors, path).toEqual(['https://app.safe.global', allowedHostOrigin])
    }
  })

  it('loads inside a frame on an allowed origin, and is refused by any other', async () => {
    const allowed = await startFramingPage(Number(new URL(allowedHostOrigin).port))
    const other = await startFramingPage(0)
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const framedByAllowed = await framedApp(page, allowed.origin)
      expect(framedByAllowed.hydrated).toBe(true)
      expect(await framedByAllowed.frame.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0)

      const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()))
      const framedByOther = await framedApp(page, other.origin)
      expect(framedByOther.hydrated).toBe(false)
      expect((await refused).text()).toMatch(/^Framing '.*' violates .*frame-ancestors.*The request has been blocked/)
    } finally {
      await context.close()
      allowed.server.close()
      other.server.close()
    }
  }, 60_000)
})
