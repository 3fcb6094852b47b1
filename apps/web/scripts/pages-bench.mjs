// `node scripts/pages-bench.mjs` (from apps/web): what the main pages cost a visitor, on a production build served by
// `next start` against a seeded devnet of its own, behind a counting RPC proxy. Figures, not a test:
// - Lighthouse 12 mobile scores, TBT and LCP, median of 3 runs, for our pages and the bare reference page;
// - RPC requests per dashboard load (watch mode and connected) and per new block while a dashboard stays open;
// - axe-core serious/critical violations on each main page, connected and not, and with the charts drawn;
// - the points each chart draws with its range at "All", and how long the charts take to appear once scrolled to.
// `--json` prints the results as JSON on stdout (for `pnpm bench`); `--runs N` changes the Lighthouse runs per page.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import { startIndexer } from '@rialto/indexer/testing'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { chromiumFlags, chromiumLaunchOptions, chromiumPath } from '../../../tools/chromium.mjs'
import { injectedWalletScript } from './injected-wallet.mjs'
import { freePort, waitForHttp } from './local-server.mjs'
import { startRpcProxy } from './rpc-proxy.mjs'
import { scrollToCharts } from './scroll-to-charts.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const contractsRoot = join(webRoot, '..', '..', 'packages', 'contracts')
const referenceRoot = join(webRoot, '..', '..', 'tools', 'bench-reference')
const devAccount0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
// The devnet's chain id (packages/contracts-abi/src/chains.ts), which this plain-Node script cannot import.
const devnetChainId = 31337
const runsArgument = process.argv.indexOf('--runs')
const runs = runsArgument === -1 ? 3 : Number(process.argv[runsArgument + 1])
const asJson = process.argv.includes('--json')
const log = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`)
/** How long an open dashboard is watched for its steady-state RPC cost. */
const steadyStateMs = 10_000

/** Starts `command` in its own process group and resolves once a line of its output matches `ready`. */
function startService(command, args, { cwd, env, ready }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true })
  const started = new Promise((resolve, reject) => {
    const onData = (data) => ready.test(String(data)) && resolve()
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before it was ready`)))
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // Resolves once the process is gone: anvil writes its state on the way out, into a folder removed after it.
  const stop = async () => {
    if (child.exitCode !== null) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return // Already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
  return { child, started, stop }
}

function buildApp(appRoot, env) {
  const next = join(appRoot, 'node_modules', '.bin', 'next')
  const build = spawnSync(next, ['build'], { cwd: appRoot, env, stdio: asJson ? ['ignore', 2, 2] : 'inherit' })
  if (build.status !== 0) throw new Error(`next build in ${appRoot} failed`)
}

async function serve(appRoot, env) {
  const port = await freePort()
  const next = join(appRoot, 'node_modules', '.bin', 'next')
  const server = startService(next, ['start', '--port', String(port)], { cwd: appRoot, env, ready: /Ready in/ })
  const origin = `http://127.0.0.1:${port}`
  await waitForHttp(origin, server.child)
  return { origin, stop: server.stop }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function lighthouseAudit(url, chromePort) {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    formFactor: 'mobile',
  })
  const { categories, audits } = result.lhr
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    seo: Math.round(categories.seo.score * 100),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    // What the main thread spent the load on: the trace's top items, for a slow TBT.
    topMainThread: (audits['mainthread-work-breakdown']?.details?.items ?? [])
      .slice(0, 3)
      .map(({ groupLabel, duration }) => `${groupLabel} ${Math.round(duration)} ms`)
      .join(', '),
    topScripts: (audits['bootup-time']?.details?.items ?? [])
      .slice(0, 2)
      .map(({ url, scripting }) => `${url.split('/').pop()} ${Math.round(scripting)} ms`)
      .join(', '),
  }
}

/** The median of `runs` Lighthouse runs: numbers by median, text from the median-performance run. */
async function lighthouseMedian(name, url, chromePort) {
  const results = []
  for (let run = 0; run < runs; run++) {
    log(`Lighthouse ${name}, run ${run + 1} of ${runs}…`)
    results.push(await lighthouseAudit(url, chromePort))
  }
  const byPerformance = [...results].sort((a, b) => a.performance - b.performance)
  const middle = byPerformance[Math.floor(results.length / 2)]
  const row = { page: name }
  for (const key of Object.keys(middle)) {
    row[key] = typeof middle[key] === 'number' ? median(results.map((result) => result[key])) : middle[key]
  }
  return row
}

async function blockNumber(rpcUrl) {
  const response = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }),
  })
  return Number.parseInt((await response.json()).result, 16)
}

const waitForFigures = (page) =>
  page.waitForSelector('html[data-wallet-ready="true"] [data-testid="balances"][data-block-number]', {
    timeout: 60_000,
  })

/**
 * A person with a browser extension wallet holding dev account #0 connects through RainbowKit's modal: the wallet
 * answers its own requests, so what reaches the proxy from the browser is the app's.
 */
async function connectInjectedWallet(browser, origin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions)
  await context.addInitScript(injectedWalletScript({ account: devAccount0, chainId: devnetChainId }))
  const page = await context.newPage()
  await page.goto(origin)
  await page.waitForSelector('html[data-hydrated="true"]')
  await page.getByRole('button', { name: /connect wallet/i }).click()
  await page.getByRole('button', { name: /browser wallet/i }).click()
  await page.getByTestId('actions').waitFor({ timeout: 30_000 })
  return { context, page }
}

/** The RPC requests (server and browser) from navigating to `url` until the page shows its figures. */
async function rpcPerLoad(page, url, proxy) {
  const since = Date.now()
  await page.goto(url)
  await waitForFigures(page)
  const requests = proxy.requestsSince(since)
  const from = (origin) => requests.filter((request) => request.from === origin).map(({ methods }) => methods.join('+'))
  return { server: from('server'), browser: from('browser') }
}

/** Browser RPC requests per new block while a loaded dashboard stays open and visible. */
async function rpcPerBlock(proxy, devnetUrl) {
  const firstBlock = await blockNumber(devnetUrl)
  const since = Date.now()
  await new Promise((resolve) => setTimeout(resolve, steadyStateMs))
  const blocks = (await blockNumber(devnetUrl)) - firstBlock
  const requests = proxy.requestsSince(since).filter(({ from }) => from === 'browser').length
  return { requests, blocks, perBlock: blocks > 0 ? requests / blocks : null }
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page) {
  await page.locator('[data-testid="wallet-account"], button:text-is("Connect wallet"):enabled').first().waitFor()
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations.filter(({ impact }) => impact === 'serious' || impact === 'critical')
  return serious.reduce((sum, { nodes }) => sum + nodes.length, 0)
}

async function measureInBrowser(origin, proxy, devnetUrl) {
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const watchUrl = `${origin}/?address=${devAccount0}`
    const rpc = {}
    const watch = await browser.newPage()
    rpc.watchLoad = await rpcPerLoad(watch, watchUrl, proxy)
    log(`Watching the dashboard for ${steadyStateMs / 1000} s…`)
    rpc.steadyState = await rpcPerBlock(proxy, devnetUrl)
    await watch.close()

    const connected = await connectInjectedWallet(browser, origin)
    // The connected load as a returning visitor has it: the wallet cookie is set, the page reconnects.
    rpc.connectedLoad = await rpcPerLoad(connected.page, origin, proxy)
    await connected.context.close()

    log('axe-core on each main page…')
    const axe = {}
    // Reduced motion: colours change at once, not through a transition axe could measure half-way.
    const context = await browser.newContext({ reducedMotion: 'reduce' })
    const page = await context.newPage()
    for (const [name, path] of [
      ['/', '/'],
      ['/?address=<dev #0>', `/?address=${devAccount0}`],
      ['/chat', '/chat'],
      ['not found', '/no-such-page'],
    ]) {
      await page.goto(`${origin}${path}`)
      await page.waitForSelector('html[data-hydrated="true"]')
      axe[name] = await seriousViolations(page)
    }
    const charts = await drawAllCharts(page, `${origin}/?address=${devAccount0}`)
    axe['/?address=<dev #0>, charts drawn'] = await seriousViolations(page)
    await context.close()
    const connectedForAxe = await connectInjectedWallet(browser, origin, { reducedMotion: 'reduce' })
    axe['/ (connected)'] = await seriousViolations(connectedForAxe.page)
    await connectedForAxe.context.close()
    return { rpc, axe, charts }
  } finally {
    await browser.close()
  }
}

/**
 * Scrolls `/` to its charts (they load when near), sets every range to "All", and returns the points each chart
 * draws per line (its `data-points`), by card.
 */
async function drawAllCharts(page, url) {
  await page.goto(url)
  await page.waitForSelector('html[data-hydrated="true"]')
  const loadStarted = performance.now()
  await scrollToCharts(page)
  const firstChartMs = Math.round(performance.now() - loadStarted)
  for (const all of await page.getByRole('radio', { name: 'All' }).all()) await all.click()
  await page.waitForTimeout(500)
  const pointsByCard = await page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('[data-testid="network-charts"] section[data-testid^="chart-"]')).map(
        (card) => [
          card.getAttribute('data-testid')?.replace('chart-', ''),
          Array.from(card.querySelectorAll('[data-points]')).map((chart) => Number(chart.getAttribute('data-points'))),
        ],
      ),
    ),
  )
  return { firstChartMs, pointsByCard }
}

const stateDir = mkdtempSync(join(tmpdir(), 'rialto-pages-bench-'))
const services = []
let chrome
try {
  log('Starting a devnet behind a counting RPC proxy…')
  const devnetPort = await freePort()
  const devnet = startService(join(contractsRoot, 'node_modules', '.bin', 'tsx'), ['devnet/start.ts'], {
    cwd: contractsRoot,
    env: { RIALTO_DEVNET_PORT: String(devnetPort), RIALTO_DEVNET_DIR: stateDir },
    ready: /\[devnet\] READY/,
  })
  services.push(devnet)
  await devnet.started
  const devnetUrl = `http://127.0.0.1:${devnetPort}`
  const proxy = await startRpcProxy(devnetUrl, await freePort())
  services.push({ stop: proxy.stop })
  log('Indexing its history…')
  // Straight to the devnet: the proxy counts what pages cost, and the indexer is not a page.
  const indexer = await startIndexer({
    rpcUrl: devnetUrl,
    port: await freePort(),
    pgliteDirectory: join(stateDir, 'pglite'),
  })
  services.push(indexer)
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_DEFAULT_CHAIN: 'devnet',
    NEXT_PUBLIC_DEVNET_RPC_URL: proxy.url,
  }
  log('Building the web app (next build)…')
  buildApp(webRoot, env)
  // BUILD_ID is written last: a reference build that stopped half-way has none.
  if (!existsSync(join(referenceRoot, '.next', 'BUILD_ID'))) {
    log('Building the reference page (tools/bench-reference)…')
    const install = spawnSync('pnpm', ['install', '--frozen-lockfile'], { cwd: referenceRoot, stdio: ['ignore', 2, 2] })
    if (install.status !== 0) throw new Error('pnpm install in tools/bench-reference failed')
    buildApp(referenceRoot, env)
  }
  const web = await serve(webRoot, { ...env, INDEXER_URL: indexer.url })
  services.push(web)
  const reference = await serve(referenceRoot, env)
  services.push(reference)

  chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless', '--no-sandbox', ...chromiumFlags],
  })
  const lighthouseRows = []
  for (const [name, url] of [
    ['/', `${web.origin}/`],
    ['/?address=<dev #0>', `${web.origin}/?address=${devAccount0}`],
    ['/chat', `${web.origin}/chat`],
    ['reference /', `${reference.origin}/`],
  ]) {
    lighthouseRows.push(await lighthouseMedian(name, url, chrome.port))
  }
  await chrome.kill()
  chrome = undefined

  const { rpc, axe, charts } = await measureInBrowser(web.origin, proxy, devnetUrl)
  const results = { lighthouse: { runs, rows: lighthouseRows }, rpc, axe, charts }
  if (asJson) console.log(JSON.stringify(results))
  else {
    console.log(`Lighthouse 12 mobile, median of ${runs} runs per page (performance ≥ 95, the rest 100 is the goal)`)
    console.table(lighthouseRows)
    console.log('RPC requests (through the proxy)')
    console.dir(rpc, { depth: 3 })
    console.log('axe-core serious + critical violations (nodes)')
    console.table(axe)
    console.log(`Charts: first chart drawn ${charts.firstChartMs} ms after scrolling to them; points per line at "All"`)
    console.table(charts.pointsByCard)
  }
} finally {
  await chrome?.kill()
  for (const service of services.reverse()) await service.stop()
  rmSync(stateDir, { recursive: true, force: true, maxRetries: 5 })
}
