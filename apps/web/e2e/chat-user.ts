import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { requiredEnv } from './browser'

/** What a user does on /chat, for the browser tests. */

export const chatPassphrase = 'lagoon gondola bridge 42'

export async function openChat(page: Page) {
  await page.goto(`${requiredEnv('WEB_URL')}/chat`)
  await page.locator('[data-testid="vault-create"], [data-testid="vault-unlock"]').first().waitFor()
}

export async function createVault(page: Page, secret = chatPassphrase) {
  await openChat(page)
  await page.getByLabel('Passphrase', { exact: true }).fill(secret)
  await page.getByLabel('Confirm passphrase').fill(secret)
  await page.getByRole('button', { name: 'Create vault', exact: true }).click()
  await page.getByTestId('chat-unlocked').waitFor()
}

export async function unlock(page: Page, secret = chatPassphrase) {
  await page.getByTestId('vault-unlock').waitFor()
  await page.getByLabel('Passphrase', { exact: true }).fill(secret)
  await page.getByRole('button', { name: 'Unlock', exact: true }).click()
}

export async function openPanel(page: Page, name: 'Settings' | 'Memories' | 'Vault') {
  const button = page.getByRole('button', { name: new RegExp(`^${name}`) })
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click()
}

export type EndpointChoice =
  | { endpoint: 'venice' | 'pass-through'; key: string }
  | { endpoint: 'custom'; customUrl: string; key: string }

export async function configureEndpoint(page: Page, choice: EndpointChoice) {
  await openPanel(page, 'Settings')
  const settings = page.getByTestId('settings-panel')
  if (choice.endpoint === 'custom') {
    await settings.getByLabel('A custom endpoint').check()
    await settings.getByLabel('Custom endpoint URL').fill(choice.customUrl)
  } else if (choice.endpoint === 'pass-through') {
    await settings.getByLabel('Venice, through Rialto’s pass-through').check()
  } else {
    await settings.getByLabel('Venice, directly').check()
  }
  await settings.getByLabel('API key').fill(choice.key)
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await settings.getByText('Saved.').waitFor()
  await page.getByRole('button', { name: 'Settings', exact: true }).click()
}

export async function pickModel(page: Page, model: string) {
  await page.locator(`#chat-model option[value="${model}"]`).waitFor({ state: 'attached' })
  await page.locator('#chat-model').selectOption(model)
  await expect.poll(() => page.locator('#chat-model').inputValue()).toBe(model)
}

export async function send(page: Page, text: string) {
  await page.getByLabel('Message').fill(text)
  await page.getByRole('button', { name: 'Send', exact: true }).click()
}

export const answers = (page: Page) =>
  page.locator('[data-testid="message"][data-role="assistant"]:not([data-streaming])')
/** The user's messages as typed (without the Remember button under them). */
export const questions = (page: Page) => page.locator('[data-testid="message"][data-role="user"] > p')

export async function waitForAnswer(page: Page, text: string) {
  await answers(page).filter({ hasText: text }).first().waitFor({ timeout: 20_000 })
}
