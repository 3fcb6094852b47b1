import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from '@rialto/venice-api/testing/openai-compatible-server'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { launchBrowser } from './browser'
import {
  chatPassphrase,
  configureEndpoint,
  createVault,
  openPanel,
  pickModel,
  send,
  unlock,
  waitForAnswer,
} from './chat-user'

/**
 * What happens to the vault at rest outside Rialto: a header gone missing while its records stay (nothing may be
 * lost without the user's typed yes), and one record put back to an older copy of itself.
 */

const apiKey = 'sk-e2e-orphans-51c9'
let server: OpenAiCompatibleServer
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ apiKey })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true })
  page = await context.newPage()
})
afterEach(async () => {
  await context.close()
})

const vaultKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rialto-vault/')))
/** Every vault key with its stored value: to check that something changed nothing. */
const vaultEntries = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('rialto-vault/'))),
  )

/** A conversation in a backup, one saved after the backup; then the header disappears. */
async function vaultThatLostItsHeader(): Promise<{
  backupPath: string
  recordKeys: string[]
  left: Record<string, string>
}> {
  await createVault(page)
  await configureEndpoint(page, { endpoint: 'custom', customUrl: server.url, key: apiKey })
  await pickModel(page, 'qwen3-4b')
  await send(page, 'Gondola schedule for the regatta')
  await waitForAnswer(page, 'You said: Gondola schedule')
  await openPanel(page, 'Vault')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export an encrypted backup' }).click(),
  ])
  const backupPath = await download.path()
  await page.getByRole('button', { name: 'New chat', exact: true }).click()
  await send(page, 'Saved after the backup: the Lido ferry times')
  await waitForAnswer(page, 'You said: Saved after the backup')
  await page.evaluate(() => localStorage.removeItem('rialto-vault/header'))
  const recordKeys = (await vaultKeys(page)).filter((key) => key.startsWith('rialto-vault/record:'))
  const left = await vaultEntries(page)
  await page.reload()
  return { backupPath, recordKeys, left }
}

it('says what it found instead of offering a new vault, and restores everything from a backup', async () => {
  const { backupPath, recordKeys, left } = await vaultThatLostItsHeader()
  const screen = page.getByTestId('vault-orphaned')
  await screen.waitFor()
  await expect(page.getByTestId('vault-create').count()).resolves.toBe(0)
  await expect(screen.textContent()).resolves.toContain(`Rialto found ${recordKeys.length} encrypted records`)
  await expect(screen.getByRole('button', { name: 'Delete them and set a new passphrase' }).isDisabled()).resolves.toBe(
    true,
  )

  // A wrong passphrase says so and changes nothing.
  const restore = page.getByTestId('orphaned-restore')
  await restore.getByLabel('Backup file').setInputFiles(backupPath)
  await restore.getByLabel('The backup’s passphrase').fill('not the passphrase')
  await restore.getByRole('button', { name: 'Restore' }).click()
  await restore.getByText('That passphrase does not unlock this vault.').waitFor()
  await expect(vaultEntries(page)).resolves.toEqual(left)

  await restore.getByLabel('The backup’s passphrase').fill(chatPassphrase)
  await restore.getByRole('button', { name: 'Restore' }).click()
  await page.getByTestId('chat-unlocked').waitFor()
  const list = page.getByTestId('conversation-list')
  await list.getByRole('button', { name: 'Saved after the backup: the Lido ferry times', exact: true }).waitFor()
  await list.getByRole('button', { name: 'Gondola schedule for the regatta', exact: true }).waitFor()

  // The restored header is the vault's own: the next visit unlocks as usual.
  await page.reload()
  await unlock(page)
  await page.getByTestId('chat-unlocked').waitFor()
  await list.getByRole('button', { name: 'Saved after the backup: the Lido ferry times', exact: true }).waitFor()
})

it('deletes the old records only after the user types how many will be lost', async () => {
  const { recordKeys, left } = await vaultThatLostItsHeader()
  const startOver = page.getByTestId('orphaned-start-over')
  const button = startOver.getByRole('button', { name: 'Delete them and set a new passphrase' })
  const confirmation = startOver.getByLabel(/^Type “delete \d+ records” to confirm$/)
  await confirmation.fill('delete')
  await expect(button.isDisabled()).resolves.toBe(true)
  await confirmation.fill(`delete ${recordKeys.length} records`)
  await button.click()
  await page.getByText(`Creating the vault deletes the ${recordKeys.length} unreadable records found here.`).waitFor()
  await expect(vaultEntries(page)).resolves.toEqual(left)

  await page.getByLabel('Passphrase', { exact: true }).fill('a brand new passphrase')
  await page.getByLabel('Confirm passphrase').fill('a brand new passphrase')
  await page.getByRole('button', { name: 'Create vault', exact: true }).click()
  await page.getByTestId('chat-unlocked').waitFor()
  const keys = await vaultKeys(page)
  expect(keys).toContain('rialto-vault/header')
  expect(keys.filter((key) => recordKeys.includes(key))).toEqual([])
})

it('refuses a conversation put back to an older copy after a fresh unlock, and names it by its title', async () => {
  await createVault(page)
  await configureEndpoint(page, { endpoint: 'custom', customUrl: server.url, key: apiKey })
  await pickModel(page, 'qwen3-4b')
  await send(page, 'Plans for the Biennale visit')
  await waitForAnswer(page, 'You said: Plans for the Biennale')
  const [recordKey] = (await vaultKeys(page)).filter((key) => key.startsWith('rialto-vault/record:conversation:'))
  if (!recordKey) throw new Error('the conversation was not saved')
  const olderCopy = await page.evaluate((key) => localStorage.getItem(key), recordKey)
  await send(page, 'Add the Arsenale pavilions')
  await waitForAnswer(page, 'You said: Add the Arsenale')
  await page.evaluate(([key, value]) => localStorage.setItem(key ?? '', value ?? ''), [recordKey, olderCopy])

  await page.reload()
  await unlock(page)
  await page.getByTestId('chat-unlocked').waitFor()
  const notice = page.getByText(
    'The conversation “Plans for the Biennale visit” was put back to an older copy outside Rialto, so Rialto did not open it.',
  )
  await notice.waitFor()
  // Said once: the refused read of the same conversation adds no second notice.
  await expect(page.getByText(/older copy/).count()).resolves.toBe(1)
  await expect(page.locator('body').textContent()).resolves.not.toContain(recordKey.replace('rialto-vault/record:', ''))
  // The old copy is neither shown nor overwritten.
  await expect(page.getByText('Add the Arsenale pavilions').count()).resolves.toBe(0)
  await expect(page.evaluate((key) => localStorage.getItem(key), recordKey)).resolves.toBe(olderCopy)
})
