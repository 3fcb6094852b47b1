import { devnet } from '@rialto/contracts-abi/chains'
import {
  type OpenAiCompatibleServer,
  startOpenAiCompatibleServer,
} from '@rialto/venice-api/testing/openai-compatible-server'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { type Address, getAddress } from 'viem'
import { afterAll, beforeAll } from 'vitest'
import { injectedWalletScript } from '../scripts/injected-wallet.mjs'
import { launchBrowser, requiredEnv } from './browser'
import { devAccount } from './chain'
import { configureEndpoint, createVault, pickModel, send, waitForAnswer } from './chat-user'
import { connectBrowserWallet } from './dapp'

/** The pages every security and accessibility gate visits, and what a person does on each. */

const webUrl = requiredEnv('WEB_URL')
export const watchedAddress = devAccount(0).address

/** Opens `path` and waits until React has taken over the page; returns the document's response. */
export async function openPage(page: Page, path: string): Promise<Response> {
  const response = await page.goto(`${webUrl}${path}`)
  if (!response) throw new Error(`No response for ${path}`)
  await page.waitForSelector('html[data-hydrated="true"]')
  return response
}

/** The treasury view of ten addresses: dev accounts 0–7, the buyback account and the seed's treasury. */
export const treasuryAddresses: Address[] = [
  ...Array.from({ length: 8 }, (_, index) => devAccount(index).address),
  getAddress('0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f'),
  getAddress('0xa0Ee7A142d267C1f36714E4a8F75612F20a79720'),
]
export const treasuryPath = `/treasury?addresses=${treasuryAddresses.join(',')}`

export async function watchDevAccount(page: Page) {
  await openPage(page, `/?address=${watchedAddress}`)
  await page.getByTestId('balance-vvv').waitFor()
}

/** A browser extension wallet (`window.ethereum`) holding dev account #0; call before the context opens a page. */
export const installInjectedWallet = (context: BrowserContext) =>
  context.addInitScript(injectedWalletScript({ account: watchedAddress, chainId: devnet.id }))

/** Connects the injected wallet through RainbowKit's modal, as a person with MetaMask would. */
export async function connectInjectedWallet(page: Page) {
  await openPage(page, '/')
  await connectBrowserWallet(page)
  await page.getByTestId('actions').waitFor({ timeout: 30_000 })
}

export const chatApiKey = 'sk-e2e-gates-6c2e1b'

/** Creates a vault, points the chat at `endpointUrl` (the OpenAI-compatible test server) and gets one answer. */
export async function chatWithCustomEndpoint(page: Page, endpointUrl: string) {
  await createVault(page)
  await pointChatAt(page, endpointUrl)
}

/** In an unlocked chat: saves `endpointUrl` as the custom endpoint and gets one answer from it. */
export async function pointChatAt(page: Page, endpointUrl: string) {
  await configureEndpoint(page, { endpoint: 'custom', customUrl: endpointUrl, key: chatApiKey })
  await pickModel(page, 'qwen3-4b')
  await send(page, 'Which bridge crosses the Grand Canal at the Rialto?')
  await waitForAnswer(page, 'You said: Which bridge')
}

/**
 * One browser and the chat's test server for a whole file of page gates, closed after it. Read them inside tests
 * (the hooks have run by then).
 */
export function browserAndChatServer() {
  let browser: Browser | undefined
  let server: OpenAiCompatibleServer | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
    server = await startOpenAiCompatibleServer({ apiKey: chatApiKey })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const started = <T>(value: T | undefined) => {
    if (value === undefined) throw new Error('The browser and the chat server start in beforeAll.')
    return value
  }
  return { browser: () => started(browser), chatServerUrl: () => started(server).url }
}
