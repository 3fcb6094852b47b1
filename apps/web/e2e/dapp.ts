import type { Frame, Page } from 'playwright-core'
import type { Hash } from 'viem'

/**
 * Clicks "Connect wallet" once the page is hydrated and waits for RainbowKit's modal to list `wallet`. When the
 * modal does not come, the error says what the page showed instead, so a rare failure can be read from CI's log.
 */
export async function openConnectModal(page: Page, wallet: RegExp) {
  await page.waitForSelector('html[data-hydrated="true"]')
  await page.getByRole('button', { name: /connect wallet/i }).click()
  try {
    await page.getByRole('button', { name: wallet }).waitFor({ timeout: 20_000 })
  } catch (error) {
    const shown = await page.evaluate(() => ({
      walletReady: document.documentElement.dataset.walletReady ?? 'no',
      buttons: [...document.querySelectorAll('button')].map(
        (button) => `${button.textContent}${button.disabled ? ' (disabled)' : ''}`,
      ),
      dialogs: document.querySelectorAll('[role="dialog"]').length,
      alerts: [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent),
    }))
    throw new Error(`The connect modal did not list ${wallet}; the page showed ${JSON.stringify(shown)}`, {
      cause: error,
    })
  }
}

/** Connects through the real RainbowKit modal with the injected (browser) wallet. */
export async function connectBrowserWallet(page: Page) {
  await openConnectModal(page, /browser wallet/i)
  await page.getByRole('button', { name: /browser wallet/i }).click()
}

/** Connects anvil's dev account #index through the real RainbowKit modal. */
export async function connectDevAccount(page: Page, index: number) {
  await openConnectModal(page, /dev account/i)
  await page.getByRole('button', { name: /dev account/i }).click()
  await page.getByTestId('dev-account-select').selectOption(String(index))
  await page.waitForSelector('[data-testid="actions"]', { timeout: 30_000 })
}

/** The exact base-unit value a figure shows. */
export async function shownWei(page: Page, testId: string): Promise<bigint> {
  return BigInt((await page.getByTestId(testId).getAttribute('data-wei')) ?? '-1')
}

export async function typeAmount(page: Page | Frame, testId: string, text: string) {
  await page.getByTestId(testId).fill(text)
}

export type ActionResult = { phase: 'confirmed'; hashes: Hash[] } | { phase: 'failed'; kind: string; message: string }

/** Clicks an action's button and waits for the flow to end, confirmed (with its transaction hashes) or failed. */
export async function submit(page: Page, testId: string, timeout = 60_000): Promise<ActionResult> {
  const result = page.getByTestId(`${testId}-result`)
  const previous = Number((await result.count()) > 0 ? await result.getAttribute('data-attempt') : 0)
  await page.getByTestId(testId).click()
  await page.waitForFunction(
    ({ id, previous }) => {
      const element = document.querySelector(`[data-testid="${id}-result"]`)
      const phase = element?.querySelector('[data-phase]')?.getAttribute('data-phase')
      return Number(element?.getAttribute('data-attempt')) > previous && (phase === 'failed' || phase === 'confirmed')
    },
    { id: testId, previous },
    { timeout },
  )
  const phase = await result.locator('[data-phase]').getAttribute('data-phase')
  const message = (await page.getByTestId(`${testId}-status`).textContent()) ?? ''
  if (phase === 'failed') return { phase, kind: (await result.getAttribute('data-error-kind')) ?? '', message }
  const hashes = ((await result.getAttribute('data-tx-hashes')) ?? '').split(',').filter(Boolean) as Hash[]
  return { phase: 'confirmed', hashes }
}

/** Waits until the dashboard shows a block at least `blockNumber`. */
export async function waitForBlock(page: Page, blockNumber: bigint) {
  await page.waitForFunction(
    (after) =>
      BigInt(document.querySelector('[data-testid="balances"]')?.getAttribute('data-block-number') ?? '0') >=
      BigInt(after),
    blockNumber.toString(),
    { timeout: 20_000 },
  )
}

/** Polls `condition` every 100 ms until it holds, or fails after `timeout`. */
export async function until(condition: () => Promise<boolean>, timeout = 15_000) {
  const deadline = Date.now() + timeout
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

type RpcMessage = { method?: string }
const rpcRequests = (rpcUrl: string) => (url: URL) => url.href.startsWith(rpcUrl)
const rpcMessages = (body: unknown): RpcMessage[] =>
  (Array.isArray(body) ? body : [body]).filter((message): message is RpcMessage => typeof message === 'object')

/** Runs `before` once, just before the page's first signed transaction reaches the chain. */
export async function beforeFirstRawTransaction(page: Page, rpcUrl: string, before: () => Promise<void>) {
  let done = false
  await page.route(rpcRequests(rpcUrl), async (route) => {
    const sends = rpcMessages(route.request().postDataJSON()).some(({ method }) => method === 'eth_sendRawTransaction')
    if (sends && !done) {
      done = true
      await before()
    }
    await route.fallback()
  })
}

/** Arms the dev account to refuse the next signature request, as a person clicking "Reject" would. */
export const rejectNextSignature = (page: Page) =>
  page.evaluate(() => {
    Object.assign(window, { __rialtoRejectNextSignature: true })
  })

/** Waits until an action's status line is in `phase`, and returns its words. */
export async function statusIn(page: Page | Frame, testId: string, phase: string, timeout = 30_000): Promise<string> {
  const status = page.locator(`[data-testid="${testId}-status"][data-phase="${phase}"]`)
  await status.waitFor({ timeout })
  return (await status.textContent()) ?? ''
}
