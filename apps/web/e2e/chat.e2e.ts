import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { devnet } from '@rialto/contracts-abi/chains'
import { formatAmount } from '@rialto/protocol/format'
import { dailyApiCreditUsd, readPosition } from '@rialto/protocol/position'
import { damageCiphertext } from '@rialto/vault/testing/tamper'
import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from '@rialto/venice-api/testing/openai-compatible-server'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createPublicClient, http } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { injectedWalletScript } from '../scripts/injected-wallet.mjs'
import { everythingStored, expectNothingReadable } from './at-rest'
import { collectHydrationErrors, launchBrowser, requiredEnv } from './browser'
import {
  answers,
  configureEndpoint,
  createVault,
  openChat,
  openPanel,
  chatPassphrase as passphrase,
  pickModel,
  questions,
  send,
  unlock,
  waitForAnswer,
} from './chat-user'
import { connectBrowserWallet } from './dapp'

/**
 * The private chat in real Chromium against `next start`, with the OpenAI-compatible test server standing in for
 * Venice. It listens where the pass-through forwards (VENICE_API_BASE_URL, set by the global setup) and doubles as
 * the "custom endpoint" the user types in.
 */

const webUrl = requiredEnv('WEB_URL')
const veniceStandInUrl = requiredEnv('VENICE_API_BASE_URL')
const apiKey = 'sk-e2e-privatekey-4d1f7a9b2c'

declare global {
  interface Window {
    /** What the streaming answer said at each DOM change, recorded by the page for the test to read. */
    streamSnapshots?: string[]
    /** Set by any script the sanitizer failed to neutralise. */
    pwned?: number
  }
}

let server: OpenAiCompatibleServer
let browser: Browser

beforeAll(async () => {
  // Slower pieces than the default, so that "arrives incrementally" is observable.
  server = await startOpenAiCompatibleServer({
    port: Number(new URL(veniceStandInUrl).port),
    apiKey,
    chunkDelayMs: 40,
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

// ---------------------------------------------------------------------------------------------------------------
// Helpers: what a user does on /chat
// ---------------------------------------------------------------------------------------------------------------

function configure(page: Page, endpoint: 'venice' | 'custom' | 'pass-through', key = apiKey, customUrl = server.url) {
  return configureEndpoint(page, endpoint === 'custom' ? { endpoint, customUrl, key } : { endpoint, key })
}

/** A loopback port that nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const listener = createServer()
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  const address = listener.address()
  await new Promise<void>((resolve) => listener.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('No TCP port.')
  return address.port
}

/** The localStorage keys of the stored conversations (their ids are random; the titles are inside). */
const conversationKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rialto-vault/record:conversation:')))

/** Records the streaming answer's text at every DOM change. */
async function recordStreaming(page: Page) {
  await page.evaluate(() => {
    window.streamSnapshots = []
    new MutationObserver(() => {
      const streaming = document.querySelector('[data-streaming="true"]')
      if (streaming) window.streamSnapshots?.push(streaming.textContent ?? '')
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

// ---------------------------------------------------------------------------------------------------------------

describe('private chat', () => {
  let context: BrowserContext
  let page: Page
  let hydrationErrors: string[]

  let realVeniceCalls: string[]

  beforeEach(async () => {
    context = await browser.newContext({ acceptDownloads: true })
    // The tests never reach the real Venice API: any attempt is stopped here, and counted (it must not happen).
    realVeniceCalls = []
    await context.route('https://api.venice.ai/**', (route) => {
      realVeniceCalls.push(route.request().url())
      return route.abort('failed')
    })
    page = await context.newPage()
    hydrationErrors = collectHydrationErrors(page)
  })
  afterEach(async () => {
    expect(hydrationErrors).toEqual([])
    expect(realVeniceCalls).toEqual([])
    await context.close()
  })

  it('sets a passphrase, chats with a streamed answer, stops, remembers, and keeps nothing readable at rest', async () => {
    await openChat(page)
    await expect(page.getByText('A lost passphrase cannot be recovered.').isVisible()).resolves.toBe(true)
    await page.getByLabel('Passphrase', { exact: true }).fill('too short')
    await page.getByLabel('Confirm passphrase').fill('too short')
    await page.getByRole('button', { name: 'Create vault' }).click()
    await page.getByText('Use at least 12 characters').waitFor()
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
    await page.getByLabel('Confirm passphrase').fill(`${passphrase}!`)
    await page.getByRole('button', { name: 'Create vault' }).click()
    await page.getByText('The two passphrases are not the same.').waitFor()
    await page.getByLabel('Confirm passphrase').fill(passphrase)
    await page.getByRole('button', { name: 'Create vault' }).click()
    await page.getByTestId('chat-unlocked').waitFor()

    // The settings open by themselves until there is a key.
    await page.getByTestId('settings-panel').waitFor()
    await configure(page, 'custom')
    await expect(page.getByTestId('endpoint-label').textContent()).resolves.toBe(`Custom endpoint: ${server.url}`)
    await pickModel(page, 'qwen3-4b')

    // Streamed: the answer grows on screen piece by piece before it is complete.
    const prompt = 'Describe the quiet canals of Cannaregio at dawn for my travel notebook'
    const answer = `You said: ${prompt}`
    const chatRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/chat/completions')) chatRequests.push(request.postData() ?? '')
    })
    await recordStreaming(page)
    await send(page, prompt)
    await waitForAnswer(page, answer)
    const snapshots = await page.evaluate(() => window.streamSnapshots ?? [])
    const lengths = [...new Set(snapshots.map((snapshot) => snapshot.replace('Answering…', '').length))].filter(
      (length) => length > 0,
    )
    expect(lengths.length).toBeGreaterThanOrEqual(4)
    expect(Math.min(...lengths)).toBeLessThan(answer.length / 2)
    await expect(page.getByTestId('api-balance').textContent()).resolves.toContain('$10.25')

    // Stop a slow answer: what arrived is kept, marked as stopped.
    await pickModel(page, 'slow')
    await send(page, 'Count the bridges slowly')
    await page.locator('[data-streaming="true"]').filter({ hasText: 'part 3 of 300' }).waitFor()
    await page.getByRole('button', { name: 'Stop' }).click()
    const stopped = answers(page).last()
    await expect.poll(() => stopped.getAttribute('data-ending')).toBe('stopped')
    await expect(stopped.textContent()).resolves.toContain('Stopped before the end.')
    await expect(stopped.textContent()).resolves.not.toContain('part 300 of 300')

    // Memories: a "Remember that …" message, and one added by hand; both go into the system prompt.
    await pickModel(page, 'qwen3-4b')
    const memoryFromMessage = 'my cat is called Oliver Quasimodo'
    await send(page, `Remember that ${memoryFromMessage}`)
    await waitForAnswer(page, 'You said: Remember that')
    await openPanel(page, 'Memories')
    const memories = page.getByTestId('memories-panel')
    await memories.getByText('My cat is called Oliver Quasimodo').waitFor()
    const memoryByHand = 'I measure everything in furlongs per fortnight'
    await memories.getByLabel('New memory').fill(memoryByHand)
    await memories.getByRole('button', { name: 'Add' }).click()
    await memories.getByText(memoryByHand).waitFor()
    await send(page, 'How far is the Rialto bridge?')
    await waitForAnswer(page, 'You said: How far is the Rialto bridge?')
    const lastRequest = JSON.parse(chatRequests.at(-1) ?? '{}')
    expect(lastRequest.messages[0].role).toBe('system')
    expect(lastRequest.messages[0].content).toContain('My cat is called Oliver Quasimodo')
    expect(lastRequest.messages[0].content).toContain(memoryByHand)

    // Nothing readable at rest: Web Storage, cookies, IndexedDB, Cache Storage, the URL.
    const stored = await everythingStored(context, page)
    expect(stored.localStorage.some((entry) => entry.startsWith('rialto-vault/header='))).toBe(true)
    expectNothingReadable(stored, [
      prompt,
      'quiet canals of Cannaregio',
      answer,
      'Count the bridges slowly',
      'still talking',
      memoryFromMessage,
      'Oliver Quasimodo',
      memoryByHand,
      'furlongs per fortnight',
      apiKey,
    ])

    // Reload: locked, nothing decrypted on screen; a wrong passphrase says so; the right one brings it all back.
    await page.reload()
    await page.getByTestId('vault-unlock').waitFor()
    await expect(page.locator('body').textContent()).resolves.not.toContain('Cannaregio')
    await unlock(page, 'not my passphrase at all')
    await expect(page.getByTestId('unlock-error').textContent()).resolves.toContain(
      'That passphrase does not unlock this vault.',
    )
    await unlock(page, 'still not my passphrase')
    await expect(page.getByTestId('unlock-error').textContent()).resolves.toContain('does not unlock')
    await unlock(page)
    await page.getByTestId('chat-unlocked').waitFor()
    await waitForAnswer(page, answer)
    await expect(questions(page).first().textContent()).resolves.toBe(prompt)
    await expect(page.getByRole('button', { name: 'Memories (2)' }).isVisible()).resolves.toBe(true)
    await expect(page.getByTestId('endpoint-label').textContent()).resolves.toBe(`Custom endpoint: ${server.url}`)

    // The Lock button throws the decrypted state away.
    await page.getByRole('button', { name: 'Lock', exact: true }).click()
    await page.getByTestId('vault-unlock').waitFor()
    const afterLock = (await page.locator('body').textContent()) ?? ''
    for (const secret of ['Cannaregio', 'Oliver Quasimodo', 'furlongs']) expect(afterLock).not.toContain(secret)
    expect(await page.locator('input[type="password"]').inputValue()).toBe('')
  })

  it('keeps every write when two tabs chat in different conversations and in the same one', async () => {
    const tabA = page
    await createVault(tabA)
    await configure(tabA, 'custom')
    await pickModel(tabA, 'qwen3-4b')
    await send(tabA, 'alpha from tab A')
    await waitForAnswer(tabA, 'You said: alpha from tab A')

    const tabB = await context.newPage()
    await openChat(tabB)
    await unlock(tabB)
    await tabB.getByTestId('chat-unlocked').waitFor()
    await waitForAnswer(tabB, 'You said: alpha from tab A')
    await pickModel(tabB, 'qwen3-4b')

    // The same conversation, from both tabs at once: saves conflict, and each retries on top of the other.
    await Promise.all([send(tabA, 'beta from tab A'), send(tabB, 'gamma from tab B')])
    await waitForAnswer(tabA, 'You said: beta from tab A')
    await waitForAnswer(tabB, 'You said: gamma from tab B')

    // Different conversations, at once: both reach the index.
    await tabA.getByRole('button', { name: 'New chat', exact: true }).click()
    await tabB.getByRole('button', { name: 'New chat', exact: true }).click()
    await Promise.all([send(tabA, 'delta only in A'), send(tabB, 'epsilon only in B')])
    await waitForAnswer(tabA, 'You said: delta only in A')
    await waitForAnswer(tabB, 'You said: epsilon only in B')

    // What is stored, read fresh after a reload.
    await tabB.close()
    await tabA.reload()
    await unlock(tabA)
    const list = tabA.getByTestId('conversation-list')
    await list.getByRole('button', { name: 'alpha from tab A', exact: true }).waitFor()
    await list.getByRole('button', { name: 'delta only in A', exact: true }).waitFor()
    await list.getByRole('button', { name: 'epsilon only in B', exact: true }).waitFor()
    await list.getByRole('button', { name: 'alpha from tab A', exact: true }).click()
    await waitForAnswer(tabA, 'You said: gamma from tab B')
    const texts = await tabA.locator('[data-testid="message"]').allTextContents()
    for (const expected of [
      'alpha from tab A',
      'You said: alpha from tab A',
      'beta from tab A',
      'You said: beta from tab A',
      'gamma from tab B',
      'You said: gamma from tab B',
    ]) {
      expect(texts.some((text) => text.includes(expected))).toBe(true)
    }
  })

  it('fails loudly when storage is full, and the earlier conversation is intact after unlocking again', async () => {
    await createVault(page)
    await configure(page, 'custom')
    await pickModel(page, 'qwen3-4b')
    await send(page, 'the earlier conversation must survive')
    await waitForAnswer(page, 'You said: the earlier conversation must survive')

    const filled = await page.evaluate(() => {
      let size = 1024 * 1024
      let index = 0
      while (size >= 1) {
        try {
          localStorage.setItem(`junk-${index++}`, 'x'.repeat(size))
        } catch {
          size = Math.floor(size / 2)
        }
      }
      return index
    })
    expect(filled).toBeGreaterThan(0)

    const unsent = `This question does not fit anywhere ${'and keeps going '.repeat(40)}`
    await send(page, unsent)
    const banner = page.getByTestId('storage-full')
    await banner.waitFor()
    await expect(banner.textContent()).resolves.toContain(
      'The browser storage for this site is full, so this was not saved. Your earlier data is intact.',
    )
    await expect(banner.getByRole('button', { name: 'Export a backup' }).isVisible()).resolves.toBe(true)
    // Nothing typed is lost: the message is still in the box.
    await expect(page.getByLabel('Message').inputValue()).resolves.toBe(unsent)

    await page.reload()
    await unlock(page)
    await page.getByTestId('chat-unlocked').waitFor()
    await waitForAnswer(page, 'You said: the earlier conversation must survive')
    await expect(questions(page).allTextContents()).resolves.toEqual(['the earlier conversation must survive'])
  })

  it('says what went wrong in a plain sentence, and keeps a cut answer marked as cut', async () => {
    await createVault(page)
    await configure(page, 'custom')

    await pickModel(page, 'fail-402')
    await send(page, 'this costs money')
    await expect(page.getByTestId('answer-error').textContent()).resolves.toContain(
      'Your Venice balance is empty: stake DIEM or add credit, then try again.',
    )
    await pickModel(page, 'fail-429')
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect
      .poll(() => page.getByTestId('answer-error').textContent())
      .toMatch(/Too many requests: try again in \d+ seconds?\./)
    await pickModel(page, 'qwen3-4b')
    await page.getByRole('button', { name: 'Retry' }).click()
    await waitForAnswer(page, 'You said: this costs money')

    await pickModel(page, 'cut-stream')
    await send(page, 'one two three four five six seven eight nine ten')
    const cut = answers(page).last()
    await expect.poll(() => cut.getAttribute('data-ending')).toBe('cut')
    await expect(cut.textContent()).resolves.toContain('The answer was cut off before it finished.')
    await expect(cut.textContent()).resolves.toContain('You said: one')
    await expect(cut.textContent()).resolves.not.toContain('ten')

    // Still marked after a reload: the partial answer was stored with its ending.
    await page.reload()
    await unlock(page)
    await expect.poll(() => answers(page).last().getAttribute('data-ending')).toBe('cut')

    // A wrong key: the server echoes it in its error, the page never shows it.
    await configure(page, 'custom', 'sk-wrong-key-123456')
    await pickModel(page, 'qwen3-4b')
    await send(page, 'with the wrong key')
    await expect(page.getByTestId('answer-error').textContent()).resolves.toContain('This API key was not accepted')
    await expect(page.locator('body').textContent()).resolves.not.toContain('sk-wrong-key-123456')
  })

  it('renders model markdown without running script or loading remote resources', async () => {
    const remoteLoads: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('tracking-pixel')) remoteLoads.push(request.url())
    })
    page.on('dialog', (dialog) => dialog.dismiss())
    await createVault(page)
    await configure(page, 'custom')
    await pickModel(page, 'qwen3-4b')
    const hostile = [
      '**bold words** and `code`',
      '<script>window.pwned = 1</script>',
      `![tracking](${server.url.replace('/api/v1', '')}/tracking-pixel.png)`,
      '<img src="/tracking-pixel-raw.png" onerror="window.pwned = 3">',
      '<iframe src="/tracking-pixel-frame"></iframe>',
      '[click me](javascript:window.pwned=2)',
      '[venice](https://venice.ai)',
    ].join('\n\n')
    await send(page, hostile)
    await waitForAnswer(page, 'bold words')
    const answer = answers(page).last()

    await expect(answer.locator('strong').textContent()).resolves.toBe('bold words')
    await expect(answer.locator('script, img, iframe, object, embed').count()).resolves.toBe(0)
    await expect(answer.getByText('Image: tracking').isVisible()).resolves.toBe(true)
    const venice = answer.getByRole('link', { name: 'venice' })
    await expect(venice.getAttribute('rel')).resolves.toBe('noopener noreferrer nofollow')
    await expect(venice.getAttribute('target')).resolves.toBe('_blank')
    const clickMe = answer.getByText('click me')
    expect((await clickMe.getAttribute('href')) ?? '').not.toMatch(/javascript/i)
    await clickMe.click()
    const handlers = await answer.evaluate(
      (element) =>
        Array.from(element.querySelectorAll('*')).flatMap((node) =>
          Array.from(node.attributes).filter((attribute) => attribute.name.startsWith('on')),
        ).length,
    )
    expect(handlers).toBe(0)
    await page.waitForTimeout(300)
    await expect(page.evaluate(() => window.pwned)).resolves.toBeUndefined()
    expect(remoteLoads).toEqual([])
  })

  it('goes through Rialto’s pass-through when chosen, streaming from the same origin with the balance', async () => {
    const crossOrigin: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(webUrl)) crossOrigin.push(request.url())
    })
    await createVault(page)
    await configure(page, 'pass-through')
    await expect(page.getByTestId('endpoint-label').textContent()).resolves.toBe(
      'Through Rialto’s pass-through (stores nothing)',
    )
    await pickModel(page, 'qwen3-4b')
    await recordStreaming(page)
    await send(page, 'through the pass-through we go, one word at a time')
    await waitForAnswer(page, 'You said: through the pass-through we go, one word at a time')
    const snapshots = await page.evaluate(() => window.streamSnapshots ?? [])
    expect(new Set(snapshots).size).toBeGreaterThanOrEqual(4)
    await expect(page.getByTestId('api-balance').textContent()).resolves.toContain('42.5 DIEM')
    expect(crossOrigin.filter((url) => url.includes(new URL(veniceStandInUrl).host))).toEqual([])

    // Not an open proxy: only the three routes, never for another site's page.
    const direct = context.request
    expect((await direct.get(`${webUrl}/api/venice-proxy/api_keys`)).status()).toBe(404)
    expect((await direct.get(`${webUrl}/api/venice-proxy/..%2F..%2Fapi_keys`)).status()).toBe(404)
    const crossSite = await direct.get(`${webUrl}/api/venice-proxy/models`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    })
    expect(crossSite.status()).toBe(403)
    // The benchmark page exists only on a server started for it.
    expect((await direct.get(`${webUrl}/chat/bench`)).status()).toBe(404)
  })

  it('changes the passphrase, exports an encrypted backup, wipes, and imports it into a new vault', async () => {
    await createVault(page)
    await configure(page, 'custom')
    await pickModel(page, 'qwen3-4b')
    await send(page, 'a conversation worth a backup')
    await waitForAnswer(page, 'You said: a conversation worth a backup')

    const newPassphrase = 'murano glass furnace 7'
    await openPanel(page, 'Vault')
    const change = page.getByTestId('change-passphrase')
    await change.getByLabel('Current passphrase').fill(passphrase)
    await change.getByLabel('New passphrase', { exact: true }).fill(newPassphrase)
    await change.getByLabel('Confirm new passphrase').fill(newPassphrase)
    await change.getByRole('button', { name: 'Change passphrase' }).click()
    await change.getByText('Passphrase changed.').waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export an encrypted backup' }).click(),
    ])
    const backupPath = await download.path()
    const backup = readFileSync(backupPath, 'utf8')
    expect(JSON.parse(backup).format).toBe('rialto-vault-export')
    expectNothingReadable({ backup }, ['a conversation worth a backup', apiKey])

    await page.getByRole('button', { name: 'Lock', exact: true }).click()
    await unlock(page, passphrase)
    await page.getByTestId('unlock-error').waitFor()
    await unlock(page, newPassphrase)
    await page.getByTestId('chat-unlocked').waitFor()

    await openPanel(page, 'Vault')
    await expect(page.getByRole('button', { name: 'Wipe everything' }).isDisabled()).resolves.toBe(true)
    await page.getByLabel('Type “wipe” to confirm').fill('wipe')
    await page.getByRole('button', { name: 'Wipe everything' }).click()
    await page.getByTestId('vault-create').waitFor()
    await expect(
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rialto-vault/'))),
    ).resolves.toEqual([])

    await createVault(page, 'a brand new vault here')
    await openPanel(page, 'Vault')
    await page.getByLabel('Backup file to import').setInputFiles(backupPath)
    await page.getByLabel('The backup’s passphrase').fill(newPassphrase)
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const report = page.getByTestId('import-report')
    await report.getByText('Added 1 conversation.').waitFor()
    const list = page.getByTestId('conversation-list')
    await list.getByRole('button', { name: 'a conversation worth a backup', exact: true }).click()
    await waitForAnswer(page, 'You said: a conversation worth a backup')
  })

  it('manages conversations and memories: search, rename, delete, regenerate, Remember, edit, reload mid-answer', async () => {
    let chatCalls = 0
    page.on('request', (request) => {
      if (request.url().endsWith('/chat/completions')) chatCalls++
    })
    await createVault(page)
    await configure(page, 'custom')
    await pickModel(page, 'qwen3-4b')
    for (const [index, question] of [
      'Planning a trip to Burano',
      'Recipe for sarde in saor',
      'Notes about Torcello mosaics',
    ].entries()) {
      if (index > 0) await page.getByRole('button', { name: 'New chat', exact: true }).click()
      await send(page, question)
      await waitForAnswer(page, `You said: ${question}`)
    }
    const list = page.getByTestId('conversation-list')
    const titles = () => list.locator('li > button:not([aria-label])').allTextContents()
    await expect(titles()).resolves.toEqual([
      'Notes about Torcello mosaics',
      'Recipe for sarde in saor',
      'Planning a trip to Burano',
    ])

    await list.getByLabel('Search titles').fill('SARDE')
    await expect(titles()).resolves.toEqual(['Recipe for sarde in saor'])
    await list.getByLabel('Search titles').fill('')

    await list.getByRole('button', { name: 'Rename “Notes about Torcello mosaics”' }).click()
    await list.getByLabel('New title').fill('Torcello')
    await list.getByRole('button', { name: 'Save', exact: true }).click()
    await list.getByRole('button', { name: 'Torcello', exact: true }).waitFor()

    await list.getByRole('button', { name: 'Delete “Recipe for sarde in saor”', exact: true }).click()
    await list.getByRole('button', { name: 'Delete “Recipe for sarde in saor” for good' }).click()
    await expect.poll(titles).toEqual(['Torcello', 'Planning a trip to Burano'])

    // Regenerate replaces the last answer instead of adding a second one.
    const callsBefore = chatCalls
    await page.getByRole('button', { name: 'Regenerate', exact: true }).click()
    await expect.poll(() => chatCalls).toBe(callsBefore + 1)
    await waitForAnswer(page, 'You said: Notes about Torcello mosaics')
    await expect(answers(page).count()).resolves.toBe(1)

    // The Remember button on a message; then edit and delete the memory.
    await page.getByRole('button', { name: 'Remember', exact: true }).click()
    await page.getByRole('button', { name: 'Memories (1)', exact: true }).waitFor()
    await openPanel(page, 'Memories')
    const memories = page.getByTestId('memories-panel')
    await memories.getByText('Notes about Torcello mosaics').waitFor()
    await memories.getByRole('button', { name: 'Edit', exact: true }).click()
    await memories.getByLabel('Edit memory').fill('I love the Torcello mosaics')
    await memories.getByRole('button', { name: 'Save', exact: true }).click()
    await memories.getByText('I love the Torcello mosaics').waitFor()
    await memories.getByRole('button', { name: 'Delete', exact: true }).click()
    await memories.getByText('No memories yet.').waitFor()

    // A reload in the middle of an answer loses that answer only: the question was stored before it was sent.
    await pickModel(page, 'slow')
    await send(page, 'A long answer I will not wait for')
    await page.locator('[data-streaming="true"]').filter({ hasText: 'part 2 of 300' }).waitFor()
    await page.reload()
    await unlock(page)
    await page.getByTestId('chat-unlocked').waitFor()
    await expect(questions(page).allTextContents()).resolves.toEqual([
      'Notes about Torcello mosaics',
      'A long answer I will not wait for',
    ])
    // The page may still have stored what had arrived as it unloaded; if so, it is marked as not finished.
    const afterQuestion = await page
      .locator('[data-testid="message"]')
      .evaluateAll((messages) =>
        messages
          .slice(3)
          .map((message) => `${message.getAttribute('data-role')}:${message.getAttribute('data-ending')}`),
      )
    expect(afterQuestion.filter((entry) => entry !== 'assistant:cut' && entry !== 'assistant:stopped')).toEqual([])
    expect(afterQuestion.length).toBeLessThanOrEqual(1)
    await expect(titles()).resolves.toEqual(['Torcello', 'Planning a trip to Burano'])
  })

  it('offers Rialto’s pass-through with one click when the browser blocks the direct call to Venice', async () => {
    // Answers, but allows another site only: the browser refuses to hand the answer over. (Without any CORS header
    // Playwright would add one.) Nothing reaches the real API.
    const blocked: string[] = []
    await context.route('https://api.venice.ai/**', (route) => {
      blocked.push(route.request().url())
      const headers = { 'access-control-allow-origin': 'https://venice.ai' }
      return route.fulfill({ status: 200, contentType: 'application/json', headers, body: '{"data":[]}' })
    })
    await createVault(page)
    await configure(page, 'venice')
    await expect(page.getByTestId('endpoint-label').textContent()).resolves.toBe('Direct to api.venice.ai')
    const offer = page.getByRole('button', { name: 'Use Rialto’s pass-through (stores nothing)' })
    await offer.waitFor()
    await expect(
      page
        .getByText(
          `The browser blocked the request to api.venice.ai (CORS): that server does not allow calls from ${webUrl}.`,
        )
        .first()
        .isVisible(),
    ).resolves.toBe(true)
    // Offered, not taken: still direct until the click.
    await expect(page.getByTestId('endpoint-label').textContent()).resolves.toBe('Direct to api.venice.ai')
    expect(blocked.some((url) => url.startsWith('https://api.venice.ai/api/v1/models'))).toBe(true)

    await offer.click()
    await expect
      .poll(() => page.getByTestId('endpoint-label').textContent())
      .toBe('Through Rialto’s pass-through (stores nothing)')
    await pickModel(page, 'qwen3-4b')
    await send(page, 'now through the pass-through')
    await waitForAnswer(page, 'You said: now through the pass-through')
  })

  it('tells a local server that is not running from one that refuses this site, offering no pass-through to either', async () => {
    const refusing = await startOpenAiCompatibleServer({ apiKey, cors: false })
    try {
      const stoppedHost = `127.0.0.1:${await closedPort()}`
      await createVault(page)
      await configure(page, 'custom', apiKey, `http://${stoppedHost}/v1`)
      const modelListNotice = page.getByText('The model list could not be loaded:')
      await expect
        .poll(() => modelListNotice.textContent())
        .toBe(`The model list could not be loaded: Nothing answered at ${stoppedHost} — is the server running?`)
      await expect(page.getByText('CORS').count()).resolves.toBe(0)

      await configure(page, 'custom', apiKey, refusing.url)
      const refusingHost = new URL(refusing.url).host
      await expect
        .poll(() => modelListNotice.textContent())
        .toBe(
          `The model list could not be loaded: The browser blocked the request to ${refusingHost} (CORS): that server does not allow calls from ${webUrl}.`,
        )
      // The pass-through only forwards to Venice: it is no way out for a custom endpoint.
      await expect(page.getByText('pass-through').count()).resolves.toBe(0)
      await expect(page.getByText('proxy').count()).resolves.toBe(0)
    } finally {
      await refusing.close()
    }
  })

  it('names a damaged conversation by its title and says what to do, never by its internal id', async () => {
    await createVault(page)
    await configure(page, 'custom')
    await pickModel(page, 'qwen3-4b')
    await send(page, 'Planning a trip to Burano')
    await waitForAnswer(page, 'You said: Planning a trip to Burano')
    const before = await conversationKeys(page)
    await page.getByRole('button', { name: 'New chat', exact: true }).click()
    await send(page, 'Notes about Torcello mosaics')
    await waitForAnswer(page, 'You said: Notes about Torcello mosaics')
    const [damagedKey] = (await conversationKeys(page)).filter((key) => !before.includes(key))
    if (damagedKey === undefined) throw new Error('The second conversation was not stored.')
    const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', damagedKey)
    const damaged = { key: damagedKey, value: damageCiphertext(stored) }
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), damaged)

    // The damaged one is the newest, so the unlock tries to open it.
    await page.reload()
    await unlock(page)
    await page.getByTestId('chat-unlocked').waitFor()
    const notice = page.getByTestId('chat-notice')
    await notice.waitFor()
    const text = (await notice.textContent()) ?? ''
    expect(text).toContain('“Notes about Torcello mosaics”')
    expect(text).toContain('Delete it')
    expect(text).toContain('backup')
    const conversationId = damagedKey.slice('rialto-vault/record:conversation:'.length)
    const body = (await page.locator('body').textContent()) ?? ''
    expect(body).not.toContain(conversationId)
    expect(body).not.toContain('conversation:')

    // The undamaged one still opens.
    const list = page.getByTestId('conversation-list')
    await list.getByRole('button', { name: 'Planning a trip to Burano', exact: true }).click()
    await waitForAnswer(page, 'You said: Planning a trip to Burano')
  })

  it('saves a long answer every few seconds while it streams, so a crash mid-answer keeps most of it', async () => {
    await createVault(page)
    await configure(page, 'custom')
    await pickModel(page, 'slow')
    await send(page, 'Tell me everything about the lagoon')
    // The slow answer takes about 12 s: by part 160 more than 6 s have passed, past the 5 s save interval.
    await page.locator('[data-streaming="true"]').filter({ hasText: 'part 160 of 300' }).waitFor({ timeout: 20_000 })
    // A crash, not a reload: a reload lets the page store what had arrived as the stream aborts.
    const crashed = page.waitForEvent('crash')
    const devtools = await context.newCDPSession(page)
    void devtools.send('Page.crash').catch(() => undefined)
    await crashed

    const again = await context.newPage()
    await openChat(again)
    await unlock(again)
    await again.getByTestId('chat-unlocked').waitFor()
    const partial = answers(again).last()
    await partial.filter({ hasText: 'You said: Tell me everything about the lagoon' }).waitFor()
    await expect(partial.textContent()).resolves.toContain('part 50 of 300')
    await expect(partial.textContent()).resolves.not.toContain('part 300 of 300')
    // Marked as not finished, as a cut stream is.
    await expect(partial.getAttribute('data-ending')).resolves.toBe('cut')
    await expect(questions(again).allTextContents()).resolves.toEqual(['Tell me everything about the lagoon'])
  })

  it('shows the daily API credit that the connected wallet’s staked DIEM buys, linking to the DIEM actions', async () => {
    const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
    await context.addInitScript(injectedWalletScript({ account, chainId: devnet.id }))
    await createVault(page)
    await configure(page, 'custom')
    await expect(page.getByTestId('balance-summary').textContent()).resolves.toContain('Connect a wallet')

    await connectBrowserWallet(page)
    const credit = page.getByTestId('daily-credit')
    await credit.getByText('of API credit a day').waitFor({ timeout: 30_000 })

    const chain = createPublicClient({ chain: devnet, transport: http(requiredEnv('DEVNET_RPC_URL')) })
    const position = await readPosition(chain, { chainId: devnet.id, address: account })
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 })
    expect(position.diem.staked).toBeGreaterThan(0n)
    await expect(credit.textContent()).resolves.toContain(
      `Staked ${formatAmount(position.diem.staked)} DIEM buys ${usd.format(dailyApiCreditUsd(position))} of API credit a day`,
    )
    await expect(credit.getByRole('link', { name: 'Stake or mint DIEM' }).getAttribute('href')).resolves.toBe('/#diem')
  })

  it('locks by itself after the idle time', async () => {
    await context.clock.install()
    await createVault(page)
    await page.getByTestId('settings-panel').waitFor()
    await page.clock.fastForward('14:00')
    await expect(page.getByTestId('chat-unlocked').isVisible()).resolves.toBe(true)
    await page.clock.fastForward('02:00')
    await page.getByTestId('vault-unlock').waitFor()
    await page.getByText('Locked after 15 idle minutes.').waitFor()
  })
})
