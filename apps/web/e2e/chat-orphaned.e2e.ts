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

/** The vault's header goes missing while its records stay: nothing may be lost without the user's typed yes. */

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

/** A conversation in a backup, one saved after the backup; then the header disappears. */
async function vaultThatLostItsHeader(): Promise<{ backupPath: string; recordKeys: string[] }> {
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
  await page.reload()
  return { backupPath, recordKeys }
}

it('says what it found instead of offering a new vault, and restores everything from a backup', async () => {
  const { backupPath, recordKeys } = await vaultThatLostItsHeader()
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
  expect((await vaultKeys(page)).sort()).toEqual([...recordKeys].sort())

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
  const { recordKeys } = await vaultThatLostItsHeader()
  const startOver = page.getByTestId('orphaned-start-over')
  const button = startOver.getByRole('button', { name: 'Delete them and set a new passphrase' })
  const confirmation = startOver.getByLabel(/^Type “delete \d+ records” to confirm$/)
  await confirmation.fill('delete')
  await expect(button.isDisabled()).resolves.toBe(true)
  await confirmation.fill(`delete ${recordKeys.length} records`)
  await button.click()
  await page.getByText(`Creating the vault deletes the ${recordKeys.length} unreadable records found here.`).waitFor()
  expect((await vaultKeys(page)).sort()).toEqual([...recordKeys].sort())

  await page.getByLabel('Passphrase', { exact: true }).fill('a brand new passphrase')
  await page.getByLabel('Confirm passphrase').fill('a brand new passphrase')
  await page.getByRole('button', { name: 'Create vault', exact: true }).click()
  await page.getByTestId('chat-unlocked').waitFor()
  const left = await vaultKeys(page)
  expect(left).toContain('rialto-vault/header')
  expect(left.filter((key) => recordKeys.includes(key))).toEqual([])
})
