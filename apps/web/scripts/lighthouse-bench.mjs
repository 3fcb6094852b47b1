// `node scripts/lighthouse-bench.mjs` (from apps/web): Lighthouse mobile scores of the main pages, median of 3 runs,
// on a production build served by `next start` against a seeded devnet of its own. Figures, not a test.
// `--json` prints the rows as JSON (for `pnpm bench`); `--runs N` changes the number of runs per page.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { freePort, waitForHttp } from './local-server.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const contractsRoot = join(webRoot, '..', '..', 'packages', 'contracts')
const devAccount0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const runsArgument = process.argv.indexOf('--runs')
const runs = runsArgument === -1 ? 3 : Number(process.argv[runsArgument + 1])
const asJson = process.argv.includes('--json')
const log = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`)

/** Starts `command` in its own process group and resolves once a line of its output matches `ready`. */
function startService(command, args, { cwd, env, ready }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true })
  const started = new Promise((resolve, reject) => {
    const onData = (data) => ready.test(String(data)) && resolve()
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before it was ready`)))
  })
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
  return { child, started, stop }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function audit(url, chromePort) {
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
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    // What the largest paint is and what it waits for, so a slow LCP can be traced.
    ...largestPaint(audits['largest-contentful-paint-element']),
  }
}

/** The LCP element and the render delay, from the audit's two tables (element, then phases). */
function largestPaint(lcpAudit) {
  const tables = lcpAudit?.details?.items ?? []
  const node = tables.find((table) => table.items?.[0]?.node)?.items[0].node
  const phases = tables.find((table) => table.items?.some((item) => item.phase))?.items ?? []
  const renderDelay = phases.find((item) => /render delay/i.test(String(item.phase)))?.timing
  // The audit can fail on its own (it needs trace elements): say so rather than print nothing.
  const element =
    node?.snippet ?? node?.selector ?? (lcpAudit?.errorMessage ? `audit failed: ${lcpAudit.errorMessage}` : '')
  return {
    lcpElement: element.length > 40 ? `${element.slice(0, 37)}…` : element,
    lcpRenderDelayMs: renderDelay === undefined ? null : Math.round(renderDelay),
  }
}

const stateDir = mkdtempSync(join(tmpdir(), 'rialto-lighthouse-'))
const devnetPort = await freePort()
const webPort = await freePort()
const services = []
let chrome
try {
  log('Starting a devnet…')
  const devnet = startService(join(contractsRoot, 'node_modules', '.bin', 'tsx'), ['devnet/start.ts'], {
    cwd: contractsRoot,
    env: { RIALTO_DEVNET_PORT: String(devnetPort), RIALTO_DEVNET_DIR: stateDir },
    ready: /\[devnet\] READY/,
  })
  services.push(devnet)
  await devnet.started
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_DEFAULT_CHAIN: 'devnet',
    NEXT_PUBLIC_DEVNET_RPC_URL: `http://127.0.0.1:${devnetPort}`,
  }
  log('Building the web app (next build)…')
  const next = join(webRoot, 'node_modules', '.bin', 'next')
  const build = spawnSync(next, ['build'], { cwd: webRoot, env, stdio: asJson ? ['ignore', 2, 2] : 'inherit' })
  if (build.status !== 0) throw new Error('next build failed')
  const web = startService(next, ['start', '--port', String(webPort)], { cwd: webRoot, env, ready: /Ready in/ })
  services.push(web)
  const origin = `http://127.0.0.1:${webPort}`
  await waitForHttp(origin, web.child)

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const pages = [
    ['/', `${origin}/`],
    ['/?address=<dev #0>', `${origin}/?address=${devAccount0}`],
    ['/chat', `${origin}/chat`],
  ]
  const rows = []
  for (const [page, url] of pages) {
    const results = []
    for (let run = 0; run < runs; run++) {
      log(`Lighthouse ${page}, run ${run + 1} of ${runs}…`)
      results.push(await audit(url, chrome.port))
    }
    const row = { page }
    for (const key of Object.keys(results[0])) {
      row[key] = typeof results[0][key] === 'number' ? median(results.map((result) => result[key])) : results[0][key]
    }
    rows.push(row)
  }
  if (asJson) console.log(JSON.stringify(rows))
  else {
    console.log(`Lighthouse 12 mobile, median of ${runs} runs per page (performance ≥ 95, the rest 100 is the goal)`)
    console.table(rows)
  }
} finally {
  await chrome?.kill()
  for (const service of services.reverse()) service.stop()
  rmSync(stateDir, { recursive: true, force: true })
}
