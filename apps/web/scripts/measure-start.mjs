// `node apps/web/scripts/measure-start.mjs [--cold] [--dev]`: how soon `npm start` is ready, and how soon each page
// then loads. Runs `npm start` twice (the second time with nothing changed), each time timing "Rialto is running",
// then opening each page once in a fresh Chromium context: time to first byte and to the load event. `--cold` first
// deletes the web build, Next's caches, the compiled contracts and the saved devnet, as on a fresh clone; `--dev`
// measures `npm start -- --dev`. Honours RIALTO_DEVNET_PORT and WEB_PORT.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../tools/chromium.mjs'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const webUrl = `http://localhost:${process.env.WEB_PORT ?? 3000}`
const devAccount0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const pages = ['/', `/?address=${devAccount0}`, '/chat']
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** Runs `npm start` until it says it is running; resolves to the time that took and a way to stop it. */
function startRialto() {
  const startedAt = performance.now()
  const startArgs = process.argv.includes('--dev') ? ['--dev'] : []
  const start = spawn('node', ['tools/start.mjs', ...startArgs], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stopped = new Promise((resolve) => start.once('exit', resolve))
  const stop = () => {
    start.kill('SIGINT') // What Ctrl-C sends: start.mjs stops its process groups and saves the chain.
    return stopped
  }
  return new Promise((resolve, reject) => {
    let output = ''
    start.stdout.on('data', (chunk) => {
      output += chunk
      process.stdout.write(chunk)
      if (output.includes('Rialto is running')) resolve({ readyMs: performance.now() - startedAt, stop })
    })
    stopped.then((code) => reject(new Error(`npm start exited (${code}) before it was running:\n${output}`)))
  })
}

/** Opens `path` in a context with an empty cache; the navigation's own timings, from the request's start. */
async function loadPage(browser, path) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${webUrl}${path}`, { waitUntil: 'load', timeout: 120_000 })
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation')
      return { firstByteMs: navigation.responseStart, loadMs: navigation.loadEventEnd }
    })
  } finally {
    await context.close()
  }
}

async function measureStart(label, browser) {
  const { readyMs, stop } = await startRialto()
  try {
    const loads = []
    for (const path of pages) loads.push({ path, ...(await loadPage(browser, path)) })
    return { label, readyMs, loads }
  } finally {
    await stop()
  }
}

if (process.argv.includes('--cold')) {
  rmSync(`${repoRoot}apps/web/.next`, { recursive: true, force: true })
  for (const compiled of ['out', 'cache'])
    rmSync(`${repoRoot}packages/contracts/${compiled}`, { recursive: true, force: true })
  rmSync(`${repoRoot}.devnet`, { recursive: true, force: true })
}
const browser = await chromium.launch(chromiumLaunchOptions)
const results = []
try {
  results.push(await measureStart(process.argv.includes('--cold') ? 'cold start' : 'first start', browser))
  results.push(await measureStart('second start, nothing changed', browser))
} finally {
  await browser.close()
}
for (const { label, readyMs, loads } of results) {
  console.log(`\n${label}: "Rialto is running" after ${seconds(readyMs)}`)
  for (const { path, firstByteMs, loadMs } of loads) {
    console.log(
      `  ${path.padEnd(56)} first byte ${seconds(firstByteMs).padStart(7)}   loaded ${seconds(loadMs).padStart(7)}`,
    )
  }
}
