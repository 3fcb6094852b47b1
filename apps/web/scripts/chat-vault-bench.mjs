// `node scripts/chat-vault-bench.mjs` (from apps/web): the chat vault's cost measured in real Chromium.
// Builds the app if no build has the bench page yet, starts `next start` on a free port, opens /chat/bench, runs
// the benchmark there and prints its figures. Stops the server (its whole process group) however it ends.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../tools/chromium.mjs'
import { freePort, waitForHttp } from './local-server.mjs'

// `--json` prints the rows as JSON on stdout (for the combined `pnpm bench` table), progress on stderr.
const asJson = process.argv.includes('--json')
const webRoot = fileURLToPath(new URL('..', import.meta.url))
const next = join(webRoot, 'node_modules', '.bin', 'next')
// A local test build: the bench runs against the devnet build, never a Base one.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_PUBLIC_DEFAULT_CHAIN: process.env.NEXT_PUBLIC_DEFAULT_CHAIN ?? 'devnet',
  // A bench build: it alone contains the bench page, in .next-bench (see next.config.ts).
  RIALTO_CHAT_BENCH: '1',
}

// BUILD_ID is written last: a build that stopped half-way has none.
if (process.argv.includes('--build') || !existsSync(join(webRoot, '.next-bench', 'BUILD_ID'))) {
  console.error('Building the web app (next build)…')
  const build = spawnSync(next, ['build'], { cwd: webRoot, env, stdio: ['ignore', asJson ? 2 : 'inherit', 'inherit'] })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const port = await freePort()
const server = spawn(next, ['start', '--port', String(port)], {
  cwd: webRoot,
  env,
  stdio: 'ignore',
  detached: true,
})
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}
process.once('SIGINT', () => {
  stopServer()
  process.exit(130)
})

let browser
try {
  const url = `http://127.0.0.1:${port}/chat/bench`
  await waitForHttp(url, server)
  browser = await chromium.launch(chromiumLaunchOptions)
  const page = await browser.newPage()
  await page.goto(url)
  await page.getByRole('button', { name: 'Run benchmark' }).click()
  const done = page.locator('[data-testid="bench-result"], [data-testid="bench-failure"]')
  await done.first().waitFor({ timeout: 10 * 60_000 })
  if ((await page.getByTestId('bench-failure').count()) > 0) {
    throw new Error(`The benchmark failed in the browser: ${await page.getByTestId('bench-failure').textContent()}`)
  }
  const report = JSON.parse((await page.getByTestId('bench-result').textContent()) ?? '{}')
  const version = browser.version()
  const rows = report.rows.map((row) => [row.measure, row.detail, row.result])
  if (asJson) {
    console.log(JSON.stringify({ environment: `Chromium ${version}, ${report.storage}`, pairs: report.pairs, rows }))
  } else printTable(version, report, rows)
} finally {
  await browser?.close()
  stopServer()
}

function printTable(version, report, rows) {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  |  ')
  console.log(
    `Rialto chat vault benchmark — Chromium ${version}, storage: ${report.storage}, medians of ${report.pairs} pairs ` +
      '(each unlock timed right after a KDF, a run of pairs per unlock, after a warm-up), ' +
      '12 messages per conversation, bytes as UTF-16 (how browsers count)',
  )
  console.log(line(['measure', 'detail', 'result']))
  console.log(widths.map((width) => '-'.repeat(width)).join('--+--'))
  for (const row of rows) console.log(line(row))
}
