// Prints the first-load JS of each route after `next build` (raw and gzip, against its budget), the same for the
// bare RainbowKit + Recharts reference app, and how `/` compares with the reference's `/`.
// `--build` builds both first (`pnpm bench` at the root), so the two are always measured from the same install. It
// rebuilds apps/web/.next with the default devnet URL: run the browser suite without E2E_SKIP_BUILD afterwards.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readRouteBudgets } from './route-budgets.mjs'
import { measureRouteBundles, routeBundleStatsPath } from './route-bundles.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const referenceRoot = join(webRoot, '..', '..', 'tools', 'bench-reference')
// The goal of issue 10: the home page ships at most this share of what the bare reference ships.
const goalRatio = 0.4
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(10)

/** The reference is a pnpm workspace of its own (see its pnpm-workspace.yaml): it installs from its own lockfile. */
function installReference() {
  const { status } = spawnSync('pnpm', ['install', '--frozen-lockfile'], {
    cwd: referenceRoot,
    stdio: ['ignore', 2, 2],
  })
  if (status !== 0) throw new Error(`pnpm install in ${referenceRoot} exited ${status}`)
}

function build(appRoot) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  // The web app refuses a production build without a chain; the devnet one is what the browser suite builds.
  env.NEXT_PUBLIC_DEFAULT_CHAIN ||= 'devnet'
  const next = join(appRoot, 'node_modules', '.bin', 'next')
  const { status } = spawnSync(next, ['build'], { cwd: appRoot, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (status !== 0) throw new Error(`next build in ${appRoot} exited ${status}`)
}

function printRoutes(title, bundles, budgets) {
  console.log(`\n${title}`)
  for (const { route, chunks, rawBytes, gzipBytes } of bundles) {
    const budget = budgets?.get(route)
    const against = budget ? `  budget ${kib(budget.gzipBytes)}${gzipBytes > budget.gzipBytes ? '  OVER' : ''}` : ''
    console.log(
      `  ${route.padEnd(14)} ${String(chunks).padStart(3)} chunks ${kib(rawBytes)} raw ${kib(gzipBytes)} gzip${against}`,
    )
  }
}

if (process.argv.includes('--build')) {
  build(webRoot)
  installReference()
  build(referenceRoot)
}

const ours = measureRouteBundles(webRoot)
// `--json`: the rows alone on stdout, for the combined `pnpm bench` table at the root.
if (process.argv.includes('--json')) {
  const referenceBuilt = existsSync(join(referenceRoot, routeBundleStatsPath))
  const budgets = readRouteBudgets(webRoot)
  console.log(
    JSON.stringify({
      goalRatio,
      ours: ours.map((bundle) => ({ ...bundle, budgetGzipBytes: budgets.get(bundle.route)?.gzipBytes ?? null })),
      reference: referenceBuilt ? measureRouteBundles(referenceRoot) : [],
    }),
  )
  process.exit(0)
}
printRoutes('Rialto (apps/web)', ours, readRouteBudgets(webRoot))
if (!existsSync(join(referenceRoot, routeBundleStatsPath))) {
  console.log('\nThe reference is not built: run `pnpm bench` (this script with --build) to build and compare both.')
} else {
  const reference = measureRouteBundles(referenceRoot)
  printRoutes('Reference: bare RainbowKit + Recharts page (tools/bench-reference)', reference)
  const home = (bundles) => bundles.find(({ route }) => route === '/')
  const ratio = home(ours).gzipBytes / home(reference).gzipBytes
  const verdict = ratio <= goalRatio ? 'within' : 'over'
  console.log(`\n/ vs reference /: ${ratio.toFixed(2)}x gzip (${verdict} the ${goalRatio}x goal)`)
}
