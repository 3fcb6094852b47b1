import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from '@rialto/venice-api/testing/openai-compatible-server'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { expectProfileHoldsNothingReadable } from './at-rest'
import { launchWithProfile, requiredEnv } from './browser'
import { configureEndpoint, createVault, openPanel, pickModel, send, waitForAnswer } from './chat-user'

/**
 * The hard way to check "nothing private reaches disk": a browser with a real profile directory, every field that
 * takes private text filled with a unique marker and submitted, the browser closed (so it flushes form history,
 * sessions and caches), then every file of the profile read.
 */

const marker = {
  passphrase: 'pqzk passphrase vellum 4471',
  apiKey: 'sk-pqzk-apikey-9e3c51',
  endpointPath: 'pqzk-endpointpath-2b7d',
  message: 'pqzk message about the Arsenale rope walk',
  title: 'pqzk title Giudecca plans',
  search: 'pqzk search Giudecca',
  memory: 'pqzk memory my gondolier is Orsola',
  editedMemory: 'pqzk edited memory Orsola rows on Sundays',
}

let server: OpenAiCompatibleServer
let profileDir: string
let context: BrowserContext

beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ apiKey: marker.apiKey })
  profileDir = mkdtempSync(join(tmpdir(), 'rialto-profile-'))
  context = await launchWithProfile(profileDir)
})

afterAll(async () => {
  await context?.close()
  await server?.close()
  rmSync(profileDir, { recursive: true, force: true })
})

it('keeps every private field out of the browser profile on disk: form history, sessions, caches', async () => {
  const page = context.pages()[0] ?? (await context.newPage())
  await createVault(page, marker.passphrase)
  const customUrl = server.url.replace('/api/v1', `/${marker.endpointPath}/api/v1`)
  await configureEndpoint(page, { endpoint: 'custom', customUrl, key: marker.apiKey })
  await pickModel(page, 'qwen3-4b')
  await send(page, marker.message)
  await waitForAnswer(page, `You said: ${marker.message}`)

  const list = page.getByTestId('conversation-list')
  await list
    .getByRole('button', { name: /^Rename/ })
    .first()
    .click()
  await list.getByLabel('New title').fill(marker.title)
  await list.getByRole('button', { name: 'Save', exact: true }).click()
  await list.getByRole('button', { name: marker.title, exact: true }).waitFor()
  await list.getByLabel('Search titles').fill(marker.search)
  await list.getByLabel('Search titles').press('Enter')

  await openPanel(page, 'Memories')
  const memories = page.getByTestId('memories-panel')
  await memories.getByLabel('New memory').fill(marker.memory)
  await memories.getByRole('button', { name: 'Add' }).click()
  await memories.getByText(marker.memory).waitFor()
  await memories.getByRole('button', { name: 'Edit', exact: true }).click()
  await memories.getByLabel('Edit memory').fill(marker.editedMemory)
  await memories.getByRole('button', { name: 'Save', exact: true }).click()
  await memories.getByText(marker.editedMemory).waitFor()

  // Leaving the page is when browsers save what forms held; closing the browser writes everything out.
  await page.goto(`${requiredEnv('WEB_URL')}/`)
  await page.waitForLoadState('load')
  await context.close()

  expectProfileHoldsNothingReadable(profileDir, Object.values(marker))
  // The scan itself must be able to fail: the profile does hold the origin we visited.
  expect(() => expectProfileHoldsNothingReadable(profileDir, ['127.0.0.1'])).toThrow()
})
